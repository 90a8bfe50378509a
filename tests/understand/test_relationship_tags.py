"""The pairings a file's own relationship tags declare ("Corvin Marsh/Ilse": a romance;
"Wren & Odo": a friendship) are the story's relationships of the tag's kind, whatever the
text's own reading (``relationship_tags``). Invented stories with hand-made character
layers and hand-made file tags."""

from __future__ import annotations

import dataclasses

from handmade import handmade

from ficshelf.model import GivenMetadata, GivenTag, TagType
from ficshelf.understand.relationship_tags import tag_character
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


def _found(*tags: str, notes: str = "") -> dict[tuple[str, str], tuple[str, str]]:
    analysis = handmade(notes + _BODY, _NAMES, ["Ilse", "Corvin Marsh", "Wren", "Odo"])
    given = GivenMetadata(tags=tuple(GivenTag(TagType.RELATIONSHIP, t) for t in tags))
    analysis = dataclasses.replace(analysis, doc=dataclasses.replace(analysis.doc, given=given))
    return {(r.a, r.b): (r.kind, r.prominence) for r in relationships_of(analysis)}


def test_a_slash_tag_makes_the_two_the_story_s_romance() -> None:
    assert _found("Corvin Marsh/Ilse").get(("Corvin Marsh", "Ilse")) == ("romantic", "major")


def test_without_the_tag_the_two_are_no_romance() -> None:
    assert _found().get(("Corvin Marsh", "Ilse"), ("", ""))[0] != "romantic"


def test_an_ampersand_tag_wins_over_a_note_s_slash() -> None:
    found = _found("Corvin Marsh & Ilse", notes="Summary: Corvin/Ilse, eventually.\n\n")
    assert found.get(("Corvin Marsh", "Ilse")) == ("platonic", "major")


def test_a_fuller_or_qualified_name_in_the_tag_finds_the_story_s_character() -> None:
    found = _found("Captain Corvin Marsh/Ilse (Ferry Tales)")
    assert found.get(("Corvin Marsh", "Ilse")) == ("romantic", "major")


def test_a_later_tag_the_text_makes_little_of_is_background() -> None:
    found = _found("Corvin Marsh/Ilse", "Corvin Marsh & Odo")
    assert found.get(("Corvin Marsh", "Ilse")) == ("romantic", "major")
    assert found.get(("Corvin Marsh", "Odo")) == ("platonic", "background")


def test_a_tag_whose_side_is_no_character_is_left_out() -> None:
    found = _found("Corvin Marsh/Brannoch")
    assert all("Brannoch" not in pair for pair in found)


def test_a_tag_s_name_is_the_one_character_whose_name_it_holds() -> None:
    forms = {"Hale": {"Ada Hale"}, "Mr. Hale": {"Mr. Hale"}}
    characters = ["Ada Hale", "Mr. Hale", "Tom"]
    assert tag_character("Lady Ada Hale", forms, characters) == "Ada Hale"
    assert tag_character("Mr. Hale (Some Book)", forms, characters) == "Mr. Hale"
    assert tag_character("Thomas", forms, characters) == ""
