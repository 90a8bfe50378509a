"""Saving, updating and deleting works (store.works), on SQLite and PostgreSQL."""

from __future__ import annotations

import threading
from collections import Counter
from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any

import pytest
from sqlalchemy import Connection, insert, select
from sqlalchemy.exc import IntegrityError

from ficshelf.errors import NotFound
from ficshelf.model import NoteKind, NoteRecord, Placement, Provenance, TagType, WorkRecord
from ficshelf.store import works as works_module
from ficshelf.store.db import Database
from ficshelf.store.schema import (
    authors,
    chapters,
    notes,
    sources,
    tags,
    work_authors,
    work_tags,
    works,
)
from ficshelf.store.works import (
    KnownSource,
    SaveOutcome,
    SaveStatus,
    delete_work,
    find_source,
    save_work,
    set_editor_tag,
)
from ficshelf.store.works import (
    work_tags as tags_of,
)
from work_builders import LANTERN, as_utc, count, given, inferred, source_for, work_record

T0 = datetime(2024, 1, 1, tzinfo=UTC)
T1 = datetime(2024, 6, 1, tzinfo=UTC)
HARBOUR = "Ivo mended nets on the harbour wall.\n\nMaren brought tea and said nothing at all."
ALL_TABLES = (works, chapters, notes, sources, work_authors, work_tags, authors, tags)


def _lantern() -> WorkRecord:
    at = LANTERN.index("Maren Holt")
    return work_record(
        tags=(
            given(TagType.FANDOM, "Gullrock Light"),
            inferred(TagType.CHARACTER, "Maren Holt", 0.9, (at, at + 10)),
            inferred(TagType.FREEFORM, "Storms", 0.7),
        )
    )


def _snapshot(conn: Connection) -> dict[str, int]:
    return {table.name: count(conn, table) for table in ALL_TABLES}


def _modified_at(conn: Connection, work_id: int) -> datetime:
    return as_utc(
        conn.execute(select(works.c.modified_at).where(works.c.id == work_id)).scalar_one()
    )


def _names(conn: Connection, work_id: int) -> set[str]:
    return {row.name for row in tags_of(conn, work_id)}


def _save(
    db: Database, work: WorkRecord, path: str, content: str, now: datetime = T0
) -> SaveOutcome:
    with db.begin() as conn:
        return save_work(conn, work, source_for(path, content), now=now)


def test_a_new_work_is_stored_whole_and_its_source_found(db: Database) -> None:
    work = _lantern()
    outcome = _save(db, work, "stories/lamp.txt", LANTERN)
    assert outcome.status is SaveStatus.IMPORTED
    with db.connect() as conn:
        assert find_source(conn, "stories/lamp.txt") == KnownSource(
            outcome.work_id, source_for("x", LANTERN).file_hash
        )
        assert find_source(conn, "stories/other.txt") is None
        row = conn.execute(select(works).where(works.c.id == outcome.work_id)).one()
        assert (row.title, row.text, row.chapter_count, row.word_count) == (
            "Oil for the Lamp",
            LANTERN,
            2,
            work.word_count,
        )
        stored = conn.execute(
            select(chapters.c.position, chapters.c.start, chapters.c.end).order_by("position")
        ).all()
        assert [tuple(r) for r in stored] == [(c.position, c.start, c.end) for c in work.chapters]
        assert conn.execute(select(notes.c.kind, notes.c.text)).one() == (
            "authors_note",
            "Thanks for reading!",
        )
        assert conn.execute(select(authors.c.name)).scalars().all() == ["quillwright"]
        links = {(r.name, r.provenance, r.confidence) for r in tags_of(conn, outcome.work_id)}
        assert links == {
            ("Gullrock Light", Provenance.AUTHOR, None),
            ("Maren Holt", Provenance.INFERRED, 0.9),
            ("Storms", Provenance.INFERRED, 0.7),
        }
        at = LANTERN.index("Maren Holt")
        evidence = conn.execute(
            select(work_tags.c.evidence).join(tags).where(tags.c.name == "Maren Holt")
        ).scalar_one()
        assert evidence == [[at, at + 10]]


def test_saving_the_same_file_again_writes_nothing(db: Database) -> None:
    first = _save(db, _lantern(), "lamp.txt", LANTERN)
    with db.connect() as conn:
        before = _snapshot(conn)
    again = _save(db, _lantern(), "lamp.txt", LANTERN, now=T1)
    assert (again.status, again.work_id) == (SaveStatus.UNCHANGED, first.work_id)
    with db.connect() as conn:
        assert _snapshot(conn) == before
        assert _modified_at(conn, first.work_id) == T0


