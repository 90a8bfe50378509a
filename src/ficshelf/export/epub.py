"""EPUB 3 export with ebooklib: a title page, one XHTML document per chapter, a navigation
document (and an NCX for older readers), and Dublin Core metadata (title, creators,
language, identifier, subjects from the tags, the summary as description), with the
series the work is in as calibre and EPUB 3 state one.

The book's bytes depend only on the work: its ``dcterms:modified`` is the work's last
date and every zip entry carries that date, so a download keeps its ``ETag`` while the
work is unchanged."""

from __future__ import annotations

import io
import zipfile
from datetime import UTC, datetime, time

from ebooklib import epub

from ficshelf.export.book import Book, language_tag, work_identifier
from ficshelf.export.pages import STYLE, chapter_body, chapter_heading, title_page

BOOK_ID = "ficshelf-work-{}"
_EPOCH_OF_ZIP = datetime(1980, 1, 1, tzinfo=UTC)


def identifier(book: Book) -> str:
    """Return the book's ``dc:identifier``: the work's http(s) URL, else a ficshelf URN."""
    return work_identifier(book.work.id, book.work.url)


def modified(book: Book) -> datetime:
    """Return the moment the book says it was last modified: the work's update date, else
    its publication date, else when it was added (UTC)."""
    work = book.work
    day = work.updated or work.published
    moment = datetime.combine(day, time()) if day else work.added
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return max(moment.astimezone(UTC), _EPOCH_OF_ZIP)


def _document(title: str, file_name: str, body: str, style: epub.EpubItem) -> epub.EpubHtml:
    page = epub.EpubHtml(title=title, file_name=file_name, lang=None)
    page.content = f"<html><head><title></title></head><body>{body}</body></html>"
    page.add_item(style)
    return page


def _series(out: epub.EpubBook, book: Book) -> None:
    """State the series the work is in, as calibre does (``calibre:series``,
    ``calibre:series_index``) and as EPUB 3 does (``belongs-to-collection`` refined by
    ``collection-type`` series and ``group-position``), so e-reader libraries shelve it."""
    work = book.work
    if not work.series:
        return
    out.add_metadata(None, "meta", "", {"name": "calibre:series", "content": work.series})
    if work.series_part:
        part = str(work.series_part)
        out.add_metadata(None, "meta", "", {"name": "calibre:series_index", "content": part})
    out.add_metadata(
        None, "meta", work.series, {"property": "belongs-to-collection", "id": "series"}
    )
    out.add_metadata(None, "meta", "series", {"refines": "#series", "property": "collection-type"})
    if work.series_part:
        position = {"refines": "#series", "property": "group-position"}
        out.add_metadata(None, "meta", str(work.series_part), position)


def write_epub(book: Book) -> bytes:
    """Return ``book`` as the bytes of an EPUB 3 file."""
    work = book.work
    out = epub.EpubBook()
    out.set_identifier(identifier(book))
    out.set_title(work.title)
    out.set_language(language_tag(book))
    for author in work.authors:
        out.add_author(author)
    for tag in work.tags:
        if tag.type not in ("pov", "tense"):
            out.add_metadata("DC", "subject", tag.name)
    if work.summary:
        out.add_metadata("DC", "description", work.summary)
    out.add_metadata("DC", "publisher", "ficshelf")
    _series(out, book)
    style = epub.EpubItem(
        uid="style", file_name="style/book.css", media_type="text/css", content=STYLE
    )
    out.add_item(style)
    front = _document(work.title, "title.xhtml", title_page(work), style)
    out.add_item(front)
    spine: list[epub.EpubHtml | str] = ["nav", front]
    toc: list[epub.Link] = [epub.Link("title.xhtml", "Title page", "title")]
    total = len(book.chapters)
    for chapter in book.chapters:
        heading = chapter_heading(chapter, total)
        label = heading or work.title
        name = f"chapter-{chapter.number:03d}.xhtml"
        page = _document(label, name, chapter_body(work, chapter, heading), style)
        out.add_item(page)
        spine.append(page)
        toc.append(epub.Link(name, label, f"chapter-{chapter.number}"))
    out.toc = toc
    out.spine = spine
    out.add_item(epub.EpubNcx())
    out.add_item(epub.EpubNav())
    buffer = io.BytesIO()
    epub.write_epub(buffer, out, {"mtime": modified(book), "epub2_guide": False})
    return _dated(buffer.getvalue(), modified(book))


def _dated(data: bytes, when: datetime) -> bytes:
    """Return the zip ``data`` with every entry dated ``when`` (ebooklib dates them now),
    in the same order: ``mimetype`` first, stored uncompressed."""
    stamp = when.timetuple()[:6]
    source = zipfile.ZipFile(io.BytesIO(data))
    buffer = io.BytesIO()
    with source, zipfile.ZipFile(buffer, "w") as target:
        for info in source.infolist():
            entry = zipfile.ZipInfo(info.filename, date_time=stamp)
            entry.compress_type = info.compress_type
            entry.external_attr = info.external_attr
            target.writestr(entry, source.read(info))
    return buffer.getvalue()
