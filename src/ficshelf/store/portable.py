"""The few writing helpers where SQLite and PostgreSQL differ, each with both branches.

Two importers may write at once (two processes on one SQLite file, or workers on PostgreSQL),
so a row this transaction looked for a moment ago may exist by the time it inserts it. The
writers in ``store/`` insert such rows with ``insert_new`` (``INSERT … ON CONFLICT DO NOTHING``),
which never fails on a duplicate key, then look the row up again. Where a plain statement may
still hit a unique key, ``confine_failure`` keeps PostgreSQL from aborting the whole transaction.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager
from typing import Any, overload

from sqlalchemy import Column, Connection, Table, literal_column
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.sql.dml import Insert, ReturningInsert

from ficshelf.errors import StoreError


def _insert_skipping_duplicates(
    conn: Connection, table: Table, unique: Sequence[Column[Any]]
) -> Insert:
    names = [column.name for column in unique]
    dialect = conn.dialect.name
    if dialect == "postgresql":
        return postgresql.insert(table).on_conflict_do_nothing(index_elements=names)
    if dialect == "sqlite":
        return sqlite.insert(table).on_conflict_do_nothing(index_elements=names)
    raise StoreError(f"unsupported database dialect {dialect!r}")


def insert_new(
    conn: Connection,
    table: Table,
    rows: Sequence[Mapping[str, Any]],
    *,
    unique: Sequence[Column[Any]],
) -> int:
    """Insert ``rows`` into ``table``, skipping each row whose ``unique`` columns match a row
    already there (committed by another writer, or earlier in this transaction).

    Returns the number of rows inserted. Raises ``StoreError`` on a database other than
    SQLite or PostgreSQL.
    """
    if not rows:
        return 0
    # Counted from RETURNING: the drivers' rowcount is -1 once SQLAlchemy adds its own
    # RETURNING of the primary key to a one-row insert.
    statement: ReturningInsert[Any] = _insert_skipping_duplicates(conn, table, unique).returning(
        literal_column("1")
    )
    if len(rows) == 1:
        return len(conn.execute(statement, dict(rows[0])).all())
    return len(conn.execute(statement, [dict(row) for row in rows]).all())


def insert_new_returning_id(
    conn: Connection, table: Table, row: Mapping[str, Any], *, unique: Sequence[Column[Any]]
) -> int | None:
    """Insert one ``row`` unless its ``unique`` columns match an existing row.

    Returns the new row's ``id``, or ``None`` when a matching row was already there.
    """
    statement = _insert_skipping_duplicates(conn, table, unique).returning(table.c.id)
    new_id: int | None = conn.execute(statement, dict(row)).scalar_one_or_none()
    return new_id


@contextmanager
def confine_failure(conn: Connection) -> Iterator[None]:
    """Run the enclosed statements so that a constraint violation in them can be caught and
    the transaction carried on.

    PostgreSQL aborts the whole transaction on any failed statement, so there the block runs
    in a savepoint that is rolled back on error. SQLite already undoes just the failed
    statement (and its Python driver mishandles savepoints), so there nothing is added.
    """
    if conn.dialect.name == "postgresql":
        with conn.begin_nested():
            yield
    else:
        yield


@overload
def fit(value: str, column: Column[Any]) -> str: ...
@overload
def fit(value: None, column: Column[Any]) -> None: ...
@overload
def fit(value: str | None, column: Column[Any]) -> str | None: ...
def fit(value: str | None, column: Column[Any]) -> str | None:
    """Return ``value`` cut to the declared length of ``column`` (``None`` stays ``None``).

    PostgreSQL rejects an over-long string where SQLite stores it, so every writer clips
    free text from files (titles, URLs, tag names) the same way on both.
    """
    length: int | None = getattr(column.type, "length", None)
    if value is None or length is None:
        return value
    return value[:length]
