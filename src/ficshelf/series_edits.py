"""A person's edits of a work's series (``ficshelf series``): put a work in a series as a
part, take it out of any, hand it back to its file, and record what a person knows of a
whole series (how many parts it has, whether it is complete).

A placing is a person's (``store.series.set_work_series``): no re-import of a changed
file and no re-analysis changes it, as with a person's tags, until it is handed back to
the file. A series is named as ``store.series`` identifies one: by AO3's series page when
one is given, else by its name, which finds the series of that name one of the work's
authors has works in (another author's series of the same name is another series), or
makes a new one.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import Connection, select

from ficshelf.errors import NotFound
from ficshelf.ingest.ao3 import series_url
from ficshelf.store import schema
from ficshelf.store.series import (
    forget_series_edit,
    series_for,
    set_series_facts,
    set_work_series,
    tidy_series_name,
)
from ficshelf.store.work_lookup import find_work


@dataclass(frozen=True, slots=True)
class SeriesPlace:
    """Where a work is: its series (``id``, ``name``; ``None``: in none), its part and
    whether a person placed it, with the facts of the series a person recorded."""

    id: int | None
    name: str | None
    part: int | None
    edited: bool
    parts_expected: int | None = None
    complete: bool | None = None

    def describe(self) -> str:
        """The place in words: "part 2 of Letters (series 3), a person's placing"."""
        if self.id is None:
            where = "in no series"
        else:
            where = f"part {self.part} of " if self.part else "in "
            where += f"{self.name} (series {self.id}"
            if self.parts_expected:
                where += f", {self.parts_expected} parts"
            if self.complete is not None:
                where += ", complete" if self.complete else ", in progress"
            where += ")"
        return where + (", a person's placing" if self.edited else ", from the file")


@dataclass(frozen=True, slots=True)
class SeriesEdit:
    """A work (id, title) and its place in a series before and after an edit."""

    work_id: int
    title: str
    before: SeriesPlace
    after: SeriesPlace

    def describe(self) -> str:
        """What the edit did, in words."""
        if self.after == self.before:
            return self.after.describe() + " (unchanged)"
        return f"{self.after.describe()} (was {self.before.describe()})"


def work_place(conn: Connection, work_id: int) -> SeriesPlace:
    """Return where work ``work_id`` is. Raises ``NotFound`` for no such work."""
    works, series = schema.works, schema.series
    row = conn.execute(
        select(
            works.c.series_id,
            works.c.series_position,
            works.c.series_edited,
            series.c.name,
            series.c.parts_expected,
            series.c.complete,
        )
        .select_from(works.outerjoin(series, series.c.id == works.c.series_id))
        .where(works.c.id == work_id)
    ).first()
    if row is None:
        raise NotFound(f"no work {work_id}")
    if row.name is None:
        return SeriesPlace(None, None, None, bool(row.series_edited))
    return SeriesPlace(
        row.series_id,
        row.name,
        row.series_position,
        bool(row.series_edited),
        row.parts_expected,
        row.complete,
    )


def edit_work_series(
    conn: Connection,
    work: str,
    *,
    name: str | None = None,
    part: int | None = None,
    url: str | None = None,
    none: bool = False,
    from_file: bool = False,
    parts_expected: int | None = None,
    complete: bool | None = None,
) -> SeriesEdit:
    """Edit the series of the work ``work`` names (an id or part of a title, as
    ``store.work_lookup.find_work`` reads it) as a person: ``name`` (with AO3's series
    page ``url``, or ``url`` alone, as a name) puts it in that series, as part ``part``;
    ``part`` alone renumbers it in its series; ``none`` takes it out of any series;
    ``from_file`` hands it back to its file's series. ``parts_expected`` and ``complete``
    then record what a person knows of the series it is in. Nothing given changes nothing.
    Raises ``NotFound`` when no work matches, ``AmbiguousWork`` when several do and
    ``ValueError`` for edits that contradict each other, a ``url`` that is no AO3 series
    page, or facts or a part for a work in no series (the caller's transaction then
    keeps nothing of the edit)."""
    detail = find_work(conn, work)
    if detail is None:
        raise NotFound(f"no work matches {work!r}")
    placing = name is not None or url is not None
    facts = parts_expected is not None or complete is not None
    if none + from_file + placing > 1:
        raise ValueError("name a series, --none or --from-file: one of them")
    if part is not None and (none or from_file):
        raise ValueError("--part goes with a series, not with --none or --from-file")
    if facts and none:
        raise ValueError("--of, --complete and --in-progress need a series, not --none")
    if name is not None and not tidy_series_name(name):
        raise ValueError("a series needs a name")
    page = series_url(url) if url is not None else None
    if url is not None and page is None:
        raise ValueError(f"{url!r} is no AO3 series page (https://archiveofourown.org/series/N)")
    if name is None and page is not None:
        name = _named_by_page(conn, page)
    before = work_place(conn, detail.id)
    if (part is not None or facts) and not placing and not none and not from_file:
        if before.id is None:
            raise ValueError(f"work {detail.id} is in no series: name one to put it in")
    if placing:
        set_work_series(conn, detail.id, series_for(conn, detail.id, name or "", page), part)
    elif none:
        set_work_series(conn, detail.id, None, None)
    elif from_file:
        forget_series_edit(conn, detail.id)
    elif part is not None:
        set_work_series(conn, detail.id, before.id, part)
    if facts:
        now = work_place(conn, detail.id)
        if now.id is None:
            raise ValueError(f"work {detail.id} is in no series: name one to put it in")
        if parts_expected is not None:
            set_series_facts(conn, now.id, parts_expected=parts_expected)
        if complete is not None:
            set_series_facts(conn, now.id, complete=complete)
    return SeriesEdit(detail.id, detail.title, before, work_place(conn, detail.id))


def _named_by_page(conn: Connection, page: str) -> str:
    """The name of the series with AO3's page ``page``; ``ValueError`` when none has it."""
    series = schema.series
    name = conn.execute(select(series.c.name).where(series.c.url == page)).scalar()
    if name is None:
        raise ValueError(f"no series here has the AO3 page {page}: give its name too")
    return str(name)
