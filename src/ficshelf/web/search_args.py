"""Reading the search form: the query-string arguments of ``/search`` turned into a
``SearchRequest`` (a bad value is a 400 that says which argument and why), and the URLs the
facets and filter chips link to.

Arguments: ``q`` (the text query), ``include`` and ``exclude`` (repeatable, ``type:name`` or
a bare name), ``words_min``/``words_max``, ``length`` (oneshot, multi), ``status``
(complete, in-progress), ``language``, ``author`` (an author's name, exactly),
``series`` (a series' id, as in ``/series/N``, or its name),
``updated_from``/``updated_to``, ``added_from``/``added_to`` (YYYY-MM-DD), ``tags``
(``author`` for author tags only), ``min_confidence`` (0 to 1), ``sort`` and ``page``.
Empty values count as absent, as a form submits them.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from flask import request, url_for
from werkzeug.exceptions import BadRequest

from ficshelf.search_query import QueryError, TagRef
from ficshelf.store.search import SearchRequest
from ficshelf.store.search_request import request_from_args

FORM_ARGS = (
    "q",
    "include",
    "exclude",
    "words_min",
    "words_max",
    "length",
    "status",
    "language",
    "author",
    "series",
    "updated_from",
    "updated_to",
    "added_from",
    "added_to",
    "tags",
    "min_confidence",
    "sort",
)
"""The arguments that define a search (``page`` aside): kept in facet and paging links."""


def search_request(page: int, per_page: int, hidden: Sequence[TagRef]) -> SearchRequest:
    """Return the ``SearchRequest`` the current query string states
    (``store.search_request.request_from_args``), hiding the works that carry one of
    ``hidden`` (saved exclusions). Raises ``BadRequest`` for a bad argument (the text query
    itself is checked by the search)."""
    args = {name: request.args.getlist(name) for name in FORM_ARGS}
    args["q"] = [request.args.get("q", "")]  # the first, as it was written
    try:
        return request_from_args(args, page=page, per_page=per_page, hidden=hidden)
    except QueryError as exc:
        raise BadRequest(str(exc)) from None


def form_args() -> dict[str, list[str]]:
    """Return the search arguments of the current request (without ``page``), as lists."""
    return {
        name: [v for v in request.args.getlist(name) if v.strip()]
        for name in FORM_ARGS
        if any(v.strip() for v in request.args.getlist(name))
    }


_FILTER_LABELS = {
    "include": "{}",
    "exclude": "not {}",
    "words_min": "from {} words",
    "words_max": "up to {} words",
    "length": "{}",
    "status": "{}",
    "language": "language: {}",
    "author": "by {}",
    "series": "series: {}",
    "updated_from": "updated from {}",
    "updated_to": "updated up to {}",
    "added_from": "added from {}",
    "added_to": "added up to {}",
    "tags": "{} tags only",
    "min_confidence": "confidence at least {}",
}
"""How the search form's summary names each filter applied (the sort is no filter)."""


def applied_filters(form: dict[str, list[str]]) -> list[tuple[str, str, str]]:
    """Jinja global: the filters ``form`` (``form_args``) applies, as (argument, value,
    label) triples: "character:Maren Holt", "not warning:illness", "confidence at least
    0.5"."""
    return [
        (name, value, label.format(value))
        for name, label in _FILTER_LABELS.items()
        for value in form.get(name, ())
        if not (name == "tags" and value == "all")  # author and inferred tags: no filter
    ]


def search_url(
    *, add: tuple[str, str] | None = None, drop: tuple[str, str] | None = None, **replace: Any
) -> str:
    """Return the URL of the current search with ``add`` (argument, value) added, ``drop``
    removed, other arguments replaced, and the page reset to the first."""
    args = form_args()
    if add is not None and add[1] not in args.get(add[0], []):
        args.setdefault(add[0], []).append(add[1])
    if drop is not None and drop[1] in args.get(drop[0], []):
        args[drop[0]] = [v for v in args[drop[0]] if v != drop[1]]
    for name, value in replace.items():
        args[name] = [] if value is None else [str(value)]
    values: dict[str, Any] = {name: v for name, v in args.items() if v}
    return url_for("search.search", **values)
