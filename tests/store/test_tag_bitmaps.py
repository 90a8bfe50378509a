"""SQLite's in-memory tag bitmaps: built from the links, kept in step by the change log."""

from __future__ import annotations

from sqlalchemy import text

from ficshelf.model import TagType
from ficshelf.search_query import TagRef
from ficshelf.store.db import Database
from ficshelf.store.resolved_tags import resolve_tags
from ficshelf.store.tag_bitmaps import TagBitmaps, tag_bitmaps
from ficshelf.store.tags import set_editor_tag
from search_library import Shelf, build_shelf


def roots(db: Database, *refs: TagRef) -> list[tuple[int, ...]]:
    with db.connect() as conn:
        return [tag.roots for tag in resolve_tags(conn, refs)]


def test_bitmaps_answer_filters_and_follow_the_log(sqlite_db: Database) -> None:
    shelf: Shelf = build_shelf(sqlite_db)
    gullrock, maren, mature = roots(
        sqlite_db,
        TagRef(TagType.FANDOM, "Gullrock Chronicles"),
        TagRef(TagType.CHARACTER, "Maren Holt"),
        TagRef(TagType.RATING, "Mature"),
    )
    bitmaps = TagBitmaps()
    with sqlite_db.connect() as conn:
        bitmaps.refresh(conn)
    assert set(bitmaps.works_matching([gullrock], [])) == {shelf.lamp, shelf.ridge, shelf.gale}
    assert set(bitmaps.works_matching([gullrock, maren], list(mature))) == {shelf.lamp}
    (death,) = roots(sqlite_db, TagRef(TagType.WARNING, "major character death"))
    assert set(bitmaps.works_matching([death], [])) == {shelf.gale}
    assert set(bitmaps.works_matching([death], [], given_only=True)) == set()
    seen = bitmaps.seq
    with sqlite_db.begin() as conn:
        set_editor_tag(conn, shelf.academy, TagType.CHARACTER, "Maren Holt")
    with sqlite_db.connect() as conn:
        bitmaps.refresh(conn)
    assert bitmaps.seq == seen + 1
    assert set(bitmaps.works_matching([maren], [])) == {shelf.lamp, shelf.gale, shelf.academy}
    # a log pruned past what the bitmaps saw makes them rebuild, with the same answer
    with sqlite_db.begin() as conn:
        set_editor_tag(conn, shelf.quiet, TagType.CHARACTER, "Maren Holt")
        set_editor_tag(conn, shelf.ridge, TagType.CHARACTER, "Maren Holt")
        conn.execute(text("DELETE FROM search_changes WHERE seq <= :seq"), {"seq": seen + 2})
    with sqlite_db.connect() as conn:
        bitmaps.refresh(conn)
    assert len(bitmaps.works_matching([maren], [])) == 5


def test_one_set_of_bitmaps_per_engine(sqlite_db: Database) -> None:
    assert tag_bitmaps(sqlite_db.engine) is tag_bitmaps(sqlite_db.engine)
