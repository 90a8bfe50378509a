"""A reader's history in the store (``store.readings``), on each backend: a visit is one
upsert that counts visits and moves the chapter only from a chapter's own page; Marked for
Later and read; the list newest first, paged, the later ones alone; one entry or all
forgotten; the history setting; every entry gone with the account and with the work, and
copied whole by ``copy_library``."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest
from sqlalchemy import Connection, select, update

from ficshelf import accounts
from ficshelf.errors import NotFound, PastLastPage
from ficshelf.store import schema
from ficshelf.store.accounts import remove_account
from ficshelf.store.db import Database, open_database
from ficshelf.store.library_copy import copy_library
from ficshelf.store.readings import (
    clear_history,
    forget_reading,
    history_on,
    mark_as_read,
    mark_for_later,
    reading_of,
    readings_of,
    record_visit,
    set_history,
)
from ficshelf.store.removal import remove_work
from ficshelf.store.works import save_work
from work_builders import count, one_chapter_work, source_for

TEXTS = (
    "The lamp had not gone out in forty years.",
    "Snow came early to the ridge that year.",
    "The ferry left at dawn and came back empty.",
)


def _library(conn: Connection) -> tuple[list[int], int, int]:
    """Three works and two readers: the works' ids, maren's and ivo's account ids."""
    ids = [
        save_work(
            conn, one_chapter_work(text, title=f"Work {n}"), source_for(f"{n}.txt", text)
        ).work_id
        for n, text in enumerate(TEXTS)
    ]
    maren = accounts.create_account(conn, "maren", "a good password").id
    ivo = accounts.create_account(conn, "ivo", "a good password").id
    return ids, maren, ivo


def _age(conn: Connection, user_id: int, work_id: int, minutes: int) -> None:
    """Move an entry's last visit ``minutes`` into the past (visits a second apart or less
    would tie)."""
    table = schema.readings
    moment = conn.execute(
        select(table.c.last_visited_at).where(
            table.c.user_id == user_id, table.c.work_id == work_id
        )
    ).scalar_one()
    conn.execute(
        update(table)
        .where(table.c.user_id == user_id, table.c.work_id == work_id)
        .values(last_visited_at=moment - timedelta(minutes=minutes))
    )


def test_a_visit_counts_and_moves_the_chapter_only_from_a_chapters_page(db: Database) -> None:
    with db.begin() as conn:
        (work, *_), maren, ivo = _library(conn)
        assert reading_of(conn, maren, work) is None
        assert record_visit(conn, maren, work, 1, moves=False)  # the work's first page
        first = reading_of(conn, maren, work)
        assert first is not None
        assert (first.visits, first.chapter, first.marked_for_later) == (1, 1, False)
        record_visit(conn, maren, work, 3)  # chapter 3's page
        record_visit(conn, maren, work, 1, moves=False)  # back to the first page: kept
        record_visit(conn, maren, work, None, moves=False)  # the entire work: kept
        again = reading_of(conn, maren, work)
        assert again is not None
        assert (again.visits, again.chapter, again.work_title) == (4, 3, "Work 0")
        assert again.last_visited_at >= first.last_visited_at
        assert again.last_visited_at.tzinfo is not None
        record_visit(conn, maren, work, 2)  # rereading chapter 2: the last chapter read
        assert reading_of(conn, maren, work).chapter == 2  # type: ignore[union-attr]
        assert reading_of(conn, ivo, work) is None  # one account's history is its own
        assert count(conn, schema.readings) == 1


def test_a_visit_to_a_work_gone_meanwhile_records_nothing(db: Database) -> None:
    with db.begin() as conn:
        _, maren, _ = _library(conn)
        assert record_visit(conn, maren, 999_999, 1) is False
        assert record_visit(conn, 999_999, 1, 1) is False  # nor of an account gone
        record_visit(conn, maren, 1, 1)  # the transaction goes on (PostgreSQL too)
        assert count(conn, schema.readings) == 1


def test_marked_for_later_and_read(db: Database) -> None:
    with db.begin() as conn:
        (lamp, ridge, _), maren, _ = _library(conn)
        record_visit(conn, maren, lamp, None)
        mark_for_later(conn, maren, lamp)
        mark_for_later(conn, maren, lamp)  # twice: the same
        mark_for_later(conn, maren, ridge)  # never visited: in the history with no visit
        marked = reading_of(conn, maren, ridge)
        assert marked is not None and (marked.visits, marked.marked_for_later) == (0, True)
        lamp_entry = reading_of(conn, maren, lamp)
        assert lamp_entry is not None
        assert (lamp_entry.visits, lamp_entry.marked_for_later) == (1, True)
        record_visit(conn, maren, ridge, 2)  # visiting keeps the mark
        assert reading_of(conn, maren, ridge).marked_for_later  # type: ignore[union-attr]
        assert mark_as_read(conn, maren, lamp)
        assert not mark_as_read(conn, maren, lamp)  # not on the list any more
        assert not mark_as_read(conn, maren, 3)  # never in the history: nothing added
        assert reading_of(conn, maren, 3) is None
        read = reading_of(conn, maren, lamp)
        assert read is not None and not read.marked_for_later and read.visits == 1
        with pytest.raises(NotFound):
            mark_for_later(conn, maren, 999_999)


