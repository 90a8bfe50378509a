"""Migration 0011: a search document an older version wrote holds the text as it was, so a
story with full-width letters was unfound by the plain query; upgrading rewrites the
documents of exactly the works whose indexed text is not in NFKC form."""

from __future__ import annotations

from alembic import command
from sqlalchemy import Connection, text

from ficshelf.store.db import Database, _alembic_config, current_revision, head_revision
from ficshelf.store.search import SearchRequest, search
from ficshelf.store.works import save_work
from work_builders import source_for, work_record

WIDE = "The ｌａｍｐ was lit at dusk.\n\nShe carried it to the window."
PLAIN = "The candle was lit at dusk.\n\nHe carried it to the door."


def _write_old_document(conn: Connection, work_id: int) -> None:
    """Write work ``work_id``'s search document as versions before 0011 did: unnormalised."""
    if conn.dialect.name == "postgresql":
        conn.execute(
            text(
                "UPDATE work_search SET document = to_tsvector('english', w.title || ' ' || w.text)"
                " FROM works w WHERE w.id = :id AND work_search.work_id = w.id"
            ),
            {"id": work_id},
        )
    else:
        conn.execute(text("DELETE FROM works_fts WHERE rowid = :id"), {"id": work_id})
        conn.execute(
            text(
                "INSERT INTO works_fts (rowid, title, authors, summary, notes, tags, body)"
                " SELECT id, title, '', summary, '', '', text FROM works WHERE id = :id"
            ),
            {"id": work_id},
        )


def _found(db: Database, query: str) -> set[int]:
    with db.connect() as conn:
        result = search(conn, SearchRequest(query=query, per_page=50, facets=False))
    return {hit.work.id for hit in result.hits.items}


def test_upgrading_rewrites_the_documents_not_in_nfkc_form(db: Database) -> None:
    with db.begin() as conn:
        wide = save_work(conn, work_record(WIDE, title="Wide"), source_for("w.txt", WIDE)).work_id
        plain = save_work(
            conn, work_record(PLAIN, title="Plain"), source_for("p.txt", PLAIN)
        ).work_id
    assert _found(db, "lamp") == {wide}  # written by today's index: found
    with db.engine.begin() as conn:
        command.downgrade(_alembic_config(conn), "0010")
        assert current_revision(conn) == "0010"
        _write_old_document(conn, wide)
    assert _found(db, "lamp") == set()  # the old document: unfound
    with db.engine.begin() as conn:
        command.upgrade(_alembic_config(conn), "head")
        assert current_revision(conn) == head_revision()
    assert _found(db, "lamp") == {wide}
    assert _found(db, "ｌａｍｐ") == {wide}
    assert _found(db, "candle") == {plain}
