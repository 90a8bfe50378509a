"""The URLs and links of the OPDS catalogue (``web.views.opds``): absolute, as e-reader
apps need them, and built by ``url_for`` from the request, so they carry the archive's
``--url-prefix`` and the scheme and host a trusted proxy forwarded.

An acquisition feed is ``/opds/works`` with the search's own arguments (``web.search_args``):
its paging and facet links are that feed's URL with ``page``, ``sort`` or the rating
``include`` replaced, every other argument kept.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any
from urllib.parse import quote, urlencode

from flask import request, url_for

from ficshelf.export.opds import FACET_REL, FEED_TYPES, OPENSEARCH_TYPE, Link, Paging
from ficshelf.model import TagType
from ficshelf.search_query import QueryError, parse_tag_ref
from ficshelf.store.facets import Facet
from ficshelf.store.resolved_tags import ResolvedTag
from ficshelf.store.search import Sort
from ficshelf.store.work_views import Page

NAVIGATION = FEED_TYPES["navigation"]
ACQUISITION = FEED_TYPES["acquisition"]

Args = Mapping[str, Sequence[str]]

SORT_LABELS = {
    Sort.RELEVANCE: "Best match",
    Sort.ADDED: "Newest",
    Sort.UPDATED: "Recently updated",
    Sort.KUDOS: "Most kudos",
    Sort.HITS: "Most hits",
    Sort.WORDS: "Longest",
    Sort.TITLE: "Title",
    Sort.SERIES: "Part order",
}
"""The sort facets, in the order a feed offers them (best match only for a text query,
part order only for a series)."""


def external(endpoint: str, **values: Any) -> str:
    """Return the absolute URL of ``endpoint`` (scheme, host, prefix and path)."""
    return url_for(endpoint, _external=True, **values)


def given_exclusions() -> list[str]:
    """The tags the request's URL excludes (``exclude``, repeatable, as the search takes
    them): what an app that keeps no cookie is given instead of saved exclusions."""
    return [v for v in request.args.getlist("exclude") if v.strip()]


def catalogue(endpoint: str, **values: Any) -> str:
    """Return the absolute URL of the catalogue's feed ``endpoint`` with the exclusions the
    request was given (``given_exclusions``): a catalogue reached with them keeps them on
    every feed it leads to."""
    excluded = given_exclusions()
    return external(endpoint, **values, **({"exclude": excluded} if excluded else {}))


def works_url(args: Args, page: int | None = None) -> str:
    """Return the absolute URL of the acquisition feed of the search ``args`` (argument →
    values), at ``page`` (none: the first, without a ``page`` argument)."""
    values: dict[str, Any] = {name: list(v) for name, v in args.items() if v}
    if page is not None and page > 1:
        values["page"] = page
    return external("opds.works", **values)


def feed_id(name: str, args: Args | None = None) -> str:
    """Return a feed's stable id: ``urn:ficshelf:opds:NAME`` with its arguments (sorted,
    page aside), whatever host or prefix serves it."""
    pairs = sorted((k, v) for k, values in (args or {}).items() for v in values)
    query = urlencode(pairs, quote_via=quote)
    return f"urn:ficshelf:opds:{name}" + (f"?{query}" if query else "")


def catalogue_links(self_url: str, kind: str, up: str | None) -> list[Link]:
    """The links every feed has: ``self`` (of type ``kind``), ``start`` (the root),
    ``up`` when there is a level above, and the search (its OpenSearch description); the
    root and the search keep the exclusions the request was given."""
    links = [
        Link(
            self_url, "self", FEED_TYPES["acquisition" if kind == "acquisition" else "navigation"]
        ),
        Link(catalogue("opds.root"), "start", NAVIGATION),
    ]
    if up is not None:
        links.append(Link(up, "up", NAVIGATION))
    links.append(Link(catalogue("opds.search_description"), "search", OPENSEARCH_TYPE))
    return links


def paging(page: Page[Any]) -> Paging:
    """The OpenSearch counts of ``page``."""
    return Paging(page.total, page.per_page, (page.page - 1) * page.per_page + 1)


def page_links(page: Page[Any], at: Any, kind: str) -> list[Link]:
    """``first``, ``previous``, ``next`` and ``last`` links of ``page``, each built by
    ``at(number)``; ``previous`` and ``next`` only where there is such a page."""
    media = FEED_TYPES["acquisition" if kind == "acquisition" else "navigation"]
    links = [Link(at(1), "first", media)]
    if page.has_previous:
        links.append(Link(at(page.page - 1), "previous", media))
    if page.has_next:
        links.append(Link(at(page.page + 1), "next", media))
    links.append(Link(at(page.pages), "last", media))
    return links


def sort_facets(args: Args, active: Sort) -> list[Link]:
    """One facet link per sort order (group "Sort"), the one in use ``active``."""
    needs = {Sort.RELEVANCE: "q", Sort.SERIES: "series"}  # offered only with that argument
    given = {name for name, values in args.items() if any(v.strip() for v in values)}
    orders = [s for s in SORT_LABELS if s not in needs or needs[s] in given]
    return [
        Link(
            works_url({**args, "sort": [order.value]}),
            FACET_REL,
            ACQUISITION,
            SORT_LABELS[order],
            facet_group="Sort",
            active=order is active,
        )
        for order in orders
    ]


def _is_rating(value: str) -> bool:
    try:
        return parse_tag_ref(value).type is TagType.RATING
    except QueryError:
        return False


def rating_facets(
    args: Args, include: Sequence[ResolvedTag], facets: Sequence[Facet], total: int
) -> list[Link]:
    """The rating facet links (group "Rating"): "Any rating" (the search without its rating
    filters) and each rating, with how many works it leaves (``thr:count``), the ones the
    search filters by active. ``facets`` and ``total`` are those of the search without its
    rating filters (``without_ratings``), ``include`` the search's own resolved filters."""
    others = [v for v in args.get("include", ()) if not _is_rating(v)]
    chosen = {
        name
        for tag in include
        if tag.ref.type is TagType.RATING
        for tag_type, name in tag.canonical
    }
    counts = {t.name: t.works for f in facets if f.type == "rating" for t in f.tags}
    names = list(counts) + sorted(chosen - set(counts))
    links = [
        Link(
            works_url({**args, "include": others}),
            FACET_REL,
            ACQUISITION,
            "Any rating",
            facet_group="Rating",
            active=not chosen,
            count=total,
        )
    ]
    for name in names:
        href = works_url({**args, "include": [*others, f"rating:{name}"]})
        links.append(
            Link(
                href,
                FACET_REL,
                ACQUISITION,
                name,
                facet_group="Rating",
                active=name in chosen,
                count=counts.get(name, 0),
            )
        )
    return links
