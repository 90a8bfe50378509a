"""Read queries behind the web archive and its JSON API.

Every function takes a ``sqlalchemy.Connection`` and returns frozen dataclasses, so views only
arrange what they get. Tags are always shown by their canonical name (``tags.canonical_id``),
links a person removed (``work_tags.removed``) are skipped, and the provenance comes from
``work_tags``. A page of blurbs costs a constant number of queries whatever its size: one for
the works, one for their authors, one for their tags.

Pages are numbered from 1; asking for a page past the last raises ``PastLastPage`` (page 1 of an
empty list is an empty page), a page number below 1 raises ``ValueError``.
"""

from __future__ import annotations

import math
import re
from collections import defaultdict
from collections.abc import Iterable, Sequence
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import Connection, Select, case, desc, func, or_, select
from sqlalchemy.sql.elements import ColumnElement

from ficshelf.errors import NotFound, PastLastPage
from ficshelf.store.reader_counts import ReaderCounts, reader_counts
from ficshelf.store.schema import (
    authors,
    chapters,
    notes,
    series,
    tags,
    work_authors,
    work_tags,
    works,
)
from ficshelf.store.tags import tag_key, tidy_tag_name
from ficshelf.store.work_views import (
    ChapterLink,
    ChapterView,
    LibraryStats,
    NoteView,
    Page,
    TagCount,
    TagInfo,
    TagView,
    WorkBlurb,
    WorkDetail,
)

EXCERPT_CHARS = 320
"""Roughly how much of a story's opening a blurb without a summary shows."""
_EXCERPT_WINDOW = 2000  # characters fetched from the database to cut an excerpt from

_PROVENANCE_RANK = {"editor": 0, "author": 1, "inferred": 2}
_TYPE_ORDER = {
    name: i
    for i, name in enumerate(
        (
            "rating",
            "warning",
            "category",
            "fandom",
            "relationship",
            "character",
            "freeform",
            "pov",
            "tense",
        )
    )
}
"""A work's tags by type: AO3's order, then ficshelf's own (pov before tense, whatever their
confidence); docs/api.md promises it."""
_HEADING = re.compile(r"(?:chapter|part|prologue|epilogue)\b[^.!?\n]{0,80}", re.IGNORECASE)
_SENTENCE_END = re.compile(r"[.!?…][\"'”’)]*(?= |$)")


# --- helpers ---------------------------------------------------------------------------------

_canonical_id = func.coalesce(tags.c.canonical_id, tags.c.id)
_live_link = work_tags.c.removed.is_(False)


def page_offset(page: int, per_page: int, total: int) -> int:
    """Return the row offset of ``page``; raise ``ValueError``/``NotFound`` for bad pages."""
    if page < 1 or per_page < 1:
        raise ValueError(f"page and per_page start at 1 (got page={page}, per_page={per_page})")
    pages = max(1, math.ceil(total / per_page))
    if page > pages:
        raise PastLastPage(page, pages)
    return (page - 1) * per_page


def _newest_first(query: Select[Any]) -> Select[Any]:
    return query.order_by(desc(works.c.created_at), desc(works.c.id))


def _as_utc(moment: datetime) -> datetime:
    """SQLite hands back naive datetimes; the store writes them in UTC."""
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


def _excerpt(text: str | None) -> str | None:
    """Cut the opening lines of a story (after a chapter heading) to about
    ``EXCERPT_CHARS``, ending on a sentence when one ends in the second half of the cut,
    else on a word followed by an ellipsis."""
    opening = (text or "").strip()
    first, _, rest = opening.partition("\n")
    if rest and _HEADING.fullmatch(first.strip()):
        opening = rest  # the first chapter's heading is not the story's opening line
    flat = " ".join(opening.split())
    if len(flat) <= EXCERPT_CHARS:
        return flat or None
    cut = flat[:EXCERPT_CHARS]
    ends = [m.end() for m in _SENTENCE_END.finditer(cut)]
    if ends and ends[-1] > EXCERPT_CHARS // 2:
        return cut[: ends[-1]]
    return cut.rsplit(" ", 1)[0].rstrip(",;:-") + "…"


