"""Bookmarks: one per account per work, with a note, the reader's own tags and a private
flag. A private bookmark is shown to its owner only: every query for others filters it out
here, so no view can leak one."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import Connection, Row, delete, func, select, update

from ficshelf.errors import NotFound
from ficshelf.store.browse import blurbs, page_offset
from ficshelf.store.library_copy import in_utc
from ficshelf.store.portable import insert_new
from ficshelf.store.schema import bookmarks, users, works
from ficshelf.store.work_views import Page, WorkBlurb


@dataclass(frozen=True, slots=True)
class BookmarkView:
    """A bookmark: the work (id and title), whose it is, the note, the reader's tags,
    whether it is private, when it was made and last changed; in a list, the ``work``'s
    blurb (``None`` elsewhere)."""

    id: int
    work_id: int
    work_title: str
    user: str
    note: str
    tags: tuple[str, ...]
    private: bool
    created_at: datetime
    updated_at: datetime
    work: WorkBlurb | None = field(default=None, kw_only=True)


def _view(row: Row[Any]) -> BookmarkView:
    return BookmarkView(
        id=row.id,
        work_id=row.work_id,
        work_title=row.title,
        user=row.name,
        note=row.note or "",
        tags=tuple(row.tags or ()),
        private=bool(row.private),
        created_at=in_utc(row.created_at) or datetime.now(UTC),
        updated_at=in_utc(row.updated_at) or datetime.now(UTC),
    )


_COLUMNS = (
    bookmarks.c.id,
    bookmarks.c.work_id,
    works.c.title,
    users.c.name,
    bookmarks.c.note,
    bookmarks.c.tags,
    bookmarks.c.private,
    bookmarks.c.created_at,
    bookmarks.c.updated_at,
)


def _joined() -> Any:
    return (
        select(*_COLUMNS)
        .join(works, works.c.id == bookmarks.c.work_id)
        .join(users, users.c.id == bookmarks.c.user_id)
    )


def save_bookmark(
    conn: Connection,
    work_id: int,
    user_id: int,
    *,
    note: str,
    tags: Sequence[str],
    private: bool,
) -> BookmarkView:
    """Bookmark work ``work_id`` for account ``user_id``, or change the bookmark it has
    there. Returns it; raises ``NotFound`` for a work that is not there."""
    if conn.execute(select(works.c.id).where(works.c.id == work_id)).first() is None:
        raise NotFound(f"no work with id {work_id}")
    now = datetime.now(UTC)
    values = {"note": note, "tags": list(tags), "private": private, "updated_at": now}
    row = {"work_id": work_id, "user_id": user_id, "created_at": now, **values}
    if not insert_new(conn, bookmarks, [row], unique=[bookmarks.c.work_id, bookmarks.c.user_id]):
        conn.execute(
            update(bookmarks)
            .where(bookmarks.c.work_id == work_id, bookmarks.c.user_id == user_id)
            .values(values)
        )
    found = bookmark_of(conn, work_id, user_id)
    assert found is not None
    return found


def bookmark_of(conn: Connection, work_id: int, user_id: int) -> BookmarkView | None:
    """Return account ``user_id``'s bookmark of work ``work_id`` (private or not), or
    ``None``."""
    query = _joined().where(bookmarks.c.work_id == work_id, bookmarks.c.user_id == user_id)
    row = conn.execute(query).first()
    return None if row is None else _view(row)


def remove_bookmark(conn: Connection, work_id: int, user_id: int) -> bool:
    """Remove account ``user_id``'s bookmark of work ``work_id``; ``False`` if it had none."""
    done = conn.execute(
        delete(bookmarks).where(bookmarks.c.work_id == work_id, bookmarks.c.user_id == user_id)
    ).rowcount
    return bool(done)


def _words(text: str) -> list[str]:
    return text.casefold().split()


def _matching_ids(
    conn: Connection, condition: list[Any], tag: str | None, search: str | None
) -> list[int]:
    """The ids of the bookmarks under ``condition``, newest first, that carry ``tag`` (in
    any case) and hold every word of ``search`` in their note, tags or work's title (in
    any case). Done here rather than in SQL: tags are a JSON list, and SQLite's
    ``lower`` folds ASCII only; a reader's bookmarks are few enough to read."""
    wanted = tag.casefold() if tag else None
    words = _words(search or "")
    query = (
        select(bookmarks.c.id, bookmarks.c.note, bookmarks.c.tags, works.c.title)
        .join(works, works.c.id == bookmarks.c.work_id)
        .where(*condition)
        .order_by(bookmarks.c.created_at.desc(), bookmarks.c.id.desc())
    )
    found = []
    for row in conn.execute(query):
        tags = [str(t).casefold() for t in row.tags or ()]
        if wanted is not None and wanted not in tags:
            continue
        text = " ".join([(row.note or "").casefold(), row.title.casefold(), *tags])
        if all(word in text for word in words):
            found.append(int(row.id))
    return found


def bookmarks_of(
    conn: Connection,
    user_id: int,
    page: int,
    per_page: int,
    *,
    with_private: bool,
    tag: str | None = None,
    search: str | None = None,
) -> Page[BookmarkView]:
    """One page of account ``user_id``'s bookmarks, newest first, each with its work's
    blurb: private ones only when ``with_private`` (the owner's own list); only those
    tagged ``tag`` (in any case) and holding every word of ``search`` (in their note,
    tags or work's title; any case) when given. Raises ``PastLastPage``."""
    condition: list[Any] = [bookmarks.c.user_id == user_id]
    if not with_private:
        condition.append(bookmarks.c.private.is_(False))
    order = (bookmarks.c.created_at.desc(), bookmarks.c.id.desc())
    ids = None
    if tag or (search and search.strip()):
        ids = _matching_ids(conn, condition, tag, search)
        total = len(ids)
    else:
        count = select(func.count()).select_from(bookmarks).where(*condition)
        total = int(conn.execute(count).scalar_one())
    start = page_offset(page, per_page, total)
    if ids is not None:
        query = _joined().where(bookmarks.c.id.in_(ids[start : start + per_page]))
    else:
        query = _joined().where(*condition).limit(per_page).offset(start)
    shown = [_view(row) for row in conn.execute(query.order_by(*order))]
    by_id = {blurb.id: blurb for blurb in blurbs(conn, [mark.work_id for mark in shown])}
    items = tuple(replace(mark, work=by_id.get(mark.work_id)) for mark in shown)
    return Page(items, page, per_page, total)


def public_bookmarks_of_work(conn: Connection, work_id: int) -> tuple[BookmarkView, ...]:
    """The public bookmarks of work ``work_id``, newest first."""
    query = (
        _joined()
        .where(bookmarks.c.work_id == work_id, bookmarks.c.private.is_(False))
        .order_by(bookmarks.c.created_at.desc(), bookmarks.c.id.desc())
    )
    return tuple(_view(row) for row in conn.execute(query))
