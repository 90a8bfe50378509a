"""Round lbt35 (docs/history/speakers.md): a speech tag whose subject describes a person no
character answers to, a kinsman ("said her sister") or a newcomer ("A stout woman came out
of the bakery. … she said"), gives its line to that description, for that line only
(``described_tags``); the description is no character. Each on a short text written for the
test."""

from __future__ import annotations

from dialogue_texts import speakers_by_line

from ficshelf.understand.described_tags import described_phrase


def _phrase(text: str) -> str | None:
    span = described_phrase(text, 0)
    return None if span is None else text[span[0] : span[1]]


def test_a_described_subject_is_a_kinsman_or_a_newcomer() -> None:
    assert _phrase("her sister, quietly.") == "her sister"
    assert _phrase("his own mother said") == "his own mother"
    assert _phrase("a stout old woman in black") == "a stout old woman"
    assert _phrase("a woman servant came in") == "a woman servant"
    assert _phrase("An elderly gentleman, who") == "An elderly gentleman"
    # an epithet, a name after the noun, no person, a role after a possessive: none
    for text in (
        "the old man said",
        "her sister Jane said",
        "his eyes said",
        "a moment later",
        "her companion said",
        "the boy said",
    ):
        assert _phrase(text) is None, text


_SISTERS = (
    "Marian Holt sat by the fire with her brother Walter. Walter Holt was reading.\n\n"
    '"The frost came early this year," said Marian.\n\n'
    '"It always does, in this valley," Walter said.\n\n'
    "Marian stood up and went to the window. The lane was white.\n\n"
    '"You should not have walked to the market in this cold, Marian," said her sister.\n\n'
    "Marian only laughed and drew the curtain.\n"
)


def test_a_kinsman_no_character_answers_to_takes_the_line_a_tag_gives_them() -> None:
    said, characters = speakers_by_line(_SISTERS)
    line = "You should not have walked to the market in this cold, Marian,"
    assert said[line] == "her sister"
    assert "her sister" not in characters  # the line only: no character is made of her
    # a kinsman of the voice's gender who spoke just before keeps the line the sieve gave
    text = (
        "Ada Finch and her son Robin Finch stood at the gate.\n\n"
        '"Will you come in?" asked Ada.\n\n'
        '"Not yet," said Robin.\n\n'
        '"Then when?" said Ada.\n\n'
        '"After supper," said her son, and he turned away.\n'
    )
    said, _ = speakers_by_line(text)
    assert said["After supper,"] != "her son"


_NEWCOMER = (
    "Tom Rider tied his horse at the rail and went up the steps of the inn. The yard was "
    "empty.\n\n"
    '"Anybody home?" called Tom.\n\n'
    "A stout old woman came out of the kitchen. She wiped her hands on her apron and "
    "looked him up and down.\n\n"
    '"You will be wanting a room, I suppose," she said.\n\n'
    '"Only for the night," said Tom.\n'
)


def test_a_he_or_she_after_a_newcomer_the_sentence_opens_on_is_that_newcomer() -> None:
    said, characters = speakers_by_line(_NEWCOMER)
    assert said["You will be wanting a room, I suppose,"] == "a stout old woman"
    assert said["Only for the night,"] in ("Tom", "Tom Rider")
    assert "a stout old woman" not in characters


def test_a_sentence_ending_on_spoke_introduces_the_line_after_it() -> None:
    text = (
        "Ann Webb, Ben Carver and Clara Lisle sat late over the fire.\n\n"
        '"The ferry will not run tomorrow," said Ann.\n\n'
        '"Then we walk," said Ben.\n\n'
        '"It is twelve miles," Ann said. "Eleven, if you take the old road past Tom Hale\'s '
        'farm." There was a silence, and the fire fell in; Clara spoke. "He will never walk '
        'eleven miles."\n\n'
        '"Nobody asked him to."\n'
    )
    said, _ = speakers_by_line(text)
    assert said["He will never walk eleven miles."] in ("Clara", "Clara Lisle")
    # the tag of a line, "spoke" or not, is no sentence of its own before the next
    text = (
        "Ann Webb and Ben Carver stood at the gate.\n\n"
        '"Late again," Ann spoke. "Come in."\n\n'
        '"I came as fast as I could," said Ben.\n'
    )
    said, _ = speakers_by_line(text)
    assert said["Come in."] in ("Ann", "Ann Webb")
