"""Migration 0017 adds ``readings`` and ``reading_settings`` to a library of 0016 with
readers in it: the accounts, their sessions, kudos and bookmarks are untouched, the new
tables start empty and take the readers' history at once; downgrading drops them again,
the accounts staying."""

from __future__ import annotations

from alembic import command
from sqlalchemy import inspect, select

from ficshelf import accounts
from ficshelf.store import schema
from ficshelf.store.accounts import session_account, start_session
from ficshelf.store.bookmarks import bookmark_of, save_bookmark
from ficshelf.store.db import Database, _alembic_config, current_revision, head_revision
from ficshelf.store.kudos import kudos_names, leave_kudos
from ficshelf.store.readings import history_on, mark_for_later, readings_of, record_visit
from ficshelf.store.works import save_work
from work_builders import one_chapter_work, source_for

TEXT = "She walked to the lamp.\n\nIt was lit at dusk, and she waited."
NEW = {"readings", "reading_settings"}


def test_upgrading_a_library_with_readers_adds_an_empty_history(db: Database) -> None:
    with db.engine.begin() as conn:
        command.downgrade(_alembic_config(conn), "0016")
        assert current_revision(conn) == "0016"
    assert not NEW & set(inspect(db.engine).get_table_names())
    with db.engine.begin() as conn:  # a 0016 library with a work, readers, what they left
        work_id = save_work(
            conn, one_chapter_work(TEXT, title="Lamp"), source_for("lamp.txt", TEXT)
        ).work_id
        maren = accounts.create_account(conn, "maren", "a good password")
        ivo = accounts.create_account(conn, "ivo", "a good password")
        session = start_session(conn, maren.id, accounts.SESSION_LIFETIME)
        leave_kudos(conn, work_id, maren.id)
        save_bookmark(conn, work_id, ivo.id, note="reread", tags=["cozy"], private=True)
        users_before = conn.execute(select(schema.users)).all()
        bookmarks_before = conn.execute(select(schema.bookmarks)).all()
    with db.engine.begin() as conn:
        command.upgrade(_alembic_config(conn), "head")
        assert current_revision(conn) == head_revision()
    with db.begin() as conn:
        assert conn.execute(select(schema.users)).all() == users_before
        assert conn.execute(select(schema.bookmarks)).all() == bookmarks_before
        assert session_account(conn, session, accounts.SESSION_LIFETIME) is not None
        assert kudos_names(conn, work_id) == ("maren",)
        assert bookmark_of(conn, work_id, ivo.id) is not None
        for table in (schema.readings, schema.reading_settings):
            assert conn.execute(select(table)).all() == []
        assert history_on(conn, maren.id) and history_on(conn, ivo.id)  # on for everyone
        record_visit(conn, maren.id, work_id, None)
        mark_for_later(conn, ivo.id, work_id)
        assert readings_of(conn, maren.id, 1, 20).total == 1
        assert readings_of(conn, ivo.id, 1, 20, later=True).total == 1
    with db.engine.begin() as conn:  # and back: the history goes, the accounts stay
        command.downgrade(_alembic_config(conn), "0016")
    assert not NEW & set(inspect(db.engine).get_table_names())
    with db.engine.begin() as conn:
        assert accounts.authenticate(conn, "maren", "a good password").id == maren.id
        assert conn.execute(select(schema.bookmarks)).all() == bookmarks_before
        command.upgrade(_alembic_config(conn), "head")
