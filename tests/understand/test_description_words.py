"""The words of a short description of a person (understand/description_words.py).
Sentences written for the tests."""

from __future__ import annotations

from ficshelf.understand.description_words import (
    NOUN_WORDS,
    noun_key,
    phrase_words,
    words_after,
)


def test_a_description_is_read_word_by_word_up_to_one_past_the_noun_words() -> None:
    text = "a stout old step-mother came in from the yard with the hens"
    words = [m.group() for m in phrase_words(text, 0, len(text))]
    assert words == ["a", "stout", "old", "step-mother", "came", "in"]
    assert len(words) == NOUN_WORDS + 1


def test_a_description_is_read_within_sixty_characters_and_before_its_end() -> None:
    text = "the " + "x" * 70 + " woman"
    assert [m.group() for m in phrase_words(text, 0, len(text))] == ["the", "x" * 56]
    assert [m.group() for m in phrase_words("a tall man", 0, 6)] == ["a", "tall"]


def test_a_noun_is_looked_up_without_its_hyphens() -> None:
    assert noun_key("step-mother") == "stepmother"
    assert noun_key("grand‐father") == "grandfather"


def test_the_words_after_a_description_skip_marks_and_numbers() -> None:
    assert words_after("x, and 3 more men.", 1, 18) == ["and", "more", "men"]
