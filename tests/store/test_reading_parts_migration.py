"""Migration 0018 adds ``readings.part`` to a library of 0017 with readers' histories in
it: every entry is kept as it was (its chapter, visits, Marked for Later), with no part
(the chapter's start), and takes parts at once; downgrading drops the column, the
entries and their chapters staying."""

from __future__ import annotations

from datetime import UTC, datetime

from alembic import command
from sqlalchemy import insert, inspect, select

from ficshelf import accounts
from ficshelf.store import schema
from ficshelf.store.db import Database, _alembic_config, current_revision, head_revision
from ficshelf.store.readings import reading_of, readings_of, record_visit
from ficshelf.store.works import save_work
from work_builders import one_chapter_work, source_for

TEXT = "She walked to the lamp.\n\nIt was lit at dusk, and she waited."
KEPT = ("user_id", "work_id", "visits", "chapter", "marked_for_later")


def _columns(db: Database) -> set[str]:
    return {c["name"] for c in inspect(db.engine).get_columns("readings")}


def test_upgrading_a_library_with_histories_keeps_every_entry(db: Database) -> None:
    with db.engine.begin() as conn:
        command.downgrade(_alembic_config(conn), "0017")
        assert current_revision(conn) == "0017"
    assert "part" not in _columns(db)
    with db.engine.begin() as conn:  # a 0017 library: a work and two readers' histories
        work_id = save_work(
            conn, one_chapter_work(TEXT, title="Lamp"), source_for("lamp.txt", TEXT)
        ).work_id
        maren = accounts.create_account(conn, "maren", "a good password").id
        ivo = accounts.create_account(conn, "ivo", "a good password").id
        at = datetime(2024, 2, 3, 20, 15, tzinfo=UTC)
        rows = [
            {"user_id": maren, "work_id": work_id, "last_visited_at": at, "visits": 4,
             "chapter": 1, "marked_for_later": False},
            {"user_id": ivo, "work_id": work_id, "last_visited_at": at, "visits": 0,
             "chapter": None, "marked_for_later": True},
        ]  # fmt: skip
        conn.execute(insert(schema.readings), rows)  # (names no part: 0017 has none)
        before = conn.execute(select(*(schema.readings.c[k] for k in KEPT))).all()
    with db.engine.begin() as conn:
        command.upgrade(_alembic_config(conn), "head")
        assert current_revision(conn) == head_revision()
    with db.begin() as conn:
        assert conn.execute(select(*(schema.readings.c[k] for k in KEPT))).all() == before
        entry = reading_of(conn, maren, work_id)
        assert entry is not None and (entry.chapter, entry.part, entry.visits) == (1, None, 4)
        assert readings_of(conn, ivo, 1, 20, later=True).total == 1
        record_visit(conn, maren, work_id, None, part=2)
        entry = reading_of(conn, maren, work_id)
        assert entry is not None and (entry.part, entry.visits) == (2, 5)
    with db.engine.begin() as conn:  # and back: the part goes, the entries stay
        command.downgrade(_alembic_config(conn), "0017")
    assert "part" not in _columns(db)
    with db.engine.begin() as conn:
        kept = conn.execute(select(*(schema.readings.c[k] for k in KEPT))).all()
        assert sorted(kept) == sorted([(maren, work_id, 5, None, False), before[1]])
        command.upgrade(_alembic_config(conn), "head")
