"""The OPDS 1.2 catalogue for e-reader apps (KOReader, Thorium, Moon+ Reader …).

``/opds`` is the root navigation feed: newest works, most kudos, works by fandom,
relationship, character, author and series, and search. ``/opds/tags/<type>``,
``/opds/authors`` and ``/opds/series`` list the tags (as ``/tags/<type>`` does: canonical
tags, synonyms merged, only those works carry), the authors and the series (as
``/series`` does, by name) with their work counts, a page at a time; ``/opds/series/<id>``
is the acquisition feed of a series' works in part order.
``/opds/works`` is an acquisition feed of any search: it takes ``/search``'s arguments
(``q``, ``include``, ``author``, ``sort`` …) and runs the same engine, so its paging,
filters and exclusions are the search's. ``/opds/search.xml`` describes the search for
OpenSearch.

The feeds apply the saved exclusions a request's cookie carries, as every page does; an
app that keeps no cookie sees the library as a visitor does, unless the catalogue's URL it
was given excludes tags itself (``exclude=TYPE:NAME``, repeatable, as the search takes it):
then every feed, the tag and author lists' counts included, leaves out those works as it
leaves out the saved exclusions', and every link keeps the ``exclude``. Nothing else about
a reader is in them (no bookmarks, private or not).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from datetime import datetime
from typing import Any
from urllib.parse import quote

from flask import Blueprint, Response
from sqlalchemy import Connection
from werkzeug.exceptions import BadRequest

from ficshelf.export.book import KINDS, MEDIA_TYPES, work_identifier
from ficshelf.export.opds import (
    ACQUISITION_REL,
    EPOCH,
    FEED_TYPES,
    OPENSEARCH_TYPE,
    SORT_NEW_REL,
    SORT_POPULAR_REL,
    Author,
    Category,
    Feed,
    Kind,
    Link,
    NavigationEntry,
    WorkEntry,
    feed_document,
    moment,
    opensearch_document,
)
from ficshelf.languages import language_code
from ficshelf.model import TagType
from ficshelf.search_query import QueryError, parse_tag_ref
from ficshelf.store.browse import tag_counts
from ficshelf.store.catalogue import author_counts, last_added, source_urls
from ficshelf.store.resolved_tags import resolve_tags
from ficshelf.store.search import Sort
from ficshelf.store.search import search as run_search
from ficshelf.store.series_reads import get_series, series_index, series_works
from ficshelf.store.work_views import Page, TagView, WorkBlurb
from ficshelf.warning_kinds import ARCHIVE_LABELS, INFERRED_LABELS, warning_groups
from ficshelf.web.exclusions import hidden_tag_ids, saved_exclusions
from ficshelf.web.opds_links import (
    ACQUISITION,
    NAVIGATION,
    SORT_LABELS,
    Args,
    catalogue,
    catalogue_links,
    external,
    feed_id,
    given_exclusions,
    page_links,
    paging,
    rating_facets,
    sort_facets,
    works_url,
)
from ficshelf.web.rendering import TAG_TYPE_LABELS
from ficshelf.web.request_args import page_arg, per_page, reading
from ficshelf.web.search_args import form_args, search_request
from ficshelf.web.views.tags import TAGS_PER_PAGE, tag_type_named

bp = Blueprint("opds", __name__)

TAG_LISTS = ("fandom", "relationship", "character")
"""The tag types the root feed offers to browse by."""
KIND_TITLES = {"epub": "EPUB", "html": "HTML", "txt": "Plain text"}
INFERRED_WARNING_FRAGMENT = "#inferred"
"""Ends the scheme of a warning ficshelf inferred (``…/tags/warning#inferred``), so an app
can tell the two vocabularies of warnings apart without reading the labels."""


def _answer(document: bytes, kind: Kind) -> Response:
    return Response(document, content_type=FEED_TYPES[kind])


def _works_label(count: int) -> str:
    return f"{count:,} work" + ("" if count == 1 else "s")


def _hidden(conn: Connection) -> tuple[int, ...]:
    """The tag ids whose works a list leaves out: those of the reader's saved exclusions
    and of the request's ``exclude`` (``given_exclusions``; synonyms count). Raises
    ``BadRequest`` for an ``exclude`` that names no tag ("type:" alone)."""
    try:
        given = [parse_tag_ref(value) for value in given_exclusions()]
    except QueryError as exc:
        raise BadRequest(str(exc)) from None
    ids = set(hidden_tag_ids(conn))
    ids.update(tag_id for tag in resolve_tags(conn, given) for tag_id in tag.ids)
    return tuple(sorted(ids))


def _excluding(args: Args) -> dict[str, list[str]]:
    """The search ``args`` with the exclusions the request was given."""
    excluded = given_exclusions()
    return {**{k: list(v) for k, v in args.items()}, **({"exclude": excluded} if excluded else {})}


@bp.route("/opds")
def root() -> Response:
    """The root navigation feed; its links keep the exclusions it was given."""
    with reading() as conn:
        updated = last_added(conn) or EPOCH

    def entry(key: str, title: str, content: str, link: Link) -> NavigationEntry:
        return NavigationEntry(f"urn:ficshelf:opds:{key}", title, updated, content, (link,))

    entries = [
        entry(
            "new",
            "Newest works",
            "Every work, the most recently added first",
            Link(works_url(_excluding({"sort": [Sort.ADDED.value]})), SORT_NEW_REL, ACQUISITION),
        ),
        entry(
            "kudos",
            "Most kudos",
            "Every work, the most kudos (AO3's and this archive's) first",
            Link(
                works_url(_excluding({"sort": [Sort.KUDOS.value]})), SORT_POPULAR_REL, ACQUISITION
            ),
        ),
    ]
    for tag_type in TAG_LISTS:
        plural = TAG_TYPE_LABELS[tag_type][1]
        entries.append(
            entry(
                f"tags:{tag_type}",
                f"By {TAG_TYPE_LABELS[tag_type][0].lower()}",
                f"{plural} with their works, the most used first",
                Link(catalogue("opds.tag_list", tag_type=tag_type), "subsection", NAVIGATION),
            )
        )
    entries.append(
        entry(
            "authors",
            "By author",
            "Authors with their works, the most works first",
            Link(catalogue("opds.authors"), "subsection", NAVIGATION),
        )
    )
    entries.append(
        entry(
            "series",
            "By series",
            "Series with their works, by name; each series' works in part order",
            Link(catalogue("opds.series_list"), "subsection", NAVIGATION),
        )
    )
    entries.append(
        entry(
            "search",
            "Search",
            'Words, "phrases", -exclusions, OR, prefix*: the archive\'s search',
            Link(catalogue("opds.search_description"), "search", OPENSEARCH_TYPE),
        )
    )
    links = catalogue_links(catalogue("opds.root"), "navigation", None)
    root_id = feed_id("root", {"exclude": given_exclusions()})
    feed = Feed(root_id, "ficshelf", updated, "navigation", tuple(links))
    return _answer(feed_document(feed, entries), "navigation")


def _list_page(
    endpoint: str,
    key: str,
    title: str,
    listed: Page[Any],
    rows: Sequence[tuple[str, str, int, str]],
    updated: datetime,
    contents: Sequence[str] = (),
    **values: str,
) -> Response:
    """The navigation feed of one page ``listed`` of a list (the endpoint ``endpoint`` of
    this blueprint with ``values``): ``rows`` are its entries as (id, title, works, the
    URL of their acquisition feed); each entry's content is its number of works, led by
    what ``contents`` (one a row) says, when given."""

    def at(number: int) -> str:
        return catalogue(endpoint, **values, **({"page": number} if number > 1 else {}))

    leads = list(contents) or [""] * len(rows)
    entries = [
        NavigationEntry(
            entry_id,
            name,
            updated,
            lead + _works_label(count),
            (Link(href, "subsection", ACQUISITION, count=count),),
        )
        for (entry_id, name, count, href), lead in zip(rows, leads, strict=True)
    ]
    links = catalogue_links(at(listed.page), "navigation", catalogue("opds.root"))
    links += page_links(listed, at, "navigation")
    list_id = feed_id(key, {"exclude": given_exclusions()})
    feed = Feed(list_id, title, updated, "navigation", tuple(links), paging(listed))
    return _answer(feed_document(feed, entries), "navigation")


@bp.route("/opds/tags/<segment:tag_type>")
def tag_list(tag_type: str) -> Response:
    """The tags of one type that works carry (canonical, synonyms merged), the most used
    first, each with its work count and a link to its works; ``?page=N``. The works the
    saved exclusions or ``?exclude=`` leave out are not counted (``_hidden``), as
    ``/tags/<type>`` leaves out the saved exclusions'."""
    page = page_arg()
    with reading() as conn:
        hide = _hidden(conn)
        listed = tag_counts(conn, tag_type_named(tag_type), page, TAGS_PER_PAGE, hide=hide)
        updated = last_added(conn) or EPOCH
    rows = [
        (
            f"urn:ficshelf:tag:{tag.type}:{quote(tag.name, safe='')}",
            tag.name,
            tag.works,
            works_url(_excluding({"include": [f"{tag.type}:{tag.name}"]})),
        )
        for tag in listed.items
    ]
    title = TAG_TYPE_LABELS[tag_type][1]
    return _list_page(
        "opds.tag_list", f"tags:{tag_type}", title, listed, rows, updated, tag_type=tag_type
    )


@bp.route("/opds/authors")
def authors() -> Response:
    """The authors with works, the most works first, each with a link to their works;
    ``?page=N``; without the works the saved exclusions or ``?exclude=`` leave out."""
    page = page_arg()
    with reading() as conn:
        listed = author_counts(conn, page, TAGS_PER_PAGE, hide=_hidden(conn))
        updated = last_added(conn) or EPOCH
    rows = [
        (
            f"urn:ficshelf:author:{quote(author.name, safe='')}",
            author.name,
            author.works,
            works_url(_excluding({"author": [author.name]})),
        )
        for author in listed.items
    ]
    return _list_page("opds.authors", "authors", "Authors", listed, rows, updated)


@bp.route("/opds/series")
def series_list() -> Response:
    """The series with works, by name (as ``/series`` lists them), each with its authors,
    work count and a link to its works in part order (``/opds/series/<id>``);
    ``?page=N``; without the works the saved exclusions or ``?exclude=`` leave out."""
    page = page_arg()
    with reading() as conn:
        listed = series_index(conn, page, TAGS_PER_PAGE, hide=_hidden(conn))
        updated = last_added(conn) or EPOCH
    rows = [
        (
            f"urn:ficshelf:series:{item.id}",
            item.name,
            item.works,
            catalogue("opds.series_works_feed", series_id=item.id),
        )
        for item in listed.items
    ]
    bylines = [f"by {', '.join(item.authors)} · " if item.authors else "" for item in listed.items]
    return _list_page("opds.series_list", "series", "Series", listed, rows, updated, bylines)


@bp.route("/opds/series/<id:series_id>")
def series_works_feed(series_id: int) -> Response:
    """An acquisition feed of a series' works in part order (``store.series_reads``), each
    with its download links, a page (``--per-page``) at a time (``?page=N``), without the
    works the saved exclusions or ``?exclude=`` leave out. No such series: 404."""
    page = page_arg()
    with reading() as conn:
        found = get_series(conn, series_id)
        listed = series_works(conn, series_id, page, per_page(), hide=_hidden(conn))
        urls = source_urls(conn, [work.id for work in listed.items])
        updated = last_added(conn) or EPOCH
    entries = [_work_entry(work, urls.get(work.id)) for work in listed.items]

    def at(number: int) -> str:
        return catalogue(
            "opds.series_works_feed",
            series_id=series_id,
            **({"page": number} if number > 1 else {}),
        )

    links = catalogue_links(at(listed.page), "acquisition", catalogue("opds.series_list"))
    links += page_links(listed, at, "acquisition")
    key = feed_id(f"series:{series_id}", {"exclude": given_exclusions()})
    feed = Feed(key, found.name, updated, "acquisition", tuple(links), paging(listed))
    return _answer(feed_document(feed, entries), "acquisition")


def _category(tag: TagView) -> Category:
    """A tag as an entry's category: its scheme the archive's page of its type. A warning
    says which vocabulary it is of, as the work page does: an archive warning (from the
    file or a person) is labelled "Archive Warning: …", one ficshelf inferred "Content
    Warning (inferred by ficshelf): …" with the scheme ``INFERRED_WARNING_FRAGMENT`` marks."""
    scheme = external("tags.tag_type", tag_type=tag.type)
    if tag.type != TagType.WARNING.value:
        return Category(scheme, tag.name, tag.name)
    if tag.inferred:
        label = f"{INFERRED_LABELS[0]}: {tag.name}"
        return Category(scheme + INFERRED_WARNING_FRAGMENT, tag.name, label)
    return Category(scheme, tag.name, f"{ARCHIVE_LABELS[0]}: {tag.name}")


def _work_entry(work: WorkBlurb, url: str | None) -> WorkEntry:
    """The acquisition entry of ``work`` (its blurb; ``url``: where its file came from)."""
    links = [
        Link(
            external(f"downloads.{kind}", work_id=work.id),
            ACQUISITION_REL,
            MEDIA_TYPES[kind].split(";")[0],
            KIND_TITLES[kind],
        )
        for kind in KINDS
    ]
    links.append(
        Link(external("works.work", work_id=work.id), "alternate", "text/html", "Read online")
    )
    names = tuple(Author(name, works_url(_excluding({"author": [name]}))) for name in work.authors)
    categories = tuple(_category(tag) for tag in work.tags)
    facts = [f"{work.word_count:,} words", f"Chapters: {work.chapters_label}"]
    facts.append("Complete" if work.finished else "In progress")
    if work.language:
        facts.append(f"Language: {work.language}")
    if work.series:
        part = f"Part {work.series_part} of " if work.series_part else "Series: "
        facts.append(part + work.series)
    warnings = warning_groups([tag for tag in work.tags if tag.type == TagType.WARNING.value])
    lines = [
        " · ".join(facts),
        *(f"{group.label}: {', '.join(t.name for t in group.tags)}" for group in warnings),
    ]
    return WorkEntry(
        id=work_identifier(work.id, url),
        title=work.title,
        authors=names or (Author("Unknown author"),),
        updated=moment(work.updated or work.published or work.added),
        published=work.published,
        language=language_code(work.language),
        summary=work.summary or work.excerpt,
        categories=categories,
        facts=tuple(lines),
        extent=f"{work.word_count} words",
        links=tuple(links),
    )


def _title(args: Args, sort: Sort, series_name: str | None = None) -> str:
    """A feed's title from its search: the words, the author, series (by its name,
    ``series_name``: "Series: Gullrock Letters") and tags it keeps to, else its order
    ("Newest works")."""
    parts = []
    if any(v.strip() for v in args.get("q", ())):
        parts.append("Search: " + " ".join(args["q"]))
    parts += [f"by {name}" for name in args.get("author", ())]
    parts += [f"Series: {series_name or name}" for name in args.get("series", ())[:1]]
    for value in args.get("include", ()):
        try:
            parts.append(parse_tag_ref(value).name)
        except QueryError:
            continue
    if not parts:
        return "Most kudos" if sort is Sort.KUDOS else f"All works: {SORT_LABELS[sort].lower()}"
    return " · ".join(parts)


def _up(args: Args) -> str:
    """The list a feed of works was reached from: the authors' for an author's works, the
    series' for a series', a tag type's for a tag's, else the root (each with the feed's
    exclusions)."""
    if args.get("author"):
        return catalogue("opds.authors")
    if any(value.strip() for value in args.get("series", ())):
        return catalogue("opds.series_list")
    for value in args.get("include", ()):
        try:
            ref = parse_tag_ref(value)
        except QueryError:
            continue
        if ref.type is not None:
            return catalogue("opds.tag_list", tag_type=ref.type.value)
    return catalogue("opds.root")


@bp.route("/opds/works")
def works() -> Response:
    """An acquisition feed: a page of the works a search finds (``/search``'s arguments,
    its engine, the reader's saved exclusions), each with its download links, paged, with
    facets for the sort order and the rating."""
    args = form_args()
    try:
        wanted = search_request(page_arg(), per_page(), saved_exclusions())
        # The rating facets count the works of the feed without its rating filters: the
        # feed's own search when it has none, else that search run apart for them. Only
        # the ratings are counted: the feed shows no other facet.
        wanted = replace(wanted, facet_types=(TagType.RATING,))
        others = tuple(ref for ref in wanted.include if ref.type is not TagType.RATING)
        rated = others != wanted.include
        with reading() as conn:
            result = run_search(conn, replace(wanted, facets=not rated))
            unrated = result
            if rated:
                unrated = run_search(conn, replace(wanted, include=others, page=1, per_page=1))
            found = result.hits.items
            urls = source_urls(conn, [hit.work.id for hit in found])
            updated = last_added(conn) or EPOCH
    except QueryError as exc:
        raise BadRequest(str(exc)) from None
    hits = result.hits
    entries = [_work_entry(hit.work, urls.get(hit.work.id)) for hit in found]

    def at(number: int) -> str:
        return works_url(args, number)

    links = catalogue_links(at(hits.page), "acquisition", _up(args))
    links += page_links(hits, at, "acquisition")
    links += sort_facets(args, result.sort)
    links += rating_facets(args, result.include, unrated.facets, unrated.total)
    feed = Feed(
        feed_id("works", args),
        _title(args, result.sort, result.series_name),
        updated,
        "acquisition",
        tuple(links),
        paging(hits),
    )
    return _answer(feed_document(feed, entries), "acquisition")


@bp.route("/opds/search.xml")
def search_description() -> Response:
    """The OpenSearch description of the catalogue's search: its template is the
    acquisition feed of ``q={searchTerms}``, with the exclusions the request was given."""
    base = catalogue("opds.works")
    template = base + ("&" if "?" in base else "?") + "q={searchTerms}"
    document = opensearch_document(
        "ficshelf",
        'Search the archive\'s works: words, "phrases", -exclusions, OR, prefix*',
        template,
    )
    return Response(document, content_type=OPENSEARCH_TYPE)
