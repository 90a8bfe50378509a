"""The search engine: a text query, AO3-style filters, sorting and paging, one call.

``search(conn, request)`` returns a page of blurbs (with a highlighted snippet when there is a
text query), the total, and facet counts (``store.facets``). The text query (parsed by
``ficshelf.search_query``) runs on SQLite's FTS5 table ranked by bm25, or on PostgreSQL's
``tsvector`` ranked by ``ts_rank`` (see ``store.search_index``). The SQL that selects and
orders the works is built by ``store.search_plan``; the filter tags are looked up by
``store.resolved_tags``.

Which tag links count: a link a person removed never counts. For ``include`` tags and the
facets, ``author_tags_only`` keeps only the tags a file or a person gave (no inferred ones)
and ``min_confidence`` keeps inferred tags only when the pipeline was that sure. ``exclude``
and ``hidden`` (a reader's saved exclusions) hide a work whenever the tag is on it at all,
inferred or not: a reader who never wants to see a warning should not meet it because the
pipeline was unsure. Every tag is matched with its synonyms (``tags.canonical_id``), and a
bare character or relationship name that no work carries with its fandom-qualified tags'
canonicals, kept to the fandoms of the ``fandom:`` filters (``store.resolved_tags``).

An include tag that does not exist leaves no results; an exclude tag that does not exist is
ignored. Either way ``SearchResult.notices`` says so; they also say which fandoms' tags a
bare name counted as, or could mean.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from pyroaring import BitMap
from sqlalchemy import Connection, select

from ficshelf.errors import PastLastPage
from ficshelf.languages import language_code, language_name
from ficshelf.model import TagType
from ficshelf.search_query import parse_query
from ficshelf.store.browse import blurbs
from ficshelf.store.facets import FACET_SAMPLE, Facet, bitmap_facets, facet_counts
from ficshelf.store.newest import newest_first
from ficshelf.store.resolved_tags import ResolvedTag, resolve_tags
from ficshelf.store.schema import works
from ficshelf.store.search_plan import (
    SearchPlan,
    bounded,
    build_plan,
    language_held,
    link_counts,
    ordered_query,
    series_filter,
)
from ficshelf.store.search_request import Length, SearchRequest, Sort, Status
from ficshelf.store.series_reads import series_filter_name
from ficshelf.store.snippets import Snippet, snippets
from ficshelf.store.tag_bitmaps import tag_bitmaps
from ficshelf.store.tag_notices import fandom_notices, unknown_tag
from ficshelf.store.work_views import Page, WorkBlurb

__all__ = [
    "Length",
    "SearchHit",
    "SearchRequest",
    "SearchResult",
    "Snippet",
    "Sort",
    "Status",
    "search",
]


@dataclass(frozen=True, slots=True)
class SearchHit:
    """One work in the results: its blurb and, for a text query, a snippet of what matched."""

    work: WorkBlurb
    snippet: Snippet | None = None


@dataclass(frozen=True)
class SearchResult:
    """A page of ``hits``; the ``facets`` over the results, counted over the first
    ``facets_over`` of them (all of them when ``facets_complete``); the query as it was
    understood (``query``: empty when there was none); the sort used; the resolved filter
    tags; ``notices`` for the reader (unknown tags); and how many works match (``total``),
    which is an estimate (``total_is_estimate``, rounded to two significant figures) when a
    relevance order ranks only the newest ``search_plan.RANK_CAP`` matches: ``hits.total``
    is then the number of works the pages go through (``RANK_CAP``), otherwise it equals
    ``total``. ``hidden``: how many more works would match but for the reader's saved
    exclusions (``SearchRequest.hidden``; 0 when the total is an estimate).
    ``series_name``: the name of the series the series filter names (by id, else the
    oldest series of that name), ``None`` without one or when it names none."""

    hits: Page[SearchHit]
    facets: tuple[Facet, ...]
    facets_over: int
    facets_complete: bool
    query: str
    sort: Sort
    include: tuple[ResolvedTag, ...]
    exclude: tuple[ResolvedTag, ...]
    notices: tuple[str, ...] = field(default=())
    total: int = 0
    total_is_estimate: bool = False
    hidden: int = 0
    series_name: str | None = None


FACET_LIMIT = 2000
"""Unless the tag bitmaps decide the results (then the facets count over all of them), the
facets count over at most this many results: the first ones the database yields."""
MAX_PER_PAGE = 200


def _check(request: SearchRequest) -> None:
    if request.page < 1 or not 1 <= request.per_page <= MAX_PER_PAGE:
        raise ValueError(
            f"page starts at 1 and per_page is 1 to {MAX_PER_PAGE}"
            f" (got page={request.page}, per_page={request.per_page})"
        )
    if request.min_confidence is not None and not 0.0 <= request.min_confidence <= 1.0:
        raise ValueError(f"min_confidence is between 0 and 1, not {request.min_confidence}")


def _notices(include: Sequence[ResolvedTag], exclude: Sequence[ResolvedTag]) -> list[str]:
    notices = [f"{unknown_tag(tag.ref)}." for tag in include if not tag.ids]
    notices += [f"{unknown_tag(tag.ref)}, so it hides nothing." for tag in exclude if not tag.ids]
    return notices


_RANGES = (
    ("words_min", "words_max", "words"),
    ("updated_from", "updated_to", "dates updated"),
    ("added_from", "added_to", "dates added"),
)


def _range_notices(request: SearchRequest) -> list[str]:
    """A notice for each range of ``request`` whose start lies past its end: no work can
    fall in it (the bounds may have been swapped)."""
    notices = []
    for low_name, high_name, what in _RANGES:
        low, high = getattr(request, low_name), getattr(request, high_name)
        if low is not None and high is not None and low > high:
            notices.append(
                f"The range of {what} is empty: {low_name} ({low}) is past {high_name}"
                f" ({high}), so no work can match. Swap them?"
            )
    return notices


def _language_notices(conn: Connection, request: SearchRequest) -> list[str]:
    """A notice when no work is in the language filter's language: a language ficshelf
    knows by that name or code ("Klingon", "tlh") that no work is in, or one it does not
    know at all, which no work states either."""
    language = " ".join((request.language or "").replace("\x00", "").split())
    if not language or language_held(conn, language):
        return []
    if language_code(language) is None:
        return [
            f"No language named {language!r} is known, and no work states it: write a"
            " language's name or code (German, Deutsch or de)."
        ]
    return [f"No work in the library is in {language_name(language)}."]


def _series_notices(conn: Connection, request: SearchRequest) -> list[str]:
    """A notice when the series filter names no series of the library."""
    condition = series_filter(request.series)
    if condition is None:
        return []
    if conn.execute(select(works.c.id).where(condition).limit(1)).first() is not None:
        return []
    return [f"No series here is named {request.series!r} or has that id."]


TAG_BITMAPS = True
"""Whether SQLite answers include filters from ``store.tag_bitmaps`` once they are built
(``warm_tag_bitmaps``; until then, and while another thread updates them, from joins)."""


def _from_bitmaps(
    conn: Connection,
    request: SearchRequest,
    include: Sequence[ResolvedTag],
    exclude: Sequence[ResolvedTag],
) -> BitMap | None:
    """The works that the tag filters leave, from the tag bitmaps; ``None`` where those do
    not apply (PostgreSQL, no include tag, a minimum confidence to check per link) or are
    not built or busy."""
    usable = TAG_BITMAPS and conn.dialect.name == "sqlite" and request.min_confidence is None
    if not (usable and include):
        return None
    bitmaps = tag_bitmaps(conn.engine)
    if not bitmaps.ready or not bitmaps.lock.acquire(blocking=False):
        return None
    try:
        bitmaps.refresh(conn)
        return bitmaps.works_matching(
            [tag.roots for tag in include],
            sorted({root for tag in exclude for root in tag.roots}),
            given_only=request.author_tags_only,
        )
    finally:
        bitmaps.lock.release()


def _bitmap_facets(
    conn: Connection, request: SearchRequest, results: BitMap, keep: set[int]
) -> tuple[Facet, ...] | None:
    """The facets over every one of ``results``, from the tag bitmaps; ``None`` when those
    are busy (another thread updates them)."""
    bitmaps = tag_bitmaps(conn.engine)
    if not bitmaps.lock.acquire(blocking=False):
        return None
    try:
        bitmaps.refresh(conn)
        given = request.author_tags_only
        return bitmap_facets(
            conn, bitmaps, results, given_only=given, keep=keep, types=request.facet_types
        )
    finally:
        bitmaps.lock.release()


def search(conn: Connection, request: SearchRequest) -> SearchResult:
    """Run ``request``: return one page of hits, the total, facets and notices.

    Raises ``QueryError`` (a ``ValueError``) for a text query that cannot run, ``ValueError``
    for a page below 1, a page size outside 1 to ``MAX_PER_PAGE`` or a confidence outside 0
    to 1, and ``PastLastPage`` for a page past the last (page 1 of no results is an empty page).
    """
    _check(request)
    query = parse_query(request.query)
    # Fandom filters keep a bare character name to the fandoms they name.
    within = tuple(ref for ref in request.include if ref.type is TagType.FANDOM)
    include = resolve_tags(conn, request.include, within)
    exclude = resolve_tags(conn, request.exclude + request.hidden, within)
    default = Sort.SERIES if series_filter(request.series) is not None else Sort.ADDED
    sort = request.sort or (Sort.RELEVANCE if query.groups else default)
    if sort is Sort.RELEVANCE and not query.groups:
        sort = default
    shown_exclude = tuple(exclude[: len(request.exclude)])
    notices = _range_notices(request) + _language_notices(conn, request)
    notices += _series_notices(conn, request)
    notices += _notices(include, exclude)
    notices += [n for tag in include for n in fandom_notices(tag, "finds")]
    notices += [n for tag in shown_exclude for n in fandom_notices(tag, "hides")]

    def result(
        hits: Page[SearchHit],
        facets: tuple[Facet, ...],
        over: int,
        total: int = 0,
        estimate: bool = False,
        hidden: int = 0,
    ) -> SearchResult:
        return SearchResult(
            hits,
            facets,
            over,
            not estimate and over >= hits.total,
            str(query),
            sort,
            include,
            shown_exclude,
            tuple(notices),
            total=total,
            total_is_estimate=estimate,
            hidden=hidden,
            series_name=series_filter_name(conn, request.series),
        )

    if any(not tag.ids for tag in include):
        if request.page > 1:
            raise PastLastPage(request.page, 1)
        return result(Page((), 1, request.per_page, 0), (), 0)
    selected = _from_bitmaps(conn, request, include, exclude)
    plan = build_plan(conn, request, query, include, exclude, selected)
    if plan.known_total is None:
        selected = None  # other conditions apply as well: the bitmap is not the results
    estimate = False
    if sort is Sort.RELEVANCE and plan.score is not None:
        plan, total, estimate = bounded(conn, plan)
    else:
        total = plan.count(conn)
    listed = plan.count(conn) if estimate else total  # the works the pages go through
    pages = max(1, -(-listed // request.per_page))
    if request.page > pages:
        raise PastLastPage(request.page, pages)
    ordered = ordered_query(plan, sort)
    offset = (request.page - 1) * request.per_page
    ids = None
    if selected is not None and sort is Sort.ADDED:
        ids = newest_first(conn, selected, offset, request.per_page)
    if ids is None:
        ids = list(conn.execute(ordered.limit(request.per_page).offset(offset)).scalars())
    found = snippets(conn, ids, tsquery=plan.tsquery, fts_match=plan.fts_match)
    hits = tuple(SearchHit(blurb, found.get(blurb.id)) for blurb in blurbs(conn, ids))
    page = Page(hits, request.page, request.per_page, listed)
    facets, over = _facets(conn, request, plan, selected, include, listed)
    hidden = 0
    if not estimate and any(tag.ids for tag in exclude[len(request.exclude) :]):
        # The same search without the saved exclusions, counted: how many they hid.
        shown = build_plan(conn, request, query, include, shown_exclude)
        hidden = shown.count(conn) - total
    return result(page, facets, over, total, estimate, hidden)


def _facets(
    conn: Connection,
    request: SearchRequest,
    plan: SearchPlan,
    selected: BitMap | None,
    include: Sequence[ResolvedTag],
    listed: int,
) -> tuple[tuple[Facet, ...], int]:
    """The facets of a search and how many results they count over: all of them from the
    tag bitmaps when those decided the results, else the first ``FACET_LIMIT`` in SQL."""
    if not (request.facets and listed):
        return (), 0
    keep = {root for tag in include for root in tag.roots}
    if selected is not None and listed > FACET_SAMPLE:
        counted = _bitmap_facets(conn, request, selected, keep)
        if counted is not None:
            return counted, listed
    if listed <= FACET_LIMIT:
        sample, over = plan.ids, listed
    else:
        # The first results the database yields, in no particular order: putting every
        # result in order (or ranking every match) only to sample it costs more than the count.
        first = plan.ids.limit(FACET_LIMIT).subquery()
        sample, over = select(first.c.id), FACET_LIMIT
    counts = link_counts(request)
    return facet_counts(conn, sample, counts, keep=keep, types=request.facet_types), over
