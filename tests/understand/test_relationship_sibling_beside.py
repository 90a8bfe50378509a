"""An unnamed brother or sister in the narration that is not its clause's subject ("Odile
glanced at her sister") is the nearest other character of its gender named before it
(``relationship_unnamed_kin.UnnamedKin._sibling_beside``). Invented scenes with hand-made
character layers."""

from __future__ import annotations

from handmade import handmade

from ficshelf.understand.relationships import relationships_of

_NAMES = {
    "Odile": "Odile",
    "Marguerite": "Marguerite",
    "Mrs. Thorne": "Mrs. Thorne",
    "Clara Vyne": "Clara Vyne",
    "Henry Aske": "Henry Aske",
}


def _kinds(text: str) -> dict[tuple[str, str], str]:
    return {(r.a, r.b): r.kind for r in relationships_of(handmade(text, _NAMES))}


_PARLOUR = (
    "The parlour was cold, and the fire had gone out an hour before.\n\n"
    "{seated} sat by the window, and she did not look up. {seated} mended her glove.\n\n"
    "Marguerite came in with the letters, and she put them down beside {seated}.\n\n"
    "Marguerite glanced at her sister, and away.\n"
)


def test_the_sister_looked_at_is_the_one_the_scene_has_just_shown() -> None:
    found = _kinds(_PARLOUR.format(seated="Odile"))
    assert found.get(("Marguerite", "Odile")) == "family"


def test_a_visitor_titled_as_a_wife_is_no_sister() -> None:
    found = _kinds(_PARLOUR.format(seated="Mrs. Thorne"))
    assert found.get(("Marguerite", "Mrs. Thorne")) != "family"


def test_two_surnames_that_differ_are_no_brother_and_sister() -> None:
    text = (
        "The garden party had gone on since three.\n\n"
        "Clara Vyne stood by the roses, and she did not turn round. Clara Vyne held her hat.\n\n"
        "Henry Aske crossed the lawn, and he bowed to Clara Vyne.\n\n"
        "Henry Aske went to fetch his sister from the terrace.\n"
    )
    assert _kinds(text).get(("Clara Vyne", "Henry Aske")) != "family"
