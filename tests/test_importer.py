"""The import orchestration: read → analyse → save, idempotence, duplicates, updates,
editor tags surviving updates, bad files reported while the batch goes on, worker processes
storing what one process stores, and a refused work rejected alone from its batch."""

from __future__ import annotations

import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest
from sqlalchemy import Connection, func, select
from sqlalchemy.exc import DBAPIError

from ficshelf import importer
from ficshelf.importer import PARALLEL_FROM, ImportEvent, ImportStatus, import_paths
from ficshelf.model import SourceRecord, TagType, WorkRecord
from ficshelf.store.db import Database
from ficshelf.store.schema import chapters, library_links, notes, sources, works
from ficshelf.store.schema import tags as tags_table
from ficshelf.store.schema import work_tags as work_tags_table
from ficshelf.store.works import SaveOutcome, set_editor_tag, work_tags

ROOT = Path(__file__).resolve().parents[1]

STORY = """The Lantern Keeper

by Marigold Ashe

A/N: Written for a prompt about lighthouses. Thanks for reading!

Chapter 1: The Storm

The lamp had gone out twice before midnight. Odile climbed the stairs again, counting them.

"Who's there?" she called down into the dark.

* * *

Nobody answered. The sea answered instead, loud against the rocks.

Chapter 2: Morning

By morning the storm had passed and the harbour was full of gulls.

Please review!
"""


def _count(db: Database, table: object) -> int:
    with db.connect() as conn:
        return int(conn.execute(select(func.count()).select_from(table)).scalar_one())  # type: ignore[arg-type]


def test_plain_text_story_is_stored_with_notes_and_chapters(db: Database, tmp_path: Path) -> None:
    (tmp_path / "lantern.txt").write_text(STORY, encoding="utf-8")
    summary = import_paths(db, [tmp_path])
    assert summary.counts[ImportStatus.IMPORTED] == 1
    with db.connect() as conn:
        work = conn.execute(select(works)).one()
        assert work.title == "The Lantern Keeper"
        assert work.chapter_count == 2
        titles = conn.execute(select(chapters.c.title).order_by(chapters.c.position)).scalars()
        assert list(titles) == ["The Storm", "Morning"]
        first_html = conn.execute(select(chapters.c.html).where(chapters.c.position == 0))
        html = first_html.scalar_one()
        assert '<hr class="scene-break">' in html
        assert "Who&#x27;s there?" in html
        assert "A/N" not in html and "Please review" not in html
        kinds = set(conn.execute(select(notes.c.kind)).scalars())
        assert {"title", "byline", "authors_note"} <= kinds


def test_reimport_is_idempotent(db: Database, corpus_dir: Path) -> None:
    first = import_paths(db, [corpus_dir])
    assert first.counts[ImportStatus.REJECTED] == 0, first.rejected
    stored = _count(db, works)
    assert stored == first.counts[ImportStatus.IMPORTED] > 0
    again = import_paths(db, [corpus_dir])
    assert again.counts[ImportStatus.UNCHANGED] == first.counts[ImportStatus.IMPORTED]
    assert again.counts[ImportStatus.IMPORTED] == 0
    assert _count(db, works) == stored


