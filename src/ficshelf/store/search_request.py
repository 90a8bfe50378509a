"""What a search asks for: the ``SearchRequest`` that ``store.search.search`` runs, the
choices it offers (sort orders, length, status), and ``request_from_args``, which reads one
from the arguments the web search takes (``/search``'s query string, ``ficshelf search``'s
options), so both read every filter alike and say the same of a bad value."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from typing import TypeVar

from ficshelf.model import TagType
from ficshelf.search_query import QueryError, TagRef, parse_tag_ref


class Sort(StrEnum):
    """The orders a result list can come in (AO3's "Sort by")."""

    RELEVANCE = "relevance"
    ADDED = "added"
    UPDATED = "updated"
    WORDS = "words"
    TITLE = "title"
    KUDOS = "kudos"
    HITS = "hits"
    SERIES = "series"


class Length(StrEnum):
    """One-shots (one chapter, and no more planned) or multi-chapter works."""

    ONESHOT = "oneshot"
    MULTI = "multi"


class Status(StrEnum):
    """Complete, or in progress (``WorkBlurb.finished``: "2/?" is in progress)."""

    COMPLETE = "complete"
    IN_PROGRESS = "in-progress"


@dataclass(frozen=True)
class SearchRequest:
    """What to look for. Every field is optional; an empty request lists every work.

    ``updated_from``/``updated_to`` bound the work's date (last updated, else published);
    ``added_from``/``added_to`` the day it was imported; both ends are inclusive. ``author``
    keeps the works with an author of exactly that name (spacing aside); ``series`` the
    works of the series with that id (``/series/N``) or that name (case and spacing
    aside: every author's series of the name). ``sort``
    defaults to relevance when there is a text query, else to part order (``Sort.SERIES``:
    by series, then part number, the works with none last) when a series filter is given,
    else to date added.
    ``facets`` asks for facet counts at all; ``facet_types`` keeps them to those tag types
    (``None``, the default, counts every type; a feed that shows only the rating facet
    asks for ratings alone, and gets the same rating counts for less).
    """

    query: str = ""
    include: tuple[TagRef, ...] = ()
    exclude: tuple[TagRef, ...] = ()
    hidden: tuple[TagRef, ...] = ()
    words_min: int | None = None
    words_max: int | None = None
    length: Length | None = None
    status: Status | None = None
    language: str | None = None
    author: str | None = None
    series: str | None = None
    updated_from: date | None = None
    updated_to: date | None = None
    added_from: date | None = None
    added_to: date | None = None
    author_tags_only: bool = False
    min_confidence: float | None = None
    sort: Sort | None = None
    page: int = 1
    per_page: int = 20
    facets: bool = True
    facet_types: tuple[TagType, ...] | None = None


SearchArgs = Mapping[str, Sequence[str]]
"""Search arguments by name, each a list of values (a query string's shape)."""

MAX_TAG_FILTERS = 30
_COUNT = re.compile(r"[0-9]{1,9}")
_CONFIDENCE = re.compile(r"(?:0(?:\.[0-9]{1,4})?|1(?:\.0{1,4})?|\.[0-9]{1,4})")
E = TypeVar("E", bound=StrEnum)


def _arg(args: SearchArgs, name: str) -> str | None:
    values = args.get(name) or ("",)
    return values[0].strip() or None


def parse_count(name: str, raw: str | None) -> int | None:
    """A number of words (``1000`` or ``1,000``); ``None`` for none. Raises ``QueryError``."""
    if raw is None or not raw.strip():
        return None
    digits = raw.strip().replace(",", "")
    if not _COUNT.fullmatch(digits):
        raise QueryError(f"{name} must be a whole number of words, not {raw.strip()!r}")
    return int(digits)


def parse_day(name: str, raw: str | None) -> date | None:
    """A day written YYYY-MM-DD; ``None`` for none. Raises ``QueryError``."""
    if raw is None or not raw.strip():
        return None
    try:
        return date.fromisoformat(raw.strip())
    except ValueError:
        raise QueryError(f"{name} must be a date written YYYY-MM-DD, not {raw.strip()!r}") from None


def parse_choice(name: str, raw: str | None, kind: type[E]) -> E | None:
    """One of ``kind``'s values; ``None`` for none. Raises ``QueryError``."""
    if raw is None or not raw.strip():
        return None
    try:
        return kind(raw.strip())
    except ValueError:
        allowed = ", ".join(repr(member.value) for member in kind)
        raise QueryError(f"{name} must be one of {allowed}, not {raw.strip()!r}") from None


def parse_confidence(raw: str | None) -> float | None:
    """A confidence from 0 to 1; ``None`` for none. Raises ``QueryError``."""
    if raw is None or not raw.strip():
        return None
    if not _CONFIDENCE.fullmatch(raw.strip()):
        raise QueryError(f"min_confidence must be a number from 0 to 1, not {raw.strip()!r}")
    return float(raw)


def _tags(args: SearchArgs, name: str) -> tuple[TagRef, ...]:
    values = [v for v in args.get(name, ()) if v.strip()]
    if len(values) > MAX_TAG_FILTERS:
        raise QueryError(f"at most {MAX_TAG_FILTERS} {name} tags")
    return tuple(dict.fromkeys(parse_tag_ref(v) for v in values))


def request_from_args(
    args: SearchArgs,
    *,
    page: int = 1,
    per_page: int = 20,
    hidden: Sequence[TagRef] = (),
    facets: bool = True,
) -> SearchRequest:
    """Return the ``SearchRequest`` that ``args`` state: ``q`` (the text query), ``include``
    and ``exclude`` (repeatable, ``type:name`` or a bare name), ``words_min``/``words_max``,
    ``length`` (oneshot, multi), ``status`` (complete, in-progress), ``language``,
    ``author`` (an author's name, exactly), ``series`` (a series' id or name),
    ``updated_from``/``updated_to``,
    ``added_from``/``added_to`` (YYYY-MM-DD), ``tags`` (``author`` for author tags only),
    ``min_confidence`` (0 to 1) and ``sort``; blank values count as absent, as a form
    submits them. Raises ``QueryError`` naming the argument for a bad value (the text
    query itself is checked by the search)."""
    provenance = _arg(args, "tags")
    if provenance not in (None, "all", "author"):
        raise QueryError(f"tags must be 'all' or 'author', not {provenance!r}")
    return SearchRequest(
        query=" ".join(args.get("q", ())),
        include=_tags(args, "include"),
        exclude=_tags(args, "exclude"),
        hidden=tuple(hidden),
        words_min=parse_count("words_min", _arg(args, "words_min")),
        words_max=parse_count("words_max", _arg(args, "words_max")),
        length=parse_choice("length", _arg(args, "length"), Length),
        status=parse_choice("status", _arg(args, "status"), Status),
        language=_arg(args, "language"),
        author=_arg(args, "author"),
        series=_arg(args, "series"),
        updated_from=parse_day("updated_from", _arg(args, "updated_from")),
        updated_to=parse_day("updated_to", _arg(args, "updated_to")),
        added_from=parse_day("added_from", _arg(args, "added_from")),
        added_to=parse_day("added_to", _arg(args, "added_to")),
        author_tags_only=provenance == "author",
        min_confidence=parse_confidence(_arg(args, "min_confidence")),
        sort=parse_choice("sort", _arg(args, "sort"), Sort),
        page=page,
        per_page=per_page,
        facets=facets,
    )
