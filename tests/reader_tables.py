"""The readers' tables (migration 0014) beside a library downgraded to an older revision:
today's reads (blurbs count kudos, comments and bookmarks) need them, so a test that reads
an old library with today's code adds them after downgrading and drops them again before
upgrading (which creates them)."""

from __future__ import annotations

from sqlalchemy import Connection

from ficshelf.store import schema

READER_TABLES = [
    schema.users,
    schema.sessions,
    schema.login_failures,
    schema.kudos,
    schema.comments,
    schema.bookmarks,
    schema.settings,
]


def add_reader_tables(conn: Connection) -> None:
    schema.metadata.create_all(conn, tables=READER_TABLES)


def drop_reader_tables(conn: Connection) -> None:
    schema.metadata.drop_all(conn, tables=READER_TABLES)
