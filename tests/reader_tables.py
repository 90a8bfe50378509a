"""The readers' tables (migration 0014) and the series (0016) beside a library downgraded
to an older revision: today's reads (blurbs count kudos, comments and bookmarks, and name
the series a work is in) need them, so a test that reads an old library with today's code
adds them after downgrading and drops them again before upgrading (which creates them)."""

from __future__ import annotations

from sqlalchemy import Column, Connection
from sqlalchemy.schema import CreateColumn

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
SERIES_COLUMNS = ("series_url", "series_id", "series_position", "series_edited")
"""The columns of ``works`` that migration 0016 adds."""


def older_work_columns() -> list[Column[object]]:
    """The columns of ``works`` before migration 0016."""
    return [c for c in schema.works.columns if c.name not in SERIES_COLUMNS]


def add_reader_tables(conn: Connection) -> None:
    schema.metadata.create_all(conn, tables=[*READER_TABLES, schema.series])
    for name in SERIES_COLUMNS:
        column = CreateColumn(schema.works.c[name]).compile(dialect=conn.dialect)
        conn.exec_driver_sql(f"ALTER TABLE works ADD COLUMN {column}")


def drop_reader_tables(conn: Connection) -> None:
    for name in SERIES_COLUMNS:
        conn.exec_driver_sql(f"ALTER TABLE works DROP COLUMN {name}")
    schema.metadata.drop_all(conn, tables=[*READER_TABLES, schema.series])