def test_the_same_text_under_another_path_is_a_duplicate(db: Database) -> None:
    first = _save(db, _lantern(), "a/lamp.txt", LANTERN)
    retitled = work_record(title="Another Title", authors=("someone else",))
    again = _save(db, retitled, "b/lamp-copy.txt", LANTERN + " ", now=T1)
    assert (again.status, again.work_id) == (SaveStatus.DUPLICATE, first.work_id)
    with db.connect() as conn:
        assert count(conn, works) == 1
        assert conn.execute(select(works.c.title)).scalar_one() == "Oil for the Lamp"
        assert conn.execute(select(authors.c.name)).scalars().all() == ["quillwright"]
        assert set(conn.execute(select(sources.c.work_id)).scalars()) == {first.work_id}
        assert count(conn, sources) == 2
        assert find_source(conn, "b/lamp-copy.txt") == KnownSource(
            first.work_id, source_for("", LANTERN + " ").file_hash
        )


def test_a_changed_file_with_the_same_text_only_updates_its_source(db: Database) -> None:
    first = _save(db, _lantern(), "lamp.html", "<p>" + LANTERN)
    again = _save(db, _lantern(), "lamp.html", "<div>" + LANTERN, now=T1)
    assert (again.status, again.work_id) == (SaveStatus.UNCHANGED, first.work_id)
    with db.connect() as conn:
        known = find_source(conn, "lamp.html")
        assert known == KnownSource(first.work_id, source_for("", "<div>" + LANTERN).file_hash)
        assert _modified_at(conn, first.work_id) == T0


def test_a_changed_text_updates_the_work_in_place_keeping_editor_tags(db: Database) -> None:
    first = _save(db, _lantern(), "lamp.txt", LANTERN)
    with db.begin() as conn:
        set_editor_tag(conn, first.work_id, TagType.FREEFORM, "Lighthouses", now=T0)
        set_editor_tag(conn, first.work_id, TagType.FREEFORM, "Storms", removed=True, now=T0)
        created = conn.execute(select(works.c.created_at)).scalar_one()
    changed = HARBOUR
    record = work_record(
        changed,
        title="Nets",
        authors=("tidewriter", "quillwright"),
        notes=(NoteRecord(NoteKind.DISCLAIMER, Placement.END, "Not mine."),),
        tags=(
            given(TagType.FANDOM, "Harbour Days"),
            inferred(TagType.FREEFORM, "Storms", 0.95),
            inferred(TagType.CHARACTER, "Ivo", 0.8, (0, 3)),
        ),
    )
    outcome = _save(db, record, "lamp.txt", changed, now=T1)
    assert (outcome.status, outcome.work_id) == (SaveStatus.UPDATED, first.work_id)
    with db.connect() as conn:
        row = conn.execute(select(works)).one()
        assert (row.title, row.text, row.text_hash) == ("Nets", changed, record.text_hash)
        assert row.created_at == created
        assert _modified_at(conn, first.work_id) == T1
        titles = conn.execute(select(chapters.c.end).order_by(chapters.c.position)).scalars()
        assert list(titles) == [c.end for c in record.chapters]
        assert conn.execute(select(notes.c.text)).scalars().all() == ["Not mine."]
        byline = conn.execute(
            select(authors.c.name).join(work_authors).order_by(work_authors.c.position)
        ).scalars()
        assert list(byline) == ["tidewriter", "quillwright"]
        current = {(r.name, r.provenance) for r in tags_of(conn, first.work_id)}
        assert current == {
            ("Harbour Days", Provenance.AUTHOR),
            ("Ivo", Provenance.INFERRED),
            ("Lighthouses", Provenance.EDITOR),
        }
        removed = [r for r in tags_of(conn, first.work_id, include_removed=True) if r.removed]
        assert [(r.name, r.provenance) for r in removed] == [("Storms", Provenance.EDITOR)]
        assert count(conn, tags) == 6  # the old tags stay, unlinked


