"""Walking the inputs of an import: files, folders (recursively, sorted) and zip archives.

``iter_inputs`` lists what there is to read without reading it: each story file becomes an
``InputFile`` whose ``read()`` fetches its bytes on demand (one file in memory at a time);
what is not a story file met inside a folder or archive (another format, or a README,
LICENSE and such: ``is_project_file``) becomes ``Skipped``; whatever cannot
be read becomes an ``IngestError`` that is yielded, never raised, so the batch goes on.

Zip members are never extracted to disk and a member's name is never used as a path; even so,
names that would escape the archive ("../x", "/etc/x", "C:\\x") are refused, because an
archive that holds them is hostile. Sizes are checked against ``Limits`` from the headers
first and again while decompressing, since headers can lie.
"""

from __future__ import annotations

import os
import re
import stat
import zipfile
import zlib
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from functools import partial
from pathlib import PurePosixPath

from ficshelf.errors import CorruptFile, IngestError, TooLarge, UnsafeArchive, UnsupportedFormat
from ficshelf.ingest.limits import RATIO_FLOOR_BYTES, Limits, format_size

__all__ = [
    "ARCHIVE_SUFFIXES",
    "ZIP_ERRORS",
    "STORY_SUFFIXES",
    "PROJECT_FILE_REASON",
    "ExpandedBudget",
    "Input",
    "InputFile",
    "Limits",
    "Skipped",
    "display_path",
    "is_project_file",
    "iter_inputs",
    "read_member",
    "suffix_of",
    "unsafe_member_name",
]

STORY_SUFFIXES = frozenset(
    {".txt", ".text", ".md", ".markdown", ".html", ".htm", ".xhtml", ".epub"}
)
ARCHIVE_SUFFIXES = frozenset({".zip"})
# The files a download or a shared folder carries beside its stories that are plainly no
# story: a README, a licence, a change log, contribution rules ("README.md", "LICENSE",
# "changelog.txt", "Contributing.rst"), in any case, with no extension or .md, .txt or .rst.
# Passed over in a folder or archive (``PROJECT_FILE_REASON``); one named on the command
# line is imported as asked.
_PROJECT_FILE = re.compile(
    r"(?:read[ _-]?me|licen[cs]e|unlicen[cs]e|copying|change[ _-]?log|contributing"
    r"|code[ _-]of[ _-]conduct)(?:\.(?:md|txt|rst))?",
    re.IGNORECASE,
)
PROJECT_FILE_REASON = "not a story (a README, LICENSE, CHANGELOG or CONTRIBUTING file)"
_CHUNK = 256 * 1024
_DRIVE = re.compile(r"^[A-Za-z]:")
# What zipfile raises for a damaged or truncated archive.
ZIP_ERRORS = (zipfile.BadZipFile, zlib.error, EOFError, ValueError, NotImplementedError)
_MAX_SIZE_HINT = "raise it with --max-size"
_MAX_EXPANDED_HINT = "raise it with --max-expanded"


@dataclass(frozen=True)
class InputFile:
    """A story file to read. ``path`` is for display (always valid text; zip members are
    ``archive.zip!dir/member.txt``); ``size`` is its size in bytes as listed; ``read()``
    returns its bytes and raises an ``IngestError`` naming it when it cannot."""

    path: str
    size: int
    read: Callable[[], bytes] = field(repr=False, compare=False)


@dataclass(frozen=True)
class Skipped:
    """A file met in a folder or archive that is not a story file, and why it was passed over."""

    path: str
    reason: str


Input = InputFile | IngestError | Skipped


def iter_inputs(
    paths: Iterable[str | os.PathLike[str]], limits: Limits | None = None
) -> Iterator[Input]:
    """Yield every input below ``paths``, in the order given, folders sorted by name.

    Paths are made absolute (not resolved through links), so the same file has the same
    path whichever folder the import runs from. Returns ``InputFile`` for story files
    (plain text, HTML, EPUB), ``Skipped`` for other files met while walking folders and
    archives, and an ``IngestError`` subclass for each
    thing that cannot be read (missing, unreadable, too large, corrupt or unsafe archive, or
    a file of another format named explicitly). Never raises for a bad input.
    """
    limits = limits or Limits()
    for path in paths:
        # Absolute paths identify a file across imports run from different folders.
        yield from _explicit(os.path.abspath(os.fsdecode(path)), limits)


def display_path(path: str) -> str:
    """Return a file-system path as valid text: bytes that are not UTF-8 become ``\\xNN``."""
    return os.fsencode(path).decode("utf-8", "backslashreplace")


def suffix_of(name: str) -> str:
    """Return the lower-cased extension of a file name (".txt"), or "" when it has none."""
    return PurePosixPath(name.replace("\\", "/")).suffix.lower()


def is_project_file(name: str) -> bool:
    """Whether the file ``name`` (a path or a zip member name) is a README, LICENSE,
    CHANGELOG, CONTRIBUTING or such file: plainly no story (see ``_PROJECT_FILE``)."""
    base = name.replace("\\", "/").rsplit("/", 1)[-1]
    return _PROJECT_FILE.fullmatch(base) is not None


