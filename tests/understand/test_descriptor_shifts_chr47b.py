"""Round chr47b: a time of day before a person noun names a shift ("the night nurse"), and
"the orderly" is a person noun, read as one only where no noun follows ("the orderly
queue" is no one)."""

from __future__ import annotations

from ficshelf.understand.descriptor_phrases import scan_descriptors
from ficshelf.understand.descriptors import unnamed_characters
from ficshelf.understand.narrator_fallbacks import plain_quotes
from ficshelf.understand.text import paragraph_spans


def _phrases(text: str) -> list[tuple[str, bool]]:
    paragraphs = list(paragraph_spans(text))
    quotes = plain_quotes(text, paragraphs)
    return [(d.key, d.speech) for d in scan_descriptors(text, paragraphs, quotes)]


def test_a_night_nurse_tags_her_line() -> None:
    text = '"Lights out now," the night nurse said, and drew the curtain.\n'
    assert ("the night nurse", True) in _phrases(text)


def test_a_morning_shift_is_a_modifier_too() -> None:
    text = 'Bea waited by the gate.\n\n"No post today," said the morning postman.\n'
    assert ("the morning postman", True) in _phrases(text)


def test_the_night_before_a_clause_makes_no_phrase() -> None:
    text = "On the night the sailor came home, the whole street sang.\n"
    assert all(not key.startswith("the night") for key, _ in _phrases(text))


def test_a_greeting_is_still_no_modifier_of_a_name() -> None:
    text = '"Good night, nurse," said Tom.\n'
    assert _phrases(text) == []


def test_the_orderly_who_speaks_twice_is_a_character() -> None:
    text = (
        'The orderly bent over the stretcher. "Take him to the back," says the orderly.\n\n'
        '"Is he bad?" Paul asks.\n\n'
        '"They all are," says the orderly, and goes on down the line.\n'
    )
    paragraphs = list(paragraph_spans(text))
    quotes = plain_quotes(text, paragraphs)
    found = list(scan_descriptors(text, paragraphs, quotes))
    assert [c.name for c in unnamed_characters(found, [])] == ["the orderly"]


def test_an_orderly_queue_is_no_one() -> None:
    text = "They stood in the orderly queue outside the tent while the rain came on.\n"
    assert _phrases(text) == []