def _story_start() -> ColumnElement[int]:
    """Where the story proper begins: the first chapter's start, moved past the front notes
    found in the text (a title line, byline or author's note), which all precede it."""
    first_chapter = (
        select(chapters.c.start)
        .where(chapters.c.work_id == works.c.id, chapters.c.position == 0)
        .scalar_subquery()
    )
    notes_end = (
        select(func.max(notes.c.end))
        .where(
            notes.c.work_id == works.c.id,
            notes.c.placement == "front",
            or_(notes.c.chapter.is_(None), notes.c.chapter == 0),
            notes.c.end.is_not(None),
        )
        .scalar_subquery()
    )
    chapter_start = func.coalesce(first_chapter, 0)
    after_notes = func.coalesce(notes_end, 0)
    return case((after_notes > chapter_start, after_notes), else_=chapter_start)


def _authors_by_work(conn: Connection, ids: Sequence[int]) -> dict[int, tuple[str, ...]]:
    rows = conn.execute(
        select(work_authors.c.work_id, authors.c.name)
        .join(authors, authors.c.id == work_authors.c.author_id)
        .where(work_authors.c.work_id.in_(ids))
        .order_by(work_authors.c.work_id, work_authors.c.position)
    )
    found: dict[int, list[str]] = defaultdict(list)
    for work_id, name in rows:
        found[work_id].append(name)
    return {work_id: tuple(names) for work_id, names in found.items()}


def _tag_order(tag: TagView) -> tuple[int, bool, float, str]:
    """By type (AO3's order), given tags before inferred ones (those by falling confidence),
    then by name."""
    return (
        _TYPE_ORDER.get(tag.type, len(_TYPE_ORDER)),
        tag.inferred,
        -(tag.confidence or 0.0) if tag.inferred else 0.0,
        tag.name.casefold(),
    )


def _tags_by_work(conn: Connection, ids: Sequence[int]) -> dict[int, tuple[TagView, ...]]:
    """Return the live tags of each work by canonical name, one per canonical tag (the most
    authoritative link wins when a work carries a tag under two synonyms)."""
    canon = tags.alias("canon")
    rows = conn.execute(
        select(
            work_tags.c.work_id,
            canon.c.type,
            canon.c.name,
            work_tags.c.provenance,
            work_tags.c.confidence,
            work_tags.c.sources,
        )
        .select_from(work_tags)
        .join(tags, tags.c.id == work_tags.c.tag_id)
        .join(canon, canon.c.id == _canonical_id)
        .where(work_tags.c.work_id.in_(ids), _live_link)
    )
    best: dict[int, dict[tuple[str, str], TagView]] = defaultdict(dict)
    for work_id, tag_type, name, provenance, confidence, sources in rows:
        tag = TagView(tag_type, name, provenance, confidence, bool(sources))
        key = (tag_type, name)
        held = best[work_id].get(key)
        if held is None or _stronger(tag, held):
            best[work_id][key] = tag
    return {
        work_id: tuple(sorted(found.values(), key=_tag_order)) for work_id, found in best.items()
    }


def _stronger(tag: TagView, than: TagView) -> bool:
    rank, other = _PROVENANCE_RANK.get(tag.provenance, 3), _PROVENANCE_RANK.get(than.provenance, 3)
    if rank != other:
        return rank < other
    return (tag.confidence or 0.0) > (than.confidence or 0.0)


NOBODY = ReaderCounts()

_BLURB_COLUMNS = (
    works.c.id,
    works.c.title,
    works.c.summary,
    works.c.language,
    works.c.word_count,
    works.c.chapter_count,
    works.c.chapters_expected,
    works.c.complete,
    works.c.published,
    works.c.updated,
    works.c.created_at,
    works.c.kudos,
    works.c.hits,
    works.c.series_id,
    works.c.series_position,
    series.c.name.label("series_name"),
)


def _blurbs(conn: Connection, ids: Sequence[int]) -> tuple[WorkBlurb, ...]:
    """Load the blurbs of ``ids`` in that order with three queries."""
    if not ids:
        return ()
    no_summary = or_(works.c.summary.is_(None), works.c.summary == "")
    opening = case(
        (no_summary, func.substr(works.c.text, _story_start() + 1, _EXCERPT_WINDOW)),
        else_=None,
    )
    rows = {
        row.id: row
        for row in conn.execute(
            select(*_BLURB_COLUMNS, opening.label("opening"))
            .select_from(works.outerjoin(series, series.c.id == works.c.series_id))
            .where(works.c.id.in_(ids))
        )
    }
    names = _authors_by_work(conn, ids)
    tag_views = _tags_by_work(conn, ids)
    readers = reader_counts(conn, ids)
    return tuple(
        WorkBlurb(
            id=row.id,
            title=row.title,
            authors=names.get(row.id, ()),
            summary=row.summary or None,
            excerpt=_excerpt(row.opening),
            language=row.language,
            word_count=row.word_count,
            chapter_count=row.chapter_count,
            chapters_expected=row.chapters_expected,
            complete=row.complete,
            published=row.published,
            updated=row.updated,
            added=_as_utc(row.created_at),
            tags=tag_views.get(row.id, ()),
            kudos=row.kudos,
            hits=row.hits,
            archive_kudos=readers.get(row.id, NOBODY).kudos,
            comments=readers.get(row.id, NOBODY).comments,
            bookmarks=readers.get(row.id, NOBODY).bookmarks,
            series=row.series_name,
            series_part=row.series_position if row.series_name is not None else None,
            series_id=row.series_id if row.series_name is not None else None,
        )
        for row in (rows[i] for i in ids if i in rows)
    )


