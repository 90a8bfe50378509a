"""Records of what the pipeline found: paragraphs by kind, quotes with speakers, characters."""

from __future__ import annotations

from types import MappingProxyType

from analysis_builders import STORY, story_analysis
from ficshelf.analysis_records import build_blocks, build_characters, build_quotes
from ficshelf.model import Analysis, BlockKind, RawDocument, Span
from ficshelf.records import build_work_record


def test_blocks_mark_story_notes_headings_and_breaks() -> None:
    blocks = build_blocks(story_analysis())
    kinds = [(STORY[b.start : b.end][:9], b.kind) for b in blocks]
    assert kinds == [
        ("Gullrock ", BlockKind.NOTE),
        ("A/N: my f", BlockKind.NOTE),
        ("Chapter 1", BlockKind.HEADING),
        ("Maren Hol", BlockKind.BODY),
        ('"Then we ', BlockKind.BODY),
        ("* * *", BlockKind.SCENE_BREAK),
        ("The storm", BlockKind.BODY),
    ]


def test_quotes_carry_speakers_words_and_notes() -> None:
    analysis = story_analysis()
    quotes = build_quotes(analysis)
    assert [(STORY[q.start : q.end], q.speaker, q.words) for q in quotes] == [
        ("The oil is low,", "Maren Holt", 4),
        ("Then we row,", "Ivo Brandt", 3),
    ]
    assert quotes[0].confidence == 0.95
    text = 'A/N: "thanks," I said.\n\n"Hi."'
    layers = {
        "quotes": (Span(6, 13, "note", 1.0), Span(25, 28, "", 1.0)),
        "speakers": (Span(6, 13, "", 0.0), Span(25, 28, "Bo", 0.4)),
    }
    found = build_quotes(Analysis(RawDocument(text, "x.txt", "txt"), MappingProxyType(layers)))
    assert [(q.in_note, q.speaker, q.confidence) for q in found] == [
        (True, None, 0.0),
        (False, "Bo", 0.4),
    ]


def test_characters_count_mentions_quotes_and_aliases() -> None:
    analysis = story_analysis()
    characters = build_characters(analysis, build_quotes(analysis))
    maren, ivo, gulls = characters
    assert maren.name == "Maren Holt" and maren.aliases == ("Maren Holt", "Maren")
    assert len(maren.mentions) == 3 and maren.quotes == 1 and maren.quote_words == 4
    assert ivo.aliases == ("Ivo",) and ivo.salience == 0.7
    assert gulls.quotes == 0 and not gulls.narrator


def test_a_speaker_the_characters_layer_missed_is_still_a_character() -> None:
    text = '"Hi," said I.'
    layers = {
        "quotes": (Span(1, 4),),
        "speakers": (Span(1, 4, "Narrator", 0.9),),
        "characters": (),
        "mentions": (),
    }
    analysis = Analysis(RawDocument(text, "x.txt", "txt"), MappingProxyType(layers))
    (narrator,) = build_characters(analysis, build_quotes(analysis))
    assert narrator.name == "Narrator" and narrator.narrator and narrator.quotes == 1


def test_work_record_carries_the_analysis() -> None:
    record = build_work_record(story_analysis())
    assert len(record.blocks) == 7 and len(record.quotes) == 2
    assert [c.name for c in record.characters] == ["Maren Holt", "Ivo Brandt", "the gulls"]
    assert any(t.name == "Past Tense" for t in record.tags)
