"""A described speaker keeps what tells them from the others: the place a tag after its
verb ends on, when the text uses it again ('"…," said the woman from the mill.'), and what
an indefinite newcomer wears or holds before the verb ('a tall man in a green coat said')."""

from __future__ import annotations

from ficshelf.understand.descriptor_phrases import scan_descriptors
from ficshelf.understand.narrator_fallbacks import plain_quotes
from ficshelf.understand.text import paragraph_spans


def _speaking(text: str) -> list[str]:
    paragraphs = list(paragraph_spans(text))
    quotes = plain_quotes(text, paragraphs)
    return [d.key for d in scan_descriptors(text, paragraphs, quotes) if d.speech]


def test_a_tag_subject_keeps_a_place_the_text_uses_again() -> None:
    text = (
        "A woman from the mill came up the lane.\n\n"
        '"Good day," said the woman from the mill. "Is the baker in?"\n'
    )
    assert "the woman from the mill" in _speaking(text)


def test_a_place_used_once_is_where_the_line_comes_from() -> None:
    text = 'Tom sat by the stove.\n\n"Supper," called the cook from the stairs.\n'
    keys = _speaking(text)
    assert "the cook" in keys and "the cook from the stairs" not in keys


def test_an_indefinite_subject_keeps_what_they_wear() -> None:
    text = 'Then a tall man in a green coat said, "The ferry is late again."\n'
    assert _speaking(text) == ["a tall man in a green coat"]


def test_a_description_right_before_a_line_is_no_tag() -> None:
    text = (
        '"Hello, Tom," says one of them. He is a small man with a sad smile. '
        '"The boss sends his regards."\n'
    )
    assert not any("sad" in key for key in _speaking(text))