def test_a_changed_file_holding_another_works_text_becomes_its_duplicate(db: Database) -> None:
    _save(db, _lantern(), "lamp.txt", LANTERN)
    nets = _save(db, work_record(HARBOUR), "nets.txt", HARBOUR)
    with db.connect() as conn:
        tagged_before = count(conn, tags)
    outcome = _save(db, work_record(HARBOUR), "lamp.txt", HARBOUR, now=T1)
    assert (outcome.status, outcome.work_id) == (SaveStatus.DUPLICATE, nets.work_id)
    with db.connect() as conn:
        assert find_source(conn, "lamp.txt") == KnownSource(
            nets.work_id, source_for("", HARBOUR).file_hash
        )
        # The old work lost its only file and nobody tagged it: it is gone, not orphaned.
        assert dict(conn.execute(select(works.c.id, works.c.text)).all()) == {nets.work_id: HARBOUR}
        assert count(conn, chapters) == 2
        assert count(conn, tags) == tagged_before


def test_a_work_left_without_files_is_kept_when_a_person_tagged_it(db: Database) -> None:
    lamp = _save(db, _lantern(), "lamp.txt", LANTERN)
    nets = _save(db, work_record(HARBOUR), "nets.txt", HARBOUR)
    with db.begin() as conn:
        set_editor_tag(conn, lamp.work_id, TagType.FREEFORM, "Storms", removed=True, now=T0)
    outcome = _save(db, work_record(HARBOUR), "lamp.txt", HARBOUR, now=T1)
    assert (outcome.status, outcome.work_id) == (SaveStatus.DUPLICATE, nets.work_id)
    with db.connect() as conn:
        texts = dict(conn.execute(select(works.c.id, works.c.text)).all())
        assert texts == {lamp.work_id: LANTERN, nets.work_id: HARBOUR}
        assert _modified_at(conn, lamp.work_id) == T0
        assert set(conn.execute(select(sources.c.work_id)).scalars()) == {nets.work_id}
        removed = tags_of(conn, lamp.work_id, include_removed=True)
        assert [(r.name, r.removed) for r in removed if r.provenance is Provenance.EDITOR] == [
            ("Storms", True)
        ]


def test_a_changed_file_sharing_its_work_gets_a_new_work(db: Database) -> None:
    lamp = _save(db, _lantern(), "a.txt", LANTERN)
    copy = _save(db, _lantern(), "b.txt", LANTERN + "\n")
    assert (copy.status, copy.work_id) == (SaveStatus.DUPLICATE, lamp.work_id)
    with db.begin() as conn:
        set_editor_tag(conn, lamp.work_id, TagType.FREEFORM, "Lighthouses", now=T0)
    outcome = _save(db, work_record(HARBOUR, title="Nets"), "b.txt", HARBOUR, now=T1)
    assert outcome.status is SaveStatus.IMPORTED
    assert outcome.work_id != lamp.work_id
    with db.connect() as conn:
        texts = dict(conn.execute(select(works.c.id, works.c.text)).all())
        assert texts == {lamp.work_id: LANTERN, outcome.work_id: HARBOUR}
        assert find_source(conn, "a.txt") == KnownSource(
            lamp.work_id, source_for("", LANTERN).file_hash
        )
        assert find_source(conn, "b.txt") == KnownSource(
            outcome.work_id, source_for("", HARBOUR).file_hash
        )
        assert _modified_at(conn, lamp.work_id) == T0
        assert "Lighthouses" in _names(conn, lamp.work_id)
        assert "Lighthouses" not in _names(conn, outcome.work_id)
        new_chapters = conn.execute(
            select(chapters.c.end).where(chapters.c.work_id == outcome.work_id)
        ).scalars()
        assert sorted(new_chapters) == [c.end for c in work_record(HARBOUR).chapters]
    # a.txt is still unchanged, and now that b.txt has its own work, b changes it in place.
    assert _save(db, _lantern(), "a.txt", LANTERN, now=T1).status is SaveStatus.UNCHANGED
    again = _save(db, work_record(HARBOUR + " Fin."), "b.txt", HARBOUR + " Fin.", now=T1)
    assert (again.status, again.work_id) == (SaveStatus.UPDATED, outcome.work_id)


