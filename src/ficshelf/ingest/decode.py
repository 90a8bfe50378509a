"""Turning a file's bytes into text: byte-order marks first, then strict UTF-8, then detection.

The encoding returned is always a Python codec name such that ``data.decode(encoding)`` gives
back exactly the returned text (``utf-8-sig``, ``utf-16`` and ``utf-32`` drop their BOM), so
offsets into the text are stable and reproducible from the file alone.
"""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass

from charset_normalizer import from_bytes

from ficshelf.errors import DecodeError

# Longest BOMs first: the UTF-32-LE BOM starts with the UTF-16-LE one.
_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)

# C0 controls other than tab, newlines, form feed and the DOS end-of-file mark, DEL, and the
# C1 controls: text files hardly ever hold them, binary files are full of them.
_CONTROL = re.compile(r"[\x00-\x08\x0e-\x19\x1b-\x1f\x7f-\x9f]")
_MAX_CONTROL_RATIO = 0.01

# When detection ties, Windows code pages win (by far the most common legacy encodings of
# story files), Windows-1252 first; charset-normalizer alone often picks an exotic code page
# for short English text with a few curly quotes.
_PREFERRED = ("cp1252", "cp1250", "cp1251", "cp1253", "cp1254", "cp1257")
_CHAOS_TIE = 0.02
_MAX_HIGH_BYTES_WESTERN = 0.3

_XML_DECLARATION = re.compile(rb"""^\s*<\?xml[^>]*\bencoding\s*=\s*["']([A-Za-z0-9._:-]+)["']""")
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9._:-]+)""", re.I)
# What browsers do (WHATWG Encoding): a page labelled Latin-1 or ASCII is read as Windows-1252.
_LABEL_ALIASES = {"iso8859-1": "cp1252", "latin-1": "cp1252", "ascii": "cp1252"}


@dataclass(frozen=True, slots=True)
class Decoded:
    """Decoded text and the Python codec that produced it from the bytes."""

    text: str
    encoding: str


def decode_text(data: bytes, path: str) -> Decoded:
    """Decode a text file's bytes: BOM, else strict UTF-8, else the detected encoding.

    Returns the text and encoding. Raises ``DecodeError`` naming ``path`` when the bytes are
    binary data (NUL bytes, control characters) or fit no encoding.
    """
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return _checked(_strict(data, encoding, path), encoding, path)
    if b"\x00" in data:
        utf16 = _bomless_utf16(data)
        if utf16 is None:
            raise DecodeError(path, "binary data (NUL bytes), not text")
        return _checked(_strict(data, utf16, path), utf16, path)
    try:
        return _checked(data.decode("utf-8"), "utf-8", path)
    except UnicodeDecodeError:
        pass
    detected = _detect(data)
    if detected is None:
        raise DecodeError(path, "not text in any encoding tried (binary data?)")
    return _checked(_strict(data, detected, path), detected, path)


def decode_markup(data: bytes, path: str) -> Decoded:
    """Decode an HTML or XHTML file: BOM, else its declared charset (``<?xml encoding>``,
    ``<meta charset>``) when the bytes fit it, else as ``decode_text`` does.

    Returns the text and encoding; raises ``DecodeError`` naming ``path`` for binary data.
    """
    if not any(data.startswith(bom) for bom, _ in _BOMS):
        declared = _declared_charset(data[:4096])
        if declared is not None:
            try:
                return _checked(data.decode(declared), declared, path)
            except UnicodeDecodeError:
                pass  # pages often lie about their charset: detect instead
    return decode_text(data, path)


def _declared_charset(head: bytes) -> str | None:
    match = _XML_DECLARATION.match(head) or _META_CHARSET.search(head)
    if match is None:
        return None
    try:
        name = codecs.lookup(match.group(1).decode("ascii")).name
    except LookupError:
        return None
    if name.startswith(("utf-16", "utf-32")):
        return None  # a page that can be read as ASCII to find this label is not UTF-16
    return _LABEL_ALIASES.get(name, name)


def _strict(data: bytes, encoding: str, path: str) -> str:
    try:
        return data.decode(encoding)
    except UnicodeDecodeError as exc:
        raise DecodeError(
            path, f"not valid {encoding} text (bad byte at offset {exc.start})"
        ) from exc


def _checked(text: str, encoding: str, path: str) -> Decoded:
    if "\x00" in text:
        raise DecodeError(path, "binary data (NUL characters), not text")
    if text:
        controls = sum(1 for _ in _CONTROL.finditer(text))
        if controls > _MAX_CONTROL_RATIO * len(text):
            raise DecodeError(path, "binary data (control characters), not text")
    return Decoded(text, encoding)


def _bomless_utf16(data: bytes) -> str | None:
    """Return ``utf-16-le``/``utf-16-be`` when the NUL bytes fall where UTF-16 puts them
    for mostly-Latin text (every other byte), else ``None``."""
    sample = data[:8192]
    pairs = len(sample) // 2
    if pairs == 0 or len(data) % 2:
        return None
    even_nuls = sample[0::2].count(0)
    odd_nuls = sample[1::2].count(0)
    if odd_nuls >= 0.4 * pairs and even_nuls <= 0.05 * pairs:
        return "utf-16-le"
    if even_nuls >= 0.4 * pairs and odd_nuls <= 0.05 * pairs:
        return "utf-16-be"
    return None


def _detect(data: bytes) -> str | None:
    results = from_bytes(data)
    best = results.best()
    if best is None:
        return None
    tied = {
        codecs.lookup(match.encoding).name
        for match in results
        if match.chaos <= best.chaos + _CHAOS_TIE
    }
    chosen = next((e for e in _PREFERRED if e in tied), codecs.lookup(best.encoding).name)
    if _same_as_cp1252(data, chosen) or (
        _mostly_ascii(data) and _multibyte(data, chosen) and _fits_cp1252(data)
    ):
        return "cp1252"
    return chosen


def _mostly_ascii(data: bytes) -> bool:
    # Text in a CJK multi-byte encoding is mostly high bytes; Western text has a few percent.
    high = len(data.translate(None, bytes(range(128))))
    return high <= _MAX_HIGH_BYTES_WESTERN * len(data)


def _multibyte(data: bytes, encoding: str) -> bool:
    try:
        return len(data.decode(encoding)) != len(data)
    except UnicodeDecodeError:
        return True


def _fits_cp1252(data: bytes) -> bool:
    try:
        data.decode("cp1252")
    except UnicodeDecodeError:
        return False
    return True


def _same_as_cp1252(data: bytes, encoding: str) -> bool:
    """Return True when ``data`` reads the same in Windows-1252 as in ``encoding``
    (charset-normalizer lists one of several code pages that agree on a text's bytes)."""
    if encoding == "cp1252":
        return True
    try:
        return data.decode("cp1252") == data.decode(encoding)
    except UnicodeDecodeError:
        return False
