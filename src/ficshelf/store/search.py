"""The search engine: a text query, AO3-style filters, sorting and paging, one call.

``search(conn, request)`` returns a page of blurbs (with a highlighted snippet when there is a
text query), the total, and facet counts (``store.facets``). The text query (parsed by
``ficshelf.search_query``) runs on SQLite's FTS5 table ranked by bm25, or on PostgreSQL's
``tsvector`` ranked by ``ts_rank`` (see ``store.search_index``).

Which tag links count: a link a person removed never counts. For ``include`` tags and the
facets, ``author_tags_only`` keeps only the tags a file or a person gave (no inferred ones)
and ``min_confidence`` keeps inferred tags only when the pipeline was that sure. ``exclude``
and ``hidden`` (a reader's saved exclusions) hide a work whenever the tag is on it at all,
inferred or not: a reader who never wants to see a warning should not meet it because the
pipeline was unsure. Every tag is matched with its synonyms (``tags.canonical_id``).

An include tag that does not exist leaves no results; an exclude tag that does not exist is
ignored. Either way ``SearchResult.notices`` says so.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from typing import Any

from pyroaring import BitMap
from sqlalchemy import (
    Boolean,
    ColumnElement,
    Connection,
    Float,
    Integer,
    Select,
    and_,
    asc,
    bindparam,
    column,
    desc,
    exists,
    func,
    literal_column,
    not_,
    or_,
    select,
    table,
)
from sqlalchemy.dialects.postgresql import TSQUERY, TSVECTOR

from ficshelf.errors import NotFound
from ficshelf.search_query import (
    TagRef,
    Term,
    TextQuery,
    fts5_match,
    parse_query,
    tsquery_text,
)
from ficshelf.store import schema
from ficshelf.store.browse import blurbs
from ficshelf.store.facets import FACET_SAMPLE, Facet, bitmap_facets, facet_counts
from ficshelf.store.newest import newest_first
from ficshelf.store.search_index import TEXT_CONFIG
from ficshelf.store.search_request import Length, SearchRequest, Sort, Status
from ficshelf.store.snippets import Snippet, fts, snippets, text_match
from ficshelf.store.tag_bitmaps import tag_bitmaps
from ficshelf.store.tags import tag_key, tidy_tag_name
from ficshelf.store.work_views import Page, WorkBlurb
from ficshelf.vocabulary import language_name

__all__ = [
    "Length",
    "ResolvedTag",
    "SearchHit",
    "SearchRequest",
    "SearchResult",
    "Snippet",
    "Sort",
    "Status",
    "link_counts",
    "resolve_tags",
    "search",
]

works, work_tags, tags = schema.works, schema.work_tags, schema.tags

# bm25 weights of the FTS5 columns: title, authors, summary, notes, tags, body
_BM25 = "bm25(works_fts, 10.0, 4.0, 4.0, 1.5, 4.0, 1.0)"


@dataclass(frozen=True, slots=True)
class SearchHit:
    """One work in the results: its blurb and, for a text query, a snippet of what matched."""

    work: WorkBlurb
    snippet: Snippet | None = None


@dataclass(frozen=True, slots=True)
class ResolvedTag:
    """A filter tag as found in the store: the canonical tags it names (several for a bare
    name used by several types) as (type, name) pairs and by id (``roots``), and every tag
    id that counts as it (synonyms included). Nothing is found for an unknown tag."""

    ref: TagRef
    canonical: tuple[tuple[str, str], ...]
    ids: tuple[int, ...]
    roots: tuple[int, ...] = ()


@dataclass(frozen=True)
class SearchResult:
    """A page of ``hits``; the ``facets`` over the results, counted over the first
    ``facets_over`` of them (all of them when ``facets_complete``); the query as it was
    understood (``query``: empty when there was none); the sort used; the resolved filter
    tags; ``notices`` for the reader (unknown tags); and how many works match (``total``),
    which is an estimate (``total_is_estimate``, rounded to two significant figures) when a
    relevance order ranks only the newest ``RANK_CAP`` matches: ``hits.total`` is then the
    number of works the pages go through (``RANK_CAP``), otherwise it equals ``total``."""

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


# --- resolving tags --------------------------------------------------------------------------


def _key(name: str) -> str | None:
    """The stored key of a tag named ``name``; ``None`` for a name no tag can have (NUL,
    which PostgreSQL text cannot hold, or nothing but spaces)."""
    return None if "\x00" in name else (tag_key(tidy_tag_name(name)) or None)


def resolve_tags(conn: Connection, refs: Sequence[TagRef]) -> tuple[ResolvedTag, ...]:
    """Return each of ``refs`` as found in the store (``ids`` empty for an unknown tag),
    with two queries whatever the number of tags."""
    keys = {key for key in map(_key, (ref.name for ref in refs)) if key is not None}
    if not keys:
        return tuple(ResolvedTag(ref, (), ()) for ref in refs)
    found = conn.execute(
        select(tags.c.type, tags.c.name_key, func.coalesce(tags.c.canonical_id, tags.c.id)).where(
            tags.c.name_key.in_(sorted(keys))
        )
    ).all()
    roots = sorted({row[2] for row in found})
    members: dict[int, list[int]] = {root: [] for root in roots}
    names: dict[int, tuple[str, str]] = {}
    if roots:
        rows = conn.execute(
            select(tags.c.id, tags.c.type, tags.c.name, tags.c.canonical_id).where(
                or_(tags.c.id.in_(roots), tags.c.canonical_id.in_(roots))
            )
        )
        for tag_id, tag_type, name, canonical_id in rows:
            members[canonical_id or tag_id].append(tag_id)
            if canonical_id is None:
                names[tag_id] = (tag_type, name)
    resolved = []
    for ref in refs:
        key = _key(ref.name)
        matched = sorted(
            {
                root
                for tag_type, name_key, root in found
                if name_key == key and (ref.type is None or tag_type == ref.type.value)
            }
        )
        resolved.append(
            ResolvedTag(
                ref,
                tuple(names[root] for root in matched if root in names),
                tuple(sorted(tag_id for root in matched for tag_id in members.get(root, ()))),
                tuple(matched),
            )
        )
    return tuple(resolved)


# --- building the query ----------------------------------------------------------------------

_work_search = table("work_search", column("work_id", Integer), column("document", TSVECTOR))


def link_counts(request: SearchRequest) -> ColumnElement[bool]:
    """Return the condition on ``work_tags`` for a link to count in includes and facets."""
    condition: ColumnElement[bool] = work_tags.c.removed.is_(False)
    if request.author_tags_only:
        condition = and_(condition, work_tags.c.provenance != "inferred")
    if request.min_confidence is not None:
        sure = or_(
            work_tags.c.provenance != "inferred",
            work_tags.c.confidence >= request.min_confidence,
        )
        condition = and_(condition, sure)
    return condition


def _carrying(ids: Sequence[int], condition: ColumnElement[bool]) -> ColumnElement[bool]:
    """Works that carry one of the tag ``ids`` through a link meeting ``condition``."""
    return exists(
        select(literal_column("1"))
        .select_from(work_tags)
        .where(work_tags.c.work_id == works.c.id, work_tags.c.tag_id.in_(ids), condition)
    )


def _works_carrying(ids: Sequence[int], condition: ColumnElement[bool]) -> Select[Any]:
    return select(work_tags.c.work_id).where(work_tags.c.tag_id.in_(ids), condition)


_ESTIMATE_CAP = 20_000


def _estimated_works(conn: Connection, ids: Sequence[int]) -> int:
    """How many works carry one of the tag ``ids``, counted up to ``_ESTIMATE_CAP`` (enough to
    tell a rare tag from a common one at a bounded cost)."""
    links = select(work_tags.c.work_id).where(work_tags.c.tag_id.in_(ids)).limit(_ESTIMATE_CAP)
    return int(conn.execute(select(func.count()).select_from(links.subquery())).scalar_one())


def _day_start(day: date) -> datetime:
    return datetime.combine(day, time.min, tzinfo=UTC)


def _scalar_filters(request: SearchRequest) -> list[ColumnElement[bool]]:
    c = works.c
    found: list[ColumnElement[bool]] = []
    if request.words_min is not None:
        found.append(c.word_count >= request.words_min)
    if request.words_max is not None:
        found.append(c.word_count <= request.words_max)
    one_chapter = and_(c.chapter_count <= 1, func.coalesce(c.chapters_expected, 1) <= 1)
    if request.length is Length.ONESHOT:
        found.append(one_chapter)
    elif request.length is Length.MULTI:
        found.append(not_(one_chapter))
    if request.status is Status.COMPLETE:
        found.append(or_(c.complete.is_(True), and_(c.complete.is_(None), c.chapter_count == 1)))
    elif request.status is Status.IN_PROGRESS:
        found.append(c.complete.is_(False))
    language = (request.language or "").replace("\x00", "").strip()
    if language:
        names = {language.lower(), language_name(language).lower()}
        found.append(func.lower(c.language).in_(sorted(names)))
    work_date = func.coalesce(c.updated, c.published)
    if request.updated_from is not None:
        found.append(work_date >= request.updated_from)
    if request.updated_to is not None:
        found.append(work_date <= request.updated_to)
    if request.added_from is not None:
        found.append(c.created_at >= _day_start(request.added_from))
    if request.added_to is not None:
        found.append(c.created_at < _day_start(request.added_to + timedelta(days=1)))
    return found


def _tsquery(term: Term) -> ColumnElement[Any]:
    return func.to_tsquery(
        literal_column(f"'{TEXT_CONFIG}'"), bindparam(None, tsquery_text(term)), type_=TSQUERY
    )


def _tsquery_all(groups: Sequence[Sequence[Term]]) -> ColumnElement[Any]:
    """The tsquery for groups of terms: every group, any term of each."""
    combined: ColumnElement[Any] | None = None
    for group in groups:
        either = _tsquery(group[0])
        for term in group[1:]:
            either = either.op("||", return_type=TSQUERY)(_tsquery(term))
        combined = either if combined is None else combined.op("&&", return_type=TSQUERY)(either)
    assert combined is not None
    return combined


def _matches(document: ColumnElement[Any], query: ColumnElement[Any]) -> ColumnElement[bool]:
    return document.op("@@", return_type=Boolean)(query)


@dataclass(frozen=True)
class _Plan:
    """The filtered ids query and what the page and the snippets need from it."""

    ids: Select[Any]
    score: ColumnElement[float] | None
    tsquery: ColumnElement[Any] | None
    fts_match: str | None
    text_id: ColumnElement[int] | None = None  # the work id column of the text index
    only_text: bool = False  # no condition besides the text match: the index can count
    known_total: int | None = None  # the count, when the tag bitmaps alone decide
    above: int | None = None  # only works with a higher id (the window a relevance order ranks)

    def text_ids(self) -> Select[Any] | None:
        """The same ids from the FTS5 table alone (no row of ``works`` read), when the
        text match is the only condition; else ``None``."""
        if not (self.only_text and self.fts_match is not None):
            return None
        newer = [] if self.above is None else [fts.c.rowid > self.above]
        return select(fts.c.rowid).where(text_match(self.fts_match), *newer)

    def count(self, conn: Connection) -> int:
        """Return how many works the plan selects."""
        if self.known_total is not None:
            return self.known_total
        # Every work has its document, so FTS5 can count alone, without reading rows.
        counted = self.text_ids() if self.above is None else None
        if counted is None:
            counted = self.ids
        return int(conn.execute(select(func.count()).select_from(counted.subquery())).scalar_one())


def _plan(
    conn: Connection,
    request: SearchRequest,
    query: TextQuery,
    include: Sequence[ResolvedTag],
    exclude: Sequence[ResolvedTag],
    selected: BitMap | None = None,
) -> _Plan:
    """The filtered query. ``selected``: the works the tag filters leave, when the tag
    bitmaps worked them out (the tag conditions are then that list)."""
    postgres = conn.dialect.name == "postgresql"
    conditions = _scalar_filters(request)
    score: ColumnElement[float] | None = None
    tsquery: ColumnElement[Any] | None = None
    fts_match: str | None = None
    text_id: ColumnElement[int] | None = None
    ids = select(works.c.id)
    if query.groups and postgres:
        tsquery = _tsquery_all(query.groups)
        ids = ids.select_from(works.join(_work_search, _work_search.c.work_id == works.c.id))
        conditions.append(_matches(_work_search.c.document, tsquery))
        score = func.ts_rank(_work_search.c.document, tsquery, type_=Float)
        text_id = _work_search.c.work_id
    elif query.groups:
        fts_match = fts5_match(query.groups)
        ids = ids.select_from(fts.join(works, works.c.id == fts.c.rowid))
        conditions.append(text_match(fts_match))
        score = -literal_column(_BM25, type_=Float)  # bm25: lower is better
        text_id = fts.c.rowid
    if query.excluded and postgres:
        unwanted = _tsquery_all((query.excluded,))
        other = _work_search.alias("unwanted")
        conditions.append(
            not_(
                exists(
                    select(literal_column("1"))
                    .select_from(other)
                    .where(other.c.work_id == works.c.id, _matches(other.c.document, unwanted))
                )
            )
        )
    elif query.excluded:
        unwanted_ids = (
            select(fts.c.rowid).select_from(fts).where(text_match(fts5_match((query.excluded,))))
        )
        conditions.append(works.c.id.not_in(unwanted_ids))
    if selected is not None:
        known = len(selected) if not conditions else None
        listed = "[" + ",".join(map(str, selected)) + "]"
        chosen: Select[Any] = select(literal_column("value")).select_from(func.json_each(listed))
        conditions.append(works.c.id.in_(chosen))
        return _Plan(ids.where(*conditions), score, tsquery, fts_match, text_id, known_total=known)
    counts = link_counts(request)
    rest = list(include)
    if rest and not query.groups:
        # Without a text query the rarest include tag drives the query: its works come
        # straight from the covering index, and only they are checked against the rest.
        rest.sort(key=lambda tag: _estimated_works(conn, tag.ids))
        conditions.append(works.c.id.in_(_works_carrying(rest.pop(0).ids, counts)))
    for tag in rest:
        conditions.append(_carrying(tag.ids, counts))
    hidden = sorted({tag_id for tag in exclude for tag_id in tag.ids})
    if hidden:
        conditions.append(not_(_carrying(hidden, work_tags.c.removed.is_(False))))
    only_text = len(conditions) == 1 and bool(query.groups)
    return _Plan(ids.where(*conditions), score, tsquery, fts_match, text_id, only_text)


def _ordered(plan: _Plan, sort: Sort) -> Select[Any]:
    c = works.c
    keys: list[Any]
    if sort is Sort.RELEVANCE and plan.score is not None:
        # Equal scores: the newest work first (by id, so FTS5 can rank without ``works``).
        text_ids, text_id = plan.text_ids(), plan.text_id
        if text_ids is not None and text_id is not None:
            return text_ids.order_by(desc(plan.score), desc(text_id))
        return plan.ids.order_by(desc(plan.score), desc(c.id))
    if sort is Sort.UPDATED:
        keys = [desc(func.coalesce(c.updated, c.published)).nulls_last()]
    elif sort is Sort.WORDS:
        keys = [desc(c.word_count)]
    elif sort is Sort.TITLE:
        return plan.ids.order_by(asc(func.lower(c.title)), asc(c.id))
    elif sort is Sort.KUDOS:
        keys = [desc(c.kudos).nulls_last()]
    elif sort is Sort.HITS:
        keys = [desc(c.hits).nulls_last()]
    else:
        keys = []
    return plan.ids.order_by(*keys, desc(c.created_at), desc(c.id))


# --- bounding a relevance order ---------------------------------------------------------------

RANK_CAP = 5000
"""A relevance order ranks at most this many matches. When more works match, it ranks the
``RANK_CAP`` most recently added of them (the highest work ids) and estimates the total from
how densely they match: scoring every match of a word most works contain (bm25 or
``ts_rank`` reads each one's document statistics) would cost seconds in a large library."""


def _about(value: float) -> int:
    """``value`` rounded to two significant figures."""
    return round(float(f"{value:.2g}"))


def _bounded(conn: Connection, plan: _Plan) -> tuple[_Plan, int, bool]:
    """Return the plan a relevance order ranks (``plan`` itself, or its ``RANK_CAP`` newest
    matches), the number of works ``plan`` selects and whether that is an estimate."""
    assert plan.text_id is not None
    matching = plan.text_ids()
    if matching is None:
        matching = plan.ids.with_only_columns(plan.text_id)
    newest_first = matching.order_by(desc(plan.text_id))
    boundary = conn.execute(newest_first.limit(1).offset(RANK_CAP)).scalar()
    if boundary is None:  # RANK_CAP matches or fewer: rank them all
        return plan, plan.count(conn), False
    # min and max apart: SQLite reads one end of the key for each, but scans for both at once
    low = conn.execute(select(func.min(works.c.id))).scalar_one()
    high = conn.execute(select(func.max(works.c.id))).scalar_one()
    # RANK_CAP of the works above the boundary match: assume the same share below it.
    share = RANK_CAP / max(1, high - boundary)
    estimate = max(RANK_CAP + 1, _about(share * (high - low + 1)))
    window = _Plan(
        plan.ids.where(plan.text_id > boundary),
        plan.score,
        plan.tsquery,
        plan.fts_match,
        plan.text_id,
        plan.only_text,
        known_total=RANK_CAP,
        above=boundary,
    )
    return window, estimate, True


# --- the search ------------------------------------------------------------------------------

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
    notices = [f"No tag named {tag.ref} is in the library." for tag in include if not tag.ids]
    notices += [
        f"No tag named {tag.ref} is in the library, so it hides nothing."
        for tag in exclude
        if not tag.ids
    ]
    return notices


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
        return bitmap_facets(conn, bitmaps, results, given_only=given, keep=keep)
    finally:
        bitmaps.lock.release()


def search(conn: Connection, request: SearchRequest) -> SearchResult:
    """Run ``request``: return one page of hits, the total, facets and notices.

    Raises ``QueryError`` (a ``ValueError``) for a text query that cannot run, ``ValueError``
    for a page below 1, a page size outside 1 to ``MAX_PER_PAGE`` or a confidence outside 0
    to 1, and ``NotFound`` for a page past the last (page 1 of no results is an empty page).
    """
    _check(request)
    query = parse_query(request.query)
    include = resolve_tags(conn, request.include)
    exclude = resolve_tags(conn, request.exclude + request.hidden)
    sort = request.sort or (Sort.RELEVANCE if query.groups else Sort.ADDED)
    if sort is Sort.RELEVANCE and not query.groups:
        sort = Sort.ADDED
    notices = _notices(include, exclude)
    shown_exclude = tuple(exclude[: len(request.exclude)])

    def result(
        hits: Page[SearchHit],
        facets: tuple[Facet, ...],
        over: int,
        total: int = 0,
        estimate: bool = False,
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
        )

    if any(not tag.ids for tag in include):
        if request.page > 1:
            raise NotFound(f"page {request.page} is past the end (there is 1 page)")
        return result(Page((), 1, request.per_page, 0), (), 0)
    selected = _from_bitmaps(conn, request, include, exclude)
    plan = _plan(conn, request, query, include, exclude, selected)
    if plan.known_total is None:
        selected = None  # other conditions apply as well: the bitmap is not the results
    estimate = False
    if sort is Sort.RELEVANCE and plan.score is not None:
        plan, total, estimate = _bounded(conn, plan)
    else:
        total = plan.count(conn)
    listed = plan.count(conn) if estimate else total  # the works the pages go through
    pages = max(1, -(-listed // request.per_page))
    if request.page > pages:
        raise NotFound(f"page {request.page} is past the end (there are {pages} pages)")
    ordered = _ordered(plan, sort)
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
    return result(page, facets, over, total, estimate)


def _facets(
    conn: Connection,
    request: SearchRequest,
    plan: _Plan,
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
    return facet_counts(conn, sample, link_counts(request), keep=keep), over
