"""Works: the paginated index, the work page (one chapter at a time, or the entire work),
single chapters and the chapter index."""

from __future__ import annotations

import dataclasses
from typing import Any

from flask import Blueprint, redirect, request, url_for
from flask.typing import ResponseReturnValue
from sqlalchemy import Connection
from werkzeug.wrappers import Response

from ficshelf.errors import NotFound, PastLastPage
from ficshelf.model import TagType
from ficshelf.search_query import TagRef
from ficshelf.store.bookmarks import bookmark_of
from ficshelf.store.browse import (
    all_chapters,
    chapter_sizes,
    chapters_numbered,
    get_chapter,
    get_work,
    works_carrying,
)
from ficshelf.store.comments import comment_threads, live_comment_counts
from ficshelf.store.kudos import has_left_kudos, kudos_names
from ficshelf.store.resolved_tags import resolve_tags
from ficshelf.store.series_reads import SeriesNav, series_nav
from ficshelf.store.tag_notices import fandom_notices
from ficshelf.store.work_views import ChapterView, Page, WorkDetail
from ficshelf.text_parts import html_part, part_count, work_layout
from ficshelf.web.accounts import signed_in
from ficshelf.web.exclusions import hidden_tag_ids
from ficshelf.web.reading_visits import reader_history, record_view
from ficshelf.web.rendering import (
    Format,
    WorkTags,
    clean_notes,
    page_route,
    render,
    story_markup,
)
from ficshelf.web.request_args import (
    choice_arg,
    page_arg,
    per_page,
    positive_arg,
    reading,
    tag_filter_args,
)
from ficshelf.web.shown_tags import TAGS_PER_LIST_PAGE, with_shown_tags
from ficshelf.web.views.similar import SECTION_SIZE, SimilarWork, similar_works
from ficshelf.web.views.tags import named_tag, tag_type_named

bp = Blueprint("works", __name__)


@page_route(bp, "/works")
def index(fmt: Format) -> ResponseReturnValue:
    """Works index: one page of ``works`` (blurbs), newest first, without the reader's
    saved exclusions (``works.hidden`` counts the works they left out); ``?page=N``. With
    ``?tag=type:name`` (repeatable) only the works carrying every such tag (or a synonym),
    read as the search reads its include filters (``store.resolved_tags``: a bare character
    name no work carries finds each fandom's character of that name, kept to the fandoms
    of the ``fandom:`` filters): the tags named are listed as ``filters``, each filter as
    resolved as ``include``, and what the reader should know about them as ``notices``."""
    page = page_arg()
    refs = tuple(TagRef(TagType(tag_type_named(t)), name) for t, name in tag_filter_args())
    within = tuple(ref for ref in refs if ref.type is TagType.FANDOM)
    with reading() as conn:
        include = resolve_tags(conn, refs, within)
        for tag in include:
            if not tag.ids:
                raise NotFound(f"no {tag.ref.type} tag named {tag.ref.name!r}")
        filters = tuple(found for tag in include if (found := named_tag(conn, tag)) is not None)
        groups = [tag.ids for tag in include]
        works = works_carrying(conn, groups, page, per_page(), hide=hidden_tag_ids(conn))
    notices = [n for tag in include for n in fandom_notices(tag, "finds")]
    return render("works.html", fmt, works=works, filters=filters, include=include, notices=notices)


def comments_elsewhere(
    counts: dict[int | None, int], detail: WorkDetail, chapter: int | None
) -> list[dict[str, int | None]]:
    """The live comments of ``counts`` (``live_comment_counts``) a page does not show: none
    when it shows the whole work (``chapter`` ``None``), else those on the other chapters
    and on the whole work, as ``{"chapter": number, "count": n}`` in chapter order, the
    whole work's (and any on a chapter the work no longer has: only the full view shows
    them) first with ``chapter`` ``None``."""
    if chapter is None:
        return []
    last = len(detail.chapters)
    apart: dict[int | None, int] = {}
    for number, count in counts.items():
        if number != chapter:
            key = number if number is not None and 1 <= number <= last else None
            apart[key] = apart.get(key, 0) + count
    ordered = sorted(apart.items(), key=lambda item: -1 if item[0] is None else item[0])
    return [{"chapter": number, "count": count} for number, count in ordered]


