"""The query plan of a search: the SQL that selects the works a search finds, in order.

``build_plan`` turns a ``SearchRequest`` and its parsed text query into a ``SearchPlan``:
scalar filters (length, status, language, author, series, dates), the text match (FTS5
ranked by bm25 on SQLite, a ``tsvector`` ranked by ``ts_rank`` on PostgreSQL), the include
and exclude tags (``link_counts`` says which links count) or the works the tag bitmaps
left. ``ordered_query`` sorts it; ``bounded`` keeps a relevance order to the ``RANK_CAP``
newest matches. ``store.search`` runs the plan.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
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

from ficshelf.languages import language_spellings
from ficshelf.search_query import Term, TextQuery, fts5_match, tsquery_text
from ficshelf.store import schema
from ficshelf.store.authors import tidy_author_name
from ficshelf.store.reader_counts import archive_kudos_count
from ficshelf.store.resolved_tags import ResolvedTag
from ficshelf.store.search_index import TEXT_CONFIG
from ficshelf.store.search_request import Length, SearchRequest, Sort, Status
from ficshelf.store.series import series_key
from ficshelf.store.snippets import fts, text_match

works, work_tags = schema.works, schema.work_tags

# bm25 weights of the FTS5 columns: title, authors, summary, notes, tags, body
_BM25 = "bm25(works_fts, 10.0, 4.0, 4.0, 1.5, 4.0, 1.0)"

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


def language_filter(language: str | None) -> ColumnElement[bool] | None:
    """The condition on ``works`` that the language filter ``language`` states, matching
    any spelling of it ("de", "German", "Deutsch"; the store holds the English name, and
    migration 0010 rewrote what older imports stored); ``None`` when it is blank."""
    value = (language or "").replace("\x00", "").strip()
    if not value:
        return None
    return func.lower(works.c.language).in_(language_spellings(value))


def language_held(conn: Connection, language: str) -> bool:
    """Return whether any work of the library is in ``language`` (any spelling of it);
    ``True`` for a blank one, which filters nothing."""
    condition = language_filter(language)
    if condition is None:
        return True
    return conn.execute(select(works.c.id).where(condition).limit(1)).first() is not None


def _works_by(name: str) -> Select[Any]:
    """The ids of the works with an author named ``name`` (spacing aside, as the store
    keeps author names; case counts: "Sam" and "sam" may be two people)."""
    wa, authors = schema.work_authors, schema.authors
    return (
        select(wa.c.work_id)
        .join(authors, authors.c.id == wa.c.author_id)
        .where(authors.c.name == tidy_author_name(name.replace("\x00", "")))
    )


def series_filter(value: str | None) -> ColumnElement[bool] | None:
    """The condition on ``works`` that the series filter ``value`` states: the works of the
    series with that id (when it is a number) or that name (``store.series.series_key``:
    every author's series of the name); ``None`` when it is blank."""
    value = (value or "").replace("\x00", "").strip()
    if not value:
        return None
    series = schema.series
    named = series.c.name_key == series_key(value)
    if value.isdigit() and len(value) <= 9:
        named = or_(named, series.c.id == int(value))
    return works.c.series_id.in_(select(series.c.id).where(named))


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
    if request.status is not None:
        expected = func.coalesce(c.chapters_expected, 0)
        finished = or_(
            c.complete.is_(True),
            and_(
                c.complete.is_(None),
                or_(
                    and_(expected > 0, c.chapter_count >= expected),
                    and_(expected <= 0, c.chapter_count == 1),
                ),
            ),
        )  # WorkBlurb.finished: a work of several chapters and no known total is in progress
        found.append(finished if request.status is Status.COMPLETE else not_(finished))
    language = language_filter(request.language)
    if language is not None:
        found.append(language)
    if request.author is not None:
        found.append(works.c.id.in_(_works_by(request.author)))
    in_series = series_filter(request.series)
    if in_series is not None:
        found.append(in_series)
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
class SearchPlan:
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


def build_plan(
    conn: Connection,
    request: SearchRequest,
    query: TextQuery,
    include: Sequence[ResolvedTag],
    exclude: Sequence[ResolvedTag],
    selected: BitMap | None = None,
) -> SearchPlan:
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
        return SearchPlan(
            ids.where(*conditions), score, tsquery, fts_match, text_id, known_total=known
        )
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
    return SearchPlan(ids.where(*conditions), score, tsquery, fts_match, text_id, only_text)


def ordered_query(plan: SearchPlan, sort: Sort) -> Select[Any]:
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
        # AO3's figure (from the file) and this archive's kudos added up: the most
        # appreciated first, AO3's own order where no reader here left any.
        total = func.coalesce(c.kudos, 0) + archive_kudos_count()
        keys = [desc(total), desc(c.kudos).nulls_last()]
    elif sort is Sort.HITS:
        keys = [desc(c.hits).nulls_last()]
    elif sort is Sort.SERIES:
        # Part order: by series (the works in none last), part number (the works with
        # none after the numbered ones), then publication date, as a series page lists them.
        return plan.ids.order_by(
            c.series_id.is_(None),
            asc(c.series_id),
            c.series_position.is_(None),
            asc(c.series_position),
            asc(c.published),
            asc(c.id),
        )
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


def bounded(conn: Connection, plan: SearchPlan) -> tuple[SearchPlan, int, bool]:
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
    window = SearchPlan(
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
