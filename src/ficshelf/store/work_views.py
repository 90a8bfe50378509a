"""The frozen records the archive's read queries return (store/browse.py, store/search.py).

Views and templates only arrange these; none of them touches the database.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Generic, TypeVar

T = TypeVar("T")


@dataclass(frozen=True, slots=True)
class TagView:
    """A tag on a work, by canonical name; ``provenance`` is author, inferred or editor,
    ``confidence`` is set for inferred tags and ``stated`` says the file's own metadata
    states the tag in words of its own (a warning its freeform tags or notes name: the link
    records where)."""

    type: str
    name: str
    provenance: str
    confidence: float | None = None
    stated: bool = False

    @property
    def inferred(self) -> bool:
        return self.provenance == "inferred"

    @property
    def edited(self) -> bool:
        """Whether a person put the tag on the work (``ficshelf tag``)."""
        return self.provenance == "editor"


@dataclass(frozen=True, slots=True)
class TagCount:
    """A canonical tag and the number of works carrying it (or one of its synonyms)."""

    type: str
    name: str
    works: int


@dataclass(frozen=True, slots=True)
class TagInfo:
    """A canonical tag with the other names (synonyms) that resolve to it."""

    id: int
    type: str
    name: str
    synonyms: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class NoteView:
    """Front or end matter. ``chapter`` is the 0-based chapter index for chapter notes,
    ``None`` for notes on the whole work; ``html`` is the source's markup when it had any."""

    kind: str
    placement: str
    chapter: int | None
    text: str
    html: str | None


@dataclass(frozen=True, slots=True)
class ChapterLink:
    """A chapter's number (from 1) and title, for navigation."""

    number: int
    title: str | None


@dataclass(frozen=True, slots=True)
class ChapterView:
    """One chapter to read: number (from 1), title, stored reader HTML and word count; a
    long chapter is read in ``parts`` parts (``ficshelf.text_parts``), and ``html`` is
    then its part ``part`` (from 1)."""

    number: int
    title: str | None
    html: str
    word_count: int
    part: int = field(default=1, kw_only=True)
    parts: int = field(default=1, kw_only=True)


@dataclass(frozen=True, slots=True)
class LibraryStats:
    """Counts for the home page: works, authors with works, fandoms in use, total words."""

    works: int
    authors: int
    fandoms: int
    words: int


@dataclass(frozen=True, slots=True)
class WorkBlurb:
    """What a list of works shows about each: AO3's blurb. ``excerpt`` holds the opening
    lines of the story when the work has no summary (``None`` otherwise); ``kudos`` and
    ``hits`` are what the file stated (an AO3 download: AO3's figures), ``None`` when it
    said nothing; ``archive_kudos``, ``comments`` and ``bookmarks`` count what this
    archive's readers left (public bookmarks only). ``series`` is the name of the series
    the work is in here (``series_id``, its page ``/series/N``; ``store.series``), with
    the work's part in it (``series_part``, ``None`` when unnumbered)."""

    id: int
    title: str
    authors: tuple[str, ...]
    summary: str | None
    excerpt: str | None
    language: str | None
    word_count: int
    chapter_count: int
    chapters_expected: int | None
    complete: bool | None
    published: date | None
    updated: date | None
    added: datetime
    tags: tuple[TagView, ...]
    kudos: int | None = field(default=None, kw_only=True)
    hits: int | None = field(default=None, kw_only=True)
    archive_kudos: int = field(default=0, kw_only=True)
    comments: int = field(default=0, kw_only=True)
    bookmarks: int = field(default=0, kw_only=True)
    series: str | None = field(default=None, kw_only=True)
    series_part: int | None = field(default=None, kw_only=True)
    series_id: int | None = field(default=None, kw_only=True)

    @property
    def finished(self) -> bool:
        """Whether the work is complete, as AO3 reads it: what its file states, else (a
        plain-text story states nothing) whether it has all its expected chapters, else
        whether it is one chapter; a work of several chapters and an unknown total ("2/?")
        is in progress. The status filter (``search_plan``) reads it the same way."""
        if self.complete is not None:
            return self.complete
        if self.chapters_expected:
            return self.chapter_count >= self.chapters_expected
        return self.chapter_count == 1

    @property
    def chapters_label(self) -> str:
        """AO3's chapter count: "3/?" for a work in progress, "1/1" for a finished one."""
        if self.chapters_expected:
            expected = str(self.chapters_expected)
        elif self.finished:
            expected = str(self.chapter_count)
        else:
            expected = "?"
        return f"{self.chapter_count}/{expected}"

    @property
    def date(self) -> date:
        """The date a list shows: last updated, else published, else added."""
        return self.updated or self.published or self.added.date()

    def tags_of(self, tag_type: str) -> tuple[TagView, ...]:
        """Return this work's tags of one type, in display order."""
        return tuple(t for t in self.tags if t.type == tag_type)


@dataclass(frozen=True, slots=True)
class WorkDetail(WorkBlurb):
    """Everything the work page shows except the chapter text."""

    format: str
    url: str | None
    notes: tuple[NoteView, ...]
    chapters: tuple[ChapterLink, ...]

    def notes_at(self, placement: str, chapter: int | None = None) -> tuple[NoteView, ...]:
        """Return the notes at ``placement`` ("front"/"end") of the work (``chapter=None``)
        or of the chapter numbered ``chapter`` (from 1)."""
        index = None if chapter is None else chapter - 1
        return tuple(n for n in self.notes if n.placement == placement and n.chapter == index)


@dataclass(frozen=True, slots=True)
class Page(Generic[T]):
    """One page of a longer list: its items, its number (from 1), the page size, the number
    of items in the whole list, how many more a reader's saved exclusions left out of it
    (``hidden``) and the number of pages (at least 1)."""

    items: tuple[T, ...]
    page: int
    per_page: int
    total: int
    hidden: int = 0
    pages: int = field(init=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "pages", max(1, math.ceil(self.total / self.per_page)))

    @property
    def has_previous(self) -> bool:
        return self.page > 1

    @property
    def has_next(self) -> bool:
        return self.page < self.pages
