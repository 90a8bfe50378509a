"""The corpus wrong-speaker classes (scripts/corpus_speaker_errors.py, round S33)."""

from __future__ import annotations

from dataclasses import replace
from types import ModuleType

import pytest

from script_loading import load_script


def _script() -> ModuleType:
    return load_script("corpus_speaker_errors")


def _line(
    script: ModuleType,
    gold: str,
    final: str,
    para: int,
    rule: str = "alternation",
    sieve: str = "",
    candidate: bool = True,
    scene: int = 0,
) -> object:
    sieve = sieve or final
    return script.Line(
        "story",
        gold,
        final,
        sieve,
        rule,
        gold == final,
        gold == sieve,
        True,
        candidate,
        False,
        para,
        para,
        scene,
        "",
        "",
        "",
    )


def test_a_story_range_is_inclusive() -> None:
    parse = _script().parse_range
    assert parse("61-85") == range(61, 86)
    assert parse("7") == range(7, 8)
    for bad in ("0-4", "9-2", "a-b"):
        with pytest.raises(ValueError):
            parse(bad)


def test_wrong_lines_are_classed_by_what_explains_them() -> None:
    s = _script()
    lines = [
        _line(s, "Ada", "Ada", 1, "tag_after"),
        _line(s, "Bo", "Cy", 2, "narration_subject"),  # the first wrong line
        _line(s, "Ada", "Bo", 3),  # the line before is wrong
        _line(s, "Bo", "Ada", 4, "pronoun_recent", sieve="Bo"),  # the ranker moved it
        _line(s, "Ada", "Cy", 5, candidate=False),
        _line(s, "Bo", "Cy", 9, "narration_subject", scene=1),
    ]
    assert s.classify(lines, 1) == "first: narration"
    assert s.classify(lines, 2) == "carried: line before"
    assert s.classify(lines, 3) == "ranker overruled"
    assert s.classify(lines, 4) == "no candidate"
    assert s.classify(lines, 5) == "first: narration after break"


def test_a_count_carries_the_error_of_the_turn_two_back() -> None:
    s = _script()
    lines = [
        _line(s, "Ada", "Cy", 1, "closing_subject"),
        _line(s, "Bo", "Bo", 2, "partner"),
        _line(s, "Ada", "Cy", 3),
    ]
    assert s.classify(lines, 2) == "carried: the turn two back"
    assert s.voice_before(lines, 2) == "two back"


def test_a_described_speaker_and_a_vetoed_candidate_have_their_own_classes() -> None:
    s = _script()
    base = _line(s, "Wren", "Pim", 1, candidate=False)
    lines = [
        replace(base, gold="the ferryman", character=False),
        replace(base, gold="Old Tobias", character=False),
        replace(base, vetoed=True),
        base,
    ]
    assert s.classify(lines, 0) == "no character: unnamed"
    assert s.classify(lines, 1) == "no character"
    assert s.classify(lines, 2) == "no candidate: vetoed"
    assert s.classify(lines, 3) == "no candidate"
    assert s.unnamed("a voice from the stair")
    assert not s.unnamed("Theo")
