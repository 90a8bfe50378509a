"""Adverbs and prepositions opening a sentence are no part of the name after them ("Like
Mara.", "Afterward Tobin went home."; round notes42: ``name_tables.SENTENCE_OPENERS``), on
invented texts."""

from __future__ import annotations

import pytest

from ficshelf.model import RawDocument
from ficshelf.understand import analyze


def names_of(text: str) -> set[str]:
    """Return every character name and alias the pipeline finds in ``text``."""
    analysis = analyze(RawDocument(text, "test.txt", "txt"))
    found: set[str] = set()
    for span in analysis.layer("characters"):
        found.add(span.label)
    for span in analysis.layer("mentions"):
        found.add(span.text_of(text))
    return found


@pytest.mark.parametrize(
    ("opener", "name"), [("Like", "Mara"), ("Afterward", "Tobin"), ("Afterwards", "Tobin")]
)
def test_a_sentence_opening_word_is_not_glued_to_the_name(opener: str, name: str) -> None:
    text = (
        f'"{name} never listens," said Ellis. "{opener} {name}, every time."\n\n'
        f"{name} laughed at that. {opener} {name} went down to the river with Ellis, and "
        f'{name} said, "You are both wrong."\n\n'
        f'"We are not," said Ellis to {name}.\n'
    )
    found = names_of(text)
    assert name in found
    assert f"{opener} {name}" not in found