def blurbs(conn: Connection, ids: Sequence[int]) -> tuple[WorkBlurb, ...]:
    """Return the blurbs of the works ``ids`` in that order (ids of missing works are left
    out), with a constant number of queries."""
    return _blurbs(conn, ids)


def _count(conn: Connection, ids_query: Select[Any]) -> int:
    return int(conn.execute(select(func.count()).select_from(ids_query.subquery())).scalar_one())


def _paged_blurbs(
    conn: Connection, ids_query: Select[Any], page: int, per_page: int, hide: Sequence[int] = ()
) -> Page[WorkBlurb]:
    """One page of the works of ``ids_query`` without those carrying a tag of ``hide``,
    newest first, with how many ``hide`` left out (``Page.hidden``)."""
    shown = _visible(ids_query, hide)
    total = _count(conn, shown)
    offset = page_offset(page, per_page, total)
    ids = conn.execute(_newest_first(shown).limit(per_page).offset(offset)).scalars().all()
    hidden = _count(conn, ids_query) - total if hide else 0
    return Page(_blurbs(conn, ids), page, per_page, total, hidden)


# --- public queries --------------------------------------------------------------------------


def library_stats(conn: Connection) -> LibraryStats:
    """Return the library's counts: works, authors with at least one work, fandoms carried
    by at least one work, and words in all works."""
    fandom_ids = (
        select(_canonical_id)
        .select_from(work_tags)
        .join(tags, tags.c.id == work_tags.c.tag_id)
        .where(tags.c.type == "fandom", _live_link)
        .distinct()
        .subquery()
    )
    row = conn.execute(
        select(
            select(func.count()).select_from(works).scalar_subquery(),
            select(func.count(func.distinct(work_authors.c.author_id))).scalar_subquery(),
            select(func.count()).select_from(fandom_ids).scalar_subquery(),
            select(func.coalesce(func.sum(works.c.word_count), 0)).scalar_subquery(),
        )
    ).one()
    return LibraryStats(works=row[0], authors=row[1], fandoms=row[2], words=int(row[3]))


def hidden_works(hide: Sequence[int]) -> Select[Any]:
    """The ids of the works carrying (by a live link) one of the tag ids ``hide``: the
    works a reader's saved exclusions hide."""
    return select(work_tags.c.work_id).where(work_tags.c.tag_id.in_(hide), _live_link)


def hidden_count(conn: Connection, hide: Sequence[int]) -> int:
    """Return how many works carry one of the tag ids ``hide`` (0 when there is none)."""
    return _count(conn, hidden_works(hide).distinct()) if hide else 0


def _visible(query: Select[Any], hide: Sequence[int]) -> Select[Any]:
    """``query`` (of work ids) without the works carrying one of the tag ids ``hide``."""
    if not hide:
        return query
    return query.where(works.c.id.not_in(hidden_works(hide)))


def recent_works(
    conn: Connection, limit: int = 5, *, hide: Sequence[int] = ()
) -> tuple[WorkBlurb, ...]:
    """Return the blurbs of the ``limit`` most recently added works, newest first, leaving
    out the works that carry one of the tag ids ``hide`` (a reader's saved exclusions)."""
    query = _visible(select(works.c.id), hide)
    ids = conn.execute(_newest_first(query).limit(limit)).scalars().all()
    return _blurbs(conn, ids)


def list_works(
    conn: Connection, page: int = 1, per_page: int = 20, *, hide: Sequence[int] = ()
) -> Page[WorkBlurb]:
    """Return one page of all works, newest first, leaving out the works that carry one of
    the tag ids ``hide``. Raises ``NotFound`` past the last page and ``ValueError`` for a
    page number below 1."""
    return _paged_blurbs(conn, select(works.c.id), page, per_page, hide)


