"""Comments follow their chapter when a re-import rewrites a work's chapters (by text, else
title, else place when the count is unchanged); a comment whose chapter is gone becomes
one on the whole work marked ``removed_chapter``. And readers' ids are never reused on
SQLite (AUTOINCREMENT), as on PostgreSQL."""

from __future__ import annotations

from dataclasses import replace

from sqlalchemy import Connection, delete, insert

from ficshelf import accounts
from ficshelf.model import ChapterRecord
from ficshelf.store import schema
from ficshelf.store.accounts import remove_account
from ficshelf.store.comments import (
    ChapterKey,
    add_comment,
    comment_threads,
    delete_comment,
    get_comment,
    new_chapter_numbers,
)
from ficshelf.store.db import Database
from ficshelf.store.reader_counts import reader_counts
from ficshelf.store.works import rewrite_analysis
from work_builders import Parts, chaptered_work, save_chaptered

PARTS: Parts = [
    ("Arrival", "The boat came in at dusk and nobody met it."),
    ("The Storm", "Rain hammered the lighthouse all night long."),
    ("Morning", "By morning the sea was flat and grey as slate."),
]


def _where(conn: Connection, work_id: int) -> dict[str, tuple[int | None, int | None]]:
    return {
        c.body: (c.chapter, c.removed_chapter) for c in comment_threads(conn, work_id).items
    } | {
        r.body: (r.chapter, r.removed_chapter)
        for c in comment_threads(conn, work_id).items
        for r in c.replies
    }


def test_a_removed_chapter_takes_its_comments_to_the_work_and_the_rest_follow(
    db: Database,
) -> None:
    with db.begin() as conn:
        work = save_chaptered(conn, PARTS)
        ivo = accounts.create_account(conn, "ivo", "a good password").id
        first = add_comment(conn, work, ivo, "on the arrival", chapter=1).id
        storm = add_comment(conn, work, ivo, "on the storm", chapter=2).id
        add_comment(conn, work, ivo, "a reply on the storm", parent_id=storm)
        add_comment(conn, work, ivo, "on the morning", chapter=3)
        add_comment(conn, work, ivo, "on the whole work")
        assert save_chaptered(conn, [PARTS[0], PARTS[2]]) == work  # chapter 2 cut from the file
        assert _where(conn, work) == {
            "on the arrival": (1, None),
            "on the storm": (None, 2),
            "a reply on the storm": (None, 2),
            "on the morning": (2, None),
            "on the whole work": (None, None),
        }
        assert [c.body for c in comment_threads(conn, work, chapter=2).items] == ["on the morning"]
        assert comment_threads(conn, work, chapter=3).items == ()
        assert get_comment(conn, first).chapter == 1
        assert reader_counts(conn, [work])[work].comments == 5  # nothing lost, nothing doubled
        # the chapter comes back at the front: each comment still follows its own
        save_chaptered(
            conn, [("Prologue", "Years before, the lamp was first lit."), PARTS[0], PARTS[2]]
        )
        where = _where(conn, work)
        assert where["on the arrival"] == (2, None) and where["on the morning"] == (3, None)
        assert where["on the storm"] == (None, 2)  # still on a chapter since removed


def test_an_edited_chapter_keeps_its_comments_by_title_or_place(db: Database) -> None:
    with db.begin() as conn:
        work = save_chaptered(conn, PARTS)
        ivo = accounts.create_account(conn, "ivo", "a good password").id
        add_comment(conn, work, ivo, "storm", chapter=2)
        add_comment(conn, work, ivo, "morning", chapter=3)
        edited = [PARTS[1], ("Arrival", "The boat came in at dusk."), PARTS[2]]
        save_chaptered(conn, edited)  # chapters swapped, the arrival's text edited
        assert _where(conn, work) == {"storm": (1, None), "morning": (3, None)}
        # text changed and untitled, same number of chapters: it keeps its place
        untitled = [(None, "One."), (None, "Two."), (None, "Three.")]
        save_chaptered(conn, untitled)
        add_comment(conn, work, ivo, "on two", chapter=2)
        save_chaptered(conn, [(None, "One."), (None, "Two, fixed a typo."), (None, "Three.")])
        assert _where(conn, work)["on two"] == (2, None)
        # "Chapter 2" names only a place: a work that lost a chapter does not match by it
        numbered = [("Chapter 1", "One."), ("Chapter 2", "Two."), ("Chapter 3", "Three.")]
        save_chaptered(conn, numbered)
        add_comment(conn, work, ivo, "numbered two", chapter=2)
        save_chaptered(conn, [("Chapter 1", "One."), ("Chapter 2", "Three.")])
        assert _where(conn, work)["numbered two"] == (None, 2)


def test_a_reanalysis_that_finds_other_chapters_moves_the_comments_too(db: Database) -> None:
    with db.begin() as conn:
        work = save_chaptered(conn, PARTS)
        ivo = accounts.create_account(conn, "ivo", "a good password").id
        add_comment(conn, work, ivo, "morning", chapter=3)
        record = chaptered_work(PARTS)  # the first two chapters found as one this time
        merged = ChapterRecord(0, None, 0, record.chapters[1].end, "<p>…</p>", 14)
        last = replace(record.chapters[2], position=1)
        rewrite_analysis(conn, work, replace(record, chapters=(merged, last)))
        assert _where(conn, work) == {"morning": (2, None)}


def test_moves_may_swap_numbers() -> None:
    old = [ChapterKey(1, None, "a"), ChapterKey(2, None, "b")]
    new = [ChapterKey(1, None, "b"), ChapterKey(2, None, "a")]
    assert new_chapter_numbers(old, new) == {1: 2, 2: 1}
    assert new_chapter_numbers(old, [ChapterKey(1, None, "c")]) == {1: None, 2: None}


def test_ids_are_never_reused(db: Database) -> None:
    """A deleted comment's (or account's, bookmark's, session's) id is not given again:
    a saved /comments/N link never shows someone else's comment."""
    with db.begin() as conn:
        work = save_chaptered(conn, PARTS)
        ivo = accounts.create_account(conn, "ivo", "a good password")
        last = add_comment(conn, work, ivo.id, "to be deleted").id
        delete_comment(conn, last, ivo.id, admin=False)
        assert add_comment(conn, work, ivo.id, "another").id > last
        remove_account(conn, "ivo")
        assert accounts.create_account(conn, "maren", "a good password").id > ivo.id
        now = get_comment(conn, last + 1).created_at
        for table, row in (
            (schema.bookmarks, {"work_id": work, "user_id": ivo.id + 1, "note": "", "tags": []}),
            (schema.sessions, {"user_id": ivo.id + 1, "token_hash": "x" * 64}),
        ):
            stamps = {"created_at": now, **({"updated_at": now} if "note" in row else {})}
            first = conn.execute(insert(table).values(row | stamps).returning(table.c.id))
            gone = first.scalar_one()
            conn.execute(delete(table).where(table.c.id == gone))
            if table is schema.sessions:
                row = row | {"token_hash": "y" * 64}
            again = conn.execute(insert(table).values(row | stamps).returning(table.c.id))
            assert again.scalar_one() > gone, table.name
