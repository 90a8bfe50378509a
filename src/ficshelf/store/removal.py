"""Removing a work for good (``ficshelf remove``): the work with everything hanging on it,
counted first so the host is told what went.

``works.delete_work`` does the deleting: the chapters, notes, sources (so importing the
file again brings the work back as new), tag and author links, the analysis, "more like
this" and the full-text index entries go, and with them the kudos, comments and bookmarks
readers left on the work. The tags, authors and accounts themselves stay.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import Connection, Table, func, select

from ficshelf.errors import NotFound
from ficshelf.store import schema
from ficshelf.store.works import delete_work


@dataclass(frozen=True, slots=True)
class WorkRemoval:
    """What removing one work took with it: its id and title, and how many chapters, tag
    links, source files, kudos, comments and bookmarks."""

    work_id: int
    title: str | None
    chapters: int
    tags: int
    sources: int
    kudos: int
    comments: int
    bookmarks: int


def _count(conn: Connection, table: Table, work_id: int) -> int:
    query = select(func.count()).select_from(table).where(table.c.work_id == work_id)
    return int(conn.execute(query).scalar_one())


def remove_work(conn: Connection, work_id: int) -> WorkRemoval:
    """Delete work ``work_id`` and what hangs on it (see the module docstring); returns
    what went. Raises ``NotFound``."""
    title = conn.execute(select(schema.works.c.title).where(schema.works.c.id == work_id)).first()
    if title is None:
        raise NotFound(f"no work {work_id}")
    tag_links = select(func.count()).where(
        schema.work_tags.c.work_id == work_id, schema.work_tags.c.removed.is_(False)
    )
    removal = WorkRemoval(
        work_id=work_id,
        title=title[0],
        chapters=_count(conn, schema.chapters, work_id),
        tags=int(conn.execute(tag_links).scalar_one()),
        sources=_count(conn, schema.sources, work_id),
        kudos=_count(conn, schema.kudos, work_id),
        comments=_count(conn, schema.comments, work_id),
        bookmarks=_count(conn, schema.bookmarks, work_id),
    )
    delete_work(conn, work_id)
    return removal
