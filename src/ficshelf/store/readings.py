"""A signed-in reader's history: the works they read, when they last visited each, how many
times, the last chapter they read there, and their **Marked for Later** list, as on AO3.

One row of ``readings`` per account per work. A page view writes it with one upsert
(``record_visit``); marking a work for later (or read) sets a flag on the same row. Every
function here takes the account's id: nothing reads another account's history, and no
query of the public pages or feeds touches the table. The rows go with the account and
with the work (``ON DELETE CASCADE``). A reader who turns history off
(``set_history``) keeps what was recorded, and nothing new is.

Where the reader was is a chapter and a part of it (a long chapter, or a one-shot's long
text, is read in parts: ``ficshelf.text_parts``). When a re-import of the work keeps,
moves or removes chapters, the chapter follows its chapter as the comments do
(``follow_chapters``; ``store.comments``), or is cleared when it is gone; ``resume_at``
says where "Continue reading" leads, checked against the work as it is now.
"""

from __future__ import annotations

import functools
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import (
    Connection,
    Integer,
    Row,
    Select,
    Table,
    case,
    cast,
    delete,
    func,
    select,
    tuple_,
    update,
)
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.exc import IntegrityError

from ficshelf.errors import NotFound, StoreError
from ficshelf.store.browse import blurbs, page_offset
from ficshelf.store.comments import ChapterKey, new_chapter_numbers
from ficshelf.store.library_copy import in_utc
from ficshelf.store.portable import confine_failure
from ficshelf.store.schema import chapters, reading_settings, readings, works
from ficshelf.store.work_views import Page, WorkBlurb
from ficshelf.text_parts import part_count


@dataclass(frozen=True, slots=True)
class Reading:
    """A work in a reader's history: when they ``last_visited_at`` it, how many ``visits``
    (page views; 0 for a work marked for later before any was recorded), the ``chapter``
    they last read (``None``: they read the entire work, or a one-shot) and the ``part``
    of it (of a one-shot's text when ``chapter`` is ``None``; ``None``: its start), of how
    many ``parts`` that chapter (or text) has now (``None``: it is not there any more),
    whether it is ``marked_for_later``; in a list, the ``work``'s blurb (``None``
    elsewhere)."""

    work_id: int
    work_title: str
    last_visited_at: datetime
    visits: int
    chapter: int | None
    marked_for_later: bool
    part: int | None = field(default=None, kw_only=True)
    parts: int | None = field(default=None, kw_only=True)
    work: WorkBlurb | None = field(default=None, kw_only=True)


@dataclass(frozen=True, slots=True)
class Place:
    """Where "Continue reading" leads: ``chapter`` (``None``: a one-shot's text) and its
    ``part`` of ``parts`` (``None``: the chapter from its start, read in one part or
    where the part kept is not there any more)."""

    chapter: int | None
    part: int | None
    parts: int


def resume_at(entry: Reading | None, chapter_count: int) -> Place | None:
    """Where the reader of ``entry`` continues in its work of ``chapter_count`` chapters:
    the chapter they last read (and its part, when it is read in several and still has
    that part), for a work of several chapters that still has it; in a one-shot, the part
    they were on past the first; else ``None``. The work page and ``/history`` both go
    by it."""
    if entry is None:
        return None
    parts = entry.parts or 1
    kept = entry.part is not None and 1 <= entry.part <= parts
    part = entry.part if kept and parts > 1 else None
    if chapter_count >= 2:
        if entry.chapter is None or not 1 <= entry.chapter <= chapter_count:
            return None
        return Place(entry.chapter, part, parts if part else 1)
    if chapter_count == 1 and part is not None and part > 1:
        return Place(None, part, parts)
    return None


_COLUMNS = (
    readings.c.work_id,
    works.c.title,
    readings.c.last_visited_at,
    readings.c.visits,
    readings.c.chapter,
    readings.c.marked_for_later,
    readings.c.part,
)
_NEWEST_FIRST = (readings.c.last_visited_at.desc(), readings.c.work_id.desc())


def _entries() -> Select[Any]:
    return select(*_COLUMNS).join(works, works.c.id == readings.c.work_id)


def _view(row: Row[Any]) -> Reading:
    return Reading(
        work_id=row.work_id,
        work_title=row.title,
        last_visited_at=in_utc(row.last_visited_at) or datetime.now(UTC),
        visits=int(row.visits),
        chapter=row.chapter,
        marked_for_later=bool(row.marked_for_later),
        part=row.part,
    )