def _readers(
    conn: Connection, detail: WorkDetail, chapter: int | None, page: int
) -> dict[str, Any]:
    """What readers left on work ``detail``: ``kudos_from`` (the names of the accounts
    that left kudos, the latest first), ``comment_threads`` (page ``page`` of the threads on
    the chapter shown when reading chapter by chapter, else on the whole work, oldest
    first, each with its replies: ``store.comments.comment_threads``), ``comment_pages``
    (that page's ``page`` number, the number of ``pages``, ``per_page`` and ``threads``,
    how many threads all pages hold), ``comment_count`` (the comments and replies of all
    those pages, deleted ones left out), ``comments_elsewhere`` (``comments_elsewhere``:
    those the page does not show) and ``reader``: for a signed-in reader their ``name``,
    whether they left kudos (``kudos_left``), their ``bookmark`` of the work (``null``
    without one) and their history of it (``reading_visits.reader_history``: ``history``,
    ``reading``, ``continue_at``); ``null`` for a visitor."""
    work_id = detail.id
    me = signed_in()
    mine = None
    if me is not None:
        mine = {
            "name": me.name,
            "kudos_left": has_left_kudos(conn, work_id, me.id),
            "bookmark": bookmark_of(conn, work_id, me.id),
            **reader_history(conn, me.id, detail),
        }
    threads = comment_threads(conn, work_id, chapter, page)
    counts = live_comment_counts(conn, work_id)
    live = sum(counts.values()) if chapter is None else counts.get(chapter, 0)
    return {
        "kudos_from": kudos_names(conn, work_id),
        "comment_threads": threads.items,
        "comment_pages": {
            "page": threads.page,
            "pages": threads.pages,
            "per_page": threads.per_page,
            "threads": threads.total,
        },
        "comment_count": live,
        "comments_elsewhere": comments_elsewhere(counts, detail, chapter),
        "reader": mine,
    }


def reading_page(
    fmt: Format,
    work_id: int,
    *,
    number: int | None = None,
    full: bool = False,
    comments_page: int | None = None,
    **extra: Any,
) -> str | Response:
    """Render the reader for work ``work_id``: its chapter ``number``, else the entire work
    when ``full`` or a one-shot, else its first chapter, with the page of its comments
    ``comments_page`` (``None``: the ``page`` query argument). A long text is read in
    parts (``ficshelf.text_parts``), the ``part`` query argument choosing one (default 1;
    the JSON of the entire work without it holds the whole text). ``extra`` joins the
    context (a refused comment's form: ``comment_error``). A signed-in reader's view of the
    page (not of its JSON) is recorded in their history, after what the page shows of it
    was read (``reading_visits.record_view``: "Continue reading" is where they were
    before), with the part read."""
    page = page_arg() if comments_page is None else comments_page
    wanted = positive_arg("part", 0) or None
    with reading() as conn:
        detail = get_work(conn, work_id)
        if number is None and (full or len(detail.chapters) <= 1):
            at = None
            whole = fmt == "json" and full and wanted is None
            shown, parts = _work_part(conn, work_id, None if whole else wanted or 1)
        else:
            at = number or 1
            shown, parts = _chapter_part(get_chapter(conn, work_id, at), wanted or 1)
        similar = similar_works(conn, work_id, SECTION_SIZE)
        readers = _readers(conn, detail, at, page)
        nav = series_nav(conn, work_id)
    # A chapter's own page moves the reader's place, and so does a one-shot's part asked
    # for (``?part=N``); the work's first page and the entire work do not.
    one_shot = len(detail.chapters) == 1 and number is None
    moves = number is not None or (one_shot and wanted is not None)
    record_view(fmt, readers["reader"], work_id, at, part=parts["part"], moves=moves)
    return _read(fmt, detail, shown, at, similar, readers, nav, text_parts=parts, **extra)


def _chapter_part(
    chapter: ChapterView, part: int
) -> tuple[tuple[ChapterView, ...], dict[str, Any]]:
    """Part ``part`` of ``chapter`` and ``text_parts``, which part of how many. Raises
    ``PastLastPage`` past its last part."""
    count = part_count(len(chapter.html))
    if part > count:
        raise PastLastPage(part, count, "part")
    html = html_part(chapter.html, part - 1, count)
    shown = dataclasses.replace(chapter, html=html, part=part, parts=count)
    return (shown,), {"part": part, "parts": count}


def _work_part(
    conn: Connection, work_id: int, part: int | None
) -> tuple[tuple[ChapterView, ...], dict[str, Any]]:
    """Part ``part`` of the entire work ``work_id`` (``text_parts.work_layout``: a page of
    whole chapters, or of a long chapter's parts) and ``text_parts``: which part of how
    many, and the part each chapter begins on (``chapter_parts``); ``part`` ``None``:
    every chapter whole. Raises ``PastLastPage`` past the last part."""
    layout = work_layout(chapter_sizes(conn, work_id))
    begins = [n for n, page in enumerate(layout, start=1) for p in page if p.first]
    parts: dict[str, Any] = {"part": part, "parts": len(layout), "chapter_parts": begins}
    if part is None:
        return all_chapters(conn, work_id), parts
    if part > len(layout):
        raise PastLastPage(part, len(layout), "part")
    pieces = layout[part - 1]
    found = {c.number: c for c in chapters_numbered(conn, work_id, [p.chapter for p in pieces])}
    shown = tuple(
        dataclasses.replace(
            found[p.chapter],
            html=html_part(found[p.chapter].html, p.index, p.count),
            part=p.index + 1,
            parts=p.count,
        )
        for p in pieces
        if p.chapter in found
    )
    return shown, parts