def test_a_changed_file_updates_its_own_work_in_place_though_copies_share_it(
    db: Database,
) -> None:
    lamp = _save(db, _lantern(), "a.txt", LANTERN)
    copy = _save(db, _lantern(), "b.zip!a.txt", LANTERN + "\n")
    assert (copy.status, copy.work_id) == (SaveStatus.DUPLICATE, lamp.work_id)
    with db.connect() as conn:
        flags = dict(conn.execute(select(sources.c.path, sources.c.duplicate)).all())
        assert flags == {"a.txt": False, "b.zip!a.txt": True}
    outcome = _save(db, work_record(HARBOUR, title="Nets"), "a.txt", HARBOUR, now=T1)
    assert (outcome.status, outcome.work_id) == (SaveStatus.UPDATED, lamp.work_id)
    with db.connect() as conn:
        assert dict(conn.execute(select(works.c.id, works.c.text)).all()) == {lamp.work_id: HARBOUR}
        # The copy keeps its record: a source of the work, with the bytes it had.
        assert find_source(conn, "b.zip!a.txt") == KnownSource(
            lamp.work_id, source_for("", LANTERN + "\n").file_hash
        )
    again = _save(db, _lantern(), "b.zip!a.txt", LANTERN + "\n", now=T1)
    assert (again.status, again.work_id) == (SaveStatus.UNCHANGED, lamp.work_id)
    # a.txt changes again: still its own work.
    fin = _save(db, work_record(HARBOUR + " Fin."), "a.txt", HARBOUR + " Fin.", now=T1)
    assert (fin.status, fin.work_id) == (SaveStatus.UPDATED, lamp.work_id)
    # Once the copy itself changes it gets a work of its own; the work stays a.txt's.
    forked = _save(db, _lantern(), "b.zip!a.txt", LANTERN + "\n\n", now=T1)
    assert forked.status is SaveStatus.IMPORTED
    assert forked.work_id != lamp.work_id
    with db.connect() as conn:
        flags = dict(conn.execute(select(sources.c.path, sources.c.duplicate)).all())
        assert flags == {"a.txt": False, "b.zip!a.txt": False}
        texts = dict(conn.execute(select(works.c.id, works.c.text)).all())
        assert texts == {lamp.work_id: HARBOUR + " Fin.", forked.work_id: LANTERN}


def test_a_copy_left_as_the_only_file_of_a_work_updates_it_and_holds_it(
    db: Database,
) -> None:
    lamp = _save(db, _lantern(), "a.txt", LANTERN)
    _save(db, _lantern(), "b.txt", LANTERN + " ")
    nets = _save(db, work_record(HARBOUR), "nets.txt", HARBOUR)
    moved = _save(db, work_record(HARBOUR), "a.txt", HARBOUR, now=T1)
    assert (moved.status, moved.work_id) == (SaveStatus.DUPLICATE, nets.work_id)
    gulls = "Gulls at dawn, and Maren on the wall."
    outcome = _save(db, work_record(gulls), "b.txt", gulls, now=T1)
    assert (outcome.status, outcome.work_id) == (SaveStatus.UPDATED, lamp.work_id)
    with db.connect() as conn:
        flags = dict(conn.execute(select(sources.c.path, sources.c.duplicate)).all())
        assert flags == {"a.txt": True, "b.txt": False, "nets.txt": False}
        texts = dict(conn.execute(select(works.c.id, works.c.text)).all())
        assert texts == {lamp.work_id: gulls, nets.work_id: HARBOUR}


def test_an_editor_removal_survives_every_reimport(db: Database) -> None:
    first = _save(db, _lantern(), "lamp.txt", LANTERN)
    with db.begin() as conn:
        set_editor_tag(conn, first.work_id, TagType.CHARACTER, "maren holt", removed=True)
    for round_, extra in enumerate([" Again.", " Once more.", ""]):
        text = LANTERN + extra
        record = work_record(text, tags=_lantern().tags)
        outcome = _save(db, record, "lamp.txt", text + str(round_))
        assert outcome.status in (SaveStatus.UPDATED, SaveStatus.UNCHANGED)
        with db.connect() as conn:
            assert _names(conn, first.work_id) == {"Gullrock Light", "Storms"}


def test_author_and_inferred_spellings_of_one_tag_collapse_to_an_author_link(
    db: Database,
) -> None:
    record = work_record(
        tags=(
            inferred(TagType.FREEFORM, "found  family", 0.6, (10, 20)),
            given(TagType.FREEFORM, "Found Family"),
            inferred(TagType.FREEFORM, "FOUND FAMILY", 0.9, (30, 40), (10, 20)),
            inferred(TagType.FANDOM, "Found Family", 0.5),
        )
    )
    outcome = _save(db, record, "lamp.txt", LANTERN)
    with db.connect() as conn:
        rows = tags_of(conn, outcome.work_id)
    assert [(r.type, r.name, r.provenance, r.confidence, r.evidence) for r in rows] == [
        (TagType.FANDOM, "Found Family", Provenance.INFERRED, 0.5, ()),
        (TagType.FREEFORM, "found family", Provenance.AUTHOR, 0.9, ((10, 20), (30, 40))),
    ]


