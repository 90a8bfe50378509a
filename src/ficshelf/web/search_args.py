"""Reading the search form: the query-string arguments of ``/search`` turned into a
``SearchRequest`` (a bad value is a 400 that says which argument and why), and the URLs the
facets and filter chips link to.

Arguments: ``q`` (the text query), ``include`` and ``exclude`` (repeatable, ``type:name`` or
a bare name), ``words_min``/``words_max``, ``length`` (oneshot, multi), ``status``
(complete, in-progress), ``language``, ``author`` (an author's name, exactly),
``updated_from``/``updated_to``, ``added_from``/``added_to`` (YYYY-MM-DD), ``tags``
(``author`` for author tags only), ``min_confidence`` (0 to 1), ``sort`` and ``page``.
Empty values count as absent, as a form submits them.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date
from enum import StrEnum
from typing import Any, TypeVar

from flask import request, url_for
from werkzeug.exceptions import BadRequest

from ficshelf.search_query import QueryError, TagRef, parse_tag_ref
from ficshelf.store.search import Length, SearchRequest, Sort, Status

E = TypeVar("E", bound=StrEnum)

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
    "updated_from",
    "updated_to",
    "added_from",
    "added_to",
    "tags",
    "min_confidence",
    "sort",
)
"""The arguments that define a search (``page`` aside): kept in facet and paging links."""

MAX_TAG_FILTERS = 30
_COUNT = re.compile(r"[0-9]{1,9}")
_CONFIDENCE = re.compile(r"(?:0(?:\.[0-9]{1,4})?|1(?:\.0{1,4})?|\.[0-9]{1,4})")


def _arg(name: str) -> str | None:
    value = request.args.get(name, "").strip()
    return value or None


def _count(name: str) -> int | None:
    raw = _arg(name)
    if raw is None:
        return None
    if not _COUNT.fullmatch(raw.replace(",", "")):
        raise BadRequest(f"{name} must be a whole number of words, not {raw!r}")
    return int(raw.replace(",", ""))


def _day(name: str) -> date | None:
    raw = _arg(name)
    if raw is None:
        return None
    try:
        return date.fromisoformat(raw)
    except ValueError:
        raise BadRequest(f"{name} must be a date written YYYY-MM-DD, not {raw!r}") from None


def _choice(name: str, kind: type[E]) -> E | None:
    raw = _arg(name)
    if raw is None:
        return None
    try:
        return kind(raw)
    except ValueError:
        allowed = ", ".join(repr(member.value) for member in kind)
        raise BadRequest(f"{name} must be one of {allowed}, not {raw!r}") from None


def _tags(name: str) -> tuple[TagRef, ...]:
    values = [v for v in request.args.getlist(name) if v.strip()]
    if len(values) > MAX_TAG_FILTERS:
        raise BadRequest(f"at most {MAX_TAG_FILTERS} {name} tags")
    try:
        return tuple(dict.fromkeys(parse_tag_ref(v) for v in values))
    except QueryError as exc:
        raise BadRequest(str(exc)) from None


def _confidence() -> float | None:
    raw = _arg("min_confidence")
    if raw is None:
        return None
    if not _CONFIDENCE.fullmatch(raw):
        raise BadRequest(f"min_confidence must be a number from 0 to 1, not {raw!r}")
    return float(raw)


def search_request(page: int, per_page: int, hidden: Sequence[TagRef]) -> SearchRequest:
    """Return the ``SearchRequest`` the current query string states, hiding the works that
    carry one of ``hidden`` (saved exclusions). Raises ``BadRequest`` for a bad argument
    (the text query itself is checked by the search)."""
    provenance = _arg("tags")
    if provenance not in (None, "all", "author"):
        raise BadRequest(f"tags must be 'all' or 'author', not {provenance!r}")
    return SearchRequest(
        query=request.args.get("q", ""),
        include=_tags("include"),
        exclude=_tags("exclude"),
        hidden=tuple(hidden),
        words_min=_count("words_min"),
        words_max=_count("words_max"),
        length=_choice("length", Length),
        status=_choice("status", Status),
        language=_arg("language"),
        author=_arg("author"),
        updated_from=_day("updated_from"),
        updated_to=_day("updated_to"),
        added_from=_day("added_from"),
        added_to=_day("added_to"),
        author_tags_only=provenance == "author",
        min_confidence=_confidence(),
        sort=_choice("sort", Sort),
        page=page,
        per_page=per_page,
    )


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
