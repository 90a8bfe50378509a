"""Facet counts: for each tag type, the tags the works of a result set carry and how many of
those works carry each (AO3's filter sidebar). Synonyms count under their canonical tag, and
a work carrying a tag under two names counts once. Each count says how many of its works
carry the tag only as ficshelf inferred it (``FacetTag.inferred``), so a page can mark the
inferred tags as work blurbs do.

``facet_counts`` counts with one grouped query over ``work_tags`` (its covering index, then
the primary key by work) restricted to the result set, plus one query for the tag names, so
its cost grows with the size of the result set, not of the library. ``store.search`` bounds
that set (``FACET_LIMIT`` works, the first in the result order).

``bitmap_facets`` counts over a whole result set given as a bitmap (SQLite, when the tag
bitmaps of ``store.tag_bitmaps`` decide the results), each count an intersection of two
bitmaps. It cannot count every tag of the library for every search (there are hundreds of
thousands), so for each type it counts the tags some of the results carry (a spread sample
of ``FACET_SAMPLE`` results) and then the tags of that type in order of how many works of the
library carry them, until a tag carries fewer works in all than the facet's tenth tag counts
in the results, when no tag further down can enter the facet. The tags shown and their counts
are therefore exactly those of a full count; only ``more`` is a lower bound (the tags that
were counted and are not shown).

Both take ``types``: the tag types to count (``None`` for every type). A facet of a type
counted alone is the same as that type's facet of a full count; leaving the other types out
only spares their work (the grouped query then reads the links of the chosen types' tags
alone, through ``tags``' type index and the covering index of ``work_tags``).
"""

from __future__ import annotations

import heapq
from collections import defaultdict
from collections.abc import Collection
from dataclasses import dataclass
from typing import Any

from pyroaring import BitMap
from sqlalchemy import ColumnElement, Connection, Select, case, func, select, text

from ficshelf.model import TagType
from ficshelf.store.schema import tags, work_tags
from ficshelf.store.tag_bitmaps import TagBitmaps

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

FACET_SAMPLE = 100
"""How many results ``bitmap_facets`` reads the tags of, to know where to start counting."""
_SCAN_LIMIT = 1000  # tags of one type counted at most, beyond the sampled ones


@dataclass(frozen=True, slots=True)
class FacetTag:
    """A canonical tag in a facet, how many works of the result set carry it, and how many
    of those carry it only as ficshelf inferred it (``inferred``: no file or person gave
    it them)."""

    type: str
    name: str
    works: int
    inferred: int = 0


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
    types: Collection[TagType] | None = None,
) -> tuple[Facet, ...]:
    """Return one facet per tag type (in ``FACET_ORDER``, types no work carries left out;
    only those in ``types`` unless it is ``None``) over the works whose ids ``ids`` selects,
    counting the links that meet ``counts``.

    Each facet holds its ``per_type`` most used tags (by count, then name) plus any tag in
    ``keep`` (canonical ids, such as the tags the search filters by) wherever it ranks.
    """
    canonical = func.coalesce(tags.c.canonical_id, tags.c.id).label("canonical")
    # one row per work and canonical tag: whether a file or a person gave it (0 or 1)
    given = func.max(case((work_tags.c.provenance == "inferred", 0), else_=1)).label("given")
    wanted = _wanted(types)
    carried = select(canonical, work_tags.c.work_id, given).select_from(
        work_tags.join(tags, tags.c.id == work_tags.c.tag_id)
    )
    if len(wanted) < len(FACET_ORDER):  # a synonym has its canonical tag's type
        carried = carried.where(tags.c.type.in_(sorted(t.value for t in wanted)))
    carried_rows = (
        carried.where(work_tags.c.work_id.in_(ids.scalar_subquery()), counts)
        .group_by(canonical, work_tags.c.work_id)
        .subquery()
    )
    rows = conn.execute(
        select(
            carried_rows.c.canonical,
            func.count().label("used"),
            func.sum(1 - carried_rows.c.given).label("inferred"),
        ).group_by(carried_rows.c.canonical)
    ).all()
    if not rows:
        return ()
    by_id = {row.canonical: int(row.used) for row in rows}
    inferred = {row.canonical: int(row.inferred or 0) for row in rows}
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
    for tag_type in wanted:
        found = sorted(grouped.get(tag_type.value, ()), key=lambda t: (-t[2], order_key[t[0]]))
        if not found:
            continue
        shown = [t for i, t in enumerate(found) if i < per_type or t[0] in keep]
        facets.append(
            Facet(
                tag_type.value,
                tuple(
                    FacetTag(tag_type.value, name, count, inferred[tag_id])
                    for tag_id, name, count in shown
                ),
                more=len(found) - len(shown),
            )
        )
    return tuple(facets)


