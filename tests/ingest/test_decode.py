"""Decoding: BOMs, strict UTF-8, detected legacy encodings, binary data refused, offsets exact."""

from __future__ import annotations

import codecs

import pytest

from ficshelf.errors import DecodeError, EmptyDocument
from ficshelf.ingest import read_document
from ficshelf.ingest.decode import decode_markup, decode_text

STORY = (
    "\u201cCaf\u00e9 first,\u201d Wren said. \u2018Then the ferry.\u2019\r\n"
    "\r\n"
    "The na\u00efve clerk waved them through \u2014 twice.\r\n"
)


@pytest.mark.parametrize(
    ("data", "encoding"),
    [
        (STORY.encode("utf-8"), "utf-8"),
        (codecs.BOM_UTF8 + STORY.encode("utf-8"), "utf-8-sig"),
        (codecs.BOM_UTF16_LE + STORY.encode("utf-16-le"), "utf-16"),
        (codecs.BOM_UTF16_BE + STORY.encode("utf-16-be"), "utf-16"),
        (codecs.BOM_UTF32_LE + STORY.encode("utf-32-le"), "utf-32"),
        (STORY.encode("utf-16-le"), "utf-16-le"),
        (STORY.encode("utf-16-be"), "utf-16-be"),
        (STORY.encode("cp1252"), "cp1252"),
    ],
    ids=[
        "utf8",
        "utf8-bom",
        "utf16le-bom",
        "utf16be-bom",
        "utf32-bom",
        "utf16le",
        "utf16be",
        "cp1252",
    ],
)
def test_each_encoding_decodes_to_the_same_text(data: bytes, encoding: str) -> None:
    decoded = decode_text(data, "story.txt")
    assert decoded.text == STORY
    assert decoded.encoding == encoding
    # The reported codec reproduces the text from the file's bytes alone.
    assert data.decode(decoded.encoding) == decoded.text


def test_short_cp1252_text_with_curly_quotes_and_accents() -> None:
    text = "\u201cOui,\u201d dit-elle. Caf\u00e9 cr\u00e8me \u2014 d\u00e9j\u00e0 vu\u2026"
    decoded = decode_text(text.encode("cp1252"), "short.txt")
    assert decoded.text == text
    assert decoded.encoding == "cp1252"


def test_cyrillic_windows_text_is_not_read_as_western() -> None:
    text = "\u041f\u0440\u0438\u0432\u0435\u0442, \u043a\u0430\u043a \u0434\u0435\u043b\u0430? " * 8
    decoded = decode_text(text.encode("cp1251"), "ru.txt")
    assert decoded.text == text


def test_plain_text_keeps_crlf_and_offsets() -> None:
    data = codecs.BOM_UTF8 + STORY.encode("utf-8")
    doc = read_document("story.txt", data)
    assert doc.text == STORY  # BOM gone, nothing else changed
    assert "\r\n" in doc.text
    start = doc.text.index("na\u00efve")
    assert doc.text[start : start + 5] == "na\u00efve"
    assert doc.format == "txt"
    assert doc.chapters == ()


@pytest.mark.parametrize(
    "data",
    [
        b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00" + bytes(range(256)) * 4,
        bytes(range(256)) * 20,
        b"PK\x03\x04\x14\x00\x00\x00\x08\x00" + b"\x00\x01\x02\xff" * 100,
        b"plain words then " + b"\x01\x02\x03\x04\x05\x06\x07\x08" * 20,
    ],
    ids=["png", "all-bytes", "zip", "control-chars"],
)
def test_binary_data_is_a_decode_error(data: bytes) -> None:
    with pytest.raises(DecodeError) as caught:
        read_document("notes/cover.txt", data)
    assert caught.value.path == "notes/cover.txt"
    assert "binary" in caught.value.reason or "not text" in caught.value.reason


def test_empty_and_blank_files_are_empty_documents() -> None:
    with pytest.raises(EmptyDocument, match="empty.txt: the file is empty"):
        read_document("empty.txt", b"")
    with pytest.raises(EmptyDocument, match="blank.md: no story text in it"):
        read_document("blank.md", b" \r\n\t\r\n")


def test_a_txt_file_holding_html_stays_text() -> None:
    data = b"<p>She <em>ran</em>.</p>\n"
    doc = read_document("story.txt", data)
    assert doc.text == data.decode()
    assert doc.format == "txt"


def test_markup_uses_declared_charset_and_falls_back_when_it_lies() -> None:
    page = "<html><head><meta charset='windows-1252'></head><body>Caf\u00e9</body></html>"
    assert decode_markup(page.encode("cp1252"), "p.html").text == page
    latin = page.replace("windows-1252", "iso-8859-1").encode("cp1252") + b"\x93x\x94"
    assert decode_markup(latin, "p.html").encoding == "cp1252"  # as browsers read Latin-1
    lying = page.replace("windows-1252", "utf-8").replace("Caf\u00e9", "\u201cCaf\u00e9\u201d")
    decoded = decode_markup(lying.encode("cp1252"), "p.html")  # says UTF-8, is not
    assert decoded.text == lying
    assert decoded.encoding == "cp1252"
    xml = "<?xml version='1.0' encoding='utf-8'?><html><body>Caf\u00e9</body></html>"
    assert decode_markup(xml.encode("utf-8"), "p.xhtml").text == xml
