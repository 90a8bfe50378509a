"""Copying a whole library into an empty database, either backend to either.

A host who starts on SQLite and outgrows it moves the library to PostgreSQL with
``copy_library``: every row of every table of the schema (``schema.metadata``, so a table
added later is copied too), read from one snapshot of the source while it may still be
served, and written to the target in **one transaction**, so a copy that fails or is stopped
half-way leaves the target as empty as it was. What depends on the backend is not copied
but rebuilt on the target by the code that builds it on import: the full-text index
(``search_index.rebuild_index``; SQLite's FTS5 table, PostgreSQL's ``tsvector`` documents)
and, on PostgreSQL, the id sequences, moved past the copied ids. The tag bitmaps of
``store.tag_bitmaps`` are kept in memory and built from the tables when a server starts.
Before committing, the row count of every table is compared with the source's; a
difference rolls the copy back.

What is live rather than kept stays behind unless asked for (``LIVE_TABLES``): the signed-in
sessions, the failed log-ins of the last minutes and the password reset links not yet
used. A copy is a library to serve elsewhere, so its readers sign in there afresh (their
accounts, kudos, comments, bookmarks and reading histories come across), a name locked
out on the old server is not locked out on the new one and a reset link given for the old
one does not work on the copy; ``live=True`` carries them all, for a move whose readers
should stay signed in.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import (
    Column,
    Connection,
    DateTime,
    Table,
    bindparam,
    func,
    insert,
    or_,
    select,
    text,
    update,
)

from ficshelf.errors import ConfigError, StoreError
from ficshelf.store import schema
from ficshelf.store.db import Database, current_revision
from ficshelf.store.search_index import rebuild_index

ROWS_A_BATCH = 2_000
"""Rows read and written a statement (works, whose rows hold whole texts: a tenth of it)."""


class TargetNotEmpty(ConfigError):
    """The database a library was to be copied into already holds rows."""


@dataclass(frozen=True, slots=True)
class LibraryCopy:
    """What ``copy_library`` copied: the rows of each table (in the order written) and how
    many works the target's full-text index holds afterwards."""

    rows: Mapping[str, int]
    indexed: int

    @property
    def works(self) -> int:
        return self.rows.get(schema.works.name, 0)

    @property
    def total(self) -> int:
        return sum(self.rows.values())


LIVE_TABLES = (schema.sessions, schema.login_failures, schema.password_resets)
"""The tables a copy leaves behind unless asked (``copy_library``'s ``live``): who is
signed in, the failed log-ins of the last minutes and the reset links given out."""


def copied_tables(*, live: bool = False) -> list[Table]:
    """The tables a copy writes, in order (a table after the tables its keys point at):
    every table of the schema, ``LIVE_TABLES`` only with ``live``."""
    return [t for t in schema.metadata.sorted_tables if live or t not in LIVE_TABLES]


def table_rows(conn: Connection, tables: list[Table] | None = None) -> dict[str, int]:
    """Return the number of rows of every table of the schema (or of ``tables``), in the
    order tables are written (a table after the tables its keys point at)."""
    return {
        table.name: int(conn.execute(select(func.count()).select_from(table)).scalar_one())
        for table in (schema.metadata.sorted_tables if tables is None else tables)
    }


def copy_library(
    source: Database,
    target: Database,
    *,
    progress: Callable[[int], object] | None = None,
    indexing: Callable[[], object] | None = None,
    live: bool = False,
) -> LibraryCopy:
    """Copy every row of the library in ``source`` (without the sessions and failed
    log-ins, ``LIVE_TABLES``, unless ``live``) into ``target``, which must hold no
    rows (``TargetNotEmpty`` otherwise), rebuild the target's full-text index and (on
    PostgreSQL) its id sequences, check the row counts and commit, all in one transaction
    of the target. ``progress`` is called with the number of rows of each batch written,
    ``indexing`` once every row is, before the full-text index is rebuilt.
    Both databases must be at the same migration revision (``open_database`` migrates
    both). Raises ``StoreError`` if the counts differ (nothing is committed then)."""
    with source.connect() as src, target.begin() as dst:
        _snapshot(src)
        found = {name: n for name, n in table_rows(dst).items() if n}
        if found:
            held = ", ".join(f"{name} {n:,}" for name, n in found.items())
            raise TargetNotEmpty(
                f"the target database is not empty ({held} rows): copy a library only into"
                " an empty database"
            )
        if current_revision(src) != current_revision(dst):
            raise StoreError(
                f"the source's schema is at revision {current_revision(src)}, the target's"
                f" at {current_revision(dst)}: open both with this version first"
            )
        tables = copied_tables(live=live)
        counts = table_rows(src, tables)
        for table in tables:
            _copy_table(src, dst, table, progress)
        if target.dialect == "postgresql":
            move_sequences(dst)
        if indexing is not None:
            indexing()
        indexed = rebuild_index(dst)
        copied = table_rows(dst, tables)
        if copied != counts:
            differ = ", ".join(
                f"{name} {copied[name]:,} of {n:,}"
                for name, n in counts.items()
                if copied[name] != n
            )
            raise StoreError(f"the copy does not match the source ({differ}): nothing was copied")
    return LibraryCopy(rows=counts, indexed=indexed)


