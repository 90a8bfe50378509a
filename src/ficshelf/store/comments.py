"""Comments on works: plain text, on the whole work or on one chapter (by number), with
one level of replies (a reply to a reply answers the same top-level comment).

A comment's author may edit or delete it, an admin may delete any. A deleted comment
that has replies stays as a placeholder (``deleted``: no text, no author) so the replies
keep their place; one without replies goes, and so does a placeholder whose last reply
goes. A removed account's comments stay, their author shown as a deleted account.

A comment names its chapter by number. When a re-import rewrites the work's chapters,
``follow_chapters`` moves each chapter's comments to the same chapter's new number: the
new chapter with the same text, else (the text edited) with the same title, else (the
chapters as many as before, and that place taken by no other) the one in its place. A
comment whose chapter is gone becomes one on the whole work, its ``removed_chapter``
keeping the number it had, so pages show it as on a chapter since removed.
"""

from __future__ import annotations

import math
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import (
    Connection,
    Integer,
    Row,
    case,
    cast,
    delete,
    func,
    insert,
    select,
    update,
)
from sqlalchemy.sql.elements import ColumnElement

from ficshelf.errors import InvalidInput, NotFound, NotPermitted
from ficshelf.store.browse import page_offset
from ficshelf.store.library_copy import in_utc
from ficshelf.store.schema import chapters, comments, users, works
from ficshelf.store.work_views import Page

DELETED_ACCOUNT = "(deleted account)"


@dataclass(frozen=True, slots=True)
class CommentView:
    """A comment: its ``user`` (``None`` for a deleted account), ``chapter`` (``None``
    for the whole work), ``parent`` (the comment it replies to), the plain-text ``body``
    ("" once deleted), when it was made and last edited, its ``replies`` and
    ``removed_chapter`` (the number of the chapter it was on, once a re-import removed
    that chapter; else ``None``)."""

    id: int
    work_id: int
    chapter: int | None
    parent: int | None
    user: str | None
    body: str
    deleted: bool
    created_at: datetime
    edited_at: datetime | None
    replies: tuple[CommentView, ...] = field(default=())
    removed_chapter: int | None = None


def _view(row: Row[Any], replies: tuple[CommentView, ...] = ()) -> CommentView:
    return CommentView(
        id=row.id,
        work_id=row.work_id,
        chapter=row.chapter,
        parent=row.parent_id,
        user=None if row.deleted else row.name,
        body="" if row.deleted else row.body,
        deleted=bool(row.deleted),
        created_at=in_utc(row.created_at) or datetime.now(UTC),
        edited_at=in_utc(row.edited_at),
        replies=replies,
        removed_chapter=row.removed_chapter,
    )


def _select() -> Any:
    return select(comments, users.c.name).outerjoin(users, users.c.id == comments.c.user_id)


@dataclass(frozen=True, slots=True)
class ReplyTarget:
    """Where a reply goes: the ``thread`` (the top-level comment it joins: replies are one
    level deep) and the ``chapter`` of that thread (``None``: the whole work)."""

    thread: int
    chapter: int | None


@dataclass(frozen=True, slots=True)
class PostedComment:
    """A comment just stored: its ``id``, the ``chapter`` it is on (a reply's is its
    thread's) and its ``thread`` (its own id for a top-level comment)."""

    id: int
    chapter: int | None
    thread: int


def reply_target(conn: Connection, work_id: int, parent_id: int) -> ReplyTarget:
    """Return where a reply to comment ``parent_id`` on work ``work_id`` goes (a reply to
    a reply answers its thread). Raises ``NotFound`` for a comment not on that work, and
    ``InvalidInput`` for a deleted one (the placeholder of a thread cannot be answered)."""
    parent = conn.execute(
        select(comments.c.parent_id, comments.c.chapter, comments.c.deleted).where(
            comments.c.id == parent_id, comments.c.work_id == work_id
        )
    ).first()
    if parent is None:
        raise NotFound(f"no comment {parent_id} on work {work_id}")
    if parent.deleted:
        raise InvalidInput("That comment was deleted: it cannot be answered.")
    return ReplyTarget(thread=parent.parent_id or parent_id, chapter=parent.chapter)


