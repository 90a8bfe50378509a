"""The e-book export (ficshelf.export): EPUB 3 that ebooklib and zipfile open and whose
XHTML parses, HTML and text exports, and a round trip through the EPUB importer."""

from __future__ import annotations

import io
import zipfile
from dataclasses import replace
from pathlib import Path

import pytest
from ebooklib import ITEM_DOCUMENT, epub
from lxml import etree
from web_library import LAMP_SUMMARY, build_library

from ficshelf.export import download_name, export_book, load_book
from ficshelf.importer import import_paths
from ficshelf.ingest.markup import paragraphs
from ficshelf.model import TagType
from ficshelf.store.db import Database, open_database
from ficshelf.store.tags import set_editor_tag

TUNING = (
    "04-three-times-to-the-water.txt",
    "07-frost-on-the-window.txt",
    "333-eight-hundred-metres.html",
    "337-the-grey-pressure-of-a-thumb.html",
)


def _documents(data: bytes) -> dict[str, etree._Element]:
    """Open the EPUB as a zip, check its container, and parse every XML member."""
    archive = zipfile.ZipFile(io.BytesIO(data))
    first = archive.infolist()[0]
    assert first.filename == "mimetype"
    assert first.compress_type == zipfile.ZIP_STORED
    assert archive.read("mimetype") == b"application/epub+zip"
    container = etree.fromstring(archive.read("META-INF/container.xml"))
    assert container.find(".//{*}rootfile") is not None
    return {
        name: etree.fromstring(archive.read(name))
        for name in archive.namelist()
        if name.endswith((".xhtml", ".opf", ".ncx", ".xml"))
    }


def _read(data: bytes, tmp_path: Path) -> epub.EpubBook:
    path = tmp_path / "book.epub"
    path.write_bytes(data)
    return epub.read_epub(str(path), {"ignore_ncx": True})


def _text(root: etree._Element) -> str:
    return " ".join(paragraphs(root))


def test_epub_holds_title_page_chapters_in_order_and_metadata(
    sqlite_db: Database, tmp_path: Path
) -> None:
    library = build_library(sqlite_db)
    with sqlite_db.connect() as conn:
        lamp = load_book(conn, library.lamp)
        ridge = load_book(conn, library.ridge)
    data = export_book(lamp, "epub")
    docs = _documents(data)
    title = _text(docs["EPUB/title.xhtml"])
    assert "The Lamp on Gullrock" in title and "by quillwright" in title
    assert "Fandoms: Gullrock Chronicles" in title and "Rating: Teen" in title
    assert LAMP_SUMMARY in title and "Written for a winter swap." in title
    inferred = docs["EPUB/title.xhtml"].findall(".//{*}i[@class='inferred']")
    assert {i.text for i in inferred} == {"Ivo Brandt", "Maren Holt/Ivo Brandt", "profanity"}
    book = _read(data, tmp_path)
    assert book.get_metadata("DC", "title")[0][0] == "The Lamp on Gullrock"
    assert [c[0] for c in book.get_metadata("DC", "creator")] == ["quillwright"]
    assert book.get_metadata("DC", "identifier")[0][0] == "https://example.org/works/1"
    subjects = {s[0] for s in book.get_metadata("DC", "subject")}
    assert {"Gullrock Chronicles", "Storms", "Ivo Brandt"} <= subjects
    assert book.get_item_with_href("nav.xhtml") is not None

    ridge_docs = _documents(export_book(ridge, "epub"))
    chapters = [ridge_docs[f"EPUB/chapter-00{n}.xhtml"] for n in (1, 2, 3)]
    texts = [_text(c) for c in chapters]
    assert texts[0].startswith("Early Snow") and "Dear Ivo, the snow came early" in texts[0]
    assert texts[1].startswith("The Thaw") and "the thaw has come" in texts[1]
    assert texts[2].startswith("Chapter 3") and "your scarf in the woodshed" in texts[2]
    nav = _text(ridge_docs["EPUB/nav.xhtml"])
    assert nav.index("Early Snow") < nav.index("The Thaw") < nav.index("Chapter 3")


def test_title_page_shows_a_persons_edits(sqlite_db: Database) -> None:
    """A tag a person added shows (not as inferred); one they took off does not."""
    library = build_library(sqlite_db)
    with sqlite_db.begin() as conn:
        set_editor_tag(conn, library.lamp, TagType.CHARACTER, "Ivo Brandt", removed=True)
        set_editor_tag(conn, library.lamp, TagType.FREEFORM, "Found Family")
    with sqlite_db.connect() as conn:
        lamp = load_book(conn, library.lamp)
    title = _documents(export_book(lamp, "epub"))["EPUB/title.xhtml"]
    text = _text(title)
    characters = title.xpath("//*[local-name()='dt'][.='Characters:']/following-sibling::*[1]")
    assert characters[0].xpath("string()") == "Maren Holt"
    assert "Found Family" in text
    assert "Found Family" not in {i.text for i in title.iterfind(".//{*}i")}