def _read(
    fmt: Format,
    work: WorkDetail,
    chapters: tuple[ChapterView, ...],
    chapter: int | None,
    similar: tuple[SimilarWork, ...],
    readers: dict[str, Any],
    series: SeriesNav | None,
    **extra: Any,
) -> str | Response:
    """Render the reader: ``work`` (metadata and notes; at most ``TAGS_SHOWN`` tags of each
    type, the rest counted in ``tags_more``: ``web.shown_tags``), the ``chapters`` shown
    with their HTML sanitised (each with which ``part`` of its ``parts`` it holds), ``view``
    ("chapter" or "full"), the ``chapter`` number shown, ``text_parts`` (the ``part``
    shown, ``null`` for the whole text, of how many ``parts``), the ``similar`` works ("more
    like this", a few), what readers left (``_readers``) and ``series_nav``, the work's
    place in its series with the works held before and after it (``null`` when it is in
    none)."""
    shown, more = with_shown_tags(work)
    return render(
        "work.html",
        fmt,
        work=dataclasses.replace(shown, notes=clean_notes(work.notes)),
        tags_more=more,
        view="full" if chapter is None else "chapter",
        chapter=chapter,
        chapters=tuple(dataclasses.replace(c, html=story_markup(c.html)) for c in chapters),
        similar=similar,
        series_nav=series,
        **readers,
        **extra,
    )


@page_route(bp, "/works/<id:work_id>")
def work(fmt: Format, work_id: int) -> ResponseReturnValue:
    """Work page: the first chapter of a multi-chapter work, the whole of a one-shot, or the
    entire work with ``?view=full``; ``?part=N``: part N of a long text; ``?page=N``: the
    page of its comments."""
    return reading_page(fmt, work_id, full=choice_arg("view", ("full",)) == "full")


@page_route(bp, "/works/<id:work_id>/chapters/<id:number>")
def chapter(fmt: Format, work_id: int, number: int) -> ResponseReturnValue:
    """One chapter of a work, with the work's metadata and the chapter's notes;
    ``?part=N``: part N of a long chapter; ``?page=N``: the page of the chapter's
    comments."""
    return reading_page(fmt, work_id, number=number)


@page_route(bp, "/works/<id:work_id>/tags/<segment:tag_type>")
def work_tags(fmt: Format, work_id: int, tag_type: str) -> ResponseReturnValue:
    """Every tag of one type on a work, in the order its page lists them (a person's and
    the file's first, then the inferred ones by falling confidence), ``TAGS_PER_LIST_PAGE``
    a page (``?page=N``): the ``work`` (``id``, ``title``, ``authors`` and the page's
    ``tags``, with their evidence links as a work's JSON gives them), the ``tag_type`` and
    ``tag_pages`` (``page``, ``pages``, ``per_page``, ``total``). What the work page's
    "and N more" opens when a work carries more than ``TAGS_SHOWN`` of a type."""
    page = page_arg()
    with reading() as conn:
        detail = get_work(conn, work_id)
    everything = detail.tags_of(tag_type_named(tag_type))
    listed = Page(everything, page, TAGS_PER_LIST_PAGE, len(everything))
    if page > listed.pages:
        raise PastLastPage(page, listed.pages)
    start = (page - 1) * TAGS_PER_LIST_PAGE
    return render(
        "work_tags.html",
        fmt,
        work=WorkTags(
            detail.id,
            detail.title,
            detail.authors,
            everything[start : start + TAGS_PER_LIST_PAGE],
        ),
        tag_type=tag_type,
        tag_pages={
            "page": page,
            "pages": listed.pages,
            "per_page": TAGS_PER_LIST_PAGE,
            "total": listed.total,
        },
    )


@page_route(bp, "/works/<id:work_id>/chapters")
def chapter_index(fmt: Format, work_id: int) -> ResponseReturnValue:
    """Chapter index of a work; with ``?chapter=N`` a redirect to chapter N (what the
    chapter select submits)."""
    if request.args.get("chapter"):
        endpoint = "works.chapter_json" if fmt == "json" else "works.chapter"
        target = url_for(endpoint, work_id=work_id, number=positive_arg("chapter"))
        return redirect(target, code=303)
    with reading() as conn:
        detail = get_work(conn, work_id)
    return render("chapters.html", fmt, work=detail)
