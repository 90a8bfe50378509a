"""More like this: the works most like a work, each with why (``ficshelf.similar``)."""

from __future__ import annotations

from dataclasses import dataclass

from flask import Blueprint
from flask.typing import ResponseReturnValue
from sqlalchemy import Connection

from ficshelf.similar import Reason, more_like_this
from ficshelf.store.browse import get_work, work_blurbs
from ficshelf.store.work_views import WorkBlurb
from ficshelf.web.exclusions import hidden_tag_ids
from ficshelf.web.rendering import Format, page_route, render
from ficshelf.web.request_args import reading

bp = Blueprint("similar", __name__)

PAGE_SIZE = 20
"""How many works the "more like this" page lists."""
SECTION_SIZE = 5
"""How many the section at the end of a work page lists."""


@dataclass(frozen=True, slots=True)
class SimilarWork:
    """A recommended work: its blurb, its score and why it is recommended."""

    work: WorkBlurb
    score: float
    explanation: str
    reasons: tuple[Reason, ...]


def similar_works(conn: Connection, work_id: int, limit: int) -> tuple[SimilarWork, ...]:
    """Return up to ``limit`` works like work ``work_id`` with their blurbs, best first,
    without works carrying a tag of the reader's saved exclusions. Raises ``NotFound`` if
    there is no such work."""
    found = more_like_this(conn, work_id, limit, exclude_tags=hidden_tag_ids(conn))
    blurbs = {blurb.id: blurb for blurb in work_blurbs(conn, [r.work_id for r in found])}
    return tuple(
        SimilarWork(blurbs[r.work_id], r.score, r.explanation, r.reasons)
        for r in found
        if r.work_id in blurbs
    )


@page_route(bp, "/works/<id:work_id>/similar")
def similar(fmt: Format, work_id: int) -> ResponseReturnValue:
    """More like this: the 20 works most like a work (``similar``: blurb, ``score``,
    ``explanation`` and ``reasons``), judged by content alone, without the reader's saved
    exclusions."""
    with reading() as conn:
        detail = get_work(conn, work_id)
        found = similar_works(conn, work_id, PAGE_SIZE)
    return render("similar.html", fmt, work={"id": detail.id, "title": detail.title}, similar=found)
