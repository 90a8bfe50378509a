"""Chatty, unlabelled notes that are notes only beside another note (round notes42), on
invented texts: at the top of a text, an informal paragraph right above an unlabelled note on
its own is a note of its own (``note_edges._note_next``); at the end, an informal paragraph
right after the last scene break opens the end note on its own under it, and the two are one
note (``note_edges._opens_end_note``). ``GUARDS`` are the near misses that must stay story: an
informal opening or closing paragraph with no note beside it, the story's first paragraph
under such a pair of notes."""

from __future__ import annotations

import pytest

from ficshelf.model import RawDocument
from ficshelf.understand import analyze

LIGHTHOUSE = [
    "It was on the third night of the gale that the keeper told me about the wreck, and I "
    "wrote the story down afterward in the back of the log, as near to his words as I could.",
    '"She came in on the rocks at the turn of the tide," he said. "We heard her bell."',
    "I put more coal on the stove and did not answer him. The lamp went round above us.",
]
LIGHTHOUSE_END = [
    "The lamp went round above us all that night, and in the morning the sea was flat.",
    '"That\'s the last of it," the keeper said, and went up to trim the wick.',
    "I sat on at the table a long while with the log open in front of me.",
]
OPENING = (
    "ok so I reread the lighthouse book on a bus last month and cried at the wreck chapter, "
    "which is the only reason this exists. it's the gale, from the keeper's side, because I "
    "always thought he must have said more than the book lets him."
)
SHORT_NOTE = "not beta'd, all mistakes mine, please be nice"
END_OPENING = (
    "so that's the stormy one!! I know the keeper never actually goes out to the rocks but I "
    "wanted him to get close. The gull is called Admiral because of course it is."
)
THANKS = (
    "thank you all for the lovely comments on the last one, I read every single one. next "
    "time: the relief boat, probably."
)
SIGN_OFF = "xx gullwatcher"


def notes_and_body(text: str) -> tuple[list[tuple[str, str]], list[str]]:
    """Return the (kind, text) notes of ``text`` and its body paragraphs' first and last."""
    analysis = analyze(RawDocument(text, "test.txt", "txt"))
    found = [(s.label, s.text_of(text).strip()) for s in analysis.layer("notes")]
    body = analysis.layer("body")
    return found, [body[0].text_of(text).strip(), body[-1].text_of(text).strip()]


def test_an_informal_paragraph_above_an_unlabelled_note_at_the_top_is_a_note() -> None:
    text = "\n\n".join([OPENING, SHORT_NOTE, *LIGHTHOUSE]) + "\n"
    found, body = notes_and_body(text)
    assert found == [("authors_note", OPENING), ("authors_note", SHORT_NOTE)]
    assert body == [LIGHTHOUSE[0], LIGHTHOUSE[-1]]


def test_the_pair_of_notes_under_a_title_is_read_the_same() -> None:
    text = "\n\n".join(["The Gale\nby gullwatcher", OPENING, SHORT_NOTE, *LIGHTHOUSE]) + "\n"
    found, body = notes_and_body(text)
    assert found[-2:] == [("authors_note", OPENING), ("authors_note", SHORT_NOTE)]
    assert body[0] == LIGHTHOUSE[0]


def test_an_informal_paragraph_after_the_break_is_one_note_with_the_note_under_it() -> None:
    text = "\n\n".join([*LIGHTHOUSE_END, "———", END_OPENING, THANKS, SIGN_OFF]) + "\n"
    found, body = notes_and_body(text)
    assert found == [("authors_note", f"{END_OPENING}\n\n{THANKS}\n\n{SIGN_OFF}")]
    assert body == [LIGHTHOUSE_END[0], LIGHTHOUSE_END[-1]]


GUARDS = [
    pytest.param(
        [OPENING, *LIGHTHOUSE],
        id="an informal opening with story under it stays story",
    ),
    pytest.param(
        [*LIGHTHOUSE_END, "* * *", END_OPENING],
        id="an informal last paragraph after the break with no note under it",
    ),
    pytest.param(
        [*LIGHTHOUSE_END, END_OPENING, LIGHTHOUSE_END[-1]],
        id="an informal paragraph with story under it, no break",
    ),
]


@pytest.mark.parametrize("paras", GUARDS)
def test_guards(paras: list[str]) -> None:
    found, body = notes_and_body("\n\n".join(paras) + "\n")
    assert found == []
    assert body == [paras[0], paras[-1]]
