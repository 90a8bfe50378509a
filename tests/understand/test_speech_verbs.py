"""Tests of the lexicon of verbs of speaking (``speech_verbs``)."""

from __future__ import annotations

import pytest
from dialogue_texts import said

from ficshelf.understand.speech_verbs import MANNER_VERBS, SPEECH_VERB, is_speech_verb


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
