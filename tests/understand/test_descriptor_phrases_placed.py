"""``scan_descriptors`` runs its patterns once over the text and places the matches in their
paragraphs when that finds what the paragraph by paragraph scan finds."""

from __future__ import annotations

import pytest

from ficshelf.model import Span
from ficshelf.understand import descriptor_patterns, descriptor_phrases
from ficshelf.understand.descriptor_phrases import placed_matches, scan_descriptors
from ficshelf.understand.narrator_fallbacks import plain_quotes
from ficshelf.understand.text import paragraph_spans

_STORY = (
    "The old sailor came in from the rain.\n\n"
    '"Sit down," said the innkeeper. "You look frozen."\n\n'
    '"Bring him soup!" cried the fishermen together.\n\n'
    'A thin, elderly gentleman said, "I shall pay for it."  \n\n'
    "Her brother nodded. The girl's mother and Mara's nurse looked on from the door the\n"
    "   \n"
    "   the tall stranger watched.\n"
)


def _scan(text: str, paragraphs: list[Span]) -> list[tuple[int, int, str, bool, bool]]:
    quotes = plain_quotes(text, paragraphs)
    return [
        (d.start, d.end, d.key, d.speech, d.group)
        for d in scan_descriptors(text, paragraphs, quotes)
    ]


def test_placed_matches_give_the_paragraph_by_paragraph_phrases(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    paragraphs = list(paragraph_spans(_STORY))
    assert placed_matches(_STORY, paragraphs) is not None
    placed = _scan(_STORY, paragraphs)
    monkeypatch.setattr(descriptor_phrases, "placed_matches", lambda text, paras: None)
    assert _scan(_STORY, paragraphs) == placed
    keys = [key for _, _, key, _, _ in placed]
    assert "the old sailor" in keys and "the innkeeper" in keys
    assert "the fishermen" in keys and "her brother" in keys


def test_paragraphs_sharing_a_line_are_scanned_one_by_one() -> None:
    text = "The old sailor sat. The girl laughed.\n"
    halves = [Span(0, 19), Span(20, len(text) - 1)]
    assert placed_matches(text, halves) is None
    # the second half alone, as a paragraph scan reads it
    assert [key for _, _, key, _, _ in _scan(text, halves)] == ["the old sailor", "the girl"]


def test_a_paragraph_cut_inside_its_line_is_scanned_alone() -> None:
    text = "He saw the old sailor leave.\n"
    cut = [Span(0, 14)]  # "He saw the old" — a match would run past the paragraph's end
    assert placed_matches(text, cut) is None
    assert _scan(text, cut) == []


# Paragraphs whose only finds are a voice taken up again ("the rough voice") or a one-line
# speaker ("said another", "somebody asked"): none of the three placed patterns matches
# there, so the single scan must still visit them.
_VOICES = (
    'Rain hammered on the shutters. "Open up!" called a rough voice.\n\n'
    '"Who is it?" Nobody stirred.\n\n'
    "The rough voice laughed outside.\n\n"
    '"Let him in," said another. "He is soaked."\n\n'
    '"Is he armed?" somebody asked.\n\n'
    "Nothing else was said that night.\n"
)


def test_paragraphs_with_only_a_voice_or_a_one_line_speaker_are_visited(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    paragraphs = list(paragraph_spans(_VOICES))
    placed = placed_matches(_VOICES, paragraphs)
    assert placed is not None
    found = _scan(_VOICES, paragraphs)
    keys = [key for _, _, key, _, _ in found]
    assert "the rough voice" in keys and "another" in keys and "somebody" in keys
    assert not any(2 in by_para or 3 in by_para or 4 in by_para for by_para in placed)
    monkeypatch.setattr(descriptor_phrases, "placed_matches", lambda text, paras: None)
    assert _scan(_VOICES, paragraphs) == found


def test_the_scans_by_case_find_what_the_whole_pattern_finds() -> None:
    text = (
        "The fishermen shouted, and then the boatmen answered. A porter from the quay "
        "waved.\nAn old carter at the gate called; a cousin of a neighbour, grey and slow, "
        "said nothing. THE GUARDS and tHe clerks stayed, the the watchmen too; A baker in "
        "a hurry. another stranger, and Another cook."
    )
    whole_cases = (
        (descriptor_patterns.group_pattern, descriptor_patterns.GROUP_CASES),
        (descriptor_patterns.indefinite_pattern, descriptor_patterns.INDEFINITE_CASES),
    )
    for whole, cases in whole_cases:
        for start, end in ((0, len(text)), (4, len(text) - 9), (60, 200)):
            expected = [(m.span(), m.groups()) for m in whole().finditer(text, start, end)]
            found = descriptor_patterns.case_scan(whole, cases, text, start, end)
            assert [(m.span(), m.groups()) for m in found] == expected
            assert found or start == 60
    # "a cousin of a neighbour," holds a match of the lower case inside one of the whole
    # pattern's: the merged scans overlap there, and the whole pattern scans itself
    inner = descriptor_patterns.INDEFINITE_CASES[1]
    assert inner.search(text, text.index("a neighbour")) is not None
    outer = descriptor_patterns.indefinite_pattern().search(text, text.index("a cousin"))
    assert outer is not None and outer.end() > text.index("a neighbour")


def test_a_group_at_a_place_is_the_whole_patterns_match_there() -> None:
    text = "The boatmen shouted; then the carters came, and THE GUARDS. Tthe men"
    group = descriptor_patterns.group_pattern()
    for at in range(len(text) + 1):
        for end in (len(text), min(len(text), at + 12), at):
            expected = group.match(text, at, end)
            found = descriptor_patterns.group_at(text, at, end)
            assert (found and (found.span(), found.groups())) == (
                expected and (expected.span(), expected.groups())
            )
    assert descriptor_patterns.group_at(text, 0, len(text)) is not None
