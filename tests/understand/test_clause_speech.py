"""Round voice39 (docs/history/speakers.md): a described person whose speech verb stands past
a clause of their own right before a line ("the ferry-boy who held the lantern shouted up
to them, '…'"; "the ferryman leaned out of his boat and called up to them, '…'"; "my uncle,
after folding his paper, said to her, '…'") is a character who speaks, and the line is
theirs. Each on a short text written for the test."""

from __future__ import annotations

import pytest
from dialogue_texts import speakers_by_line

from ficshelf.understand.clause_speech import clause_reaches_line
from ficshelf.understand.descriptor_evidence import is_verb

_OPENING = """\
Tom Bell and Anna Reed walked down to the harbour in the rain.

"It is late," said Tom.

"Not so late," said Anna.

"""
_CLOSING = """

Tom laughed. "We are coming."
"""


def _story(middle: str) -> str:
    return _OPENING + middle + _CLOSING


def _reaches(sentence: str) -> bool:
    """Whether the clause after "the ferryman" in ``sentence`` reaches the line after it."""
    end = sentence.index("the ferryman") + len("the ferryman")
    return clause_reaches_line(sentence, end, sentence.index('"') + 1, is_verb)


_BOAT = "Boat's in! Tide won't wait!\""


@pytest.mark.parametrize(
    ("middle", "speaker", "line"),
    [
        # a relative clause before the verb
        (
            "Down on the quay a lantern swung, and the ferry-boy who held it shouted up to"
            ' them, "' + _BOAT,
            "the ferry-boy",
            "Boat's in! Tide won't wait!",
        ),
        # the phrase's own verb joined by "and" to the speech verb
        (
            'Down on the quay the ferryman leaned out of his boat and called up to them, "' + _BOAT,
            "the ferryman",
            "Boat's in! Tide won't wait!",
        ),
        # the line opening the next paragraph
        (
            "Down on the quay the ferry-boy who held the lantern shouted up to them, thin on"
            ' the wind.\n\n"' + _BOAT,
            "the ferry-boy",
            "Boat's in! Tide won't wait!",
        ),
        # a preposition opening the aside
        (
            'Anna looked at her uncle. My uncle, after folding his paper, said to her, "Go'
            ' home before the tide turns."',
            "my uncle",
            "Go home before the tide turns.",
        ),
    ],
)
def test_a_clause_before_the_verb_makes_a_speaker(middle: str, speaker: str, line: str) -> None:
    said, names = speakers_by_line(_story(middle))
    assert speaker in names
    assert said[line] == speaker
    assert said["We are coming."] == "Tom"


def test_a_clause_of_someone_else_is_not_the_phrase_s() -> None:
    # another subject, a clause of its own, a verb with its own object, an infinitive
    assert _reaches('Then the ferryman waved and called to them, "Come!"')
    assert not _reaches('Then the ferryman waved and he called to them, "Come!"')
    assert not _reaches('Then the ferryman waited while the boy shouted to them, "Come!"')
    assert not _reaches('Then the ferryman who had called to them waved, "Come!"')
    assert not _reaches('Then the ferryman waved and said something to Tom. "Come!"')
    assert not _reaches('Then the ferryman waved and tried to row on. "Come!"')
    assert not _reaches('Then the ferryman waved and laughed at them. "Come!"')
    assert not _reaches('Then the ferryman who she called waved and said, "Come!"')


def test_a_clause_with_no_speech_verb_makes_no_speaker() -> None:
    text = _story(
        "Down on the quay the ferry-boy who held the lantern waved up at them."
        " \"Boat's in! Tide won't wait!\""
    )
    _, names = speakers_by_line(text)
    assert "the ferry-boy" not in names
