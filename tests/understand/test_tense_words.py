"""Tests for ``tense_words.is_past_form``, the one test of a past form the stages share."""

from __future__ import annotations

import pytest

from ficshelf.understand.tense_words import is_past_form


@pytest.mark.parametrize("word", ["was", "didn't", "said", "took", "thought", "looked"])
def test_past_forms(word: str) -> None:
    assert is_past_form(word)


# modals tell no tense; "-ed" words that are nouns, adjectives or present verbs are no past
@pytest.mark.parametrize("word", ["is", "takes", "could", "indeed", "hundred", "wed", "run"])
def test_not_past_forms(word: str) -> None:
    assert not is_past_form(word)