def add_comment(
    conn: Connection,
    work_id: int,
    user_id: int,
    body: str,
    *,
    chapter: int | None = None,
    parent_id: int | None = None,
) -> PostedComment:
    """Store a comment of account ``user_id`` on work ``work_id`` (on its chapter
    ``chapter``, or replying to ``parent_id``: a reply takes the chapter of the comment
    it answers, ``reply_target``). Returns what was stored. Raises ``NotFound`` for a
    work or comment not there, ``InvalidInput`` for a reply to a deleted comment."""
    if conn.execute(select(works.c.id).where(works.c.id == work_id)).first() is None:
        raise NotFound(f"no work with id {work_id}")
    target = None if parent_id is None else reply_target(conn, work_id, parent_id)
    if target is not None:
        chapter = target.chapter
    row = {
        "work_id": work_id,
        "chapter": chapter,
        "parent_id": None if target is None else target.thread,
        "user_id": user_id,
        "body": body,
        "deleted": False,
        "created_at": datetime.now(UTC),
    }
    new_id = int(conn.execute(insert(comments).values(row).returning(comments.c.id)).scalar_one())
    return PostedComment(new_id, chapter, new_id if target is None else target.thread)


def get_comment(conn: Connection, comment_id: int) -> CommentView:
    """Return comment ``comment_id`` with its replies. Raises ``NotFound``."""
    row = conn.execute(_select().where(comments.c.id == comment_id)).first()
    if row is None:
        raise NotFound(f"no comment {comment_id}")
    replies = conn.execute(
        _select().where(comments.c.parent_id == comment_id).order_by(comments.c.id)
    )
    return _view(row, tuple(_view(reply) for reply in replies))


def comment_owner(conn: Connection, comment_id: int) -> int | None:
    """Return the account id that wrote comment ``comment_id`` (``None``: removed).
    Raises ``NotFound``."""
    row = conn.execute(
        select(comments.c.user_id, comments.c.deleted).where(comments.c.id == comment_id)
    ).first()
    if row is None or row.deleted:
        raise NotFound(f"no comment {comment_id}")
    owner: int | None = row.user_id
    return owner


def edit_comment(conn: Connection, comment_id: int, user_id: int, body: str) -> None:
    """Replace the text of comment ``comment_id``, which account ``user_id`` wrote.
    Raises ``NotFound``, or ``NotPermitted`` for another's comment."""
    if comment_owner(conn, comment_id) != user_id:
        raise NotPermitted("Only the comment's author can edit it.")
    conn.execute(
        update(comments)
        .where(comments.c.id == comment_id)
        .values(body=body, edited_at=datetime.now(UTC))
    )


def delete_comment(conn: Connection, comment_id: int, user_id: int, *, admin: bool) -> int:
    """Delete comment ``comment_id`` as account ``user_id`` (its author, or any comment
    when ``admin``). Returns the work it was on. Raises ``NotFound``, ``NotPermitted``."""
    if comment_owner(conn, comment_id) != user_id and not admin:
        raise NotPermitted("Only the comment's author or an admin can delete it.")
    row = conn.execute(
        select(comments.c.work_id, comments.c.parent_id).where(comments.c.id == comment_id)
    ).one()
    has_replies = conn.execute(
        select(comments.c.id).where(comments.c.parent_id == comment_id).limit(1)
    ).first()
    if has_replies is not None:
        conn.execute(
            update(comments)
            .where(comments.c.id == comment_id)
            .values(deleted=True, body="", user_id=None)
        )
        return int(row.work_id)
    conn.execute(delete(comments).where(comments.c.id == comment_id))
    if row.parent_id is not None:  # a placeholder whose last reply this was goes too
        left = conn.execute(
            select(func.count()).where(comments.c.parent_id == row.parent_id)
        ).scalar_one()
        if not left:
            conn.execute(delete(comments).where(comments.c.id == row.parent_id, comments.c.deleted))
    return int(row.work_id)


