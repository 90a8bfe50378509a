"""ficshelf's own EPUB imported back: each field of its title page alone (no "Content
Warning (inferred by ficshelf)" run into the archive warning, no "Point of view" into the
additional tags), the tags a file or a person gave read back as given, and the tags ficshelf
inferred not taken for the author's (the import's analysis infers its own), on both
backends."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from ficshelf.export import export_book, load_book
from ficshelf.importer import ImportStatus, import_paths
from ficshelf.ingest import read_document
from ficshelf.model import GivenTag, TagType
from ficshelf.store import schema
from ficshelf.store.browse import get_work
from ficshelf.store.db import Database
from ficshelf.store.tags import set_editor_tag
from web.web_library import given, inferred, save

GIVEN = {
    (TagType.RATING, "Teen And Up Audiences"),
    (TagType.WARNING, "No Archive Warnings Apply"),
    (TagType.CATEGORY, "F/M"),
    (TagType.FANDOM, "Gullrock Chronicles"),
    (TagType.RELATIONSHIP, "Maren Holt/Ivo Brand"),
    (TagType.CHARACTER, "Maren Holt"),
    (TagType.CHARACTER, "Ivo Brand"),
    (TagType.FREEFORM, "Hurt/Comfort"),
}
INFERRED = {
    (TagType.WARNING, "death/grief"),
    (TagType.WARNING, "drug use"),
    (TagType.RELATIONSHIP, "Ivo Brand/Bea Sand"),
    (TagType.CHARACTER, "Bea Sand"),
    (TagType.FREEFORM, "Angst"),
    (TagType.POV, "Third Person"),
    (TagType.TENSE, "Past"),
}
STORY = (
    "Maren Holt counted the letters again while Ivo Brand watched the sea.\n\n"
    '"She is not coming back," Ivo said. The kettle sang in the cold kitchen.'
)


def _book(db: Database) -> tuple[int, bytes]:
    work_id = save(
        db,
        "Small Hours",
        [("The Kettle", STORY)],
        added=1,
        authors=("quillwright", "otherhand"),
        summary="A night at the lighthouse.",
        language="English",
        series="Gullrock Letters",
        series_part=2,
        published=date(2023, 1, 1),
        tags=tuple(given(t, n) for t, n in GIVEN) + tuple(inferred(t, n, 0.7) for t, n in INFERRED),
    )
    with db.begin() as conn:  # a person's tag is given too
        set_editor_tag(conn, work_id, TagType.FREEFORM, "Lighthouses")
        book = load_book(conn, work_id)
    return work_id, export_book(book, "epub")


def test_the_title_page_reads_back_field_by_field(sqlite_db: Database) -> None:
    _, data = _book(sqlite_db)
    read = read_document("small-hours.epub", data).given
    assert set(read.tags) == {GivenTag(t, n) for t, n in GIVEN} | {
        GivenTag(TagType.FREEFORM, "Lighthouses")
    }
    assert read.title == "Small Hours"
    assert read.authors == ("quillwright", "otherhand")
    assert read.summary == "A night at the lighthouse."
    assert read.language == "English"
    assert (read.series, read.series_part) == ("Gullrock Letters", 2)
    assert read.published == date(2023, 1, 1)
    assert (read.chapters_posted, read.chapters_expected, read.complete) == (1, 1, True)
    assert read.word_count == len(STORY.split())


def test_a_person_set_point_of_view_reads_back_as_given(sqlite_db: Database) -> None:
    work_id, _ = _book(sqlite_db)
    with sqlite_db.begin() as conn:
        set_editor_tag(conn, work_id, TagType.POV, "First Person")
        data = export_book(load_book(conn, work_id), "epub")
    read = read_document("small-hours.epub", data).given
    assert GivenTag(TagType.POV, "First Person") in read.tags
    assert not {t for t in read.tags if t.type in (TagType.POV, TagType.TENSE)} - {
        GivenTag(TagType.POV, "First Person")
    }


def test_the_epub_imports_back_with_its_given_tags_as_given(db: Database, tmp_path: Path) -> None:
    _, data = _book(db)
    folder = tmp_path / "books"
    folder.mkdir()
    (folder / "small-hours.epub").write_bytes(data)
    summary = import_paths(db, [folder], jobs=1)
    assert summary.counts[ImportStatus.IMPORTED] == 1, summary
    with db.connect() as conn:
        new_id = (
            conn.execute(
                schema.sources.select().where(schema.sources.c.path.like("%small-hours.epub"))
            )
            .one()
            .work_id
        )
        work = get_work(conn, new_id)
    not_inferred = {(TagType(t.type), t.name) for t in work.tags if not t.inferred}
    canonical = {(TagType.RATING, "Teen")}  # the archive's name of AO3's rating
    expected = GIVEN - {(TagType.RATING, "Teen And Up Audiences")} | canonical
    assert not_inferred == expected | {(TagType.FREEFORM, "Lighthouses")}
    assert all(" inferred " not in t.name and ":" not in t.name for t in work.tags)
    assert (work.title, work.authors) == ("Small Hours", ("quillwright", "otherhand"))
    assert (work.series, work.series_part, work.language) == ("Gullrock Letters", 2, "English")
    assert work.summary == "A night at the lighthouse."
    assert [c.title for c in work.chapters] == ["The Kettle"]
