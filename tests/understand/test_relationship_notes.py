"""The pairings a story's summary and author's notes name ("Corvin/Ilse", "Wren and Odo
friendship") are main relationships of the kind the note gives
(``relationship_notes``). Invented stories with hand-made character layers."""

from __future__ import annotations

from handmade import handmade

from ficshelf.understand.relationship_notes import noted_character
from ficshelf.understand.relationships import relationships_of

_NAMES = {
    "Corvin Marsh": "Corvin Marsh",
    "Corvin": "Corvin Marsh",
    "Ilse": "Ilse",
    "Wren": "Wren",
    "Odo": "Odo",
}

_BODY = (
    "The ferry was late, and the rain came across the water in long grey sheets.\n\n"
    "Corvin stood under the awning with his collar up. Ilse came down the steps and stood "
    "beside him.\n\n"
    '"It will come," said Ilse.\n\n'
    '"It always does," said Corvin.\n\n'
    "Wren sold them two cups of tea from the stall, and Odo counted the change.\n\n"
    '"Keep it," said Wren.\n\n'
    '"I will not," said Odo.\n'
)


def _found(notes: str) -> dict[tuple[str, str], tuple[str, str]]:
    text = notes + _BODY
    speakers = ["Ilse", "Corvin Marsh", "Wren", "Odo"]
    analysis = handmade(text, _NAMES, speakers)
    return {(r.a, r.b): (r.kind, r.prominence) for r in relationships_of(analysis)}


def test_a_slash_in_the_summary_names_the_story_s_romance() -> None:
    found = _found("Summary: A wet evening at the landing. Corvin/Ilse, eventually.\n\n")
    assert found.get(("Corvin Marsh", "Ilse")) == ("romantic", "major")


def test_without_the_note_the_two_are_no_romance() -> None:
    found = _found("Summary: A wet evening at the landing.\n\n")
    assert found.get(("Corvin Marsh", "Ilse"), ("", ""))[0] != "romantic"


def test_a_friendship_the_author_s_note_names_is_listed_as_major() -> None:
    found = _found("A/N: Wren and Odo friendship is my whole heart, sorry not sorry.\n\n")
    assert found.get(("Odo", "Wren")) == ("platonic", "major")


def test_turns_at_telling_the_story_are_no_pairing() -> None:
    found = _found("A/N: Corvin/Ilse pov, one scene each.\n\n")
    assert found.get(("Corvin Marsh", "Ilse"), ("", ""))[0] != "romantic"


def test_a_note_s_name_is_the_one_character_whose_name_holds_it() -> None:
    forms = {"Mr. Hale": {"Mr. Hale"}, "Ada": {"Ada Hale"}}
    characters = ["Mr. Hale", "Ada Hale", "Tom"]
    assert noted_character("Ada", forms, characters) == "Ada Hale"
    assert noted_character("Hale", forms, characters) == ""  # two characters hold it
    assert noted_character("The Tom", forms, characters) == "Tom"
    assert noted_character("A", forms, characters) == ""  # the "A" of "A/N"