def _with_parts(conn: Connection, entries: Sequence[Reading]) -> list[Reading]:
    """``entries`` with the ``parts`` of the chapter each was left at (a one-shot's: its
    one chapter), in one query reading the chapters' lengths, not their text."""
    keys = {(e.work_id, (e.chapter or 1) - 1) for e in entries}
    if not keys:
        return list(entries)
    query = select(chapters.c.work_id, chapters.c.position, func.length(chapters.c.html)).where(
        tuple_(chapters.c.work_id, chapters.c.position).in_(sorted(keys))
    )
    sizes = {(w, p): int(size) for w, p, size in conn.execute(query)}
    return [
        replace(e, parts=part_count(size))
        if (size := sizes.get((e.work_id, (e.chapter or 1) - 1))) is not None
        else e
        for e in entries
    ]


def _insert_for(dialect: str, table: Table) -> Any:
    """An ``INSERT`` into ``table`` that takes ``ON CONFLICT DO UPDATE`` (both backends
    have it; SQLAlchemy builds it per dialect)."""
    if dialect == "postgresql":
        return postgresql.insert(table)
    if dialect == "sqlite":
        return sqlite.insert(table)
    raise StoreError(f"unsupported database dialect {dialect!r}")


def _upsert(conn: Connection, table: Table) -> Any:
    return _insert_for(conn.dialect.name, table)


def history_on(conn: Connection, user_id: int) -> bool:
    """Whether account ``user_id`` keeps a reading history (on unless they turned it off)."""
    query = select(reading_settings.c.history).where(reading_settings.c.user_id == user_id)
    found = conn.execute(query).scalar()
    return True if found is None else bool(found)


def set_history(conn: Connection, user_id: int, on: bool) -> None:
    """Turn account ``user_id``'s reading history on or off. Off, no visit is recorded
    (``record_visit`` is not called) and what was recorded stays until the reader clears
    it."""
    statement = _upsert(conn, reading_settings).values(
        user_id=user_id, history=on, changed_at=datetime.now(UTC)
    )
    new = statement.excluded
    conn.execute(
        statement.on_conflict_do_update(
            index_elements=["user_id"],
            set_={"history": new.history, "changed_at": new.changed_at},
        )
    )


def reading_of(conn: Connection, user_id: int, work_id: int) -> Reading | None:
    """Account ``user_id``'s history entry for work ``work_id``, or ``None``."""
    query = _entries().where(readings.c.user_id == user_id, readings.c.work_id == work_id)
    row = conn.execute(query).first()
    return None if row is None else _with_parts(conn, [_view(row)])[0]


@functools.cache
def _visit(dialect: str, moves: bool) -> Any:
    """The upsert ``record_visit`` runs, built once per backend (every value a parameter:
    building the statement cost more than running it)."""
    statement = _insert_for(dialect, readings)
    changes: dict[str, Any] = {
        "last_visited_at": statement.excluded.last_visited_at,
        "visits": readings.c.visits + 1,
    }
    if moves:
        changes["chapter"] = statement.excluded.chapter
        changes["part"] = statement.excluded.part
    return statement.on_conflict_do_update(index_elements=["user_id", "work_id"], set_=changes)


def record_visit(
    conn: Connection,
    user_id: int,
    work_id: int,
    chapter: int | None,
    *,
    part: int | None = None,
    moves: bool = True,
) -> bool:
    """Record that account ``user_id`` viewed work ``work_id`` now, in one statement: a new
    entry (one visit, at ``chapter`` and its ``part``) or one more visit of the entry
    there, whose chapter and part become ``chapter`` and ``part`` when ``moves`` (a
    chapter's own page, a one-shot's part asked for) and stay as they were otherwise (the
    work's first page or the entire work: glancing at it does not lose the reader's
    place). Returns ``False``, recording nothing, when the work or the account is gone by
    then (removed while the page was built)."""
    row = {
        "user_id": user_id,
        "work_id": work_id,
        "last_visited_at": datetime.now(UTC),
        "visits": 1,
        "chapter": chapter,
        "marked_for_later": False,
        "part": part,
    }
    try:
        with confine_failure(conn):
            conn.execute(_visit(conn.dialect.name, moves), row)
    except IntegrityError:  # the work or the account went meanwhile: nothing to record
        return False
    return True