def _explicit(path: str, limits: Limits) -> Iterator[Input]:
    shown = display_path(path)
    try:
        info = os.stat(path)
    except OSError as exc:
        yield _os_error(shown, exc, path)
        return
    if stat.S_ISDIR(info.st_mode):
        yield from _folder(path, limits)
    elif not stat.S_ISREG(info.st_mode):
        yield IngestError(shown, "not a regular file")
    elif suffix_of(path) in ARCHIVE_SUFFIXES:
        yield from _archive(path, info.st_size, limits)
    elif suffix_of(path) in STORY_SUFFIXES:
        yield _file(path, info.st_size, limits)
    else:
        yield UnsupportedFormat(shown, _unsupported_reason(path))


def _unsupported_reason(name: str) -> str:
    suffix = suffix_of(name) or "no extension"
    return f"not a story format ficshelf reads ({suffix}); it reads .txt, .md, .html, .epub, .zip"


def _folder(path: str, limits: Limits) -> Iterator[Input]:
    try:
        with os.scandir(path) as scan:
            entries = sorted(scan, key=lambda e: os.fsencode(e.name))
    except OSError as exc:
        yield _os_error(display_path(path), exc, path)
        return
    for entry in entries:
        shown = display_path(entry.path)
        if entry.name.startswith("."):
            yield Skipped(shown, "hidden file or folder")
            continue
        try:
            is_link = entry.is_symlink()
            info = os.stat(entry.path)
        except OSError as exc:
            yield _os_error(shown, exc, entry.path)
            continue
        if stat.S_ISDIR(info.st_mode):
            if is_link:
                yield Skipped(shown, "link to a folder (not followed)")
            else:
                yield from _folder(entry.path, limits)
        elif not stat.S_ISREG(info.st_mode):
            yield Skipped(shown, "not a regular file")
        elif is_project_file(entry.name):
            yield Skipped(shown, PROJECT_FILE_REASON)
        elif suffix_of(entry.name) in ARCHIVE_SUFFIXES:
            yield from _archive(entry.path, info.st_size, limits)
        elif suffix_of(entry.name) in STORY_SUFFIXES:
            yield _file(entry.path, info.st_size, limits)
        else:
            yield Skipped(shown, f"not a story file ({suffix_of(entry.name) or 'no extension'})")


def _file(path: str, size: int, limits: Limits) -> InputFile | IngestError:
    shown = display_path(path)
    if size > limits.max_file_bytes:
        return _too_large(shown, size, limits)
    try:
        with open(path, "rb"):
            pass  # fail now, in the listing, rather than halfway through the import
    except OSError as exc:
        return _os_error(shown, exc, path)
    return InputFile(shown, size, partial(_read_file, path, shown, limits))


def _read_file(path: str, shown: str, limits: Limits) -> bytes:
    try:
        with open(path, "rb") as handle:
            data = handle.read(limits.max_file_bytes + 1)
    except OSError as exc:
        raise _os_error(shown, exc, path) from exc
    if len(data) > limits.max_file_bytes:
        raise TooLarge(
            shown, f"it is over the {format_size(limits.max_file_bytes)} limit; {_MAX_SIZE_HINT}"
        )
    return data


def _too_large(shown: str, size: int, limits: Limits) -> TooLarge:
    return TooLarge(
        shown,
        f"{format_size(size)} is over the {format_size(limits.max_file_bytes)} limit; "
        + _MAX_SIZE_HINT,
    )


def _os_error(shown: str, exc: OSError, path: str) -> IngestError:
    if isinstance(exc, FileNotFoundError) and os.path.islink(path):
        return IngestError(shown, f"broken symbolic link (to {display_path(os.readlink(path))})")
    if isinstance(exc, FileNotFoundError):
        return IngestError(shown, "no such file or folder")
    if isinstance(exc, PermissionError):
        return IngestError(shown, "permission denied")
    return IngestError(shown, f"cannot be read: {exc.strerror or exc}")


@dataclass
class ExpandedBudget:
    """How many bytes an archive has expanded to so far (shared by all its members)."""

    expanded: int = 0


class _ZipSource:
    """One archive whose members are read on demand, sharing one open handle and one budget
    of expanded bytes; the handle closes once every listed member has been read."""

    def __init__(self, path: str, shown: str, limits: Limits, members: int) -> None:
        self.path = path
        self.shown = shown
        self.limits = limits
        self.budget = ExpandedBudget()
        self._unread = members
        self._zip: zipfile.ZipFile | None = None

    def read(self, info: zipfile.ZipInfo, shown: str) -> bytes:
        try:
            if self._zip is None:
                self._zip = zipfile.ZipFile(self.path)
            return read_member(self._zip, info, shown, self.limits, self.budget)
        except OSError as exc:
            raise _os_error(self.shown, exc, self.path) from exc
        except ZIP_ERRORS as exc:
            raise CorruptFile(shown, f"the archive is truncated or damaged ({exc})") from exc
        finally:
            self._unread -= 1
            if self._unread <= 0 and self._zip is not None:
                self._zip.close()
                self._zip = None


