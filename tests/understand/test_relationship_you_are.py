"""A kin or spouse word a line says of its own listener or speaker ("You're my brother.",
"I am your mother."): ``relationship_you_are`` and its hook in the sentence pass, on
invented scenes with hand-made character layers."""

from __future__ import annotations

from handmade import handmade

from ficshelf.understand.relationship_you_are import said_of
from ficshelf.understand.relationships import Relationship, relationships_of


def _kinds(found: list[Relationship]) -> dict[tuple[str, str], str]:
    return {(r.a, r.b): r.kind for r in found}


_NAMES = {"Corin": "Corin", "Haldis": "Haldis"}
_SPEAKERS = ["Corin", "Haldis", "Corin"]


def _scene(line: str) -> str:
    return (
        "The ford was high with the spring melt.\n\n"
        '"Go back to the hall," said Corin.\n\n'
        f'"{line}" said Haldis.\n\n'
        '"Then stay," said Corin.\n'
    )


def test_youre_my_brother_makes_the_speaker_and_listener_family() -> None:
    found = _kinds(relationships_of(handmade(_scene("You're my brother."), _NAMES, _SPEAKERS)))
    assert found.get(("Corin", "Haldis")) == "family"


def test_you_are_my_husband_makes_them_a_couple() -> None:
    line = "You are my husband. I will not."
    found = _kinds(relationships_of(handmade(_scene(line), _NAMES, _SPEAKERS)))
    assert found.get(("Corin", "Haldis")) == "romantic"


def test_chosen_kin_denied_kin_and_a_kin_word_that_owns_are_no_tie() -> None:
    # Only the plain statement ties them; said by choice, denied or owning something, no.
    stated = _kinds(relationships_of(handmade(_scene("You're my sister."), _NAMES, _SPEAKERS)))
    assert stated.get(("Corin", "Haldis")) == "family"
    for line in (
        "You're my brother in all but blood.",
        "You're not my brother.",
        "You are my brother's keeper, no more.",
    ):
        found = _kinds(relationships_of(handmade(_scene(line), _NAMES, _SPEAKERS)))
        assert found.get(("Corin", "Haldis")) != "family", line


def test_said_of_tells_listener_from_speaker() -> None:
    text = "I am your mother."
    assert said_of(text, text.index("your"), "your", text.index(".")) == "speaker"
    text = "Thou art my son."
    assert said_of(text, text.index("my"), "my", text.index(".")) == "listener"
    text = "He is my son."
    assert said_of(text, text.index("my"), "my", text.index(".")) is None
