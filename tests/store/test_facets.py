"""Facet counts from the tag bitmaps equal the SQL counts over the same results."""

from __future__ import annotations

import random
from dataclasses import replace
from datetime import UTC, datetime, timedelta

import pytest
from pyroaring import BitMap
from sqlalchemy import Connection, select, update

from ficshelf.model import TagType
from ficshelf.search_query import TagRef
from ficshelf.store import facets as facets_module
from ficshelf.store import search as search_module
from ficshelf.store.bulk import BulkWork, insert_works, next_work_id
from ficshelf.store.db import Database
from ficshelf.store.facets import FacetTag, bitmap_facets, facet_counts
from ficshelf.store.schema import work_tags
from ficshelf.store.search import SearchRequest, search
from ficshelf.store.search_index import rebuild_index
from ficshelf.store.search_plan import link_counts
from ficshelf.store.tag_bitmaps import warm_tag_bitmaps
from ficshelf.store.tags import get_or_create_tags, set_canonical

TYPES = (TagType.FANDOM, TagType.CHARACTER, TagType.RELATIONSHIP, TagType.FREEFORM)


@pytest.fixture
def library(sqlite_db: Database) -> Database:
    """The invented library of ``build`` in SQLite."""
    return build(sqlite_db)


@pytest.fixture
def either_library(db: Database) -> Database:
    """The invented library of ``build`` on each backend under test."""
    return build(db)


def build(database: Database) -> Database:
    """300 invented works with tags drawn unevenly (a few common, many rare) from small
    pools of every facet type, loaded in bulk, a third of the links inferred; seeded, so
    the same every run."""
    rng = random.Random(11)
    pools = {
        TagType.RATING: ["General", "Teen", "Mature"],
        TagType.WARNING: ["No Archive Warnings Apply", "graphic violence"],
        **{kind: [f"{kind.value} {n}" for n in range(40)] for kind in TYPES},
    }
    drafts = []
    for _ in range(300):
        tags = [(TagType.RATING, rng.choice(pools[TagType.RATING]))]
        tags.append((TagType.WARNING, rng.choice(pools[TagType.WARNING])))
        for kind in TYPES:
            count = rng.randint(0, 4)
            tags += [(kind, pools[kind][min(39, int(rng.expovariate(0.15)))]) for _ in range(count)]
        drafts.append(list(dict.fromkeys(tags)))
    with database.begin() as conn:
        ids = get_or_create_tags(conn, {tag for tags in drafts for tag in tags})
        first = next_work_id(conn)
        day = datetime(2020, 1, 1, tzinfo=UTC)
        insert_works(
            conn,
            [
                BulkWork(
                    id=first + n,
                    title=f"Work {n}",
                    text=f"Invented text number {n}.",
                    text_hash=f"hash-{n}",
                    word_count=100 + n,
                    author_ids=[],
                    tag_ids=[ids[tag] for tag in tags],
                    created_at=day + timedelta(days=rng.randrange(900)),
                )
                for n, tags in enumerate(drafts)
            ],
        )
        third = (work_tags.c.work_id + work_tags.c.tag_id) % 3 == 0
        conn.execute(update(work_tags).where(third).values(provenance="inferred", confidence=0.7))
        rebuild_index(conn)
    return database


@pytest.mark.parametrize("per_type", [1, 3, 10])
def test_bitmap_facets_equal_sql_facets(library: Database, per_type: int) -> None:
    bitmaps = warm_tag_bitmaps(library.engine)
    request = SearchRequest()
    rng = random.Random(per_type)
    counted: list[FacetTag] = []
    with library.connect() as conn:
        all_ids = list(conn.execute(select(work_tags.c.work_id).distinct()).scalars())
        for size in (2, 30, 150, 300):
            chosen = sorted(rng.sample(all_ids, min(size, len(all_ids))))
            subset = select(work_tags.c.work_id).where(work_tags.c.work_id.in_(chosen))
            expected = facet_counts(conn, subset, link_counts(request), per_type=per_type)
            found = bitmap_facets(conn, bitmaps, BitMap(chosen), per_type=per_type)
            assert [(f.type, f.tags) for f in found] == [(f.type, f.tags) for f in expected]
            # ``more`` is exact when the scan meets every tag, else a lower bound
            assert all(a.more <= b.more for a, b in zip(found, expected, strict=True))
            counted += [t for f in found for t in f.tags]
    # counts of inferred links alone and of mixed provenances, and their inferred share
    assert any(t.inferred == t.works for t in counted)
    assert any(0 < t.inferred < t.works for t in counted)


