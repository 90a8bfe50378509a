"""Bulk loading: many new works at once, for synthetic benchmark libraries and batch tools.

``save_work`` decides file by file (duplicates, updates, editor links) in one transaction
per work; a bulk load knows its works are new and distinct, so it inserts them with their
author and tag links in a few multi-row statements per batch. The caller gives ids (from
``next_work_id``) so links can be written without reading anything back, and must make the
text hashes unique. Tags and authors are created with ``store.tags`` / ``store.authors``.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy import Connection, Table, func, insert, select

from ficshelf.model import Provenance
from ficshelf.store import schema


@dataclass(frozen=True, slots=True)
class BulkWork:
    """A new work for ``insert_works``: its id, columns, author ids in byline order and
    tag ids (linked with provenance ``author``)."""

    id: int
    title: str
    text: str
    text_hash: str
    word_count: int
    author_ids: Sequence[int]
    tag_ids: Sequence[int]
    created_at: datetime
    summary: str | None = None
    language: str | None = "English"  # the English name, as the store keeps it
    chapter_count: int = 1
    complete: bool | None = True
    published: date | None = None
    format: str = "synthetic"


def next_work_id(conn: Connection) -> int:
    """Return an id above every stored work's."""
    return int(conn.execute(select(func.coalesce(func.max(schema.works.c.id), 0))).scalar_one()) + 1


def insert_works(conn: Connection, works: Sequence[BulkWork]) -> None:
    """Insert ``works`` (all new, with distinct ids and text hashes) with their author and
    tag links. Raises ``sqlalchemy.exc.IntegrityError`` if an id or hash is taken."""
    if not works:
        return
    rows: list[Mapping[str, Any]] = [
        {
            "id": w.id,
            "title": w.title,
            "summary": w.summary,
            "language": w.language,
            "text": w.text,
            "text_hash": w.text_hash,
            "format": w.format,
            "word_count": w.word_count,
            "chapter_count": w.chapter_count,
            "chapters_expected": w.chapter_count if w.complete else None,
            "complete": w.complete,
            "published": w.published,
            "updated": w.published,
            "created_at": w.created_at,
            "modified_at": w.created_at,
        }
        for w in works
    ]
    conn.execute(insert(schema.works), rows)
    bylines = [
        (w.id, author_id, position)
        for w in works
        for position, author_id in enumerate(dict.fromkeys(w.author_ids))
    ]
    fast_insert(conn, schema.work_authors, ("work_id", "author_id", "position"), bylines)
    links = [
        (w.id, tag_id, Provenance.AUTHOR.value, None, "[]", False)
        for w in works
        for tag_id in dict.fromkeys(w.tag_ids)
    ]
    columns = ("work_id", "tag_id", "provenance", "confidence", "evidence", "removed")
    fast_insert(conn, schema.work_tags, columns, links)


def fast_insert(
    conn: Connection, table: Table, columns: Sequence[str], rows: Sequence[tuple[Any, ...]]
) -> None:
    """Insert ``rows`` (tuples of plain values for ``columns``: numbers, strings, booleans,
    ``None``; JSON as its text) into ``table`` as fast as the database allows: ``COPY`` on
    PostgreSQL, one prepared multi-row ``executemany`` on SQLite."""
    if not rows:
        return
    names = ", ".join(f'"{name}"' for name in columns)
    if conn.dialect.name == "postgresql":
        raw: Any = conn.connection.driver_connection
        with raw.cursor() as cursor:
            with cursor.copy(f'COPY "{table.name}" ({names}) FROM STDIN') as copy:
                for row in rows:
                    copy.write_row(row)
        return
    marks = ", ".join("?" for _ in columns)
    conn.exec_driver_sql(f'INSERT INTO "{table.name}" ({names}) VALUES ({marks})', list(rows))
