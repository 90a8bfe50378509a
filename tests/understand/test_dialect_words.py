"""West Country voicing at a sentence's start is no name (understand/dialect_words.py)."""

from __future__ import annotations

from cast_builders import people


def test_a_voiced_english_word_opening_a_sentence_is_no_name() -> None:
    text = (
        "Nell stamped the snow off her boots. Zixty sheep gone under, and he sits by the "
        "fire. Vorty more in the top field."
    )
    assert set(people(text)) == {"Nell"}
