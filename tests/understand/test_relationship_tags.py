"""The pairings a file's own relationship tags declare ("Tamsin Rook/Edda": a romance;
"Pell & Hobb": a friendship) are the story's relationships of the tag's kind, whatever the
text's own reading (``relationship_tags``). Invented stories with hand-made character
layers and hand-made file tags."""

from __future__ import annotations

import dataclasses

from handmade import handmade

from ficshelf.model import GivenMetadata, GivenTag, TagType
from ficshelf.understand.relationship_tags import kin_by_surname, tag_character
from ficshelf.understand.relationships import relationships_of

_NAMES = {
    "Tamsin Rook": "Tamsin Rook",
    "Tamsin": "Tamsin Rook",
    "Edda": "Edda",
    "Pell": "Pell",
    "Hobb": "Hobb",
}

_BODY = (
    "Snow had closed the pass by noon, and the inn filled with carters.\n\n"
    "Tamsin took the bench by the fire. Edda brought the bread over and sat across from "
    "him.\n\n"
    '"We leave at first light," said Edda.\n\n'
    '"If the road lets us," said Tamsin.\n\n'
    "Pell kept the tap, and Hobb swept the snow from the step.\n\n"
    '"Shut the door," said Pell.\n\n'
    '"It sticks," said Hobb.\n'
)


def _found(*tags: str, notes: str = "") -> dict[tuple[str, str], tuple[str, str]]:
    analysis = handmade(notes + _BODY, _NAMES, ["Edda", "Tamsin Rook", "Pell", "Hobb"])
    given = GivenMetadata(tags=tuple(GivenTag(TagType.RELATIONSHIP, t) for t in tags))
    analysis = dataclasses.replace(analysis, doc=dataclasses.replace(analysis.doc, given=given))
    return {(r.a, r.b): (r.kind, r.prominence) for r in relationships_of(analysis)}


def test_a_slash_tag_makes_the_two_the_story_s_romance() -> None:
    assert _found("Tamsin Rook/Edda").get(("Edda", "Tamsin Rook")) == ("romantic", "major")


def test_without_the_tag_the_two_are_no_romance() -> None:
    assert _found().get(("Edda", "Tamsin Rook"), ("", ""))[0] != "romantic"


def test_an_ampersand_tag_wins_over_a_note_s_slash() -> None:
    found = _found("Tamsin Rook & Edda", notes="Summary: Tamsin/Edda, eventually.\n\n")
    assert found.get(("Edda", "Tamsin Rook")) == ("platonic", "major")


def test_a_fuller_or_qualified_name_in_the_tag_finds_the_story_s_character() -> None:
    found = _found("Captain Tamsin Rook/Edda (Ferry Tales)")
    assert found.get(("Edda", "Tamsin Rook")) == ("romantic", "major")


def test_a_later_tag_the_text_makes_little_of_is_background() -> None:
    found = _found("Tamsin Rook/Edda", "Tamsin Rook & Hobb")
    assert found.get(("Edda", "Tamsin Rook")) == ("romantic", "major")
    assert found.get(("Hobb", "Tamsin Rook")) == ("platonic", "background")


def test_a_tag_whose_side_is_no_character_is_left_out() -> None:
    found = _found("Tamsin Rook/Garrow")
    assert all("Garrow" not in pair for pair in found)


def test_a_tag_s_name_is_the_one_character_whose_name_it_holds() -> None:
    forms = {"Hale": {"Ada Hale"}, "Mr. Hale": {"Mr. Hale"}}
    characters = ["Ada Hale", "Mr. Hale", "Tom"]
    assert tag_character("Lady Ada Hale", forms, characters) == "Ada Hale"
    assert tag_character("Mr. Hale (Some Book)", forms, characters) == "Mr. Hale"
    assert tag_character("Thomas", forms, characters) == ""


_KIN_NAMES = {
    "Wenna Trask": "Wenna Trask",
    "Wenna": "Wenna Trask",
    "Oswin Trask": "Oswin Trask",
    "Oswin": "Oswin Trask",
    "Pell": "Pell",
}

# Wenna and Oswin share one paragraph and never talk: the text alone shows no tie.
_KIN_BODY = (
    "The ferry ran late, and the quay was full of barrels.\n\n"
    "Wenna Trask counted the barrels. Across the quay, Oswin Trask mended a net.\n\n"
    "Pell came down the steps with the lantern and set it by Wenna.\n"
)


def _kin_found(*tags: str) -> dict[tuple[str, str], str]:
    analysis = handmade(_KIN_BODY, _KIN_NAMES, ["Wenna Trask", "Oswin Trask", "Pell"])
    given = GivenMetadata(tags=tuple(GivenTag(TagType.RELATIONSHIP, t) for t in tags))
    analysis = dataclasses.replace(analysis, doc=dataclasses.replace(analysis.doc, given=given))
    return {(r.a, r.b): r.kind for r in relationships_of(analysis)}


def test_an_ampersand_tag_of_one_surname_names_kin() -> None:
    found = _kin_found("Wenna Trask & Oswin Trask")
    assert found.get(("Oswin Trask", "Wenna Trask")) == "family"


def test_an_ampersand_tag_of_two_surnames_stays_a_friendship() -> None:
    found = _kin_found("Wenna Trask & Pell")
    assert found.get(("Pell", "Wenna Trask")) == "platonic"


def test_a_slash_tag_of_one_surname_stays_a_romance() -> None:
    found = _kin_found("Wenna Trask/Oswin Trask")
    assert found.get(("Oswin Trask", "Wenna Trask")) == "romantic"


def test_which_ampersand_tags_name_kin_by_their_surname() -> None:
    assert kin_by_surname("Wenna Trask & Oswin Trask")
    assert kin_by_surname("Wenna Trask (Ferry Tales) & Oswin Trask (Ferry Tales)")
    assert kin_by_surname("Dara O'Neill & Colm O'Neill")
    assert not kin_by_surname("Wenna Trask & Oswin Penhale")
    assert not kin_by_surname("Wenna & Oswin")
    assert not kin_by_surname("Mr. Trask & Mrs. Trask")  # titled as husband and wife
    assert not kin_by_surname("Wenna Trask/Oswin Trask")  # a slash: a romance
    assert not kin_by_surname("Wenna Trask & Oswin Trask & Pell")
