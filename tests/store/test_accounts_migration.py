"""Migration 0014 adds the readers' tables to a library of 0013 that holds works: the
works, their tags and saved exclusions are untouched, the new tables start empty and take
accounts, kudos, comments and bookmarks at once; downgrading drops them again."""

from __future__ import annotations

from alembic import command
from sqlalchemy import inspect, select

from ficshelf import accounts
from ficshelf.model import TagType
from ficshelf.search_query import parse_tag_ref
from ficshelf.store.browse import get_work
from ficshelf.store.comments import add_comment, comment_threads
from ficshelf.store.db import Database, _alembic_config, current_revision, head_revision
from ficshelf.store.exclusions import save_exclusions, saved_exclusions_of
from ficshelf.store.kudos import kudos_names, leave_kudos
from ficshelf.store.library_copy import table_rows
from ficshelf.store.works import save_work
from reader_tables import older_work_columns
from work_builders import given, one_chapter_work, source_for

TEXT = "She walked to the lamp.\n\nIt was lit at dusk, and she waited."
READERS = {"users", "sessions", "login_failures", "kudos", "comments", "bookmarks", "settings"}


def test_upgrading_a_library_with_works_adds_empty_reader_tables(db: Database) -> None:
    with db.engine.begin() as conn:
        command.downgrade(_alembic_config(conn), "0013")
        assert current_revision(conn) == "0013"
    assert not READERS & set(inspect(db.engine).get_table_names())
    with db.engine.begin() as conn:  # a 0013 library with a work and saved exclusions
        record = one_chapter_work(TEXT, title="Lamp", tags=[given(TagType.FANDOM, "Gullrock")])
        work_id = save_work(conn, record, source_for("lamp.txt", TEXT)).work_id
        save_exclusions(conn, "browser:1", [parse_tag_ref("fandom:Gullrock")])
    with db.connect() as conn:  # read as 0013 could (get_work counts readers' rows)
        before = conn.execute(select(*older_work_columns())).all()
    with db.engine.begin() as conn:
        command.upgrade(_alembic_config(conn), "head")
        assert current_revision(conn) == head_revision()
    with db.connect() as conn:
        assert conn.execute(select(*older_work_columns())).all() == before
        assert [t.name for t in get_work(conn, work_id).tags] == ["Gullrock"]
        assert [str(r) for r in saved_exclusions_of(conn, "browser:1")] == ["fandom:Gullrock"]
        rows = table_rows(conn)
        assert all(rows[name] == 0 for name in READERS)
    with db.begin() as conn:
        reader = accounts.create_account(conn, "maren", "a good password")
        leave_kudos(conn, work_id, reader.id)
        add_comment(conn, work_id, reader.id, "First!")
    with db.connect() as conn:
        assert kudos_names(conn, work_id) == ("maren",)
        assert [c.body for c in comment_threads(conn, work_id).items] == ["First!"]
    with db.engine.begin() as conn:  # and back: the readers' tables go, the works stay
        command.downgrade(_alembic_config(conn), "0013")
    assert not READERS & set(inspect(db.engine).get_table_names())
    with db.engine.begin() as conn:
        command.upgrade(_alembic_config(conn), "head")