COMMENT_THREADS_A_PAGE = 20
"""How many threads (a top-level comment with its replies) a page of comments shows: AO3's
page size. Threads go oldest first, as on AO3, so a new comment is on the last page."""


def _threads_in(work_id: int, chapter: int | None) -> list[ColumnElement[bool]]:
    where = [comments.c.work_id == work_id, comments.c.parent_id.is_(None)]
    if chapter is not None:  # a reply is on its thread's chapter: the threads are enough
        where.append(comments.c.chapter == chapter)
    return where


def comment_threads(
    conn: Connection,
    work_id: int,
    chapter: int | None = None,
    page: int = 1,
    per_page: int = COMMENT_THREADS_A_PAGE,
) -> Page[CommentView]:
    """Return page ``page`` of the comment threads on work ``work_id`` (with ``chapter``,
    those on that chapter only): ``per_page`` top-level comments, oldest first, each with
    all its replies (a thread is never split across pages). Raises ``PastLastPage`` for a
    page past the last (page 1 always is, empty or not)."""
    where = _threads_in(work_id, chapter)
    total = int(conn.execute(select(func.count()).where(*where)).scalar_one())
    offset = page_offset(page, per_page, total)
    tops = conn.execute(
        _select().where(*where).order_by(comments.c.id).limit(per_page).offset(offset)
    ).all()
    replies: dict[int, list[CommentView]] = {}
    if tops:
        answers = _select().where(comments.c.parent_id.in_([row.id for row in tops]))
        for row in conn.execute(answers.order_by(comments.c.id)):
            replies.setdefault(row.parent_id, []).append(_view(row))
    items = tuple(_view(row, tuple(replies.get(row.id, ()))) for row in tops)
    return Page(items=items, page=page, per_page=per_page, total=total)


def thread_page(
    conn: Connection,
    work_id: int,
    thread_id: int,
    chapter: int | None = None,
    per_page: int = COMMENT_THREADS_A_PAGE,
) -> int:
    """Return the page of ``comment_threads`` (same ``work_id``, ``chapter`` and
    ``per_page``) that shows thread ``thread_id`` (a top-level comment's id): the page of
    the last thread up to that id, so for a thread since deleted the page of the one
    before it (page 1 when none is); never past ``last_thread_page``."""
    where = [*_threads_in(work_id, chapter), comments.c.id <= thread_id]
    before = int(conn.execute(select(func.count()).where(*where)).scalar_one())
    return max(1, math.ceil(before / per_page))


def last_thread_page(
    conn: Connection,
    work_id: int,
    chapter: int | None = None,
    per_page: int = COMMENT_THREADS_A_PAGE,
) -> int:
    """Return the last page of ``comment_threads`` (1 when there are none)."""
    total = conn.execute(select(func.count()).where(*_threads_in(work_id, chapter)))
    return max(1, math.ceil(int(total.scalar_one()) / per_page))


def comment_count_of_user(conn: Connection, user_id: int) -> int:
    """How many comments account ``user_id`` has on the archive."""
    query = select(func.count()).where(comments.c.user_id == user_id, comments.c.deleted.is_(False))
    return int(conn.execute(query).scalar_one())


@dataclass(frozen=True, slots=True)
class ChapterKey:
    """What a chapter is recognised by across a re-import: its ``number`` (from 1, as
    comments name it), ``title`` and ``text``."""

    number: int
    title: str | None
    text: str


_NUMBERING = re.compile(r"(?:chapter|part|ch\.?)?\s*(?:\d+|[ivxlc]+)\.?", re.IGNORECASE)


def _text_key(text: str) -> str:
    return " ".join(text.split())


