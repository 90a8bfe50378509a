from __future__ import annotations

import re

import pytest

from ficshelf.understand import note_chat
from ficshelf.understand.fast_regex import compile_fast, first_chars

SAMPLE = (
    "Thanks for reading! A/N: I don't own Harry Potter. Kudos and comments are love.\n"
    "'Tis the season, said the Ferryman. THANK YOU so much to everyone — lol, xD.\n"
    "He said: “Let me know what you think.” She didn't write this; I wrote it.\n"
    "ſo the ſtory goes (long s), and the KELVIN sign: \u212a. ©2024 no infringement.\n"
    "To be continued... TBC. Part two coming soon! OCs, fluff, angst, AU, OOC.\n"
)


@pytest.mark.parametrize(
    ("pattern", "flags", "expected"),
    [
        (r"\bkudos\b", 0, "k"),
        (r"\b(?:fic|fics|drabble)\b", 0, "df"),
        (r"(?<![\w'])[A-Z][a-z]+", 0, "A-Z"),
        (r"\b(?:I|me)\b|(?-i:\bTBC\b)", re.IGNORECASE, "ITm"),
        (r"(?:a|b)?c", 0, "abc"),
        (r"x*y+", 0, "xy"),
    ],
)
def test_first_characters_of_plain_patterns(pattern: str, flags: int, expected: str) -> None:
    assert first_chars(pattern, flags) == expected


@pytest.mark.parametrize(
    "pattern",
    [
        r"\w+ing",  # a category
        r"[^a-z]x",  # a negated class
        r".x",  # any character
        r"x?",  # the empty string
        r"(?i)kudos",  # global flags stay first
        r"(?i:k)udos",  # a case-blind group in a case-sensitive pattern
        r"(?:a|\d)x",  # one alternative opens with a category
    ],
)
def test_patterns_whose_first_characters_cannot_be_told(pattern: str) -> None:
    assert first_chars(pattern) is None
    assert compile_fast(pattern).pattern == pattern


def test_top_level_alternatives_all_stay_behind_the_lookahead() -> None:
    fast = compile_fast(r"\bcat\b|\bdog\b")
    assert fast.pattern.startswith("(?=[")
    assert [m.group() for m in fast.finditer("a dog and a cat")] == ["dog", "cat"]


@pytest.mark.parametrize("flags", [0, re.IGNORECASE, re.IGNORECASE | re.MULTILINE])
def test_case_folding_matches_like_the_plain_pattern(flags: int) -> None:
    for pattern in (r"\bstory\b", r"\bkelvin\b", r"(?-i:\bTBC\b)|\bthank\s+you\b", r"^\W*[a-z]"):
        plain, fast = re.compile(pattern, flags), compile_fast(pattern, flags)
        assert [m.span() for m in fast.finditer(SAMPLE)] == [
            m.span() for m in plain.finditer(SAMPLE)
        ]


def test_note_cue_patterns_match_exactly_as_before() -> None:
    cues = (
        note_chat._DECISIVE_CUES
        + note_chat._META_CUES
        + note_chat._STRONG_CUES
        + note_chat._WEAK_CUES
    )
    text = SAMPLE * 3 + SAMPLE.lower() + SAMPLE.upper()
    for pattern in cues:
        plain, fast = re.compile(pattern, re.IGNORECASE), compile_fast(pattern, re.IGNORECASE)
        assert [(m.span(), m.groups()) for m in fast.finditer(text)] == [
            (m.span(), m.groups()) for m in plain.finditer(text)
        ], pattern


def test_a_bad_pattern_raises_as_re_compile_does() -> None:
    with pytest.raises(re.error):
        compile_fast(r"\b(?:fic|kudos")
