"""Tests of the lexicon of verbs of speaking (``speech_verbs``)."""

from __future__ import annotations

import re

import pytest
from dialogue_texts import said

from ficshelf.understand.speech_verbs import (
    MANNER_VERBS,
    SPEECH_VERB,
    SPEECH_VERBS,
    is_speech_verb,
)


@pytest.mark.parametrize(
    "word",
    ["sang", "sings", "recited", "quoted", "lisped", "taunted", "soothed", "chorused", "mimicked"],
)
def test_speech_that_is_sung_recited_or_quoted_is_speech(word: str) -> None:
    assert is_speech_verb(word)
    assert SPEECH_VERB.fullmatch(word.capitalize())


@pytest.mark.parametrize("word", ["read", "reads", "sing", "looked", "walked"])
def test_verbs_of_the_narration_are_not_speech_verbs(word: str) -> None:
    assert not is_speech_verb(word)


def test_sounds_that_are_not_words_tag_only_within_the_sentence() -> None:
    assert {"sniffed", "cackled", "tittered"} <= MANNER_VERBS
    assert "recited" not in MANNER_VERBS


def test_a_sung_line_is_tagged_by_its_singer() -> None:
    text = (
        "Ada and Owen sat by the stove with the cat between them.\n\n"
        '"Not that one again," Ada said.\n\n'
        '"Over the hills and far away," sang Owen.\n\n'
        '"The wind and the rain," recited Owen, undaunted.\n'
    )
    cast = {"Ada": "Ada", "Owen": "Owen"}
    assert [who for _, who in said(text, cast)] == ["Ada", "Owen", "Owen"]


@pytest.mark.parametrize(
    "word", ["begged", "begging", "fretted", "quipped", "nodding", "admitted", "concurred"]
)
def test_a_short_verb_doubles_its_last_consonant(word: str) -> None:
    assert is_speech_verb(word)


@pytest.mark.parametrize(
    "word", ["beged", "freted", "pleadded", "promptted", "mutterred", "whisperred"]
)
def test_no_misspelt_form_is_a_speech_verb(word: str) -> None:
    assert not is_speech_verb(word)


@pytest.mark.parametrize("word", ["pleaded", "prompted", "muttered", "whispered", "answered"])
def test_a_verb_ending_otherwise_keeps_its_consonant_single(word: str) -> None:
    assert is_speech_verb(word)


# Invented lines: verbs that are the start of longer forms ("ask", "asked", "asking"),
# capitals, long s and the Kelvin sign (which fold to ASCII letters case-blind), and words
# that only begin like a verb ("Asker", "saidst", "cries-out").
_VERB_LINES = (
    "Ask him, she asked; asking was all. He Asked AGAIN and ASKS, then cried-out: asker!",
    "Said Tom, who saidſ nothing; she ſaid it. The \u212aid barked. Whispering, whisperer.",
    "They replied, replying; repl. The bellowed, bellow-ing, BELLOWS, bellowsy crowd.",
)


def test_the_trie_of_speech_verbs_matches_what_the_longest_first_alternation_did() -> None:
    # (before a word edge only the whole word at a place can match, so the order of the
    # forms does not matter)
    words = sorted(SPEECH_VERBS, key=len, reverse=True)
    old = re.compile(r"\b(?:" + "|".join(words) + r")\b", re.IGNORECASE)
    assert SPEECH_VERB.pattern != old.pattern
    for line in _VERB_LINES:
        found = [m.span() for m in SPEECH_VERB.finditer(line)]
        assert found == [m.span() for m in old.finditer(line)]
        assert found
        for start in range(len(line)):
            assert bool(SPEECH_VERB.match(line, start)) == bool(old.match(line, start))


def test_patterns_that_embed_the_verbs_compile_as_their_source() -> None:
    # (built by compile_with_verbs: the forms' trie put into the parse, not parsed again)
    from ficshelf.understand import addressees, dash_dialogue, speech_or_mention

    patterns = [
        SPEECH_VERB,
        addressees._UNNAMED_TAG,
        speech_or_mention._said_the_word(),
        speech_or_mention._tag_after(),
        dash_dialogue._tag(),
    ]
    for pattern in patterns:
        re.purge()
        assert pattern == re.compile(pattern.pattern, pattern.flags)