def _title_key(title: str | None) -> str | None:
    """A title that names the chapter ("The Storm"); ``None`` for none, or for a bare
    number ("Chapter 3"), which names only a place."""
    key = " ".join((title or "").split()).casefold()
    return None if not key or _NUMBERING.fullmatch(key) else key


def commented_chapters(conn: Connection, work_id: int) -> tuple[ChapterKey, ...]:
    """The chapters of work ``work_id`` as stored (read before a re-import rewrites them),
    or ``()`` when no comment is on a chapter of it (then nothing is to follow)."""
    on_chapter = conn.execute(
        select(comments.c.id)
        .where(comments.c.work_id == work_id, comments.c.chapter.is_not(None))
        .limit(1)
    ).first()
    if on_chapter is None:
        return ()
    return stored_chapters(conn, work_id)


def stored_chapters(conn: Connection, work_id: int) -> tuple[ChapterKey, ...]:
    """The chapters of work ``work_id`` as stored, to follow (``new_chapter_numbers``)."""
    text = conn.execute(select(works.c.text).where(works.c.id == work_id)).scalar_one()
    rows = conn.execute(
        select(chapters.c.position, chapters.c.title, chapters.c.start, chapters.c.end)
        .where(chapters.c.work_id == work_id)
        .order_by(chapters.c.position)
    )
    return tuple(ChapterKey(r.position + 1, r.title, text[r.start : r.end]) for r in rows)


def _by_text(chapter: ChapterKey) -> str | None:
    return _text_key(chapter.text)


def _by_title(chapter: ChapterKey) -> str | None:
    return _title_key(chapter.title)


def new_chapter_numbers(
    old: Sequence[ChapterKey], new: Sequence[ChapterKey]
) -> dict[int, int | None]:
    """Each old chapter's number in ``new``, or ``None`` when it is gone."""
    found: dict[int, int | None] = {}
    for key in (_by_text, _by_title):
        taken = {n for n in found.values() if n is not None}
        for chapter in old:
            if chapter.number in found or key(chapter) is None:
                continue
            same = [c.number for c in new if key(c) == key(chapter)]
            free = [n for n in same if n not in taken]
            if same:  # its own place when it is among them, else the first not taken
                pick = chapter.number if chapter.number in same else (free or same)[0]
                found[chapter.number] = pick
                taken.add(pick)
    taken = {n for n in found.values() if n is not None}
    in_place = len(old) == len(new)
    for chapter in old:
        if chapter.number not in found:
            kept = in_place and chapter.number not in taken
            found[chapter.number] = chapter.number if kept else None
    return found


def follow_chapters(
    conn: Connection, work_id: int, old: Sequence[ChapterKey], new: Sequence[ChapterKey]
) -> None:
    """Move the comments on the chapters of work ``work_id`` from the chapters ``old``
    (``commented_chapters`` before a re-import) to the same chapters in ``new`` (see the
    module docstring); those whose chapter is gone become comments on the whole work
    with ``removed_chapter`` set."""
    moves = {n: m for n, m in new_chapter_numbers(old, new).items() if n != m}
    if not moves:
        return
    chapter = comments.c.chapter
    # One statement, each row's new values from its old chapter: moves may swap numbers.
    new_chapter = cast(case(*((chapter == n, m) for n, m in moves.items())), Integer)
    removed = cast(
        case(*((chapter == n, None if m is not None else n) for n, m in moves.items())),
        Integer,
    )
    conn.execute(
        update(comments)
        .where(comments.c.work_id == work_id, chapter.in_(list(moves)))
        .values(chapter=new_chapter, removed_chapter=removed)
    )


def live_comment_counts(conn: Connection, work_id: int) -> dict[int | None, int]:
    """How many comments and replies, not deleted, work ``work_id`` has on each chapter
    (by number; ``None``: on the whole work). Chapters without any are left out."""
    query = (
        select(comments.c.chapter, func.count())
        .where(comments.c.work_id == work_id, comments.c.deleted.is_(False))
        .group_by(comments.c.chapter)
    )
    return {chapter: int(count) for chapter, count in conn.execute(query)}