def _wanted(types: Collection[TagType] | None) -> tuple[TagType, ...]:
    """The facet types to count, in ``FACET_ORDER``: all of them for ``None``."""
    if types is None:
        return FACET_ORDER
    chosen = set(types)
    return tuple(t for t in FACET_ORDER if t in chosen)


_SAMPLE_ROOTS = (
    "SELECT DISTINCT coalesce(t.canonical_id, t.id) FROM work_tags wt"
    " JOIN tags t ON t.id = wt.tag_id"
    " WHERE wt.work_id IN (SELECT value FROM json_each(:ids)) AND NOT wt.removed"
)


def _sample(result: BitMap, size: int) -> list[int]:
    """``size`` ids spread evenly over ``result`` (all of them when it is that small)."""
    if len(result) <= size:
        return list(result)
    step = len(result) / size
    return [result[int(index * step)] for index in range(size)]


def _names(conn: Connection, ids: Collection[int]) -> dict[int, tuple[str, str]]:
    rows = conn.execute(
        select(tags.c.id, tags.c.name, tags.c.name_key).where(tags.c.id.in_(sorted(ids)))
    )
    return {tag_id: (name, name_key) for tag_id, name, name_key in rows}


def bitmap_facets(
    conn: Connection,
    bitmaps: TagBitmaps,
    result: BitMap,
    *,
    given_only: bool = False,
    per_type: int = FACET_TAGS,
    keep: Collection[int] = (),
    types: Collection[TagType] | None = None,
) -> tuple[Facet, ...]:
    """Return the facets (as ``facet_counts`` does, ``types`` alike) over every work in
    ``result``, counting live links (only those not inferred with ``given_only``) from
    ``bitmaps``, which the caller holds locked and up to date. See the module docstring for
    what is counted."""
    wanted = _wanted(types)
    names_wanted = {t.value for t in wanted}
    source = bitmaps.given if given_only else bitmaps.carrying
    sampled = conn.execute(text(_SAMPLE_ROOTS), {"ids": str(_sample(result, FACET_SAMPLE))})
    counts: dict[str, dict[int, int]] = defaultdict(dict)
    for root in {*(row[0] for row in sampled), *keep}:
        bitmap, tag_type = source.get(root), bitmaps.types.get(root)
        if bitmap is not None and tag_type in names_wanted:
            carried = result.intersection_cardinality(bitmap)
            if carried:
                counts[tag_type][root] = carried
    for tag_type in wanted:
        found = counts[tag_type.value]
        best = heapq.nlargest(per_type, found.values())
        heapq.heapify(best)
        scanned = 0
        for root, carried in bitmaps.ranked(tag_type.value, given_only):
            threshold = best[0] if len(best) == per_type else 1
            if carried < threshold or scanned == _SCAN_LIMIT:
                break
            if root in found:
                continue
            scanned += 1
            counted = result.intersection_cardinality(source[root])
            if counted:
                found[root] = counted
                if len(best) < per_type:
                    heapq.heappush(best, counted)
                elif counted > best[0]:
                    heapq.heapreplace(best, counted)
    # names for the tags that can be shown: as many as the facet's last one, or kept
    least = {
        tag_type: heapq.nlargest(per_type, found.values())[-1]
        for tag_type, found in counts.items()
        if found
    }
    shown_ids = {
        root
        for tag_type, found in counts.items()
        for root, n in found.items()
        if n >= least[tag_type] or root in keep
    }
    names = _names(conn, shown_ids) if shown_ids else {}

    def inferred(root: int) -> int:
        """How many works of ``result`` carry ``root`` only through inferred links."""
        if given_only:
            return 0
        given = bitmaps.given.get(root)
        own = result.intersection_cardinality(given) if given is not None else 0
        return result.intersection_cardinality(bitmaps.carrying[root]) - own

    facets = []
    for tag_type in wanted:
        found = counts.get(tag_type.value, {})
        if not found:
            continue
        ranked = sorted(
            (root for root in found if root in names),
            key=lambda root: (-found[root], names[root][1]),
        )
        shown = [root for i, root in enumerate(ranked) if i < per_type or root in keep]
        facets.append(
            Facet(
                tag_type.value,
                tuple(
                    FacetTag(tag_type.value, names[root][0], found[root], inferred(root))
                    for root in shown
                ),
                more=len(found) - len(shown),
            )
        )
    return tuple(facets)
