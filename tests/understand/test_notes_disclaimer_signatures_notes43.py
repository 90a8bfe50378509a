"""Round notes43: a disclaimer signed by the story's writer ("… I own nothing. — username")
names the author when no byline does; a disclaimer's credit to the canon's author does not.
Invented snippets only."""

from __future__ import annotations

import pytest

from ficshelf.model import Analysis, RawDocument
from ficshelf.understand import analyze
from ficshelf.understand.note_signatures import disclaimer_signature
from ficshelf.understand.notes import authors_of

STORY = (
    "The ferry left the quay an hour late, and Oren stood at the rail with his collar up, "
    "watching the lamps of the harbour go small. Nobody had come to see him off.\n\n"
    "At the second bell the purser came round with the tickets. He looked at Oren's twice "
    "before he punched it, and then he went on down the deck without a word."
)
DISCLAIMER = (
    "Disclaimer: Oren, the ferry and the purser all belong to Quentin Marsh. I own nothing "
    "but a bus pass and strong opinions."
)


def analysed(text: str) -> Analysis:
    return analyze(RawDocument(text, "test.txt", "txt"))


@pytest.mark.parametrize("mark", ["— ", "~", "-- ", "xx "])
def test_a_disclaimer_signed_by_a_username_names_the_author(mark: str) -> None:
    analysis = analysed(DISCLAIMER + " " + mark + "gull_and_galley\n\n***\n\n" + STORY)
    assert authors_of(analysis) == ("gull_and_galley",)


def test_a_disclaimer_crediting_the_canons_author_names_no_writer() -> None:
    credit = "Disclaimer: none of this is mine. It all belongs to the great\n— Quentin Marsh"
    analysis = analysed(credit + "\n\n***\n\n" + STORY)
    assert authors_of(analysis) == ()


def test_a_disclaimer_signature_is_one_word_and_not_a_known_author() -> None:
    assert disclaimer_signature(DISCLAIMER + " — gull_and_galley") is not None
    assert disclaimer_signature(DISCLAIMER + " — Quentin Marsh") is None
    assert disclaimer_signature(DISCLAIMER + " — Austen") is None
    assert disclaimer_signature(DISCLAIMER) is None
