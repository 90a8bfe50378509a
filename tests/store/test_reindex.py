"""Search documents follow tag changes: making a tag a synonym rewrites the documents of the
works carrying it (and only theirs), so a search by the canonical name finds them at once, on
SQLite and PostgreSQL; inside ``deferred_reindex`` each document is written once."""

from __future__ import annotations

from collections.abc import Iterable

import pytest

from ficshelf.library import reconcile_library
from ficshelf.model import TagRecord, TagType
from ficshelf.store import reindex as reindex_module
from ficshelf.store.db import Database
from ficshelf.store.reindex import deferred_reindex, reindex
from ficshelf.store.search import SearchRequest, search
from ficshelf.store.similar import work_postings
from ficshelf.store.tags import get_or_create_tags, set_canonical
from ficshelf.store.works import save_work
from work_builders import given, source_for, work_record

F, C = TagType.FANDOM, TagType.CHARACTER


def save(db: Database, title: str, text: str, *tags: TagRecord) -> int:
    with db.begin() as conn:
        record = work_record(text, title=title, tags=tags)
        return save_work(conn, record, source_for(f"/shelf/{title}.txt", text)).work_id


def found(db: Database, query: str) -> set[int]:
    with db.connect() as conn:
        result = search(conn, SearchRequest(query=query))
    return {hit.work.id for hit in result.hits.items}


@pytest.fixture
def indexed(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """The ids of the works whose search documents are rewritten, in order (one at a time
    or in a batch)."""
    calls: list[int] = []
    one, batch = reindex_module.index_work, reindex_module.index_batch

    def spy(conn: object, work_id: int) -> None:
        calls.append(work_id)
        one(conn, work_id)  # type: ignore[arg-type]

    def batch_spy(conn: object, work_ids: Iterable[int]) -> None:
        ordered = sorted(set(work_ids))
        calls.extend(ordered)
        batch(conn, ordered)  # type: ignore[arg-type]

    monkeypatch.setattr(reindex_module, "index_work", spy)
    monkeypatch.setattr(reindex_module, "index_batch", batch_spy)
    return calls


def test_search_by_the_canonical_name_finds_the_work_right_after(
    db: Database, indexed: list[int]
) -> None:
    ridge = save(db, "Letters", "Snow came early to the ridge this year.", given(F, "GC"))
    save(db, "Harbour", "A quiet harbour town in the off season.", given(F, "Harbour Tales"))
    assert found(db, "Gullrock") == set()
    indexed.clear()
    with db.begin() as conn:
        set_canonical(conn, (F, "GC"), (F, "Gullrock Chronicles"))
    assert indexed == [ridge]  # only the work carrying the tag
    assert found(db, "Gullrock") == {ridge}
    assert found(db, '"Gullrock Chronicles"') == {ridge}
    assert found(db, "GC") == {ridge}  # the name on the work still finds it
    indexed.clear()
    with db.begin() as conn:
        set_canonical(conn, (F, "GC"), (F, "gullrock chronicles"))  # already so: no rewrite
    assert indexed == []


def test_followers_and_swaps_rewrite_the_documents_of_every_tag_moved(db: Database) -> None:
    short = save(db, "Short", "Jo ran down the lane to the river.", given(C, "Jo"))
    middle = save(db, "Middle", "She wrote all night by the window.", given(C, "Jo March"))
    full = save(db, "Full", "The attic was cold in December.", given(C, "Josephine March"))
    with db.begin() as conn:
        set_canonical(conn, (C, "Jo"), (C, "Jo March"))
    assert found(db, "March") == {short, middle, full}
    with db.begin() as conn:
        set_canonical(conn, (C, "Jo March"), (C, "Josephine March"))  # "Jo" follows
    assert found(db, "Josephine") == {short, middle, full}
    with db.begin() as conn:
        set_canonical(conn, (C, "Josephine March"), (C, "Jo March"))  # the two swap places
    assert found(db, "Josephine") == {full}


def test_synonyms_the_library_makes_are_searchable_at_once(db: Database) -> None:
    work = save(
        db, "Netherfield", "The ball at Netherfield went on past midnight.", given(F, "P&P")
    )
    assert found(db, "Austen") == set()
    report = reconcile_library(db)
    assert (F, "P&P", "Pride and Prejudice - Jane Austen") in report.synonyms
    assert found(db, "Austen") == {work}


def test_a_deferred_batch_writes_each_document_once(db: Database, indexed: list[int]) -> None:
    earlier = save(db, "Earlier", "The ferry ran late all winter.", given(F, "GC"))
    indexed.clear()
    text = "Snow came early to the ridge this year."
    with db.begin() as conn, deferred_reindex(conn) as pending:
        record = work_record(text, title="Ridge", tags=(given(F, "GC"), given(C, "Ivo")))
        ridge = save_work(conn, record, source_for("/shelf/ridge.txt", text)).work_id
        set_canonical(conn, (F, "GC"), (F, "Gullrock Chronicles"))  # rewrites both
        reindex(conn, [earlier])
        assert indexed == [] and pending.documents == {earlier, ridge}
        assert set(pending.saved) == {ridge}
    assert sorted(indexed) == sorted({earlier, ridge})
    assert found(db, "Gullrock") == {earlier, ridge}


def test_a_deferred_batch_signs_a_saved_work_with_its_final_tags(db: Database) -> None:
    # A work saved in a batch whose fandom tag the batch then makes a synonym: its "more
    # like this" signature names the canonical tag, like the older work's refreshed one.
    earlier = save(db, "Earlier", "The ferry ran late all winter.", given(F, "GC"))
    text = "Snow came early to the ridge this year."
    with db.begin() as conn, deferred_reindex(conn):
        record = work_record(text, title="Ridge", tags=(given(F, "GC"),))
        ridge = save_work(conn, record, source_for("/shelf/ridge.txt", text)).work_id
        set_canonical(conn, (F, "GC"), (F, "Gullrock Chronicles"))
        assert work_postings(conn, ridge) == []  # signed when the block ends
    with db.connect() as conn:
        canonical = get_or_create_tags(conn, [(F, "Gullrock Chronicles")])[
            (F, "Gullrock Chronicles")
        ]
        for work_id in (earlier, ridge):
            tags = {p.tag_id for p in work_postings(conn, work_id) if p.kind == "tag"}
            assert tags == {canonical}
