"""Reads the OPDS catalogue needs beyond those of the pages (``store.browse``,
``store.search``): the authors with their work counts, the source URL of each work of a
page (a feed entry's stable id) and when the library last gained a work (a feed's
``updated``).

Like ``store.browse.tag_counts``, the author list leaves out the works a reader's saved
exclusions hide (``hide``: tag ids) and an author only those works have.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime

from sqlalchemy import Connection, desc, func, select

from ficshelf.store.browse import hidden_works, page_offset
from ficshelf.store.schema import authors, work_authors, works
from ficshelf.store.work_views import Page


@dataclass(frozen=True, slots=True)
class AuthorCount:
    """An author and the number of works of the library they wrote (or co-wrote)."""

    name: str
    works: int


def author_counts(
    conn: Connection, page: int = 1, per_page: int = 100, *, hide: Sequence[int] = ()
) -> Page[AuthorCount]:
    """Return one page of the authors with at least one work, with how many works each
    wrote, most works first (then by name, in any case), leaving out the works that carry
    one of the tag ids ``hide``. Raises ``PastLastPage`` past the last page and
    ``ValueError`` for a page number below 1."""
    linked = select(work_authors.c.author_id, work_authors.c.work_id)
    if hide:
        linked = linked.where(work_authors.c.work_id.not_in(hidden_works(hide)))
    shown = linked.subquery()
    total = conn.execute(select(func.count(func.distinct(shown.c.author_id)))).scalar_one()
    offset = page_offset(page, per_page, total)
    used = func.count().label("used")
    rows = conn.execute(
        select(authors.c.name, used)
        .select_from(shown.join(authors, authors.c.id == shown.c.author_id))
        .group_by(authors.c.id, authors.c.name)
        .order_by(desc(used), func.lower(authors.c.name), authors.c.id)
        .limit(per_page)
        .offset(offset)
    )
    items = tuple(AuthorCount(name, count) for name, count in rows)
    return Page(items, page, per_page, total)


def source_urls(conn: Connection, ids: Sequence[int]) -> dict[int, str | None]:
    """Return the URL each of the works ``ids`` came from as the file stated it (``None``
    for a work whose file gave none); ids of missing works are left out."""
    if not ids:
        return {}
    rows = conn.execute(select(works.c.id, works.c.url).where(works.c.id.in_(ids)))
    return {work_id: url or None for work_id, url in rows}


def last_added(conn: Connection) -> datetime | None:
    """Return when the most recently added work was added (UTC), ``None`` for an empty
    library: read from the index on ``created_at``."""
    moment: datetime | None = conn.execute(select(func.max(works.c.created_at))).scalar()
    if moment is None:
        return None
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)