def test_an_editor_link_wins_over_what_the_pipeline_finds_later(db: Database) -> None:
    first = _save(db, _lantern(), "lamp.txt", LANTERN)
    with db.begin() as conn:
        set_editor_tag(conn, first.work_id, TagType.FANDOM, "Gullrock Light")
        set_editor_tag(conn, first.work_id, TagType.RATING, "Teen")
    record = work_record(
        LANTERN + " The end.",
        tags=(*_lantern().tags, inferred(TagType.RATING, "teen", 0.4)),
    )
    assert _save(db, record, "lamp.txt", "v2").status is SaveStatus.UPDATED
    with db.connect() as conn:
        provenance = {r.name: r.provenance for r in tags_of(conn, first.work_id)}
    assert provenance == {
        "Gullrock Light": Provenance.EDITOR,
        "Teen": Provenance.EDITOR,
        "Maren Holt": Provenance.INFERRED,
        "Storms": Provenance.INFERRED,
    }


def test_deleting_a_work_removes_everything_of_it_but_tags_and_authors(db: Database) -> None:
    lamp = _save(db, _lantern(), "lamp.txt", LANTERN)
    _save(db, _lantern(), "copy.txt", LANTERN + "\n")
    nets = _save(db, work_record(HARBOUR, tags=_lantern().tags), "nets.txt", HARBOUR)
    with db.begin() as conn:
        set_editor_tag(conn, lamp.work_id, TagType.FREEFORM, "Lighthouses")
        before = _snapshot(conn)
        delete_work(conn, lamp.work_id)
    with db.connect() as conn:
        after = _snapshot(conn)
        assert after == {
            "works": 1,
            "chapters": before["chapters"] - 2,
            "notes": before["notes"] - 1,
            "sources": 1,
            "work_authors": 1,
            "work_tags": 3,
            "authors": before["authors"],
            "tags": before["tags"],
        }
        assert conn.execute(select(works.c.id)).scalar_one() == nets.work_id
        assert find_source(conn, "copy.txt") is None
    with db.begin() as conn, pytest.raises(NotFound):
        delete_work(conn, lamp.work_id)


def test_foreign_keys_are_enforced(db: Database) -> None:
    row = {"work_id": 999, "position": 0, "start": 0, "end": 1, "html": "", "word_count": 0}
    with pytest.raises(IntegrityError), db.begin() as conn:
        conn.execute(insert(chapters).values(**row))
    with db.begin() as conn, pytest.raises(NotFound):
        set_editor_tag(conn, 999, TagType.FREEFORM, "Lighthouses")
    with db.connect() as conn, pytest.raises(NotFound):
        tags_of(conn, 999)


def test_a_failure_inside_the_transaction_leaves_nothing_behind(db: Database) -> None:
    with pytest.raises(RuntimeError), db.begin() as conn:
        save_work(conn, _lantern(), source_for("lamp.txt", LANTERN))
        save_work(conn, work_record(HARBOUR), source_for("nets.txt", HARBOUR))
        raise RuntimeError("the importer crashed half-way")
    with db.connect() as conn:
        assert set(_snapshot(conn).values()) == {0}
    assert _save(db, _lantern(), "lamp.txt", LANTERN).status is SaveStatus.IMPORTED


def test_blank_tag_names_are_refused(db: Database) -> None:
    record = work_record(tags=(given(TagType.FREEFORM, "  "),))
    with pytest.raises(ValueError), db.begin() as conn:
        save_work(conn, record, source_for("lamp.txt", LANTERN))


def test_overlong_free_text_is_cut_to_the_column_width(db: Database) -> None:
    record = work_record(title="T" * 900, tags=(given(TagType.FREEFORM, "x" * 900),))
    outcome = _save(db, record, "lamp.txt", LANTERN)
    with db.connect() as conn:
        assert len(conn.execute(select(works.c.title)).scalar_one()) == 500
        assert [len(r.name) for r in tags_of(conn, outcome.work_id)] == [500]


class _StaleOnce:
    """Answers a look-up with "not there" once, as if another importer had stored the row
    just after this one looked (a lost race, made deterministic)."""

    def __init__(self, real: Callable[[Connection, str], Any], miss: str) -> None:
        self.real, self.miss, self.missed = real, miss, False

    def __call__(self, conn: Connection, key: str) -> Any:
        if not self.missed and key == self.miss:
            self.missed = True
            return None
        return self.real(conn, key)


