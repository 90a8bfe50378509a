"""Migration 0016 puts the works of a library of 0015 that name a series into series the
way an import would (the name with the authors: two authors' series of one name stay two),
keeps every work and chapter, and downgrades again without touching them."""

from __future__ import annotations

from dataclasses import replace

from alembic import command
from sqlalchemy import func, inspect, select

from ficshelf.store import schema
from ficshelf.store.browse import work_blurbs
from ficshelf.store.db import Database, _alembic_config, current_revision, head_revision
from ficshelf.store.series_reads import get_series, series_named
from ficshelf.store.works import rewrite_analysis, save_work
from reader_tables import SERIES_COLUMNS, older_work_columns
from work_builders import one_chapter_work, source_for


def _save(
    db: Database, text: str, authors: tuple[str, ...], series: str | None, part: int | None
) -> int:
    work = replace(
        one_chapter_work(text, title=text, authors=authors), series=series, series_part=part
    )
    with db.begin() as conn:
        return save_work(conn, work, source_for(f"{text}.html", text)).work_id


def test_upgrading_groups_the_works_of_each_series_by_name_and_authors(db: Database) -> None:
    a2 = _save(db, "Second letter.", ("quillwright",), "Letters", 2)
    a1 = _save(db, "First letter.", ("quillwright",), "Letters", 1)
    b1 = _save(db, "Another hand.", ("otherhand",), "letters", 1)
    n1 = _save(db, "Anonymous one.", (), "Notes", None)
    n2 = _save(db, "Anonymous two.", (), "Notes", 2)
    alone = _save(db, "No series.", ("quillwright",), None, None)
    with db.connect() as conn:
        before = conn.execute(select(*older_work_columns()).order_by(schema.works.c.id)).all()
    with db.engine.begin() as conn:
        command.downgrade(_alembic_config(conn), "0015")
        assert current_revision(conn) == "0015"
        columns = {c["name"] for c in inspect(conn).get_columns("works")}
        assert not columns & set(SERIES_COLUMNS)
        assert "series" not in inspect(conn).get_table_names()
        chapters = conn.execute(select(func.count()).select_from(schema.chapters)).scalar_one()
        command.upgrade(_alembic_config(conn), "head")
        assert current_revision(conn) == head_revision()
    with db.connect() as conn:
        after = conn.execute(select(*older_work_columns()).order_by(schema.works.c.id)).all()
        assert after == before
        found = {b.id: b for b in work_blurbs(conn, [a1, a2, b1, n1, n2, alone])}
        letters = get_series(conn, found[a1].series_id or 0)
        chapters_after = conn.execute(
            select(func.count()).select_from(schema.chapters)
        ).scalar_one()
    assert chapters_after == chapters == 6
    assert found[a1].series_id == found[a2].series_id
    assert found[b1].series_id not in (None, found[a1].series_id)
    assert found[n1].series_id == found[n2].series_id is not None
    assert found[alone].series_id is None
    assert (found[a1].series_part, found[a2].series_part, found[n1].series_part) == (1, 2, None)
    assert letters.name == "Letters" and letters.parts_held == (1, 2) and letters.url is None
    assert found[b1].series == "letters"  # each series keeps the name its first work gave


def test_upgrading_a_library_with_no_series_makes_none(db: Database) -> None:
    _save(db, "No series.", ("quillwright",), None, None)
    with db.engine.begin() as conn:
        command.downgrade(_alembic_config(conn), "0015")
        command.upgrade(_alembic_config(conn), "head")
        assert conn.execute(select(func.count()).select_from(schema.series)).scalar_one() == 0


def test_a_work_saved_again_gives_an_upgraded_series_its_ao3_page(db: Database) -> None:
    page = "https://archiveofourown.org/series/501"
    work = replace(
        one_chapter_work("Part one.", title="One", authors=("quillwright",)),
        series="Letters",
        series_part=1,
        series_url=page,
    )
    with db.begin() as conn:
        work_id = save_work(conn, work, source_for("one.html", work.text)).work_id
    with db.engine.begin() as conn:
        command.downgrade(_alembic_config(conn), "0015")
        command.upgrade(_alembic_config(conn), "head")
        assert conn.execute(select(schema.series.c.url)).scalar_one() is None
    with db.begin() as conn:  # as ``ficshelf reanalyze`` saves it, read from its file again
        rewrite_analysis(conn, work_id, work)
        (series_id,) = series_named(conn, "Letters")
        assert get_series(conn, series_id).url == page
        assert work_blurbs(conn, [work_id])[0].series_id == series_id
