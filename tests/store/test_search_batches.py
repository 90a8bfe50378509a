"""Writing the search documents of many works at once (``store.search_index.index_batch``,
what ``store.reindex`` does when a tag becomes a synonym or ``reconcile`` touches thousands of
works): exactly the documents, and the change log, of ``index_work`` one work at a time, on
both backends. One at a time, 10,000 works took 20 s on a 100,000-work SQLite library and a
batch 2.6 s (benchmarks/reindex_batch.py)."""

from __future__ import annotations

import random
from collections.abc import Callable

import pytest
from sqlalchemy import Connection, select, text, update

from ficshelf.model import NoteKind, NoteRecord, Placement, TagType
from ficshelf.store import schema
from ficshelf.store import search_index as search_index_store
from ficshelf.store.db import Database
from ficshelf.store.reindex import deferred_reindex, reindex
from ficshelf.store.search_index import index_batch, index_work
from ficshelf.store.tags import set_editor_tag
from ficshelf.store.works import save_work
from work_builders import given, inferred, source_for, work_record

WORKS = 23
AUTHORS = ("quillwright", "Ash", "tidewright", "Mara Holt")
TAGS = ("Wendy", "Peter", "Hook", "Grief", "Letters", "Winter")
WORDS = "harbour lantern gull caravan saffron copper dune oasis parrot compass attic".split()

Documents = tuple[list[tuple[object, ...]], list[int | None]]  # None: every work (a synonym)


def _library(db: Database) -> list[int]:
    """Save ``WORKS`` works with several authors (in order), notes and tags; return ids."""
    rng = random.Random(45)
    ids = []
    for n in range(WORKS):
        story = f"Story {n}. " + " ".join(rng.choice(WORDS) for _ in range(30)) + "."
        notes = [
            NoteRecord(NoteKind.AUTHORS_NOTE, Placement.FRONT, f"Note {n} {rng.choice(WORDS)}"),
            NoteRecord(NoteKind.SUMMARY, Placement.FRONT, f"Second note {rng.choice(WORDS)}"),
        ][: n % 3]
        tags = [given(TagType.CHARACTER, name) for name in rng.sample(TAGS, 3)]
        tags.append(inferred(TagType.FREEFORM, rng.choice(TAGS), 0.5))
        record = work_record(
            story,
            title=f"Story {n}",
            authors=rng.sample(AUTHORS, 1 + n % 3),
            tags=tags,
            notes=notes,
        )
        with db.begin() as conn:
            work_id = save_work(conn, record, source_for(f"/lib/{n}.txt", story)).work_id
            if n % 4 == 0:
                set_editor_tag(conn, work_id, TagType.CHARACTER, tags[0].name, removed=True)
        ids.append(work_id)
    return ids


def _stale_synonym(conn: Connection) -> None:
    """Make "Peter" a synonym of "Wendy" without rewriting a document."""
    tags = schema.tags
    wendy, peter = (
        conn.execute(select(tags.c.id).where(tags.c.name == name)).scalars().first()
        for name in ("Wendy", "Peter")
    )
    conn.execute(update(tags).where(tags.c.id == peter).values(canonical_id=wendy))


def _documents(conn: Connection, seq: int) -> Documents:
    if conn.dialect.name == "postgresql":
        rows = conn.execute(text("SELECT work_id, document::text FROM work_search ORDER BY 1"))
        return [tuple(row) for row in rows], []
    rows = conn.execute(
        text("SELECT rowid, title, authors, summary, notes, tags, body FROM works_fts ORDER BY 1")
    )
    logged = conn.execute(
        text("SELECT work_id FROM search_changes WHERE seq > :seq ORDER BY seq"), {"seq": seq}
    )
    return [tuple(row) for row in rows], [None if w is None else int(w) for (w,) in logged]


def _after(db: Database, change: Callable[[Connection], object]) -> Documents:
    """The documents (and, on SQLite, the change log) ``change`` leaves after a stale
    synonym, seen inside its transaction, which is then rolled back."""
    with db.connect() as conn:
        seq = 0
        if conn.dialect.name == "sqlite":
            seq = conn.execute(text("SELECT coalesce(max(seq), 0) FROM search_changes")).scalar()
        _stale_synonym(conn)
        change(conn)
        found = _documents(conn, int(seq or 0))
        conn.rollback()
    return found


@pytest.mark.parametrize("batch", [500, 7], ids=["one-batch", "batches-of-7"])
def test_a_batch_writes_the_documents_of_one_work_at_a_time(
    db: Database, batch: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    ids = _library(db)
    monkeypatch.setattr(search_index_store, "BATCH", batch)
    asked = [*reversed(ids), ids[3], max(ids) + 5]  # any order, twice, a work that is not there
    one_by_one = _after(db, lambda conn: [index_work(conn, w) for w in sorted(set(asked))])
    assert one_by_one != _after(db, lambda conn: None)  # the synonym changed documents
    assert _after(db, lambda conn: index_batch(conn, asked)) == one_by_one
    assert _after(db, lambda conn: reindex(conn, asked))[0] == one_by_one[0]

    def deferred(conn: Connection) -> None:
        with deferred_reindex(conn):
            reindex(conn, asked)

    assert _after(db, deferred)[0] == one_by_one[0]


def test_a_batch_prunes_the_change_log_as_one_work_at_a_time_does(
    sqlite_db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    ids = _library(sqlite_db)
    monkeypatch.setattr(search_index_store, "CHANGES_KEPT", 10)
    monkeypatch.setattr(search_index_store, "_PRUNE_EVERY", 20)
    with sqlite_db.connect() as conn:
        index_batch(conn, ids)  # passes a multiple of 20
        top = conn.execute(text("SELECT max(seq) FROM search_changes")).scalar_one()
        low = conn.execute(text("SELECT min(seq) FROM search_changes")).scalar_one()
        conn.rollback()
    assert top - low <= 10  # the entries before the last 10 went, as index_work would drop them
