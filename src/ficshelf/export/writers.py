"""One entry point for every kind of export."""

from __future__ import annotations

from ficshelf.export.book import Book, Kind
from ficshelf.export.epub import write_epub
from ficshelf.export.html import write_html
from ficshelf.export.text import write_text


def export_book(book: Book, kind: Kind) -> bytes:
    """Return ``book`` exported as ``kind`` ("epub", "html" or "txt"; text as UTF-8)."""
    if kind == "epub":
        return write_epub(book)
    if kind == "html":
        return write_html(book).encode("utf-8")
    return write_text(book).encode("utf-8")