def test_the_history_newest_first_paged_and_the_later_list(db: Database) -> None:
    with db.begin() as conn:
        ids, maren, ivo = _library(conn)
        for n, work in enumerate(ids):
            record_visit(conn, maren, work, None)
            _age(conn, maren, work, 60 - n)  # the last work the latest visited
        mark_for_later(conn, maren, ids[0])
        record_visit(conn, ivo, ids[0], None)
    with db.connect() as conn:
        first = readings_of(conn, maren, 1, 2)
        assert [r.work_id for r in first.items] == [ids[2], ids[1]]
        assert (first.total, first.pages) == (3, 2)
        assert first.items[0].work is not None and first.items[0].work.title == "Work 2"
        second = readings_of(conn, maren, 2, 2)
        assert [r.work_id for r in second.items] == [ids[0]]
        later = readings_of(conn, maren, 1, 20, later=True)
        assert [(r.work_id, r.marked_for_later) for r in later.items] == [(ids[0], True)]
        assert [r.work_id for r in readings_of(conn, ivo, 1, 20).items] == [ids[0]]
        assert readings_of(conn, ivo, 1, 20, later=True).total == 0
        with pytest.raises(PastLastPage):
            readings_of(conn, maren, 3, 2)
    with db.begin() as conn:  # visiting again brings a work to the top
        record_visit(conn, maren, ids[0], None)
        assert readings_of(conn, maren, 1, 1).items[0].work_id == ids[0]


def test_forgetting_one_entry_or_all(db: Database) -> None:
    with db.begin() as conn:
        ids, maren, ivo = _library(conn)
        for work in ids:
            record_visit(conn, maren, work, None)
        mark_for_later(conn, maren, ids[1])
        record_visit(conn, ivo, ids[0], None)
        assert forget_reading(conn, maren, ids[0])
        assert not forget_reading(conn, maren, ids[0])
        assert [r.work_id for r in readings_of(conn, maren, 1, 20).items] == [ids[2], ids[1]]
        assert clear_history(conn, maren) == 2  # the one marked for later too
        assert readings_of(conn, maren, 1, 20).total == 0
        assert readings_of(conn, ivo, 1, 20).total == 1  # another's stays


def test_the_history_setting(db: Database) -> None:
    with db.begin() as conn:
        (work, *_), maren, ivo = _library(conn)
        assert history_on(conn, maren)  # on until turned off
        record_visit(conn, maren, work, None)
        set_history(conn, maren, False)
        set_history(conn, maren, False)
        assert not history_on(conn, maren) and history_on(conn, ivo)
        assert reading_of(conn, maren, work) is not None  # what was recorded stays
        set_history(conn, maren, True)
        assert history_on(conn, maren)


def test_entries_go_with_the_account_and_with_the_work(db: Database) -> None:
    with db.begin() as conn:
        (lamp, ridge, _), maren, ivo = _library(conn)
        for reader in (maren, ivo):
            record_visit(conn, reader, lamp, None)
            record_visit(conn, reader, ridge, None)
        mark_for_later(conn, ivo, ridge)
        set_history(conn, maren, False)
        remove_account(conn, "maren")
        assert conn.execute(select(schema.readings.c.user_id).distinct()).scalars().all() == [ivo]
        assert count(conn, schema.reading_settings) == 0
        remove_work(conn, ridge)
        assert [r.work_id for r in readings_of(conn, ivo, 1, 20).items] == [lamp]
        assert count(conn, schema.readings) == 1


def test_a_copy_carries_the_history(db: Database, tmp_path: Path) -> None:
    source = open_database(f"sqlite:///{tmp_path / 'source.db'}")
    try:
        with source.begin() as conn:
            (lamp, ridge, _), maren, ivo = _library(conn)
            record_visit(conn, maren, lamp, 2)
            record_visit(conn, maren, lamp, 2)
            mark_for_later(conn, maren, ridge)
            set_history(conn, ivo, False)
        copy_library(source, db)
        with source.connect() as src, db.connect() as dst:
            assert readings_of(dst, maren, 1, 20) == readings_of(src, maren, 1, 20)
            assert reading_of(dst, maren, lamp).visits == 2  # type: ignore[union-attr]
            assert not history_on(dst, ivo)
    finally:
        source.close()