def read_member(
    archive: zipfile.ZipFile,
    info: zipfile.ZipInfo,
    shown: str,
    limits: Limits,
    budget: ExpandedBudget,
) -> bytes:
    """Decompress one member, checking the limits as the bytes come: the member's size,
    its expansion ratio and the archive's total (``budget``). Returns the member's bytes.

    Raises ``TooLarge`` or ``UnsafeArchive`` naming ``shown`` when a limit is passed, and
    the zipfile/zlib errors of a damaged archive (the caller names those).
    """
    chunks: list[bytes] = []
    size = 0
    ratio_cap = limits.max_ratio * max(info.compress_size, 1)
    with archive.open(info) as stream:
        while chunk := stream.read(_CHUNK):
            size += len(chunk)
            budget.expanded += len(chunk)
            if size > limits.max_file_bytes:
                raise TooLarge(
                    shown,
                    f"it expands past the {format_size(limits.max_file_bytes)} limit; "
                    + _MAX_SIZE_HINT,
                )
            if size > RATIO_FLOOR_BYTES and size > ratio_cap:
                raise UnsafeArchive(shown, _bomb_reason(size, info.compress_size, limits))
            if budget.expanded > limits.max_archive_bytes:
                raise TooLarge(shown, _archive_total_reason(budget.expanded, limits))
            chunks.append(chunk)
    return b"".join(chunks)


def _bomb_reason(size: int, compressed: int, limits: Limits) -> str:
    ratio = size / max(compressed, 1)
    return (
        f"it expands {ratio:,.0f} times its compressed size (limit {limits.max_ratio:g}): "
        "a zip bomb"
    )


def _archive_total_reason(total: int, limits: Limits) -> str:
    return (
        f"the archive expands to {format_size(total)}, over the "
        f"{format_size(limits.max_archive_bytes)} limit; {_MAX_EXPANDED_HINT}"
    )


def unsafe_member_name(name: str) -> bool:
    """Return True when a member name would land outside the folder it is extracted into:
    an absolute path, a drive letter, a ".." part, or a NUL byte."""
    normal = name.replace("\\", "/")
    if normal.startswith("/") or _DRIVE.match(normal) or "\x00" in normal:
        return True
    return ".." in normal.split("/")


def _archive(path: str, size: int, limits: Limits) -> Iterator[Input]:
    shown = display_path(path)
    if size > limits.max_archive_bytes:
        yield TooLarge(shown, _archive_total_reason(size, limits))
        return
    try:
        with zipfile.ZipFile(path) as archive:
            infos = archive.infolist()
    except OSError as exc:
        yield _os_error(shown, exc, path)
        return
    except (*ZIP_ERRORS, UnicodeDecodeError) as exc:
        yield CorruptFile(shown, f"not a readable zip archive: truncated or damaged ({exc})")
        return
    if len(infos) > limits.max_members:
        yield UnsafeArchive(
            shown, f"it lists {len(infos):,} entries, over the limit of {limits.max_members:,}"
        )
        return
    declared = sum(info.file_size for info in infos)
    if declared > limits.max_archive_bytes:
        yield TooLarge(shown, _archive_total_reason(declared, limits))
        return
    listed: list[tuple[zipfile.ZipInfo, str]] = []
    for info in sorted(infos, key=lambda i: i.filename):
        if info.is_dir():
            continue
        member_shown = f"{shown}!{info.filename}"
        refusal = _member_refusal(info, member_shown, limits)
        if refusal is not None:
            yield refusal
        else:
            listed.append((info, member_shown))
    source = _ZipSource(path, shown, limits, len(listed))
    for info, member_shown in listed:
        yield InputFile(member_shown, info.file_size, partial(source.read, info, member_shown))


def _member_refusal(
    info: zipfile.ZipInfo, shown: str, limits: Limits
) -> IngestError | Skipped | None:
    name = info.filename
    base = name.replace("\\", "/").rsplit("/", 1)[-1]
    if unsafe_member_name(name):
        return UnsafeArchive(shown, "its name would escape the archive's folder (path traversal)")
    if name.startswith("__MACOSX/") or base.startswith("."):
        return Skipped(shown, "hidden or system file")
    if is_project_file(base):
        return Skipped(shown, PROJECT_FILE_REASON)
    if suffix_of(name) in ARCHIVE_SUFFIXES:
        return Skipped(shown, "archive inside an archive (not opened)")
    if suffix_of(name) not in STORY_SUFFIXES:
        return Skipped(shown, f"not a story file ({suffix_of(name) or 'no extension'})")
    if info.flag_bits & 0x1:
        return UnsupportedFormat(shown, "the member is encrypted (password-protected zip)")
    if info.file_size > RATIO_FLOOR_BYTES and info.file_size > limits.max_ratio * max(
        info.compress_size, 1
    ):
        return UnsafeArchive(shown, _bomb_reason(info.file_size, info.compress_size, limits))
    if info.file_size > limits.max_file_bytes:
        return _too_large(shown, info.file_size, limits)
    return None