def tag_counts(
    conn: Connection,
    tag_type: str,
    page: int = 1,
    per_page: int = 100,
    *,
    hide: Sequence[int] = (),
) -> Page[TagCount]:
    """Return one page of the canonical tags of ``tag_type`` that works carry, with how many
    works carry each (synonyms counted under their canonical tag), most used first, leaving
    out the works that carry one of the tag ids ``hide`` (a tag only those carry is left
    out too). Raises ``NotFound`` past the last page and ``ValueError`` for a page number
    below 1."""
    query = (
        select(_canonical_id.label("tag_id"), work_tags.c.work_id)
        .select_from(work_tags)
        .join(tags, tags.c.id == work_tags.c.tag_id)
        .where(tags.c.type == tag_type, _live_link)
        .distinct()
    )
    if hide:
        query = query.where(work_tags.c.work_id.not_in(hidden_works(hide)))
    linked = query.subquery()
    total = conn.execute(select(func.count(func.distinct(linked.c.tag_id)))).scalar_one()
    offset = page_offset(page, per_page, total)
    used = func.count().label("used")
    rows = conn.execute(
        select(tags.c.type, tags.c.name, used)
        .select_from(linked.join(tags, tags.c.id == linked.c.tag_id))
        .group_by(tags.c.id, tags.c.type, tags.c.name, tags.c.name_key)
        .order_by(desc(used), tags.c.name_key, tags.c.id)
        .limit(per_page)
        .offset(offset)
    )
    items = tuple(TagCount(type=r.type, name=r.name, works=r.used) for r in rows)
    return Page(items, page, per_page, total)


def find_tag(conn: Connection, tag_type: str, name: str) -> TagInfo:
    """Return the canonical tag that ``name`` (a tag of ``tag_type`` or a synonym of one)
    resolves to, with its synonyms. Names match as the store keys them (case and spacing do
    not matter). Raises ``NotFound``."""
    if "\x00" in name:  # PostgreSQL text cannot hold NUL, so no tag has one
        raise NotFound(f"no {tag_type} tag named {name!r}")
    match = conn.execute(
        select(_canonical_id).where(
            tags.c.type == tag_type, tags.c.name_key == tag_key(tidy_tag_name(name))
        )
    ).scalar()
    if match is None:
        raise NotFound(f"no {tag_type} tag named {name!r}")
    rows = conn.execute(
        select(tags.c.id, tags.c.type, tags.c.name)
        .where(or_(tags.c.id == match, tags.c.canonical_id == match))
        .order_by(tags.c.name_key, tags.c.id)
    ).all()
    canonical = next(r for r in rows if r.id == match)
    synonyms = tuple(r.name for r in rows if r.id != match)
    return TagInfo(id=canonical.id, type=canonical.type, name=canonical.name, synonyms=synonyms)


def works_with_tag(
    conn: Connection,
    tag: TagInfo,
    page: int = 1,
    per_page: int = 20,
    *,
    hide: Sequence[int] = (),
) -> Page[WorkBlurb]:
    """Return one page of the works carrying ``tag`` or one of its synonyms, newest first,
    leaving out the works that carry one of the tag ids ``hide``. Raises ``NotFound`` past
    the last page and ``ValueError`` for a page number below 1."""
    return works_with_tags(conn, (tag,), page, per_page, hide=hide)


def works_with_tags(
    conn: Connection,
    wanted: Sequence[TagInfo],
    page: int = 1,
    per_page: int = 20,
    *,
    hide: Sequence[int] = (),
) -> Page[WorkBlurb]:
    """Return one page of the works carrying every tag of ``wanted`` (each by itself or a
    synonym, whatever its provenance), newest first; all works when ``wanted`` is empty;
    leaving out the works that carry one of the tag ids ``hide``. Raises ``NotFound`` past
    the last page and ``ValueError`` for a page number below 1."""
    # By tag id, not coalesce(canonical_id, id), so the indexes on tags.canonical_id and
    # work_tags.tag_id serve it.
    groups = [
        select(tags.c.id).where(or_(tags.c.id == tag.id, tags.c.canonical_id == tag.id))
        for tag in wanted
    ]
    return _paged_blurbs(conn, _carrying_each(groups), page, per_page, hide)


