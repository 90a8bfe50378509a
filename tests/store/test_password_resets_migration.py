"""Migration 0015 adds ``password_resets`` to a library of 0014 with readers in it: the
accounts, their sessions and comments are untouched, the new table starts empty and takes
reset links at once; downgrading drops it again, the accounts staying."""

from __future__ import annotations

from alembic import command
from sqlalchemy import inspect, select

from ficshelf import accounts
from ficshelf.store import schema
from ficshelf.store.accounts import session_account, start_session
from ficshelf.store.comments import add_comment, comment_threads
from ficshelf.store.db import Database, _alembic_config, current_revision, head_revision
from ficshelf.store.works import save_work
from work_builders import one_chapter_work, source_for

TEXT = "She walked to the lamp.\n\nIt was lit at dusk, and she waited."


def test_upgrading_a_library_with_readers_adds_an_empty_reset_table(db: Database) -> None:
    with db.engine.begin() as conn:
        command.downgrade(_alembic_config(conn), "0014")
        assert current_revision(conn) == "0014"
    assert "password_resets" not in inspect(db.engine).get_table_names()
    with db.engine.begin() as conn:  # a 0014 library with a work, a reader, a session
        work_id = save_work(
            conn, one_chapter_work(TEXT, title="Lamp"), source_for("lamp.txt", TEXT)
        ).work_id
        maren = accounts.create_account(conn, "maren", "a good password")
        session = start_session(conn, maren.id, accounts.SESSION_LIFETIME)
        add_comment(conn, work_id, maren.id, "First!")
        users_before = conn.execute(select(schema.users)).all()
    with db.engine.begin() as conn:
        command.upgrade(_alembic_config(conn), "head")
        assert current_revision(conn) == head_revision()
    with db.begin() as conn:
        assert conn.execute(select(schema.users)).all() == users_before
        assert session_account(conn, session, accounts.SESSION_LIFETIME) is not None
        assert [c.body for c in comment_threads(conn, work_id).items] == ["First!"]
        assert conn.execute(select(schema.password_resets)).all() == []
        _, token, _ = accounts.reset_link(conn, "maren")
        accounts.reset_password(conn, "maren", token, "a new password")
    with db.engine.begin() as conn:  # and back: the table goes, the accounts stay
        command.downgrade(_alembic_config(conn), "0014")
    assert "password_resets" not in inspect(db.engine).get_table_names()
    with db.engine.begin() as conn:
        assert accounts.authenticate(conn, "maren", "a new password").id == maren.id
        command.upgrade(_alembic_config(conn), "head")
