"""Refreshing the "more like this" signatures of many works at once (a tag made a synonym,
a library fandom, an import batch): the same signatures and counters as one work at a time,
on both backends; and on SQLite, query plans that start from the works named (the primary
key of their tag links and postings) whatever their number. Started instead from every tag
of the compared types, or every feature of a kind, probing each for every work, a batch of
1,000 works took 38 s on a 100,000-work library where one at a time took 1.8 s
(benchmarks/similar_refresh.py)."""

from __future__ import annotations

import random
from collections.abc import Callable, Iterator
from typing import Any

import pytest
from sqlalchemy import Connection, event, select, update

from ficshelf.model import TagRecord, TagType
from ficshelf.similar import SavedText, index_work, index_works, refresh_tags, refresh_work
from ficshelf.store import schema
from ficshelf.store import similar as similar_store
from ficshelf.store.db import Database
from ficshelf.store.works import save_work
from work_builders import given, one_chapter_work, source_for

WORKS = 64  # SQLite left the works' links for the tags of a type from about 50 works on
FANDOMS = ("Peter Pan", "Treasure Island", "Little Women")
CHARACTERS = ("Wendy", "Peter", "Hook", "Jim", "Silver", "Jo", "Amy", "Laurie")
FREEFORMS = ("Grief", "Found Family", "Pirates", "Letters", "Winter", "Hurt/Comfort")
WORDS = (
    "harbour lantern breakwater gull caravan saffron copper dune oasis parrot compass "
    "attic snowdrift letter orchard ribbon candle voyage island treasure cutlass"
).split()

Snapshot = tuple[list[tuple[int, str, str, float]], list[tuple[str, str, int]]]


def _tags(rng: random.Random) -> list[TagRecord]:
    pair = rng.sample(CHARACTERS, 2)
    return [
        given(TagType.FANDOM, rng.choice(FANDOMS)),
        *(given(TagType.CHARACTER, name) for name in pair),
        given(TagType.RELATIONSHIP, "/".join(pair)),
        *(given(TagType.FREEFORM, tag) for tag in rng.sample(FREEFORMS, 2)),
    ]


def _library(db: Database) -> dict[int, str]:
    """Save ``WORKS`` works with tags from small shared pools; return their texts by id."""
    rng = random.Random(44)
    texts: dict[int, str] = {}
    for n in range(WORKS):
        words = [rng.choice(WORDS) for _ in range(60)]
        text = f"Story {n}. " + " ".join(words) + "."
        record = one_chapter_work(text, title=f"Story {n}", tags=_tags(rng), dialogue_share=0.3)
        with db.begin() as conn:
            saved = save_work(conn, record, source_for(f"/lib/{n}.txt", text)).work_id
        texts[saved] = text
    return texts


def _stale_synonyms(db: Database) -> None:
    """Make two tags synonyms of others without refreshing a signature (what a batch refresh
    is then asked to catch up with)."""
    tags = schema.tags
    with db.begin() as conn:
        ids = {
            name: conn.execute(select(tags.c.id).where(tags.c.name == name)).scalar_one()
            for name in ("Wendy", "Peter", "Grief", "Letters")
        }
        for synonym, canonical in (("Peter", "Wendy"), ("Letters", "Grief")):
            conn.execute(
                update(tags).where(tags.c.id == ids[synonym]).values(canonical_id=ids[canonical])
            )


def _snapshot(conn: Connection) -> Snapshot:
    """Every posting (work, feature kind and key, weight) and every feature's counter, by
    kind and key (feature ids may differ between transactions on PostgreSQL)."""
    postings, features = schema.similar_postings, schema.similar_features
    rows = conn.execute(
        select(postings.c.work_id, features.c.kind, features.c.key, postings.c.weight).join(
            features, features.c.id == postings.c.feature_id
        )
    )
    counters = conn.execute(
        select(features.c.kind, features.c.key, features.c.works).where(features.c.works > 0)
    )
    return (
        sorted((int(w), str(k), str(key), round(float(x), 9)) for w, k, key, x in rows),
        sorted((str(k), str(key), int(n)) for k, key, n in counters),
    )


def _after(db: Database, change: Callable[[Connection], object]) -> Snapshot:
    """What ``change`` leaves, seen inside its transaction, which is then rolled back."""
    with db.connect() as conn:
        change(conn)
        found = _snapshot(conn)
        conn.rollback()
    return found


def _tag_part(snapshot: Snapshot) -> list[tuple[int, str, str, float]]:
    return [row for row in snapshot[0] if row[1] == similar_store.TAG_KIND]


@pytest.mark.parametrize("chunk", [500, 7], ids=["one-chunk", "chunks-of-7"])
def test_a_batch_refresh_equals_refreshing_one_work_at_a_time(
    db: Database, chunk: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    texts = _library(db)
    ids = sorted(texts)
    _stale_synonyms(db)
    monkeypatch.setattr(similar_store, "_CHUNK", chunk)
    with db.connect() as conn:
        shares = {w: similar_store.dialogue_share(conn, w) for w in ids}
    saved = [SavedText(w, texts[w], shares[w]) for w in ids]

    batch = _after(db, lambda conn: refresh_tags(conn, ids))
    assert batch != _after(db, lambda conn: None)  # the refresh had something to do
    assert batch == _after(db, lambda conn: [refresh_tags(conn, [w]) for w in ids])
    # a person's tag edit recomputes the whole signature: the same tag features
    assert _tag_part(batch) == _tag_part(_after(db, lambda c: [refresh_work(c, w) for w in ids]))

    signed = _after(db, lambda conn: index_works(conn, saved))
    one_by_one = _after(
        db, lambda conn: [index_work(conn, s.work_id, s.text, s.dialogue_share) for s in saved]
    )
    assert signed == one_by_one
    assert _tag_part(signed) == _tag_part(batch)


@pytest.fixture
def plans(sqlite_db: Database) -> Iterator[list[tuple[str, list[str]]]]:
    """The query plan of every SELECT run on ``sqlite_db`` while the fixture is in use."""
    found: list[tuple[str, list[str]]] = []

    def explain(
        conn: Any, cursor: Any, statement: str, params: Any, context: Any, many: bool
    ) -> None:
        if not many and statement.lstrip().upper().startswith("SELECT"):
            rows = cursor.connection.execute("EXPLAIN QUERY PLAN " + statement, params)
            found.append((statement, [str(row[3]) for row in rows]))

    event.listen(sqlite_db.engine, "before_cursor_execute", explain)
    yield found
    event.remove(sqlite_db.engine, "before_cursor_execute", explain)


def test_batch_refresh_plans_start_from_the_works_on_sqlite(
    sqlite_db: Database, plans: list[tuple[str, list[str]]]
) -> None:
    texts = _library(sqlite_db)
    ids = sorted(texts)
    _stale_synonyms(sqlite_db)
    plans.clear()
    with sqlite_db.begin() as conn:
        refresh_tags(conn, ids)
        index_works(conn, [SavedText(w, texts[w]) for w in ids])
    batched = [(sql, steps) for sql, steps in plans if sql.count("?") >= WORKS]
    assert len(batched) >= 4  # signed works, tag links, tag postings, term postings …
    for sql, steps in batched:
        assert "(work_id=?)" in steps[0] or "(rowid=?)" in steps[0], (sql, steps)
