"""Facet counts: for each tag type, the tags the works of a result set carry and how many of
those works carry each (AO3's filter sidebar). Synonyms count under their canonical tag, and
a work carrying a tag under two names counts once.

The counts come from one grouped query over ``work_tags`` (its covering index, then the
primary key by work) restricted to the result set, plus one query for the tag names, so
their cost grows with the size of the result set, not of the library. ``store.search``
bounds that set (``FACET_LIMIT`` works, the first in the result order).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Collection
from dataclasses import dataclass
from typing import Any

from sqlalchemy import ColumnElement, Connection, Select, func, select

from ficshelf.model import TagType
from ficshelf.store.schema import tags, work_tags

FACET_TAGS = 10
"""How many tags of each type a facet shows (the most used ones)."""

FACET_ORDER = (
    TagType.RATING,
    TagType.WARNING,
    TagType.CATEGORY,
    TagType.FANDOM,
    TagType.CHARACTER,
    TagType.RELATIONSHIP,
    TagType.FREEFORM,
    TagType.POV,
    TagType.TENSE,
)
"""The order of the facets: AO3's filter sidebar, then ficshelf's own types."""


@dataclass(frozen=True, slots=True)
class FacetTag:
    """A canonical tag in a facet and how many works of the result set carry it."""

    type: str
    name: str
    works: int


@dataclass(frozen=True, slots=True)
class Facet:
    """The most used ``tags`` of one type in a result set, and how many ``more`` tags of
    that type the set carries besides."""

    type: str
    tags: tuple[FacetTag, ...]
    more: int = 0


def facet_counts(
    conn: Connection,
    ids: Select[Any],
    counts: ColumnElement[bool],
    *,
    per_type: int = FACET_TAGS,
    keep: Collection[int] = (),
) -> tuple[Facet, ...]:
    """Return one facet per tag type (in ``FACET_ORDER``, types no work carries left out)
    over the works whose ids ``ids`` selects, counting the links that meet ``counts``.

    Each facet holds its ``per_type`` most used tags (by count, then name) plus any tag in
    ``keep`` (canonical ids, such as the tags the search filters by) wherever it ranks.
    """
    canonical = func.coalesce(tags.c.canonical_id, tags.c.id).label("canonical")
    used = func.count(func.distinct(work_tags.c.work_id)).label("used")
    rows = conn.execute(
        select(canonical, used)
        .select_from(work_tags.join(tags, tags.c.id == work_tags.c.tag_id))
        .where(work_tags.c.work_id.in_(ids.scalar_subquery()), counts)
        .group_by(canonical)
    ).all()
    if not rows:
        return ()
    by_id = {row.canonical: int(row.used) for row in rows}
    names = conn.execute(
        select(tags.c.id, tags.c.type, tags.c.name, tags.c.name_key).where(
            tags.c.id.in_(sorted(by_id))
        )
    ).all()
    grouped: dict[str, list[tuple[int, str, int]]] = defaultdict(list)
    order_key: dict[int, str] = {}
    for tag_id, tag_type, name, name_key in names:
        grouped[tag_type].append((tag_id, name, by_id[tag_id]))
        order_key[tag_id] = name_key
    facets = []
    for tag_type in FACET_ORDER:
        found = sorted(grouped.get(tag_type.value, ()), key=lambda t: (-t[2], order_key[t[0]]))
        if not found:
            continue
        shown = [t for i, t in enumerate(found) if i < per_type or t[0] in keep]
        facets.append(
            Facet(
                tag_type.value,
                tuple(FacetTag(tag_type.value, name, count) for _, name, count in shown),
                more=len(found) - len(shown),
            )
        )
    return tuple(facets)
