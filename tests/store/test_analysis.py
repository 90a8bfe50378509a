"""What the pipeline found, stored with the work (store.analysis), and the evidence behind
its tags, on SQLite and PostgreSQL."""

from __future__ import annotations

import dataclasses

import pytest

from analysis_builders import STORY, story_analysis
from ficshelf.dialogue_share import speaker_shares, tallied_shares
from ficshelf.errors import NotFound
from ficshelf.model import BlockKind, Provenance, QuoteRecord, TagType, WorkRecord
from ficshelf.records import build_work_record
from ficshelf.store.analysis import (
    speaker_tallies,
    story_quotes,
    tag_evidence,
    work_analysis,
    work_analysis_without_quotes,
)
from ficshelf.store.browse import find_tag, works_with_tags
from ficshelf.store.db import Database
from ficshelf.store.schema import analysis_characters, analysis_quotes, analysis_works
from ficshelf.store.tags import set_canonical, set_editor_tag
from ficshelf.store.works import delete_work, save_work
from work_builders import count, source_for, work_record


def analysed_record(text: str = STORY) -> WorkRecord:
    record = build_work_record(story_analysis())
    if text == STORY:
        return record
    return dataclasses.replace(record, text=text, text_hash=f"{len(text):064d}")


def save(db: Database, record: WorkRecord, path: str = "gullrock.txt", content: str = "") -> int:
    with db.begin() as conn:
        return save_work(conn, record, source_for(path, content or record.text)).work_id


def test_a_saved_work_keeps_its_paragraphs_characters_and_quotes(db: Database) -> None:
    work_id = save(db, analysed_record())
    with db.connect() as conn:
        stored = work_analysis(conn, work_id)
    assert stored.analysed and stored.text == STORY
    assert [b.kind for b in stored.blocks][:3] == [
        BlockKind.NOTE,
        BlockKind.NOTE,
        BlockKind.HEADING,
    ]
    assert [(c.name, c.mentions, c.quotes, c.quote_words) for c in stored.characters] == [
        ("Maren Holt", 3, 1, 4),
        ("Ivo Brandt", 2, 1, 3),
        ("the gulls", 1, 0, 0),
    ]
    assert stored.characters[0].aliases == ("Maren Holt", "Maren")
    assert [(STORY[q.start : q.end], q.speaker) for q in stored.quotes] == [
        ("The oil is low,", "Maren Holt"),
        ("Then we row,", "Ivo Brandt"),
    ]
    assert stored.quotes[0].confidence == pytest.approx(0.95)


def test_the_dialogue_view_reads_a_stretch_of_quotes_and_counts_the_rest_in_sql(
    db: Database,
) -> None:
    record = analysed_record()
    # Quotes every way the view meets them: two speakers, nobody, one in a note, one
    # reaching over the stretch's either end.
    quotes = (
        QuoteRecord(0, 10, "Maren Holt", 0.9, 3, in_note=True),
        QuoteRecord(20, 40, "Ivo Brandt", 0.8, 4),
        QuoteRecord(50, 60, None, 0.0, 2),
        QuoteRecord(70, 90, "Maren Holt", 0.7, 5),
        QuoteRecord(95, 99, "Maren Holt", 0.6, 1),
        QuoteRecord(120, 130, None, 0.0, 6),
    )
    work_id = save(db, dataclasses.replace(record, quotes=quotes))
    with db.connect() as conn:
        whole = work_analysis(conn, work_id)
        lighter = work_analysis_without_quotes(conn, work_id)
        tallies = speaker_tallies(conn, work_id)
        stretch = story_quotes(conn, work_id, 30, 71)
    assert lighter == dataclasses.replace(whole, quotes=())
    assert tallies == {"Maren Holt": (2, 6), "Ivo Brandt": (1, 4), None: (2, 8)}
    assert tallied_shares(whole.characters, tallies) == speaker_shares(
        whole.characters, whole.quotes
    )
    assert stretch == tuple(
        q for q in whole.quotes if not q.in_note and q.end > 30 and q.start < 71
    )
    assert [q.start for q in stretch] == [20, 50, 70]


