"""Round warn42: a negation spelled with a curly apostrophe ("didn’t") negates as the
straight one does. Every sentence here is invented for the test."""

from __future__ import annotations

import pytest
from theme_probes import cue_score

CURLY_NEGATIONS = [
    ("I didn’t kill the baker, whatever they say in the square.\n", "death/grief"),
    ("Tobias wasn’t drunk that night, only tired.\n", "alcohol"),
    ("She doesn’t want the gin, Walter.\n", "alcohol"),
]


@pytest.mark.parametrize(("text", "tag"), CURLY_NEGATIONS)
def test_a_curly_apostrophe_negates_as_a_straight_one(text: str, tag: str) -> None:
    assert cue_score(text, tag) == 0.0
    assert cue_score(text.replace("’", "'"), tag) == 0.0
    assert cue_score(text.replace("n’t", ""), tag) > 0.0
