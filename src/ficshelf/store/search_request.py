"""What a search asks for: the ``SearchRequest`` that ``store.search.search`` runs, and the
choices it offers (sort orders, length, status)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from ficshelf.search_query import TagRef


class Sort(StrEnum):
    """The orders a result list can come in (AO3's "Sort by")."""

    RELEVANCE = "relevance"
    ADDED = "added"
    UPDATED = "updated"
    WORDS = "words"
    TITLE = "title"
    KUDOS = "kudos"
    HITS = "hits"


class Length(StrEnum):
    """One-shots (one chapter, and no more planned) or multi-chapter works."""

    ONESHOT = "oneshot"
    MULTI = "multi"


class Status(StrEnum):
    """Complete, or in progress (a file that says neither is in neither)."""

    COMPLETE = "complete"
    IN_PROGRESS = "in-progress"


@dataclass(frozen=True)
class SearchRequest:
    """What to look for. Every field is optional; an empty request lists every work.

    ``updated_from``/``updated_to`` bound the work's date (last updated, else published);
    ``added_from``/``added_to`` the day it was imported; both ends are inclusive. ``author``
    keeps the works with an author of exactly that name (spacing aside). ``sort``
    defaults to relevance when there is a text query and to date added otherwise.
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
