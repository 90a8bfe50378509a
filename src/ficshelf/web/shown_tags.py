"""How many of a work's tags its pages show: at most ``TAGS_SHOWN`` of each type, the rest
a link away.

A real work carries a few dozen tags (AO3 lets an author give 75 in all); a library that
joins many stories into one work can carry thousands, and every page of the work would
send them all (4,448 tags were 1.66 MB of a 1.84 MB page: docs/benchmarks.md). The work
page and its parts (and the ``work`` of the dialogue and evidence views' JSON) show the
first ``TAGS_SHOWN`` of each type in the order they list them
(``store.browse``: a person's and the file's before inferred ones, those by falling
confidence, then by name) and say how many more there are, linking the work's full list
of that type (``/works/<id>/tags/<type>``, ``TAGS_PER_LIST_PAGE`` a page).
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TypeVar

from flask import url_for

from ficshelf.store.work_views import TagView, WorkBlurb

W = TypeVar("W", bound=WorkBlurb)

TAGS_SHOWN = 50
"""The most tags of one type a work page shows."""
TAGS_PER_LIST_PAGE = 200
"""Tags a page of a work's full list of one type."""


@dataclass(frozen=True, slots=True)
class MoreTags:
    """Tags of one ``type`` a work page leaves out: how many (``more``), of how many in
    all (``total``), and the full list's page and its JSON twin (``url``, ``json_url``)."""

    type: str
    more: int
    total: int
    url: str
    json_url: str


def shown_tags(
    work_id: int, tags: Sequence[TagView], limit: int = TAGS_SHOWN
) -> tuple[tuple[TagView, ...], tuple[MoreTags, ...]]:
    """Return the first ``limit`` of work ``work_id``'s ``tags`` of each type (in their
    order) and, for each type with more, what is left out and where the rest are."""
    kept: list[TagView] = []
    counts: dict[str, int] = {}
    for tag in tags:
        counts[tag.type] = counts.get(tag.type, 0) + 1
        if counts[tag.type] <= limit:
            kept.append(tag)
    more = tuple(
        MoreTags(
            tag_type,
            total - limit,
            total,
            url_for("works.work_tags", work_id=work_id, tag_type=tag_type),
            url_for("works.work_tags_json", work_id=work_id, tag_type=tag_type),
        )
        for tag_type, total in counts.items()
        if total > limit
    )
    return tuple(kept), more


def with_shown_tags(work: W) -> tuple[W, tuple[MoreTags, ...]]:
    """Return ``work`` with only the tags its pages show (``shown_tags``), and what they
    leave out (the context's ``tags_more``)."""
    tags, more = shown_tags(work.id, work.tags)
    return (dataclasses.replace(work, tags=tags) if more else work), more
