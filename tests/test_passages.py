"""Passages with marked stretches: evidence around its spans, the story with its quotes."""

from __future__ import annotations

from analysis_builders import (
    STORY,
    find,
    story_analysis,  # noqa: I001 (kept beside its sibling above)
)
from ficshelf.dialogue_share import UNKNOWN, speaker_shares
from ficshelf.model import BlockKind, BlockRecord
from ficshelf.passages import (
    CONTEXT_CHARS,
    MAX_PASSAGE_CHARS,
    Passage,
    dialogue_passages,
    evidence_passages,
)
from ficshelf.records import build_work_record
from ficshelf.store.analysis import CharacterView, QuoteView

BLOCKS = build_work_record(story_analysis()).blocks


def marked(passage: Passage) -> list[str]:
    return [p.text for p in passage.pieces if p.mark]


def whole(passage: Passage) -> str:
    return "".join(p.text for p in passage.pieces)


def test_evidence_shows_its_paragraph_with_every_span_marked() -> None:
    maren, kissed = find(STORY, "Maren", 1), find(STORY, "kissed")
    (passage,) = evidence_passages(
        STORY, BLOCKS, [(kissed.start, kissed.end), (maren.start, maren.end)]
    )
    assert whole(passage) == '"Then we row," Ivo said. Maren kissed him anyway.'
    assert marked(passage) == ["Maren", "kissed"]
    assert passage.kind == "body" and not passage.cut


def test_evidence_outside_paragraphs_gets_its_lines_and_bad_spans_are_ignored() -> None:
    text = "no blocks here\nthe word is here\nmore"
    word = find(text, "word")
    passages = evidence_passages(text, (), [(word.start, word.end), (90, 95), (5, 5)])
    assert [whole(p) for p in passages] == ["the word is here"]
    assert passages[0].kind == "text"


def test_a_long_paragraph_is_cut_around_its_evidence_and_passages_are_bounded() -> None:
    text = "x" * 5000 + " needle " + "y" * 5000
    needle = find(text, "needle")
    blocks = (BlockRecord(0, len(text), BlockKind.BODY),)
    (passage,) = evidence_passages(text, blocks, [(needle.start, needle.end)])
    assert passage.cut and marked(passage) == ["needle"]
    assert len(whole(passage)) <= 2 * CONTEXT_CHARS + len("needle") < MAX_PASSAGE_CHARS
    many = "\n".join(f"line {i}" for i in range(100))
    lines = tuple(
        BlockRecord(m.start, m.end, BlockKind.BODY)
        for m in [find(many, f"line {i}\n") for i in range(99)]
    )
    spans = [(b.start, b.start + 4) for b in lines]
    assert len(evidence_passages(many, lines, spans, limit=5)) == 5


def test_dialogue_marks_quotes_with_their_marks_and_leaves_notes_out() -> None:
    oil, row = find(STORY, "The oil is low,"), find(STORY, "Then we row,")
    quotes = [
        (oil.start, oil.end, "speaker-0", "Maren Holt", 0.95),
        (row.start, row.end, "speaker-1", "Ivo Brandt", 0.9),
    ]
    passages = dialogue_passages(STORY, BLOCKS, quotes)
    assert [p.kind for p in passages] == ["heading", "body", "body", "scene_break", "body"]
    first = passages[1]
    assert marked(first) == ['"The oil is low,"']
    assert whole(first) == STORY[first.start : first.end]
    speech = next(p for p in first.pieces if p.mark)
    assert (speech.mark, speech.label, speech.score) == ("speaker-0", "Maren Holt", 0.95)
    assert marked(passages[2]) == ['"Then we row,"']
    assert marked(passages[4]) == []


def test_speaker_shares_and_colours() -> None:
    characters = (
        CharacterView("Maren Holt", (), 3, 1, 4, 1.0, False),
        CharacterView("Ivo Brandt", (), 2, 2, 6, 0.7, True),
    )
    quotes = (
        QuoteView(0, 1, "Maren Holt", 0.9, 4, False),
        QuoteView(2, 3, "Ivo Brandt", 0.9, 3, False),
        QuoteView(4, 5, "Ivo Brandt", 0.9, 3, False),
        QuoteView(6, 7, None, 0.0, 2, False),
        QuoteView(8, 9, "Maren Holt", 0.9, 50, True),  # in a note: not dialogue
    )
    speakers, unknown = speaker_shares(characters, quotes)
    assert [(s.name, s.colour, s.quotes, s.words) for s in speakers] == [
        ("Ivo Brandt", "speaker-0", 2, 6),
        ("Maren Holt", "speaker-1", 1, 4),
    ]
    assert speakers[0].narrator and speakers[0].quote_share == 0.5
    assert (unknown.colour, unknown.quotes, unknown.word_share) == (UNKNOWN, 1, 2 / 12)
    assert speaker_shares((), ()) == ((), speaker_shares((), ())[1])
