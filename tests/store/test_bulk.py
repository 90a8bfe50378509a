"""Bulk loading (store.bulk and the bulk signature writer), on both backends."""

from __future__ import annotations

import hashlib
from datetime import UTC, datetime

import pytest
from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError

from ficshelf import similar
from ficshelf.model import TagType
from ficshelf.store import schema
from ficshelf.store.authors import get_or_create_authors
from ficshelf.store.bulk import BulkWork, insert_works, next_work_id
from ficshelf.store.db import Database
from ficshelf.store.similar import bulk_write_signatures, recount_features
from ficshelf.store.tags import get_or_create_tags, work_tags

TEXTS = [
    "Lanterns over the harbour, gulls on the breakwater, Wendy mending nets by the lanterns.",
    "The harbour lanterns burned while gulls slept on the breakwater and Wendy sang.",
    "Camels knelt at the oasis; saffron traders argued over copper by the dunes.",
]


def bulk_work(work_id: int, text: str, author: int, tags: list[int]) -> BulkWork:
    return BulkWork(
        id=work_id,
        title=f"Work {work_id}",
        text=text,
        text_hash=hashlib.sha256(f"{work_id}:{text}".encode()).hexdigest(),
        word_count=len(text.split()),
        author_ids=[author],
        tag_ids=tags,
        created_at=datetime(2024, 1, work_id, tzinfo=UTC),
    )


def test_bulk_load_then_more_like_this(db: Database) -> None:
    with db.begin() as conn:
        first = next_work_id(conn)
        assert first == 1
        author = get_or_create_authors(conn, ["quillwright"])["quillwright"]
        tags = get_or_create_tags(
            conn, [(TagType.FANDOM, "Peter Pan"), (TagType.FANDOM, "Caravans")]
        )
        peter, caravans = tags[(TagType.FANDOM, "Peter Pan")], tags[(TagType.FANDOM, "Caravans")]
        works = [
            bulk_work(first, TEXTS[0], author, [peter]),
            bulk_work(first + 1, TEXTS[1], author, [peter, peter]),
            bulk_work(first + 2, TEXTS[2], author, [caravans]),
        ]
        insert_works(conn, works)
        known: dict[tuple[str, str], int] = {}
        term_works: dict[str, int] = {}
        rows = []
        for index, work in enumerate(works):
            row = similar.signature_row(
                work.id,
                [(tag_id, "fandom") for tag_id in dict.fromkeys(work.tag_ids)],
                similar.text_terms(work.text),
                term_works,
                max(index, 1),
                0.2,
            )
            for kind, key in row.features:
                if kind == "term":
                    term_works[key] = term_works.get(key, 0) + 1
            rows.append(row)
        bulk_write_signatures(conn, rows[:2], known)
        bulk_write_signatures(conn, rows[2:], known)
        recount_features(conn)
    with db.connect() as conn:
        assert next_work_id(conn) == first + 3
        assert [t.name for t in work_tags(conn, first + 1)] == ["Peter Pan"]
        links = conn.execute(select(func.count()).select_from(schema.work_tags)).scalar_one()
        assert links == 3
        found = similar.more_like_this(conn, first)
        assert [r.work_id for r in found] == [first + 1]
        assert similar.Reason("fandom", "Peter Pan") in found[0].reasons
        counted = conn.execute(
            select(schema.similar_features.c.works).where(schema.similar_features.c.kind == "all")
        ).scalar_one()
        assert counted == 3


def test_bulk_insert_refuses_a_taken_id(db: Database) -> None:
    with db.begin() as conn:
        author = get_or_create_authors(conn, ["quillwright"])["quillwright"]
        insert_works(conn, [bulk_work(1, TEXTS[0], author, [])])
    with pytest.raises(IntegrityError), db.begin() as conn:
        insert_works(conn, [bulk_work(1, TEXTS[1], author, [])])
    with db.begin() as conn:
        insert_works(conn, [])  # nothing to do
        assert conn.execute(select(func.count()).select_from(schema.works)).scalar_one() == 1
