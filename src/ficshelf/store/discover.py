"""Finding tags: autocomplete by prefix and browsing tags within other tags (fandom →
characters → relationships), each tag with the number of works carrying it.

Tags are shown by their canonical name; a synonym that matches a prefix suggests its
canonical tag. Counts are of works with a live link (not removed by a person) to the tag or
one of its synonyms, whatever the link's provenance.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, Select, desc, func, select

from ficshelf.model import TagType
from ficshelf.store.browse import hidden_works
from ficshelf.store.schema import tags, work_tags
from ficshelf.store.tags import name_key_prefix, tag_key

SUGGESTIONS = 10
_CANDIDATES = 50  # canonical tags matching a prefix that are counted, to rank by use

_canonical = func.coalesce(tags.c.canonical_id, tags.c.id)


@dataclass(frozen=True, slots=True)
class TagSuggestion:
    """A canonical tag and how many works carry it; ``ref`` is how a filter names it."""

    type: str
    name: str
    works: int

    @property
    def ref(self) -> str:
        return f"{self.type}:{self.name}"


def _counted(conn: Connection, roots: Sequence[int]) -> dict[int, int]:
    """Works carrying each canonical tag of ``roots`` (or a synonym of it)."""
    if not roots:
        return {}
    ids = select(tags.c.id).where((tags.c.id.in_(roots)) | (tags.c.canonical_id.in_(roots)))
    used = func.count(func.distinct(work_tags.c.work_id))
    rows = conn.execute(
        select(_canonical, used)
        .select_from(work_tags.join(tags, tags.c.id == work_tags.c.tag_id))
        .where(work_tags.c.tag_id.in_(ids), work_tags.c.removed.is_(False))
        .group_by(_canonical)
    )
    return {root: int(count) for root, count in rows}


def autocomplete(
    conn: Connection, prefix: str, tag_type: TagType | None = None, limit: int = SUGGESTIONS
) -> tuple[TagSuggestion, ...]:
    """Return up to ``limit`` tags in use whose name (or a synonym's) starts with ``prefix``
    (case and spacing do not matter), most used first. An empty prefix suggests nothing."""
    key = tag_key(prefix.replace("\x00", "")).lstrip()  # PostgreSQL text cannot hold NUL
    if not key:
        return ()
    query = select(_canonical).where(name_key_prefix(conn, key))
    if tag_type is not None:
        query = query.where(tags.c.type == tag_type.value)
    roots = list(
        dict.fromkeys(conn.execute(query.order_by(tags.c.name_key).limit(_CANDIDATES)).scalars())
    )
    counts = _counted(conn, roots)
    if not counts:
        return ()
    named = conn.execute(
        select(tags.c.id, tags.c.type, tags.c.name, tags.c.name_key).where(
            tags.c.id.in_(sorted(counts))
        )
    ).all()
    ranked = sorted(named, key=lambda row: (-counts[row.id], row.name_key))
    return tuple(TagSuggestion(row.type, row.name, counts[row.id]) for row in ranked[:limit])


def _works_within(within: Sequence[Sequence[int]]) -> Select[Any] | None:
    """The ids of works carrying a tag of each group of ``within`` (live links)."""
    query: Select[Any] | None = None
    for ids in within:
        carrying = select(work_tags.c.work_id).where(
            work_tags.c.tag_id.in_(ids), work_tags.c.removed.is_(False)
        )
        query = carrying if query is None else query.intersect(carrying)  # type: ignore[assignment]
    return query


def tags_within(
    conn: Connection,
    within: Sequence[Sequence[int]],
    tag_type: TagType,
    limit: int = 200,
    *,
    hide: Sequence[int] = (),
) -> tuple[TagSuggestion, ...]:
    """Return the ``limit`` most used canonical tags of ``tag_type`` on the works that carry
    a tag of every group of ids in ``within`` (for example a fandom and its synonyms), with
    how many of those works carry each, leaving out the works that carry one of the tag
    ids ``hide`` (a reader's saved exclusions, as the search the counts link to does). The
    tags of ``within`` themselves are left out."""
    inside = _works_within(within)
    used = func.count(func.distinct(work_tags.c.work_id)).label("used")
    query = (
        select(_canonical.label("root"), used)
        .select_from(work_tags.join(tags, tags.c.id == work_tags.c.tag_id))
        .where(tags.c.type == tag_type.value, work_tags.c.removed.is_(False))
        .group_by(_canonical)
        .order_by(desc(used), _canonical)
        .limit(limit)
    )
    if inside is not None:
        query = query.where(work_tags.c.work_id.in_(inside.scalar_subquery()))
    if hide:
        query = query.where(work_tags.c.work_id.not_in(hidden_works(hide)))
    rows = conn.execute(query).all()
    given = {tag_id for ids in within for tag_id in ids}
    counts = {row.root: int(row.used) for row in rows if row.root not in given}
    if not counts:
        return ()
    named = {
        row.id: row
        for row in conn.execute(
            select(tags.c.id, tags.c.type, tags.c.name).where(tags.c.id.in_(sorted(counts)))
        )
    }
    return tuple(
        TagSuggestion(named[root].type, named[root].name, count) for root, count in counts.items()
    )
