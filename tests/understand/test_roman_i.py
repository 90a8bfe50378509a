"""A capital "I" that is the Roman numeral one, not the narrator (``roman_i.numeral_i``),
in every place that counts a narrator's "I". Sentences written for the tests."""

from __future__ import annotations

import pytest

from ficshelf.model import RawDocument
from ficshelf.understand import analyze
from ficshelf.understand.narration import count_pronouns
from ficshelf.understand.roman_i import numeral_i


def first_i(text: str) -> bool:
    return numeral_i(text, text.index(" I") + 1 if not text.startswith("I") else 0)


@pytest.mark.parametrize(
    "text",
    [
        "His grandfather came home from World War I with one lung.",
        "After World War I ended, the mill closed.",
        "The portrait of King Henry I hung crooked over the stair.",
        "Queen Matilda I never saw the sea, the guide claimed.",
        "Act I closes on the empty stage.",
        "Part I ends at the ford.",
        "She had read Chapter I twice.",
        "Nobody liked the reign of Henry I.",
        "I.\nThe house stood empty.",
    ],
)
def test_a_roman_numeral_is_no_narrator(text: str) -> None:
    assert first_i(text)


@pytest.mark.parametrize(
    "text",
    [
        "After the war I went back to the mill.",
        "I told Mary I would come.",
        "Not I.",
        "When the King saw me, I bowed.",
        "The letter reached Henry. I waited for his answer.",
    ],
)
def test_the_pronoun_is_the_narrator(text: str) -> None:
    assert not first_i(text)


def test_pov_counting_skips_the_numeral() -> None:
    text = "World War I took his brothers. King Edgar I built the bridge. Act I was dull."
    assert count_pronouns(text, [(0, len(text))]).first == 0
    text = "After the war I went home, and I was glad."
    assert count_pronouns(text, [(0, len(text))]).first == 2


def test_a_history_told_in_the_third_person_stays_third_person() -> None:
    story = (
        "Tobias had been a boy when World War I began, and he remembered the bells. His "
        "father had gone to World War I and come back quiet. He kept a book about King Charles I "
        "and another about King Louis I, and he read Act I of a play every winter.\n\n"
        "She brought him tea. He thanked her and went back to World War I, and to Part I of "
        "his book, and she left him there with it.\n"
    )
    analysis = analyze(RawDocument(story, "history.txt", "txt"))
    (pov,) = analysis.layer("pov")
    assert pov.label == "third"
