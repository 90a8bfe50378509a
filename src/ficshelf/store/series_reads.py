"""Read queries for series (``store.series`` says what a series is): the index of every
series, a series page's data, its works in part order, and the works before and after a
work in its series.

A series' works come in **part order**: by part number, the works with none after the
numbered ones, then by publication date and id. Works of the series the archive does not
hold are absent; ``SeriesView.held_label`` says which parts are here.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from enum import StrEnum
from typing import Any

from sqlalchemy import Connection, Select, desc, func, select

from ficshelf.errors import NotFound
from ficshelf.store.browse import blurbs, hidden_works, page_offset
from ficshelf.store.schema import authors, series, work_authors, works
from ficshelf.store.series import series_key
from ficshelf.store.work_views import Page, WorkBlurb


@dataclass(frozen=True, slots=True)
class SeriesView:
    """A series as its page shows it: ``name``; ``url``, AO3's page of it when a file
    linked one; the ``authors`` of its works here (in part order, each once); their
    ``word_count`` and number (``works``); the part numbers held (``parts_held``, rising)
    and how many works here have none (``unnumbered``); and what a person recorded of the
    whole: ``parts_expected`` and ``complete`` (``None``: not known)."""

    id: int
    name: str
    url: str | None
    authors: tuple[str, ...]
    word_count: int
    works: int
    parts_held: tuple[int, ...]
    unnumbered: int
    parts_expected: int | None
    complete: bool | None

    @property
    def held_label(self) -> str:
        """Which parts the archive holds, as a reader reads it: "Parts 1 and 3 of 4 here",
        "Part 2 here", "3 works here" (no part numbers known)."""
        parts = sorted(set(self.parts_held))
        if not parts:
            return f"{self.works} work{'' if self.works == 1 else 's'} here"
        listed = ", ".join(map(str, parts[:-1])) + (" and " if len(parts) > 1 else "")
        label = f"Part{'s' if len(parts) > 1 else ''} {listed}{parts[-1]}"
        if self.parts_expected:
            label += f" of {self.parts_expected}"
        label += " here"
        if self.unnumbered:
            label += f", and {self.unnumbered} work{'' if self.unnumbered == 1 else 's'}"
            label += " without a part number"
        return label


@dataclass(frozen=True, slots=True)
class SeriesWork:
    """A work of a series, for navigation: its id, title and part (``None``: no number)."""

    id: int
    title: str
    part: int | None


@dataclass(frozen=True, slots=True)
class SeriesNav:
    """A work's place in its series: the series (``id``, ``name``), the work's ``part``,
    and the works held here just before and after it in part order (``None`` at either
    end)."""

    id: int
    name: str
    part: int | None
    previous: SeriesWork | None
    next: SeriesWork | None


class SeriesSort(StrEnum):
    """The orders of the series index: by name, or the series that last gained a work
    here first."""

    NAME = "name"
    NEWEST = "newest"


@dataclass(frozen=True, slots=True)
class SeriesSummary:
    """A series on the index: its ``id`` and ``name``, the ``authors`` of its works here
    (in part order, each once), how many works here it has (``works``), their
    ``word_count``, and when the latest of them was added (``added``)."""

    id: int
    name: str
    authors: tuple[str, ...]
    works: int
    word_count: int
    added: datetime


def series_index(
    conn: Connection,
    page: int = 1,
    per_page: int = 20,
    sort: SeriesSort = SeriesSort.NAME,
    *,
    hide: Sequence[int] = (),
) -> Page[SeriesSummary]:
    """Return one page of every series with works here, by name (case and spacing aside)
    or newest first (the series whose latest work here was added last), leaving out the
    works that carry one of the tag ids ``hide`` (as ``store.browse.tag_counts`` does):
    they are not counted, and a series only they are in is not listed. Raises
    ``PastLastPage`` past the last page and ``ValueError`` for a page below 1."""
    counted = _series_counts(hide)
    total = _count(conn, select(counted.c.series_id))
    offset = page_offset(page, per_page, total)
    if sort is SeriesSort.NEWEST:
        order = (desc(counted.c.added), desc(series.c.id))
    else:
        order = (series.c.name_key, series.c.id)
    rows = conn.execute(
        select(series.c.id, series.c.name, counted.c.works, counted.c.words, counted.c.added)
        .select_from(counted.join(series, series.c.id == counted.c.series_id))
        .order_by(*order)
        .limit(per_page)
        .offset(offset)
    ).all()
    names = _series_authors(conn, [r.id for r in rows], hide)
    items = tuple(
        SeriesSummary(
            id=r.id,
            name=r.name,
            authors=names.get(r.id, ()),
            works=int(r.works),
            word_count=int(r.words),
            added=r.added if r.added.tzinfo else r.added.replace(tzinfo=UTC),
        )
        for r in rows
    )
    return Page(items, page, per_page, total)


def _series_counts(hide: Sequence[int]) -> Any:
    """Each series' works here (without those carrying a tag of ``hide``): their number,
    words and latest ``created_at``, as a subquery."""
    query = select(
        works.c.series_id,
        func.count().label("works"),
        func.coalesce(func.sum(works.c.word_count), 0).label("words"),
        func.max(works.c.created_at).label("added"),
    ).where(works.c.series_id.is_not(None))
    if hide:
        query = query.where(works.c.id.not_in(hidden_works(hide)))
    return query.group_by(works.c.series_id).subquery()


def _series_authors(
    conn: Connection, ids: Sequence[int], hide: Sequence[int]
) -> dict[int, tuple[str, ...]]:
    """The authors of the works of each series ``ids`` (those ``hide`` leaves out aside),
    in part order, each once."""
    if not ids:
        return {}
    query = (
        select(works.c.series_id, authors.c.name)
        .select_from(
            works.join(work_authors, work_authors.c.work_id == works.c.id).join(
                authors, authors.c.id == work_authors.c.author_id
            )
        )
        .where(works.c.series_id.in_(ids))
    )
    if hide:
        query = query.where(works.c.id.not_in(hidden_works(hide)))
    found: dict[int, dict[str, None]] = {}
    for series_id, name in conn.execute(_part_order(query).order_by(work_authors.c.position)):
        found.setdefault(series_id, {})[name] = None
    return {series_id: tuple(names) for series_id, names in found.items()}


def _part_order(query: Select[Any]) -> Select[Any]:
    return query.order_by(
        works.c.series_position.is_(None),
        works.c.series_position,
        works.c.published,
        works.c.id,
    )


def get_series(conn: Connection, series_id: int) -> SeriesView:
    """Return series ``series_id`` as its page shows it. Raises ``NotFound``."""
    row = conn.execute(select(series).where(series.c.id == series_id)).first()
    if row is None:
        raise NotFound(f"no series with id {series_id}")
    held = conn.execute(
        select(func.count(), func.coalesce(func.sum(works.c.word_count), 0)).where(
            works.c.series_id == series_id
        )
    ).one()
    positions = list(
        conn.execute(select(works.c.series_position).where(works.c.series_id == series_id))
        .scalars()
        .all()
    )
    names = conn.execute(
        _part_order(
            select(authors.c.name)
            .select_from(
                works.join(work_authors, work_authors.c.work_id == works.c.id).join(
                    authors, authors.c.id == work_authors.c.author_id
                )
            )
            .where(works.c.series_id == series_id)
        ).order_by(work_authors.c.position)
    ).scalars()
    return SeriesView(
        id=row.id,
        name=row.name,
        url=row.url,
        authors=tuple(dict.fromkeys(names)),
        word_count=int(held[1]),
        works=int(held[0]),
        parts_held=tuple(sorted({p for p in positions if p is not None})),
        unnumbered=sum(1 for p in positions if p is None),
        parts_expected=row.parts_expected,
        complete=row.complete,
    )


def series_works(
    conn: Connection,
    series_id: int,
    page: int = 1,
    per_page: int = 20,
    *,
    hide: Sequence[int] = (),
) -> Page[WorkBlurb]:
    """Return one page of the blurbs of series ``series_id``'s works in part order,
    leaving out the works that carry one of the tag ids ``hide`` (``Page.hidden`` counts
    them). Raises ``NotFound`` past the last page and ``ValueError`` for a page below 1."""
    query = select(works.c.id).where(works.c.series_id == series_id)
    shown = query.where(works.c.id.not_in(hidden_works(hide))) if hide else query
    total = _count(conn, shown)
    offset = page_offset(page, per_page, total)
    ids = conn.execute(_part_order(shown).limit(per_page).offset(offset)).scalars().all()
    hidden = _count(conn, query) - total if hide else 0
    return Page(blurbs(conn, ids), page, per_page, total, hidden)


def _count(conn: Connection, query: Select[Any]) -> int:
    return int(conn.execute(select(func.count()).select_from(query.subquery())).scalar_one())


def series_nav(conn: Connection, work_id: int) -> SeriesNav | None:
    """Return work ``work_id``'s place in its series, with the works before and after it
    here; ``None`` when it is in no series (or there is no such work)."""
    row = conn.execute(
        select(works.c.series_id, works.c.series_position, series.c.name)
        .select_from(works.join(series, series.c.id == works.c.series_id))
        .where(works.c.id == work_id)
    ).first()
    if row is None:
        return None
    order = [
        SeriesWork(r.id, r.title, r.series_position)
        for r in conn.execute(
            _part_order(
                select(works.c.id, works.c.title, works.c.series_position).where(
                    works.c.series_id == row.series_id
                )
            )
        )
    ]
    at = next(i for i, work in enumerate(order) if work.id == work_id)
    return SeriesNav(
        id=row.series_id,
        name=row.name,
        part=row.series_position,
        previous=order[at - 1] if at > 0 else None,
        next=order[at + 1] if at + 1 < len(order) else None,
    )


def series_named(conn: Connection, name: str) -> tuple[int, ...]:
    """Return the ids of the series called ``name`` (case and spacing aside), oldest
    first: two authors' series of one name are two."""
    return tuple(
        conn.execute(
            select(series.c.id).where(series.c.name_key == series_key(name)).order_by(series.c.id)
        ).scalars()
    )


def series_links(conn: Connection) -> dict[int, tuple[str, str | None]]:
    """Return every series' name and AO3 page (``None``: no file linked one) by id, to
    tell what a re-analysis changed (``reanalysis.series_change_lines``)."""
    rows = conn.execute(select(series.c.id, series.c.name, series.c.url)).all()
    return {int(row.id): (row.name, row.url) for row in rows}


def series_filter_name(conn: Connection, value: str | None) -> str | None:
    """The name of the series a search's series filter ``value`` names (``search_plan.
    series_filter``): the series with that id, else the oldest series of that name;
    ``None`` for a blank filter or one that names no series."""
    value = (value or "").replace("\x00", "").strip()
    if not value:
        return None
    if value.isdigit() and len(value) <= 9:
        by_id = conn.execute(select(series.c.name).where(series.c.id == int(value))).scalar()
        if by_id is not None:
            return str(by_id)
    named = select(series.c.name).where(series.c.name_key == series_key(value))
    found = conn.execute(named.order_by(series.c.id).limit(1)).scalar()
    return None if found is None else str(found)
