"""Where a reader's history keeps their place, on each backend: the part of a long chapter
(or of a one-shot's text) with the chapter; the place following its chapter when a
re-import keeps, moves or removes chapters, as comments do, and cleared when it is gone;
``resume_at``, where "Continue reading" leads; and what an account holds when removed."""

from __future__ import annotations

from datetime import UTC, datetime

from sqlalchemy import Connection, update

from ficshelf import accounts
from ficshelf.store import schema
from ficshelf.store.accounts import holdings_of
from ficshelf.store.bookmarks import save_bookmark
from ficshelf.store.comments import add_comment, delete_comment, get_comment
from ficshelf.store.db import Database
from ficshelf.store.kudos import leave_kudos
from ficshelf.store.readings import (
    Place,
    Reading,
    reading_of,
    readings_of,
    record_visit,
    resume_at,
)
from ficshelf.store.works import save_work
from ficshelf.text_parts import PART_CHARS
from work_builders import Parts, chaptered_work, save_chaptered, source_for

LONG = "The tide came in over the flats. " * (PART_CHARS // 30)  # 2 parts of HTML
PARTS: Parts = [
    ("Arrival", "The boat came in at dusk and nobody met it."),
    ("The Storm", LONG),
    ("Morning", "By morning the sea was flat and grey as slate."),
]


def _place(conn: Connection, user_id: int, work_id: int) -> tuple[int | None, int | None]:
    entry = reading_of(conn, user_id, work_id)
    assert entry is not None
    return entry.chapter, entry.part


def test_the_part_is_kept_with_the_chapter(db: Database) -> None:
    with db.begin() as conn:
        work = save_chaptered(conn, PARTS)
        maren = accounts.create_account(conn, "maren", "a good password").id
        record_visit(conn, maren, work, 2, part=2)
        entry = reading_of(conn, maren, work)
        assert entry is not None and (entry.chapter, entry.part, entry.parts) == (2, 2, 2)
        record_visit(conn, maren, work, None, part=1, moves=False)  # a glance: kept
        assert _place(conn, maren, work) == (2, 2)
        record_visit(conn, maren, work, 3, part=1)
        assert _place(conn, maren, work) == (3, 1)
        listed = readings_of(conn, maren, 1, 20).items[0]
        assert (listed.chapter, listed.part, listed.parts) == (3, 1, 1)


def test_the_place_follows_its_chapter_on_a_reimport(db: Database) -> None:
    with db.begin() as conn:
        work = save_chaptered(conn, PARTS)
        ids = [
            accounts.create_account(conn, n, "a good password").id
            for n in ("storm", "morning", "arrival", "stale")
        ]
        storm, morning, arrival, stale = ids
        record_visit(conn, storm, work, 2, part=2)
        record_visit(conn, morning, work, 3, part=1)
        record_visit(conn, arrival, work, 1, part=1)
        record_visit(conn, stale, work, 1)
        conn.execute(  # a chapter the work no longer had (kept from before this change)
            update(schema.readings)
            .where(schema.readings.c.user_id == stale)
            .values(chapter=7, part=3)
        )
        assert (
            save_chaptered(conn, [PARTS[1], PARTS[2]]) == work
        )  # the arrival cut: the rest move up
        assert [_place(conn, u, work) for u in ids] == [(1, 2), (2, 1), (None, None), (None, None)]
        # swapped back, with a prologue: each place follows its own chapter
        save_chaptered(conn, [("Prologue", "Years before."), PARTS[2], PARTS[1]])
        assert [_place(conn, u, work) for u in ids[:2]] == [(3, 2), (2, 1)]
        # the long chapter cut: its readers' place is cleared, chapter and part
        save_chaptered(conn, [("Prologue", "Years before."), PARTS[2]])
        assert [_place(conn, u, work) for u in ids[:2]] == [(None, None), (2, 1)]


def test_the_place_and_the_comments_follow_together(db: Database) -> None:
    with db.begin() as conn:
        work = save_chaptered(conn, PARTS)
        maren = accounts.create_account(conn, "maren", "a good password").id
        comment = add_comment(conn, work, maren, "on the morning", chapter=3).id
        record_visit(conn, maren, work, 3)
        save_chaptered(conn, [PARTS[0], PARTS[2]])
        assert _place(conn, maren, work) == (2, None)
        assert get_comment(conn, comment).chapter == 2  # both moved


def _entry(chapter: int | None, part: int | None, parts: int | None) -> Reading:
    return Reading(1, "W", datetime.now(UTC), 1, chapter, False, part=part, parts=parts)


def test_resume_at() -> None:
    assert resume_at(None, 3) is None
    assert resume_at(_entry(2, None, 1), 3) == Place(2, None, 1)
    assert resume_at(_entry(2, 2, 5), 3) == Place(2, 2, 5)
    assert resume_at(_entry(2, 6, 5), 3) == Place(2, None, 1)  # the part is gone
    assert resume_at(_entry(4, 1, 1), 3) is None  # the chapter is gone
    assert resume_at(_entry(None, None, None), 3) is None
    assert resume_at(_entry(None, 5, 8), 1) == Place(None, 5, 8)  # a one-shot's part
    assert resume_at(_entry(1, 5, 8), 1) == Place(None, 5, 8)  # read as its chapter 1
    assert resume_at(_entry(None, 1, 8), 1) is None  # its start: nothing to continue
    assert resume_at(_entry(None, 9, 8), 1) is None
    assert resume_at(_entry(None, 2, 8), 0) is None


def test_what_an_account_holds(db: Database) -> None:
    with db.begin() as conn:
        work = save_chaptered(conn, PARTS)
        other = save_work(
            conn, chaptered_work(PARTS[:1]), source_for("other.txt", PARTS[0][1])
        ).work_id
        ivo = accounts.create_account(conn, "ivo", "a good password").id
        leave_kudos(conn, work, ivo)
        save_bookmark(conn, work, ivo, note="", tags=[], private=False)
        record_visit(conn, ivo, work, 2)
        record_visit(conn, ivo, other, None)
        kept = add_comment(conn, work, ivo, "kept").id
        gone = add_comment(conn, work, ivo, "deleted").id
        add_comment(conn, work, ivo, "kept too", parent_id=kept)
        delete_comment(conn, gone, ivo, admin=False)
        held = holdings_of(conn, ivo)
        assert (held.kudos, held.bookmarks, held.readings, held.comments) == (1, 1, 2, 2)