def test_same_story_under_another_name_is_a_duplicate(db: Database, tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(STORY, encoding="utf-8")
    (tmp_path / "b.txt").write_bytes(STORY.replace("\n", "\r\n").encode("utf-16"))
    summary = import_paths(db, [tmp_path])
    assert summary.counts[ImportStatus.IMPORTED] == 1
    assert summary.counts[ImportStatus.DUPLICATE] == 1
    assert _count(db, works) == 1


def test_changed_file_updates_its_work_and_keeps_editor_tags(db: Database, tmp_path: Path) -> None:
    story = tmp_path / "lantern.txt"
    story.write_text(STORY, encoding="utf-8")
    import_paths(db, [story])
    with db.begin() as conn:
        work_id = conn.execute(select(works.c.id)).scalar_one()
        set_editor_tag(conn, work_id, TagType.FREEFORM, "Lighthouses")
    story.write_text(STORY.replace("gulls", "terns"), encoding="utf-8")
    summary = import_paths(db, [story])
    assert summary.counts[ImportStatus.UPDATED] == 1
    with db.connect() as conn:
        assert conn.execute(select(works.c.id)).scalar_one() == work_id
        assert "terns" in conn.execute(select(works.c.text)).scalar_one()
        names = {t.name for t in work_tags(conn, work_id)}
    assert "Lighthouses" in names


def test_changed_file_with_a_copy_in_a_zip_updates_its_own_work(
    db: Database, tmp_path: Path
) -> None:
    story = tmp_path / "mine.txt"
    story.write_text(STORY, encoding="utf-8")
    (tmp_path / "sub").mkdir()
    with zipfile.ZipFile(tmp_path / "sub" / "bundle.zip", "w") as archive:
        archive.write(story, "mine.txt")
    first: list[ImportEvent] = []
    import_paths(db, [tmp_path], on_event=first.append)
    assert [e.status for e in first] == [ImportStatus.IMPORTED, ImportStatus.DUPLICATE]
    work_id = first[0].work_id
    story.write_text(STORY.replace("gulls", "terns"), encoding="utf-8")
    changed: list[ImportEvent] = []
    import_paths(db, [story], on_event=changed.append)
    assert [(e.status, e.work_id) for e in changed] == [(ImportStatus.UPDATED, work_id)]
    # The zip's copy stays a source of the work (an earlier version of it): importing the
    # folder again changes nothing.
    again: list[ImportEvent] = []
    import_paths(db, [tmp_path], on_event=again.append)
    assert [(e.status, e.work_id) for e in again] == [(ImportStatus.UNCHANGED, work_id)] * 2
    with db.connect() as conn:
        assert conn.execute(select(works.c.id)).scalars().all() == [work_id]
        assert "terns" in conn.execute(select(works.c.text)).scalar_one()
        assert _count(db, sources) == 2


def test_bad_files_are_reported_and_the_rest_imports(db: Database, tmp_path: Path) -> None:
    tmp_path = tmp_path / "batch"
    tmp_path.mkdir()
    (tmp_path / "good.txt").write_text(STORY, encoding="utf-8")
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "binary.txt").write_bytes(bytes(range(256)) * 40)
    (tmp_path / "broken.epub").write_bytes(b"PK\x03\x04 truncated")
    (tmp_path / "notes.json").write_text("{}", encoding="utf-8")
    with zipfile.ZipFile(tmp_path / "evil.zip", "w") as archive:
        archive.writestr("../../escape.txt", STORY)
        archive.writestr("fine/inside.txt", STORY.replace("Odile", "Maren"))
    summary = import_paths(db, [tmp_path])
    reasons = {e.path.rsplit("/", 1)[-1]: e.reason for e in summary.rejected}
    assert set(reasons) >= {"empty.txt", "binary.txt", "broken.epub"}
    assert any("escape.txt" in path for path in reasons)
    assert all(reason for reason in reasons.values())
    assert summary.counts[ImportStatus.IMPORTED] == 2
    assert summary.counts[ImportStatus.SKIPPED] == 1


def test_corpus_imports_every_format(db: Database, corpus_dir: Path, tmp_path: Path) -> None:
    copy = tmp_path / "corpus"
    shutil.copytree(corpus_dir, copy)
    summary = import_paths(db, [copy])
    assert summary.counts[ImportStatus.REJECTED] == 0, summary.rejected
    with db.connect() as conn:
        formats = set(conn.execute(select(works.c.format)).scalars())
    assert {"txt", "ao3-html", "epub"} <= formats