def works_carrying(
    conn: Connection,
    groups: Sequence[Sequence[int]],
    page: int = 1,
    per_page: int = 20,
    *,
    hide: Sequence[int] = (),
) -> Page[WorkBlurb]:
    """Return one page of the works carrying a tag of each of ``groups`` (tag ids, such as
    a resolved filter's ``ResolvedTag.ids``: a tag and its synonyms), newest first, as
    ``works_with_tags`` does (all works when ``groups`` is empty; a group with no id
    matches nothing). Raises ``NotFound`` past the last page and ``ValueError`` for a page
    number below 1."""
    return _paged_blurbs(conn, _carrying_each(groups), page, per_page, hide)


def _carrying_each(groups: Sequence[Sequence[int] | Select[Any]]) -> Select[Any]:
    """The ids of the works with a live link to a tag of each of ``groups`` (ids, or a
    query of them)."""
    query = select(works.c.id)
    for names in groups:
        carrying = select(work_tags.c.work_id).where(work_tags.c.tag_id.in_(names), _live_link)
        query = query.where(works.c.id.in_(carrying))
    return query


def get_work(conn: Connection, work_id: int) -> WorkDetail:
    """Return the work page's data for ``work_id`` (all but the chapter text).
    Raises ``NotFound`` when there is no such work."""
    found = _blurbs(conn, [work_id])
    if not found:
        raise NotFound(f"no work with id {work_id}")
    blurb = found[0]
    extra = conn.execute(select(works.c.format, works.c.url).where(works.c.id == work_id)).one()
    note_rows = conn.execute(
        select(notes.c.kind, notes.c.placement, notes.c.chapter, notes.c.text, notes.c.html)
        .where(notes.c.work_id == work_id)
        .order_by(notes.c.position, notes.c.id)
    )
    links = conn.execute(
        select(chapters.c.position, chapters.c.title)
        .where(chapters.c.work_id == work_id)
        .order_by(chapters.c.position)
    )
    base = {name: getattr(blurb, name) for name in WorkBlurb.__dataclass_fields__}
    return WorkDetail(
        **base,
        format=extra.format,
        url=extra.url,
        notes=tuple(NoteView(*row) for row in note_rows),
        chapters=tuple(ChapterLink(number=pos + 1, title=title) for pos, title in links),
    )


def has_works(conn: Connection) -> bool:
    """Return whether the library holds any work at all."""
    return conn.execute(select(works.c.id).limit(1)).first() is not None


def _chapter_query(work_id: int) -> Select[Any]:
    return (
        select(chapters.c.position, chapters.c.title, chapters.c.html, chapters.c.word_count)
        .where(chapters.c.work_id == work_id)
        .order_by(chapters.c.position)
    )


def _chapter_views(rows: Iterable[Any]) -> tuple[ChapterView, ...]:
    return tuple(
        ChapterView(number=r.position + 1, title=r.title, html=r.html, word_count=r.word_count)
        for r in rows
    )


def get_chapter(conn: Connection, work_id: int, number: int) -> ChapterView:
    """Return chapter ``number`` (from 1) of work ``work_id``. Raises ``NotFound`` when the
    work or the chapter does not exist."""
    found = _chapter_views(
        conn.execute(_chapter_query(work_id).where(chapters.c.position == number - 1))
    )
    if not found:
        raise NotFound(f"work {work_id} has no chapter {number}")
    return found[0]


def all_chapters(conn: Connection, work_id: int) -> tuple[ChapterView, ...]:
    """Return every chapter of work ``work_id`` in order (empty when there is no such work:
    ask ``get_work`` first to tell the two apart)."""
    return _chapter_views(conn.execute(_chapter_query(work_id)))


def chapters_numbered(
    conn: Connection, work_id: int, numbers: Sequence[int]
) -> tuple[ChapterView, ...]:
    """Return the chapters ``numbers`` (from 1) of work ``work_id`` in order; numbers of
    no chapter are left out."""
    positions = sorted({n - 1 for n in numbers})
    if not positions:
        return ()
    query = _chapter_query(work_id).where(chapters.c.position.in_(positions))
    return _chapter_views(conn.execute(query))


def chapter_sizes(conn: Connection, work_id: int) -> tuple[int, ...]:
    """Return the length in characters of each chapter's HTML of work ``work_id``, in
    order, without reading the HTML into Python (empty when there is no such work)."""
    rows = conn.execute(
        select(func.length(chapters.c.html))
        .where(chapters.c.work_id == work_id)
        .order_by(chapters.c.position)
    )
    return tuple(int(size) for (size,) in rows)


def work_blurbs(conn: Connection, ids: Sequence[int]) -> tuple[WorkBlurb, ...]:
    """Return the blurbs of the works ``ids`` in that order (ids of no work are skipped),
    with three queries whatever their number."""
    return _blurbs(conn, ids)
