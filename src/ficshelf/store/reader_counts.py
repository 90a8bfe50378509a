"""What readers of this archive left on works, counted for blurbs and the kudos sort:
kudos, comments (not deleted ones) and public bookmarks."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import ColumnElement, Connection, func, literal, select, union_all

from ficshelf.store.schema import bookmarks, comments, kudos, works


@dataclass(frozen=True, slots=True)
class ReaderCounts:
    """A work's kudos from this archive's accounts, its comments and public bookmarks."""

    kudos: int = 0
    comments: int = 0
    bookmarks: int = 0


def reader_counts(conn: Connection, ids: Sequence[int]) -> dict[int, ReaderCounts]:
    """Return the counts of the works ``ids`` in one query (a work nobody touched is left
    out: all 0)."""
    if not ids:
        return {}
    parts = (
        select(literal("kudos").label("kind"), kudos.c.work_id, func.count().label("n"))
        .where(kudos.c.work_id.in_(ids))
        .group_by(kudos.c.work_id),
        select(literal("comments"), comments.c.work_id, func.count())
        .where(comments.c.work_id.in_(ids), comments.c.deleted.is_(False))
        .group_by(comments.c.work_id),
        select(literal("bookmarks"), bookmarks.c.work_id, func.count())
        .where(bookmarks.c.work_id.in_(ids), bookmarks.c.private.is_(False))
        .group_by(bookmarks.c.work_id),
    )
    found: dict[int, dict[str, int]] = {}
    for kind, work_id, count in conn.execute(union_all(*parts)):
        found.setdefault(work_id, {})[kind] = int(count)
    return {work_id: ReaderCounts(**counts) for work_id, counts in found.items()}


def archive_kudos_count() -> ColumnElement[Any]:
    """The number of kudos this archive's accounts left on the ``works`` row at hand (a
    correlated subquery, for ordering)."""
    return (
        select(func.count()).where(kudos.c.work_id == works.c.id).correlate(works).scalar_subquery()
    )