def _snapshot(conn: Connection) -> None:
    """Make the reads of ``conn`` from here on see one state of the library, however
    long the copy takes and whatever a server or an import writes meanwhile."""
    if conn.dialect.name == "postgresql":
        conn.execute(text("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY"))
    else:  # Python's sqlite3 opens no transaction for a SELECT: begin one (WAL: a snapshot)
        conn.exec_driver_sql("BEGIN")


def _self_references(table: Table) -> list[Column[Any]]:
    """The columns of ``table`` that point at rows of ``table`` itself (a tag's canonical
    tag): written empty first and filled in once every row is there."""
    return [
        column
        for column in table.columns
        if any(key.column.table is table for key in column.foreign_keys)
    ]


def _batches(conn: Connection, table: Table) -> Iterator[list[dict[str, Any]]]:
    """Yield the rows of ``table`` in primary-key order, a batch at a time (the database
    driver streams them: memory holds one batch)."""
    size = ROWS_A_BATCH // 10 if table is schema.works else ROWS_A_BATCH
    ordered = select(table).order_by(*table.primary_key.columns)
    result = conn.execution_options(yield_per=size).execute(ordered)
    moments = [c.name for c in table.columns if isinstance(c.type, DateTime) and c.type.timezone]
    for batch in result.mappings().partitions():
        rows = [dict(row) for row in batch]
        for row in rows:
            for name in moments:
                row[name] = in_utc(row[name])
        yield rows


def in_utc(moment: datetime | None) -> datetime | None:
    """``moment`` as an aware time in UTC: the store writes UTC, which SQLite gives back
    without its zone and PostgreSQL in the session's zone."""
    if moment is None:
        return None
    return moment.astimezone(UTC) if moment.tzinfo else moment.replace(tzinfo=UTC)


def _copy_table(
    src: Connection, dst: Connection, table: Table, progress: Callable[[int], object] | None
) -> None:
    """Copy the rows of ``table``; columns pointing at the table's own rows (a tag's
    canonical tag, which may come later in id order) are written once every row is there."""
    later = _self_references(table)
    for rows in _batches(src, table):
        for row in rows:
            row.update({column.name: None for column in later})
        dst.execute(insert(table), rows)
        if progress is not None:
            progress(len(rows))
    if not later:
        return
    (key,) = table.primary_key.columns
    linked = select(key, *later).where(or_(*(column.is_not(None) for column in later)))
    statement = (
        update(table)
        .where(key == bindparam("_key"))
        .values({column.name: bindparam(f"_{column.name}") for column in later})
    )
    result = src.execution_options(yield_per=ROWS_A_BATCH).execute(linked.order_by(key))
    for batch in result.mappings().partitions():
        dst.execute(
            statement,
            [
                {"_key": row[key.name], **{f"_{c.name}": row[c.name] for c in later}}
                for row in batch
            ],
        )


def move_sequences(conn: Connection) -> None:
    """Move each PostgreSQL id sequence past the largest copied id, so the next row the
    library adds gets a new one."""
    for table in schema.metadata.sorted_tables:
        column = table.columns.get("id")
        if column is None or not column.primary_key or column.autoincrement is False:
            continue
        conn.execute(
            text(
                f"SELECT setval(pg_get_serial_sequence('{table.name}', 'id'),"
                f' (SELECT coalesce(max(id), 0) + 1 FROM "{table.name}"), false)'
            )
        )