def mark_for_later(conn: Connection, user_id: int, work_id: int) -> None:
    """Put work ``work_id`` on account ``user_id``'s Marked for Later list: the entry of
    their history, or a new one with no visit yet (its ``last_visited_at`` now). Raises
    ``NotFound`` for a work that is not there."""
    if conn.execute(select(works.c.id).where(works.c.id == work_id)).first() is None:
        raise NotFound(f"no work with id {work_id}")
    statement = _upsert(conn, readings).values(
        user_id=user_id,
        work_id=work_id,
        last_visited_at=datetime.now(UTC),
        visits=0,
        chapter=None,
        marked_for_later=True,
    )
    conn.execute(
        statement.on_conflict_do_update(
            index_elements=["user_id", "work_id"], set_={"marked_for_later": True}
        )
    )


def mark_as_read(conn: Connection, user_id: int, work_id: int) -> bool:
    """Take work ``work_id`` off account ``user_id``'s Marked for Later list (it stays in
    their history); ``False`` if it was not on it."""
    done = conn.execute(
        update(readings)
        .where(
            readings.c.user_id == user_id,
            readings.c.work_id == work_id,
            readings.c.marked_for_later.is_(True),
        )
        .values(marked_for_later=False)
    ).rowcount
    return bool(done)


def readings_of(
    conn: Connection, user_id: int, page: int, per_page: int, *, later: bool = False
) -> Page[Reading]:
    """One page of account ``user_id``'s history, the latest visited first, each entry
    with its work's blurb; only the works marked for later when ``later``. Raises
    ``PastLastPage``."""
    condition = [readings.c.user_id == user_id]
    if later:
        condition.append(readings.c.marked_for_later.is_(True))
    count = select(func.count()).select_from(readings).where(*condition)
    total = int(conn.execute(count).scalar_one())
    start = page_offset(page, per_page, total)
    query = _entries().where(*condition).order_by(*_NEWEST_FIRST).limit(per_page).offset(start)
    shown = _with_parts(conn, [_view(row) for row in conn.execute(query)])
    by_id = {blurb.id: blurb for blurb in blurbs(conn, [entry.work_id for entry in shown])}
    items = tuple(replace(entry, work=by_id.get(entry.work_id)) for entry in shown)
    return Page(items, page, per_page, total)


def forget_reading(conn: Connection, user_id: int, work_id: int) -> bool:
    """Delete work ``work_id`` from account ``user_id``'s history (and so from their Marked
    for Later list); ``False`` if it was not there."""
    done = conn.execute(
        delete(readings).where(readings.c.user_id == user_id, readings.c.work_id == work_id)
    ).rowcount
    return bool(done)


def clear_history(conn: Connection, user_id: int) -> int:
    """Delete every entry of account ``user_id``'s history, those marked for later too (as
    AO3's "Clear History" does); returns how many there were."""
    return int(conn.execute(delete(readings).where(readings.c.user_id == user_id)).rowcount)


def chapters_read(conn: Connection, work_id: int) -> bool:
    """Whether a reader's history keeps a chapter of work ``work_id`` (then a re-import
    has a place to move: ``follow_chapters``)."""
    query = select(readings.c.work_id).where(
        readings.c.work_id == work_id, readings.c.chapter.is_not(None)
    )
    return conn.execute(query.limit(1)).first() is not None


def follow_chapters(
    conn: Connection, work_id: int, old: Sequence[ChapterKey], new: Sequence[ChapterKey]
) -> None:
    """Move the chapter kept in readers' histories of work ``work_id`` from the chapters
    ``old`` (before a re-import) to the same chapter in ``new``, as the comments move
    (``store.comments.new_chapter_numbers``); a chapter that is gone (or was not there
    before) is cleared, with its part: the reader's place is the work's start again."""
    numbers = new_chapter_numbers(old, new)
    chapter = readings.c.chapter
    stays = [n for n, m in numbers.items() if n == m]
    changes = {n: m for n, m in numbers.items() if n != m}
    # One statement, each row's new values from its old chapter: moves may swap numbers;
    # a chapter not among ``old`` (kept from an earlier version) is cleared too.
    new_chapter: Any = None
    new_part: Any = None
    if changes:
        new_chapter = cast(case(*((chapter == n, m) for n, m in changes.items())), Integer)
        moved = [n for n, m in changes.items() if m is not None]
        if moved:
            new_part = case((chapter.in_(moved), readings.c.part), else_=None)
    conn.execute(
        update(readings)
        .where(readings.c.work_id == work_id, chapter.is_not(None), chapter.not_in(stays))
        .values(chapter=new_chapter, part=new_part)
    )
