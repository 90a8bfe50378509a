"""Which series a work is in: a series' identity, and a work put in one by its file or by
a person.

**Identity.** AO3's series names are not unique: two authors may each have a series
called "Letters". A series here is

1. AO3's series page, when a file links it (``works.series_url``,
   ``https://archiveofourown.org/series/N``): the works whose files link one page are one
   series, whatever name each file gives it (the series takes the name of the file last
   imported, as AO3 renames series);
2. else its name (``series_key``: case, spacing and Unicode forms aside) **and its
   authors**: a work joins the first series of that name (the oldest) that one of its
   authors already has a work in, and a work with no author the first such series holding
   a work with none. Two series of one name by two authors stay two series.

A work whose file links a series page joins the series with that page; failing one, the
first series of its name and authors that no file has linked a page to yet, which the page
then names (a library upgraded by migration 0016, whose files' pages were not stored,
gets them so); failing that, a new series. Works of a series the archive does not hold
are simply absent: a series is the works here that are in it, and a series left without
works is deleted.

**Whose placing counts.** ``place_work`` (every import and re-analysis) puts a work in the
series its file states, unless a person placed it (``works.series_edited``): a person's
placing (``set_work_series``: a series and part, or no series) survives every re-import
and re-analysis, as a person's tags do, until ``forget_series_edit`` hands the work back
to its file. ``set_series_facts`` records what a person knows of a whole series (how many
parts it has, whether it is complete), which no AO3 download of a work states.
"""

from __future__ import annotations

import unicodedata
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import Connection, Select, delete, exists, select, update

from ficshelf.errors import NotFound
from ficshelf.store import schema
from ficshelf.store.portable import fit, insert_new_returning_id

series, works, work_authors = schema.series, schema.works, schema.work_authors

_UNSET = object()


def tidy_series_name(name: str) -> str:
    """Return ``name`` with runs of whitespace collapsed to one space, cut to the column."""
    return fit(" ".join(name.split()), series.c.name).rstrip()


def series_key(name: str) -> str:
    """Return the key two spellings of one series name share ("The  Harbour Cycle" and
    "the harbour cycle"): tidied, NFKC-normalised and casefolded, as tags are keyed."""
    folded = unicodedata.normalize("NFKC", unicodedata.normalize("NFKC", name).casefold())
    return fit(" ".join(folded.split()), series.c.name_key).rstrip()


def series_for(
    conn: Connection,
    work_id: int,
    name: str,
    url: str | None = None,
    *,
    now: datetime | None = None,
) -> int | None:
    """Return the id of the series that work ``work_id`` (its authors already stored)
    belongs to when it names series ``name`` with AO3's series page ``url`` (or none), by
    the rules of the module docstring, making the series if there is none yet; ``None``
    for a blank name. A series found by its page takes ``name`` as its own."""
    key = series_key(name)
    if not key:
        return None
    url = fit(url, series.c.url) or None
    if url is not None:
        found = conn.execute(select(series.c.id, series.c.name).where(series.c.url == url)).first()
        if found is not None:
            if found.name != tidy_series_name(name):
                conn.execute(
                    update(series)
                    .where(series.c.id == found.id)
                    .values(name=tidy_series_name(name), name_key=key)
                )
            return int(found.id)
    same = _same_name_and_authors(work_id, key)
    if url is not None:
        same = same.where(series.c.url.is_(None))
    held = conn.execute(same.order_by(series.c.id).limit(1)).scalar()
    if held is None:
        held = _own_series(conn, work_id, key)
    if held is not None:
        if url is not None:
            conn.execute(update(series).where(series.c.id == held).values(url=url))
        return int(held)
    row = {
        "name": tidy_series_name(name),
        "name_key": key,
        "url": url,
        "created_at": now or datetime.now(UTC),
    }
    made = insert_new_returning_id(conn, series, row, unique=[series.c.url])
    if made is None:  # another importer made the series of this page meanwhile
        return int(conn.execute(select(series.c.id).where(series.c.url == url)).scalar_one())
    return made


def _same_name_and_authors(work_id: int, key: str) -> Select[Any]:
    """The series named ``key`` holding another work than ``work_id`` by one of its
    authors, or, when it has none, another work with no author. The work's own place does
    not count: where a person filed it (another author's series, say) is no series of its
    authors'."""
    mine = select(work_authors.c.author_id).where(work_authors.c.work_id == work_id)
    other = works.alias("other")
    held = select(series.c.id).select_from(
        series.join(other, (other.c.series_id == series.c.id) & (other.c.id != work_id))
    )
    by_anyone = exists(select(work_authors.c.work_id).where(work_authors.c.work_id == other.c.id))
    shared = exists(
        select(work_authors.c.work_id).where(
            work_authors.c.work_id == other.c.id, work_authors.c.author_id.in_(mine)
        )
    )
    has_authors = exists(mine)
    return held.where(
        series.c.name_key == key,
        (has_authors & shared) | (~has_authors & ~by_anyone),
    ).distinct()


