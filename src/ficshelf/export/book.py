"""The work an export writes: its metadata (the work page's ``WorkDetail``) and every
chapter's stored, sanitised HTML; the kinds of export and their file names."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from typing import Literal

from sqlalchemy import Connection

from ficshelf.languages import language_code
from ficshelf.store.browse import all_chapters, get_work
from ficshelf.store.work_views import ChapterView, WorkDetail

Kind = Literal["epub", "html", "txt"]
KINDS: tuple[Kind, ...] = ("epub", "html", "txt")

MEDIA_TYPES: dict[Kind, str] = {
    "epub": "application/epub+zip",
    "html": "text/html; charset=utf-8",
    "txt": "text/plain; charset=utf-8",
}
"""The content type of each kind of export."""

_NOT_WORD = re.compile(r"[^a-z0-9]+")
_MAX_SLUG = 80


@dataclass(frozen=True, slots=True)
class Book:
    """A work to export: ``work`` (metadata, tags, notes) and its ``chapters`` in order."""

    work: WorkDetail
    chapters: tuple[ChapterView, ...]


def work_identifier(work_id: int, url: str | None) -> str:
    """Return a work's stable identifier (the EPUB's ``dc:identifier``, an OPDS entry's
    ``id``): the http(s) URL its file came from, else ``urn:ficshelf:work:N``."""
    if url and url.lower().startswith(("http://", "https://")):
        return url
    return f"urn:ficshelf:work:{work_id}"


def language_tag(book: Book) -> str:
    """Return the language of ``book`` as e-books and HTML state it (``dc:language``,
    ``lang``, ``xml:lang``): its BCP 47 code ("en" for the stored "English"; ISO 639-1,
    else 639-3), or ``und`` (undetermined) when the work states none that is known."""
    return language_code(book.work.language) or "und"


def load_book(conn: Connection, work_id: int) -> Book:
    """Return work ``work_id`` with all its chapters. Raises ``NotFound`` when there is no
    such work."""
    return Book(get_work(conn, work_id), all_chapters(conn, work_id))


def slug(title: str) -> str:
    """Return ``title`` as a file-name stem: ASCII letters and digits joined by hyphens
    ("Frost on the Window!" → "frost-on-the-window"), empty when none are left."""
    ascii_title = unicodedata.normalize("NFKD", title).encode("ascii", "ignore").decode()
    return _NOT_WORD.sub("-", ascii_title.lower()).strip("-")[:_MAX_SLUG].strip("-")


def download_name(book: Book, kind: Kind) -> str:
    """Return the file name a download of ``book`` as ``kind`` gets: its slugified title
    (``work-N`` for a title with no ASCII letter or digit) and the kind as extension."""
    return f"{slug(book.work.title) or f'work-{book.work.id}'}.{kind}"