def test_epub_is_the_same_bytes_each_time(sqlite_db: Database) -> None:
    """Dated by the work, not the clock: a download keeps its ETag."""
    library = build_library(sqlite_db)
    with sqlite_db.connect() as conn:
        book = load_book(conn, library.ridge)
    assert export_book(book, "epub") == export_book(book, "epub")


def test_html_and_text_exports(sqlite_db: Database) -> None:
    library = build_library(sqlite_db)
    with sqlite_db.connect() as conn:
        lamp = load_book(conn, library.lamp)
        ridge = load_book(conn, library.ridge)
    page = export_book(ridge, "html").decode()
    root = etree.fromstring(page.split("\n", 1)[1].encode())  # well-formed past the doctype
    assert [a.text for a in root.iterfind(".//{*}nav//{*}a")] == [
        "Early Snow",
        "The Thaw",
        "Chapter 3",
    ]
    assert "<script" not in page and "<link" not in page
    text = export_book(lamp, "txt").decode()
    assert text.startswith("The Lamp on Gullrock")
    assert "Ivo Brandt (inferred)" in text and "Written for a winter swap." in text
    assert text.index("forty years") < text.index("Maren meant to keep it so.")
    assert text.rstrip().endswith("Thanks for reading, friends.")
    assert download_name(lamp, "txt") == "the-lamp-on-gullrock.txt"


def test_tuning_stories_round_trip_through_the_epub_importer(
    corpus_dir: Path, tmp_path: Path
) -> None:
    """Import tuning stories, export each as EPUB, import the EPUBs into a fresh library:
    the same titles, authors and chapter counts come back, every chapter's text in order."""
    first = open_database(f"sqlite:///{tmp_path / 'first.db'}")
    second = open_database(f"sqlite:///{tmp_path / 'second.db'}")
    out = tmp_path / "books"
    out.mkdir()
    try:
        import_paths(first, [corpus_dir / name for name in TUNING])
        with first.connect() as conn:
            books = [load_book(conn, work_id) for work_id in range(1, len(TUNING) + 1)]
        assert max(len(b.chapters) for b in books) > 1  # a multi-chapter work among them
        for book in books:
            data = export_book(book, "epub")
            docs = _documents(data)
            opened = _read(data, tmp_path)
            story = [i for i in opened.get_items_of_type(ITEM_DOCUMENT) if "chapter" in i.file_name]
            assert len(story) == len(book.chapters)
            for chapter in book.chapters:
                shown = _text(docs[f"EPUB/chapter-{chapter.number:03d}.xhtml"])
                opening = paragraphs(etree.HTML(chapter.html))[0]
                assert opening in shown
            (out / download_name(book, "epub")).write_bytes(data)
        import_paths(second, [out])
        with second.connect() as conn:
            again = {
                b.work.title: b for b in (load_book(conn, i) for i in range(1, len(books) + 1))
            }
        for book in books:
            back = again[book.work.title]
            assert back.work.authors == book.work.authors
            assert len(back.chapters) == len(book.chapters)
    finally:
        first.close()
        second.close()


@pytest.mark.parametrize(
    ("title", "name"), [("Ｌａｍｐ ｏｆ Wïnter!", "lamp-of-winter"), ("…", "")]
)
def test_slug(title: str, name: str) -> None:
    from ficshelf.export.book import slug

    assert slug(title) == name


@pytest.mark.parametrize(
    ("stored", "code"), [("English", "en"), ("German", "de"), ("Portuguese", "pt"), (None, "und")]
)
def test_exports_state_the_language_by_its_code(
    sqlite_db: Database, stored: str | None, code: str
) -> None:
    library = build_library(sqlite_db)
    with sqlite_db.connect() as conn:
        book = load_book(conn, library.ridge)
    book = replace(book, work=replace(book.work, language=stored))
    docs = _documents(export_book(book, "epub"))
    opf = next(root for name, root in docs.items() if name.endswith(".opf"))
    assert [e.text for e in opf.iter("{http://purl.org/dc/elements/1.1/}language")] == [code]
    chapter = docs["EPUB/chapter-001.xhtml"]
    assert chapter.get("lang") == code
    assert chapter.get("{http://www.w3.org/XML/1998/namespace}lang") == code
    html = export_book(book, "html").decode()
    assert f'<html xmlns="http://www.w3.org/1999/xhtml" lang="{code}">' in html
