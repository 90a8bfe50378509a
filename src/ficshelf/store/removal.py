"""Removing a work for good (``ficshelf remove``): the work with everything hanging on it,
counted first so the host is told what went.

``works.delete_work`` does the deleting: the chapters, notes, sources (so importing the
file again brings the work back as new), tag and author links, the analysis, "more like
this" and the full-text index entries go, and with them the kudos, comments and bookmarks
readers left on the work, and the work's entry in each reader's history (not counted in
``WorkRemoval``: who read what is the reader's alone, the host's command included). The
authors and accounts themselves stay.

A tag the work was the last to carry goes too (``drop_unused_tags``), so tag pages and
counts show no dead tag, unless a person's work hangs on it: a synonym (the tag is one, or
another tag is its synonym: ``ficshelf tag`` and the wrangler's synonyms stay for the works
to come), a reader's saved exclusion, or the tag a character link was moved from
(``library_relinks``: reconciliation moves it back from there). A tag any work still
carries stays, whatever the link (a person's tag taken off a work is a link too).
"""

from __future__ import annotations

import dataclasses
from collections.abc import Collection
from dataclasses import dataclass

from sqlalchemy import Connection, Table, delete, exists, func, select

from ficshelf.errors import NotFound
from ficshelf.store import schema
from ficshelf.store.works import delete_work


@dataclass(frozen=True, slots=True)
class WorkRemoval:
    """What removing one work took with it: its id and title, and how many chapters, tag
    links, source files, kudos, comments and bookmarks, and the tags that went with it
    (``unused_tags``: those no other work carried, ``drop_unused_tags``)."""

    work_id: int
    title: str | None
    chapters: int
    tags: int
    sources: int
    kudos: int
    comments: int
    bookmarks: int
    unused_tags: int = 0


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
    linked = select(schema.work_tags.c.tag_id).where(schema.work_tags.c.work_id == work_id)
    tag_ids = set(conn.execute(linked).scalars())
    delete_work(conn, work_id)
    gone = drop_unused_tags(conn, tag_ids)
    return dataclasses.replace(removal, unused_tags=gone)


def drop_unused_tags(conn: Connection, tag_ids: Collection[int]) -> int:
    """Delete the tags of ``tag_ids`` that no work carries any more and no person's work
    hangs on (see the module docstring); returns how many went."""
    if not tag_ids:
        return 0
    tags, other = schema.tags, schema.tags.alias("other")
    kept_by = (
        exists().where(schema.work_tags.c.tag_id == tags.c.id),
        exists().where(other.c.canonical_id == tags.c.id),
        exists().where(schema.saved_exclusions.c.tag_id == tags.c.id),
        exists().where(schema.library_relinks.c.from_tag_id == tags.c.id),
    )
    unused = select(tags.c.id).where(
        tags.c.id.in_(sorted(tag_ids)),
        tags.c.canonical_id.is_(None),
        *(~kept for kept in kept_by),
    )
    ids = list(conn.execute(unused).scalars())
    if ids:
        conn.execute(delete(tags).where(tags.c.id.in_(ids)))
    return len(ids)