def test_a_path_too_long_to_record_is_rejected(db: Database, tmp_path: Path) -> None:
    with zipfile.ZipFile(tmp_path / "long.zip", "w") as archive:
        archive.writestr("x" * 2100 + ".txt", STORY)
        archive.writestr("short.txt", STORY.replace("Odile", "Maren"))
    summary = import_paths(db, [tmp_path / "long.zip"])
    assert summary.counts[ImportStatus.IMPORTED] == 1
    assert "path too long" in (summary.rejected[0].reason or "")


def _generated(tmp_path: Path, count: int) -> Path:
    corpus = tmp_path / "generated"
    subprocess.run(
        [sys.executable, str(ROOT / "benchmarks" / "generate_corpus.py"), str(corpus)]
        + ["--count", str(count)],
        check=True,
        capture_output=True,
    )
    return corpus


def _stored(db: Database) -> dict[str, tuple[object, ...]]:
    """Per source file: the work's title, text hash, chapters and the tags the file and the
    pipeline gave it (what the library adds depends on the order works are reconciled in)."""
    links, tags = work_tags_table, tags_table
    with db.connect() as conn:
        rows = conn.execute(
            select(sources.c.path, works.c.title, works.c.text_hash, works.c.chapter_count).join(
                works, works.c.id == sources.c.work_id
            )
        ).all()
        given = conn.execute(
            select(sources.c.path, tags.c.type, tags.c.name, links.c.provenance)
            .join(links, links.c.work_id == sources.c.work_id)
            .join(tags, tags.c.id == links.c.tag_id)
            .where(
                ~links.c.tag_id.in_(
                    select(library_links.c.tag_id).where(library_links.c.work_id == links.c.work_id)
                )
            )
        ).all()
    tagged: dict[str, set[tuple[str, str, str]]] = {}
    for path, tag_type, name, provenance in given:
        tagged.setdefault(path, set()).add((tag_type, name, provenance))
    return {
        path: (title, text_hash, chapters, frozenset(tagged.get(path, ())))
        for path, title, text_hash, chapters in rows
    }


@pytest.mark.slow
def test_workers_store_what_one_process_stores(
    db: Database, sqlite_db: Database, tmp_path: Path
) -> None:
    corpus = _generated(tmp_path, PARALLEL_FROM + 8)
    parallel = import_paths(db, [corpus], jobs=2)
    assert parallel.counts[ImportStatus.IMPORTED] == PARALLEL_FROM + 8, parallel.rejected
    serial = import_paths(sqlite_db, [corpus], jobs=1)
    assert serial.counts == parallel.counts
    assert _stored(db) == _stored(sqlite_db)
    again = import_paths(db, [corpus], jobs=2)
    assert again.counts[ImportStatus.UNCHANGED] == PARALLEL_FROM + 8


def test_a_work_the_database_refuses_is_rejected_alone(
    db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    for name in ("odile", "maren", "tamsin"):
        (tmp_path / f"{name}.txt").write_text(STORY.replace("Odile", name.title()), "utf-8")
    real = importer.save_work

    def refusing(conn: Connection, work: WorkRecord, source: SourceRecord) -> SaveOutcome:
        if source.path.endswith("maren.txt"):
            raise DBAPIError("INSERT INTO works", {}, Exception("value out of range"))
        return real(conn, work, source)

    monkeypatch.setattr(importer, "save_work", refusing)
    events: list[ImportEvent] = []
    summary = import_paths(db, [tmp_path], on_event=events.append)
    assert [e.path.rsplit("/", 1)[-1] for e in events] == ["maren.txt", "odile.txt", "tamsin.txt"]
    assert [e.status for e in events] == [
        ImportStatus.REJECTED,
        ImportStatus.IMPORTED,
        ImportStatus.IMPORTED,
    ]
    assert "database refused it: value out of range" in (summary.rejected[0].reason or "")
    assert _count(db, works) == 2


def test_jobs_must_be_positive(db: Database, tmp_path: Path) -> None:
    with pytest.raises(ValueError):
        import_paths(db, [tmp_path], jobs=0)
