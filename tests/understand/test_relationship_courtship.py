"""A courtship told by scene (``relationship_courtship``): a man and a woman who talk at length
as each other's strongest tie and seldom name each other, on invented scenes with hand-made
character layers (``handmade``)."""

from __future__ import annotations

from handmade import handmade

from ficshelf.understand.relationship_courtship import courting
from ficshelf.understand.relationship_tally import Pair
from ficshelf.understand.relationships import relationships_of


def _scene(he: str, she: str, named: int) -> tuple[str, list[str]]:
    """Two scenes of talk between ``he`` and ``she``, her lines naming him ``named`` times."""
    text, speakers = "", []
    for scene in range(2):
        text += f"{he} set down his cup. {she} folded her letter.\n\n"
        for i in range(8):
            call = f", {he}" if scene * 8 + i < named else ""
            if i % 2:
                text += f'"The rain will stop by noon{call}," said {she}.\n\n'
                speakers.append(she)
            else:
                text += f'"Then we shall walk to the mill," said {he}.\n\n'
                speakers.append(he)
        text += f"{he} took his hat. {she} smoothed her gloves.\n\n"
        text += "* * *\n\n" if scene == 0 else ""
    return text, speakers


def _kinds(text: str, names: dict[str, str], speakers: list[str]) -> dict[tuple[str, str], str]:
    return {(r.a, r.b): r.kind for r in relationships_of(handmade(text, names, speakers))}


def test_a_man_and_a_woman_who_seldom_name_each_other_are_a_courtship() -> None:
    text, speakers = _scene("Edwin", "Clara", named=1)
    found = _kinds(text, {"Edwin": "Edwin", "Clara": "Clara"}, speakers)
    assert found.get(("Clara", "Edwin")) == "romantic"


def test_a_brother_and_sister_name_each_other_all_through_a_talk() -> None:
    names = {"Edwin": "Edwin", "Clara": "Clara"}
    text, speakers = _scene("Edwin", "Clara", named=1)
    assert _kinds(text, names, speakers).get(("Clara", "Edwin")) == "romantic"
    text, speakers = _scene("Edwin", "Clara", named=8)  # "…, Edwin," in every line of hers
    assert _kinds(text, names, speakers).get(("Clara", "Edwin")) != "romantic"


def test_a_woman_titled_as_married_is_no_sweetheart() -> None:
    text, speakers = _scene("Edwin", "Clara", named=1)
    found = _kinds(text, {"Edwin": "Edwin", "Clara": "Clara"}, speakers)
    assert found.get(("Clara", "Edwin")) == "romantic"
    text, speakers = _scene("Edwin", "Mrs. Dale", named=1)
    found = _kinds(text, {"Edwin": "Edwin", "Mrs. Dale": "Mrs. Dale"}, speakers)
    assert found.get(("Edwin", "Mrs. Dale")) != "romantic"


def test_courting_needs_a_man_and_a_woman_and_no_kin_word() -> None:
    pair = Pair(paragraphs=6, exchanges=10, familiar=1)
    assert courting(pair, "Edwin", "Clara", {"Edwin": "M", "Clara": "F"})
    assert not courting(pair, "Edwin", "Hugh", {"Edwin": "M", "Hugh": "M"})
    assert not courting(pair, "Edwin", "Clara", {"Edwin": "M"})
    kin = Pair(paragraphs=6, exchanges=10, familiar=1, family=0.5)
    assert not courting(kin, "Edwin", "Clara", {"Edwin": "M", "Clara": "F"})