def _own_series(conn: Connection, work_id: int, key: str) -> int | None:
    """The series work ``work_id`` is in, when it is the only work of it, is named ``key``
    and links no AO3 page yet: the work stays in the series it alone makes (a re-import
    does not make it a new one)."""
    other = works.alias("other")
    alone = ~exists(
        select(other.c.id).where(other.c.series_id == series.c.id, other.c.id != work_id)
    )
    found = conn.execute(
        select(series.c.id)
        .select_from(series.join(works, works.c.series_id == series.c.id))
        .where(
            works.c.id == work_id,
            series.c.name_key == key,
            alone,
            series.c.url.is_(None),
        )
    ).scalar()
    return None if found is None else int(found)


def place_work(
    conn: Connection,
    work_id: int,
    name: str | None,
    part: int | None,
    url: str | None,
    *,
    now: datetime | None = None,
) -> None:
    """Record the series work ``work_id``'s file states (its ``name``, the work's ``part``
    and AO3's series page ``url``: ``works.series_url``; the store's writers keep the name
    and part with the work's other columns) and put the work in that series, or in none,
    unless a person placed it (``series_edited``); a series it leaves without works is
    deleted."""
    url = fit(url, works.c.series_url) or None
    conn.execute(update(works).where(works.c.id == work_id).values(series_url=url))
    row = conn.execute(
        select(works.c.series_id, works.c.series_edited).where(works.c.id == work_id)
    ).one()
    if row.series_edited:
        return
    new_id = series_for(conn, work_id, name, url, now=now) if name else None
    _move(conn, work_id, row.series_id, new_id, part if new_id else None)


def set_work_series(
    conn: Connection, work_id: int, series_id: int | None, position: int | None
) -> None:
    """Put work ``work_id`` in series ``series_id`` as its part ``position`` (``None``: no
    number), or in no series at all (``series_id`` ``None``), as a person's placing, which
    no re-import or re-analysis changes (``place_work``). Raises ``NotFound`` for a work
    or series that is not there."""
    old = _current(conn, work_id)
    if series_id is not None and not _exists(conn, series_id):
        raise NotFound(f"no series with id {series_id}")
    conn.execute(update(works).where(works.c.id == work_id).values(series_edited=True))
    _move(conn, work_id, old, series_id, position if series_id is not None else None)


def forget_series_edit(conn: Connection, work_id: int, *, now: datetime | None = None) -> None:
    """Hand work ``work_id``'s series back to its file: the person's placing is dropped and
    the work put where its file says (``place_work``). Raises ``NotFound`` for no work."""
    _current(conn, work_id)
    conn.execute(update(works).where(works.c.id == work_id).values(series_edited=False))
    given = conn.execute(
        select(works.c.series, works.c.series_part, works.c.series_url).where(works.c.id == work_id)
    ).one()
    place_work(conn, work_id, given.series, given.series_part, given.series_url, now=now)


def set_series_facts(
    conn: Connection,
    series_id: int,
    *,
    parts_expected: int | None | object = _UNSET,
    complete: bool | None | object = _UNSET,
) -> None:
    """Record what a person knows of series ``series_id``: how many parts it has
    (``parts_expected``) and whether it is complete; ``None`` makes either unknown again,
    and one not given stays as it is. Raises ``NotFound`` for no such series."""
    values: dict[str, object] = {}
    if parts_expected is not _UNSET:
        values["parts_expected"] = parts_expected
    if complete is not _UNSET:
        values["complete"] = complete
    if not _exists(conn, series_id):
        raise NotFound(f"no series with id {series_id}")
    if values:
        conn.execute(update(series).where(series.c.id == series_id).values(values))


def leave_series(conn: Connection, work_id: int) -> None:
    """Take work ``work_id`` out of its series before it is deleted (deleting the series
    when it was the last work of it)."""
    old = conn.execute(select(works.c.series_id).where(works.c.id == work_id)).scalar()
    if old is not None:
        _move(conn, work_id, old, None, None)


def work_series_edited(conn: Connection, work_id: int) -> bool:
    """Whether a person placed work ``work_id`` in a series, or in none."""
    return bool(conn.execute(select(works.c.series_edited).where(works.c.id == work_id)).scalar())


def _current(conn: Connection, work_id: int) -> int | None:
    row = conn.execute(select(works.c.series_id).where(works.c.id == work_id)).first()
    if row is None:
        raise NotFound(f"no work {work_id}")
    return row.series_id if row.series_id is None else int(row.series_id)


def _exists(conn: Connection, series_id: int) -> bool:
    return conn.execute(select(series.c.id).where(series.c.id == series_id)).first() is not None


def _move(
    conn: Connection, work_id: int, old: int | None, new: int | None, position: int | None
) -> None:
    conn.execute(
        update(works).where(works.c.id == work_id).values(series_id=new, series_position=position)
    )
    if old is not None and old != new:
        held = select(works.c.id).where(works.c.series_id == old)
        conn.execute(delete(series).where(series.c.id == old, ~exists(held)))