def test_search_facets_from_bitmaps_match_the_joins(
    library: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(facets_module, "FACET_SAMPLE", 5)
    monkeypatch.setattr(search_module, "FACET_SAMPLE", 5)
    warm_tag_bitmaps(library.engine)
    include = (TagRef(TagType.FANDOM, "fandom 0"),)
    exclude = (TagRef(TagType.FREEFORM, "freeform 1"),)
    found = {}
    for mode in (True, False):
        monkeypatch.setattr(search_module, "TAG_BITMAPS", mode)
        with library.connect() as conn:
            found[mode] = search(conn, SearchRequest(include=include, exclude=exclude, per_page=50))
    with_bitmaps, with_joins = found[True], found[False]
    assert with_bitmaps.hits.total == with_joins.hits.total > 5
    assert [h.work.id for h in with_bitmaps.hits.items] == [
        h.work.id for h in with_joins.hits.items
    ]
    assert [(f.type, f.tags) for f in with_bitmaps.facets] == [
        (f.type, f.tags) for f in with_joins.facets
    ]
    assert with_bitmaps.facets_complete and with_bitmaps.facets_over == with_bitmaps.hits.total


@pytest.mark.parametrize("bitmaps", [True, False])
def test_counting_only_some_facet_types_gives_the_same_counts(
    either_library: Database, monkeypatch: pytest.MonkeyPatch, bitmaps: bool
) -> None:
    """A search asking for the rating facet alone (as the OPDS feeds do) gets exactly the
    rating facet of the full count, synonyms merged, over the same results; the bitmaps
    (SQLite) and the SQL count alike."""
    if bitmaps and either_library.dialect != "sqlite":
        pytest.skip("the tag bitmaps are SQLite's")
    monkeypatch.setattr(facets_module, "FACET_SAMPLE", 5)
    monkeypatch.setattr(search_module, "FACET_SAMPLE", 5)
    monkeypatch.setattr(search_module, "TAG_BITMAPS", bitmaps)
    with either_library.begin() as conn:
        set_canonical(conn, (TagType.RATING, "Teen And Up"), (TagType.RATING, "Teen"))
        teen_and_up = get_or_create_tags(conn, [(TagType.RATING, "Teen And Up")])
        conn.execute(
            update(work_tags)
            .where(work_tags.c.work_id % 7 == 0, work_tags.c.tag_id.in_(_rating_ids(conn)))
            .values(tag_id=next(iter(teen_and_up.values())))
        )
    if bitmaps:
        warm_tag_bitmaps(either_library.engine)
    requests = [
        SearchRequest(per_page=5),
        SearchRequest(include=(TagRef(TagType.FANDOM, "fandom 0"),), per_page=5),
        SearchRequest(query="invented", author_tags_only=True, per_page=5),
        SearchRequest(exclude=(TagRef(TagType.RATING, "Mature"),), min_confidence=0.8),
    ]
    for request in requests:
        with either_library.connect() as conn:
            full = search(conn, request)
            ratings = search(conn, replace(request, facet_types=(TagType.RATING,)))
            two = search(conn, replace(request, facet_types=(TagType.WARNING, TagType.RATING)))
        assert [f.type for f in full.facets][:2] == ["rating", "warning"]
        assert len(full.facets) > 2
        assert ratings.facets == full.facets[:1]
        assert two.facets == full.facets[:2]  # in the facets' own order
        assert (ratings.facets_over, ratings.hits.total) == (full.facets_over, full.hits.total)
        assert "Teen And Up" not in [t.name for t in ratings.facets[0].tags]


def _rating_ids(conn: Connection) -> list[int]:
    ids = get_or_create_tags(conn, [(TagType.RATING, name) for name in ("General", "Teen")])
    return sorted(ids.values())
