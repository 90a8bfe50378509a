"""The author's archive warning and ficshelf's inferred content warnings are two
vocabularies: the work page, a blurb, the EPUB and HTML title pages and ``ficshelf show``
label them apart ("Archive Warning: No Archive Warnings Apply" beside "Content Warning
(inferred by ficshelf): drug use"), and never drop either."""

from __future__ import annotations

import io
import zipfile

from flask.testing import FlaskClient
from lxml import etree, html
from web_library import given, inferred, save

from ficshelf.export import export_book, load_book
from ficshelf.model import TagType
from ficshelf.showing import work_lines
from ficshelf.store.browse import get_work
from ficshelf.store.db import Database
from ficshelf.store.tags import set_editor_tag
from ficshelf.store.work_views import TagView
from ficshelf.warning_kinds import warning_groups

ARCHIVE = "Archive Warning"
INFERRED = "Content Warning (inferred by ficshelf)"


def _work(db: Database) -> int:
    return save(
        db,
        "Small Hours",
        [(None, "He counted the pills again.\n\nThe kettle sang.")],
        added=1,
        tags=(
            given(TagType.FANDOM, "Gullrock Chronicles"),
            given(TagType.WARNING, "No Archive Warnings Apply"),
            inferred(TagType.WARNING, "drug use", 0.74),
        ),
    )


def _text(element: etree._Element) -> str:
    return " ".join(str(element.xpath("string()")).split())


def _pairs(page: etree._Element) -> dict[str, str]:
    """Each ``dt`` of the page's warnings (without its colon) and the text of its ``dd``."""
    found = {}
    for dt in page.xpath("//*[local-name()='dt']"):
        label = _text(dt).rstrip(":")
        if "Warning" in label:
            found[label] = _text(dt.xpath("following-sibling::*[local-name()='dd'][1]")[0])
    return found


def test_the_work_page_labels_each_vocabulary(client: FlaskClient, db: Database) -> None:
    work_id = _work(db)
    page = html.fromstring(client.get(f"/works/{work_id}").get_data(as_text=True))
    pairs = _pairs(page)
    assert pairs[ARCHIVE] == "No Archive Warnings Apply"
    assert pairs[INFERRED].startswith("drug use 0.74 why?")
    assert "Warning" not in pairs and "Warnings" not in pairs  # no unlabelled mixture
    inferred_dd = page.xpath("//dd[contains(@class, 'meta-warning-inferred')]")[0]
    assert inferred_dd.xpath(".//a[contains(@class, 'tag-inferred')]")


def test_a_blurb_labels_each_vocabulary(client: FlaskClient, db: Database) -> None:
    work_id = _work(db)
    page = html.fromstring(client.get("/works").get_data(as_text=True))
    blurb = page.get_element_by_id(f"work-{work_id}")
    groups = {
        _text(div.find("dt")): _text(div.find("dd"))
        for div in blurb.xpath(".//dl[@class='blurb-warnings']/div")
    }
    assert groups == {ARCHIVE: "No Archive Warnings Apply", INFERRED: "drug use"}
    tags = blurb.xpath(".//ul[contains(@class, 'blurb-tags')]")
    assert not tags or "drug use" not in _text(tags[0])  # listed once, under its label


def test_the_title_pages_label_each_vocabulary(sqlite_db: Database) -> None:
    work_id = _work(sqlite_db)
    with sqlite_db.connect() as conn:
        book = load_book(conn, work_id)
    with zipfile.ZipFile(io.BytesIO(export_book(book, "epub"))) as archive:
        epub_page = etree.fromstring(archive.read("EPUB/title.xhtml"))
    html_page = html.fromstring(export_book(book, "html"))
    for page in (epub_page, html_page):
        assert _pairs(page) == {ARCHIVE: "No Archive Warnings Apply", INFERRED: "drug use"}
        inferred_tags = page.xpath("//*[local-name()='i'][@class='inferred']")
        assert [_text(i) for i in inferred_tags] == ["drug use"]


def test_show_labels_each_vocabulary(sqlite_db: Database) -> None:
    work_id = _work(sqlite_db)
    with sqlite_db.connect() as conn:
        lines = list(work_lines(get_work(conn, work_id)))
    assert f"{ARCHIVE + ':':<16} No Archive Warnings Apply" in lines
    assert any(line.startswith(f"{INFERRED}: drug use") for line in lines)


def test_a_persons_warning_joins_the_archive_warnings(sqlite_db: Database) -> None:
    work_id = _work(sqlite_db)
    with sqlite_db.begin() as conn:
        set_editor_tag(conn, work_id, TagType.WARNING, "self-harm")
    with sqlite_db.connect() as conn:
        groups = warning_groups(get_work(conn, work_id).tags_of("warning"))
    assert [(g.label, [t.name for t in g.tags]) for g in groups] == [
        ("Archive Warnings", ["No Archive Warnings Apply", "self-harm"]),
        (INFERRED, ["drug use"]),
    ]


def test_groups_are_left_out_when_empty_and_plural_when_many() -> None:
    assert warning_groups(()) == []
    tags = (
        TagView("warning", "profanity", "inferred", 0.6),
        TagView("warning", "alcohol", "inferred", 0.7),
    )
    assert [(g.label, g.inferred) for g in warning_groups(tags)] == [
        ("Content Warnings (inferred by ficshelf)", True)
    ]
