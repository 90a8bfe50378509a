"""Round spk30 (docs/history/speakers.md): only a name introduces a speaker ("I am Hugo Marsh"); a
description after "I am" says what the speaker is to someone ("I am his friend") and does not
make the line the described person's. Short texts written for the test."""

from __future__ import annotations

from dialogue_texts import sieve_choices

NAMES = {"Hugo Marsh": "Hugo Marsh", "Hugo": "Hugo Marsh", "Wren": "Ada Wren"}

DOOR = (
    "Hugo waited on the step while the rain ran off his hat. Ada Wren opened the door no "
    "wider than her hand.\n\n"
    "\u201cI have come about the boy,\u201d he said, \u201cand I mean no harm by it. "
    "I am his friend, Mrs Wren, whatever you have heard.\u201d\n"
)


def test_a_description_after_i_am_introduces_no_one() -> None:
    # the narration's "his friend" is Ada's alias here; the line's "I am his friend" is
    # Hugo's claim about himself, not Ada introducing herself
    names = {**NAMES, "his friend": "Ada Wren"}
    lines = sieve_choices(DOOR, names)
    assert all(rule != "introduced" for _, rule in lines)
    assert lines[1][0] == "Hugo Marsh"


def test_a_name_after_i_am_still_introduces_its_speaker() -> None:
    named = DOOR.replace("I am his friend, Mrs Wren,", "I am Hugo Marsh, Mrs Wren,").replace(
        "\u201cI have come about the boy,\u201d he said, \u201cand I mean no harm by it. ",
        "\u201c",
    )
    assert sieve_choices(named, NAMES)[0] == ("Hugo Marsh", "introduced")