def test_losing_the_race_for_a_text_makes_a_duplicate(
    db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    first = _save(db, _lantern(), "lamp.txt", LANTERN)
    stale = _StaleOnce(works_module._work_id_for_text, _lantern().text_hash)
    monkeypatch.setattr(works_module, "_work_id_for_text", stale)
    again = _save(db, _lantern(), "copy.txt", LANTERN + " ")
    assert stale.missed
    assert (again.status, again.work_id) == (SaveStatus.DUPLICATE, first.work_id)
    with db.connect() as conn:
        assert (count(conn, works), count(conn, sources)) == (1, 2)


def test_losing_the_race_for_a_path_decides_again(
    db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    first = _save(db, _lantern(), "lamp.txt", LANTERN)
    stale = _StaleOnce(works_module.find_source, "lamp.txt")
    monkeypatch.setattr(works_module, "find_source", stale)
    # The path was stored meanwhile with other text: the new work is dropped and the stored
    # one updated instead.
    again = _save(db, work_record(HARBOUR), "lamp.txt", HARBOUR)
    assert stale.missed
    assert (again.status, again.work_id) == (SaveStatus.UPDATED, first.work_id)
    with db.connect() as conn:
        assert conn.execute(select(works.c.text)).scalars().all() == [HARBOUR]
        assert count(conn, sources) == 1


def test_losing_the_race_while_rewriting_a_work_makes_a_duplicate(
    db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    lamp = _save(db, _lantern(), "lamp.txt", LANTERN)
    nets = _save(db, work_record(HARBOUR), "nets.txt", HARBOUR)
    stale = _StaleOnce(works_module._work_id_for_text, work_record(HARBOUR).text_hash)
    monkeypatch.setattr(works_module, "_work_id_for_text", stale)
    with db.begin() as conn:
        outcome = save_work(conn, work_record(HARBOUR), source_for("lamp.txt", HARBOUR))
        # The transaction is still usable after the refused update (a savepoint on PostgreSQL).
        set_editor_tag(conn, nets.work_id, TagType.FREEFORM, "Nets")
    assert stale.missed
    assert (outcome.status, outcome.work_id) == (SaveStatus.DUPLICATE, nets.work_id)
    with db.connect() as conn:
        assert find_source(conn, "lamp.txt") == KnownSource(
            nets.work_id, source_for("", HARBOUR).file_hash
        )
        # lamp.txt was the old work's only file: the work went with it.
        texts = dict(conn.execute(select(works.c.id, works.c.text)).all())
        assert texts == {nets.work_id: HARBOUR}
        assert lamp.work_id != nets.work_id
        assert count(conn, chapters) == 2


def test_concurrent_importers_share_works_and_tags_without_failing(db: Database) -> None:
    texts = [f"Story {i}: the keeper climbed {i} stairs.\n\nThe lamp held." for i in range(12)]
    statuses: Counter[SaveStatus] = Counter()
    errors: list[BaseException] = []
    lock = threading.Lock()

    def importer(worker: int) -> None:
        try:
            for i, text in enumerate(texts):
                record = work_record(
                    text,
                    tags=(
                        given(TagType.FANDOM, "Gullrock Light"),
                        inferred(TagType.CHARACTER, f"Keeper {i % 4}", 0.5),
                    ),
                )
                for path in (f"shared/{i}.txt", f"worker{worker}/{i}.txt"):
                    outcome = _save(db, record, path, text)
                    with lock:
                        statuses[outcome.status] += 1
        except BaseException as exc:  # reported to the main thread below
            errors.append(exc)

    threads = [threading.Thread(target=importer, args=(n,)) for n in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    assert statuses[SaveStatus.IMPORTED] == len(texts)
    assert sum(statuses.values()) == 4 * 2 * len(texts)
    with db.connect() as conn:
        assert count(conn, works) == len(texts)
        assert count(conn, sources) == len(texts) * 5
        assert count(conn, tags) == 5
        assert count(conn, authors) == 1
        assert count(conn, work_tags) == 2 * len(texts)


def test_a_bare_work_needs_no_authors_notes_or_tags(db: Database) -> None:
    record = work_record(authors=(" ", ""), notes=())
    outcome = _save(db, record, "lamp.txt", LANTERN)
    assert outcome.status is SaveStatus.IMPORTED
    with db.connect() as conn:
        assert tags_of(conn, outcome.work_id) == []
        assert [count(conn, t) for t in (authors, work_authors, notes, chapters)] == [0, 0, 0, 2]
