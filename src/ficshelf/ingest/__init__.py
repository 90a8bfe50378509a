"""Reading story files into ``RawDocument``: plain text, AO3 HTML downloads, saved web pages
and EPUB, plus walking folders and zip archives (``archive``) and cleaning HTML
(``sanitize``).

``read_document(path, data)`` picks the reader from the file's extension and, for HTML, from
its content (an AO3 download is read as one whatever its name). Every failure is an
``IngestError`` subclass naming the file and the reason in plain words.
"""

from __future__ import annotations

from ficshelf.errors import UnsupportedFormat
from ficshelf.ingest.archive import (
    ARCHIVE_SUFFIXES,
    STORY_SUFFIXES,
    InputFile,
    Skipped,
    iter_inputs,
    suffix_of,
)
from ficshelf.ingest.epub import read_epub
from ficshelf.ingest.html import read_html
from ficshelf.ingest.limits import Limits
from ficshelf.ingest.txt import read_text
from ficshelf.model import RawDocument

SUPPORTED_SUFFIXES = STORY_SUFFIXES | ARCHIVE_SUFFIXES
TEXT_SUFFIXES = frozenset({".txt", ".text", ".md", ".markdown"})
HTML_SUFFIXES = frozenset({".html", ".htm", ".xhtml"})

__all__ = [
    "SUPPORTED_SUFFIXES",
    "InputFile",
    "Limits",
    "Skipped",
    "iter_inputs",
    "read_document",
]


def read_document(path: str, data: bytes, limits: Limits | None = None) -> RawDocument:
    """Read one story file's bytes; ``path`` names it (its extension picks the reader).

    Returns the document: for plain text, the decoded file; for HTML and EPUB, the story text
    with chapters and the metadata the file states. Raises ``UnsupportedFormat`` for other
    extensions, ``EmptyDocument`` when there is no story text, ``DecodeError`` for binary
    data, ``CorruptFile`` for a damaged EPUB and ``TooLarge``/``UnsafeArchive`` when an
    EPUB's content passes ``limits``.
    """
    suffix = suffix_of(path)
    if suffix in TEXT_SUFFIXES:
        return read_text(path, data)
    if suffix in HTML_SUFFIXES:
        return read_html(path, data)
    if suffix == ".epub":
        return read_epub(path, data, limits)
    reason = f"not a story format ficshelf reads ({suffix or 'no extension'})"
    raise UnsupportedFormat(path, reason)
