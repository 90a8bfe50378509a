"""A page of a result set held as a bitmap, newest first, read off the date-added index.

When the tag bitmaps (``store.tag_bitmaps``) alone decide a search's results, listing them
by date added through SQL means handing the database every id and sorting them all, which
costs as much as the result set is large. Walking the works' ``created_at`` index from the
newest down and keeping the ids the bitmap holds costs instead about ``wanted × library /
results`` index entries: little for a large result set, so ``newest_first`` is used only
when that stays under ``WALK_LIMIT`` and a small result set goes through SQL.
"""

from __future__ import annotations

from typing import Any

from pyroaring import BitMap
from sqlalchemy import Connection, text

WALK_LIMIT = 20_000
"""The most index entries a walk is expected to read before it is not worth it."""

_BATCH = 4096
_NEWEST = "SELECT id FROM works ORDER BY created_at DESC, id DESC"
_LIBRARY = text("SELECT max(id) FROM works")


def newest_first(conn: Connection, results: BitMap, offset: int, limit: int) -> list[int] | None:
    """Return the ids of ``results`` from the ``offset``-th to the ``offset + limit``-th in
    the order newest added first (equal dates: the higher id first), or ``None`` when the
    walk would read more than about ``WALK_LIMIT`` index entries (a sparse result set)."""
    wanted = offset + limit
    if not results or wanted <= 0:
        return []
    library = int(conn.execute(_LIBRARY).scalar_one() or 0)
    if wanted * library / len(results) > WALK_LIMIT:
        return None
    found: list[int] = []
    raw: Any = conn.connection.driver_connection
    cursor = raw.cursor()  # rows as they come, without SQLAlchemy's wrapping
    try:
        cursor.execute(_NEWEST)
        while len(found) < wanted and (batch := cursor.fetchmany(_BATCH)):
            found.extend(work_id for (work_id,) in batch if work_id in results)
    finally:
        cursor.close()
    return found[offset:wanted]