def test_a_work_without_analysis_reads_as_not_analysed(db: Database) -> None:
    record = work_record()
    work_id = save(db, record, "lamp.txt")
    with db.connect() as conn:
        stored = work_analysis(conn, work_id)
        assert not stored.blocks and not stored.characters and not stored.quotes
        with pytest.raises(NotFound):
            work_analysis(conn, work_id + 100)
    assert stored.analysed  # saved through save_work: an (empty) analysis row exists


def test_reimport_replaces_the_analysis_and_keeps_editor_tags(db: Database) -> None:
    work_id = save(db, analysed_record())
    with db.begin() as conn:
        set_editor_tag(conn, work_id, TagType.CHARACTER, "Ivo Brandt", removed=True)
        set_editor_tag(conn, work_id, TagType.FREEFORM, "Lighthouses")
    changed = analysed_record()
    changed = dataclasses.replace(
        changed,
        text=changed.text + " ",
        text_hash="f" * 64,
        characters=changed.characters[:1],
        quotes=changed.quotes[:1],
    )
    assert save(db, changed, content="changed") == work_id
    with db.connect() as conn:
        stored = work_analysis(conn, work_id)
        assert [c.name for c in stored.characters] == ["Maren Holt"]
        assert len(stored.quotes) == 1
        assert count(conn, analysis_works) == 1
        with pytest.raises(NotFound):  # a person took it off: it stays off
            tag_evidence(conn, work_id, TagType.CHARACTER, "Ivo Brandt")
        kept = tag_evidence(conn, work_id, TagType.FREEFORM, "lighthouses")
        assert kept.provenance is Provenance.EDITOR
        inferred = tag_evidence(conn, work_id, TagType.CHARACTER, "maren holt")
        assert inferred.provenance is Provenance.INFERRED and inferred.evidence


def test_deleting_a_work_deletes_its_analysis(db: Database) -> None:
    work_id = save(db, analysed_record())
    with db.begin() as conn:
        delete_work(conn, work_id)
    with db.connect() as conn:
        for table in (analysis_works, analysis_characters, analysis_quotes):
            assert count(conn, table) == 0


def test_tag_evidence_by_synonym_and_its_errors(db: Database) -> None:
    work_id = save(db, analysed_record())
    with db.begin() as conn:
        set_canonical(conn, (TagType.CHARACTER, "Maren"), (TagType.CHARACTER, "Maren Holt"))
    with db.connect() as conn:
        found = tag_evidence(conn, work_id, TagType.CHARACTER, "Maren")
        assert found.name == "Maren Holt"
        assert [STORY[s:e] for s, e in found.evidence] == ["Maren Holt", "Maren", "Maren"]
        assert found.confidence is not None and 0 < found.confidence <= 1
        with pytest.raises(NotFound):
            tag_evidence(conn, work_id, TagType.CHARACTER, "Nobody")
        with pytest.raises(NotFound):
            tag_evidence(conn, work_id, TagType.FANDOM, "Maren Holt")


def test_works_filtered_by_tags_of_any_provenance(db: Database) -> None:
    first = save(db, analysed_record())
    second = save(db, work_record(tags=()), "lamp.txt")
    with db.connect() as conn:
        maren = find_tag(conn, "character", "Maren Holt")
        pov = find_tag(conn, "pov", "Third Person")
        assert [w.id for w in works_with_tags(conn, [maren, pov]).items] == [first]
        assert {w.id for w in works_with_tags(conn, []).items} == {first, second}
        inferred = [t for t in works_with_tags(conn, [maren]).items[0].tags if t.inferred]
        assert {t.type for t in inferred} >= {"character", "pov", "tense", "rating"}
