"""Migration 0012: a person's rating (pov, tense) set with an older version sat beside the
inferred one ("Mature, General (inferred)", found under both rating filters) until the work
was re-analysed; upgrading sets the inferred value aside, as a person's edit does today."""

from __future__ import annotations

from alembic import command
from sqlalchemy import Connection, text

from ficshelf.model import TagType
from ficshelf.search_query import TagRef
from ficshelf.store.browse import get_work
from ficshelf.store.db import Database, _alembic_config, current_revision, head_revision
from ficshelf.store.search import SearchRequest, search
from ficshelf.store.search_index import index_work
from ficshelf.store.tags import set_editor_tag
from ficshelf.store.works import save_work
from reader_tables import add_reader_tables, drop_reader_tables
from work_builders import given, inferred, source_for, work_record

TEXT = "She walked to the lamp.\n\nIt was lit at dusk, and she waited."


def _unsettle(conn: Connection, work_id: int) -> None:
    """Leave work ``work_id``'s file and inferred links live beside a person's value, as
    versions before 0012 did, and write its search document so."""
    conn.execute(
        text("UPDATE work_tags SET removed = false WHERE work_id = :id AND provenance != 'editor'"),
        {"id": work_id},
    )
    index_work(conn, work_id)


def _ratings(db: Database, work_id: int) -> list[tuple[str, str]]:
    with db.connect() as conn:
        work = get_work(conn, work_id)
    return sorted((t.name, t.provenance) for t in work.tags if t.type == TagType.RATING.value)


def _under(db: Database, rating: str) -> set[int]:
    request = SearchRequest(include=(TagRef(TagType.RATING, rating),), per_page=50, facets=False)
    with db.connect() as conn:
        return {hit.work.id for hit in search(conn, request).hits.items}


def test_upgrading_sets_inferred_values_beside_a_persons_aside(db: Database) -> None:
    tags = [
        inferred(TagType.RATING, "General", 0.9),
        inferred(TagType.TENSE, "Past Tense", 0.9),
        given(TagType.FANDOM, "Greek Mythology"),
    ]
    with db.begin() as conn:
        edited = save_work(
            conn, work_record(TEXT, title="Edited", tags=tags), source_for("e.txt", TEXT)
        ).work_id
        untouched = save_work(
            conn, work_record(TEXT + " ", title="Untouched", tags=tags), source_for("u.txt", "u")
        ).work_id
        set_editor_tag(conn, edited, TagType.RATING, "Mature")
    with db.engine.begin() as conn:
        command.downgrade(_alembic_config(conn), "0011")
        assert current_revision(conn) == "0011"
        _unsettle(conn, edited)
        add_reader_tables(conn)  # today's reads count what readers left
    assert _ratings(db, edited) == [("General", "inferred"), ("Mature", "editor")]
    assert _under(db, "General") == {edited, untouched}  # the old library: under both
    with db.engine.begin() as conn:
        drop_reader_tables(conn)
        command.upgrade(_alembic_config(conn), "head")
        assert current_revision(conn) == head_revision()
    assert _ratings(db, edited) == [("Mature", "editor")]
    assert _ratings(db, untouched) == [("General", "inferred")]
    assert _under(db, "General") == {untouched}
    assert _under(db, "Mature") == {edited}
    with db.connect() as conn:
        tense = [t.name for t in get_work(conn, edited).tags if t.type == TagType.TENSE.value]
    assert tense == ["Past Tense"]  # a type the person gave no value keeps the inferred one


def _one_at_a_time(conn: Connection) -> None:
    """What 0012 did before it wrote in batches: per work, settle, document, signature."""
    from ficshelf.similar import refresh_work
    from ficshelf.store.tags import settle_single_values

    edited = conn.execute(
        text("SELECT DISTINCT work_id FROM work_tags WHERE provenance = 'editor' ORDER BY work_id")
    ).scalars()
    for work_id in list(edited):
        settle_single_values(conn, work_id)
        index_work(conn, work_id)
        refresh_work(conn, work_id)


def _derived(conn: Connection) -> tuple[object, ...]:
    """Every "more like this" posting and counter, and every search document."""
    from test_search_batches import _documents
    from test_similar_batches import _snapshot

    return _snapshot(conn), _documents(conn, 0)


def test_the_batch_upgrade_writes_what_one_work_at_a_time_did(db: Database) -> None:
    """0012 rewrites the documents and signatures of the works it settles in batches
    (``search_index.index_batch``, ``similar.refresh_works``): the same rows as the work at a
    time it did before."""
    tags = [
        inferred(TagType.RATING, "General", 0.9),
        inferred(TagType.POV, "Third Person", 0.9),
        given(TagType.FANDOM, "Greek Mythology"),
    ]
    edits = [(TagType.RATING, "Mature"), (TagType.POV, "First Person"), (TagType.RATING, "Teen")]
    with db.begin() as conn:
        ids = [
            save_work(
                conn,
                work_record(f"{TEXT} {n}", title=f"Work {n}", tags=tags),
                source_for(f"{n}.txt", f"{TEXT} {n}"),
            ).work_id
            for n in range(7)
        ]
        for work_id, (tag_type, name) in zip(ids, edits * 2, strict=False):
            set_editor_tag(conn, work_id, tag_type, name)
    with db.engine.begin() as conn:
        command.downgrade(_alembic_config(conn), "0011")
        for work_id in ids:
            _unsettle(conn, work_id)
    with db.engine.connect() as conn:
        _one_at_a_time(conn)
        before = _derived(conn)
        conn.rollback()
    with db.engine.begin() as conn:  # to 0012 itself: 0013 rewrites every document after it
        command.upgrade(_alembic_config(conn), "0012")
    with db.engine.connect() as conn:
        assert _derived(conn) == before
