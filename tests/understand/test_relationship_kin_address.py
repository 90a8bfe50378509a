"""Whose kin a kin vocative makes someone (``relationship_pairs``): "Papa" said by someone
who also calls the listener "Sir Aldous" is no child's word. Invented scenes with hand-made
character layers."""

from __future__ import annotations

from handmade import handmade

from ficshelf.understand.relationships import Relationship, relationships_of


def _kinds(found: list[Relationship]) -> dict[tuple[str, str], str]:
    return {(r.a, r.b): r.kind for r in found}


_PAPA_SCENE = (
    "The library fire had gone out, and nobody had come to light it.\n\n"
    '"You are late, {a}," said Sir Aldous.\n\n'
    '"The roads were bad. I only asked, Papa," said {b}.\n\n'
    '"Then ask again tomorrow," said Sir Aldous.\n\n'
    '"I shall," said {b}. "{c}"\n'
)


def test_papa_said_by_someone_who_calls_him_sir_aldous_is_no_childs_word() -> None:
    # Tamsin calls him "Sir Aldous" in a line of her own: a daughter does not; the "Papa"
    # given to her is another speaker's line, and the two are no family.
    text = _PAPA_SCENE.format(a="Miss Tamsin", b="Tamsin", c="Good night, Sir Aldous.")
    names = {"Sir Aldous": "Sir Aldous", "Tamsin": "Tamsin Vell", "Miss Tamsin": "Tamsin Vell"}
    speakers = ["Sir Aldous", "Tamsin Vell", "Sir Aldous", "Tamsin Vell", "Tamsin Vell"]
    found = _kinds(relationships_of(handmade(text, names, speakers)))
    assert found.get(("Sir Aldous", "Tamsin Vell")) != "family"


def test_papa_said_by_someone_who_calls_him_by_name_alone_is_family() -> None:
    # The same scene with no title between them: "Papa" makes them father and daughter.
    text = _PAPA_SCENE.format(a="Tamsin", b="Tamsin", c="Good night.")
    names = {"Sir Aldous": "Sir Aldous", "Tamsin": "Tamsin Vell"}
    speakers = ["Sir Aldous", "Tamsin Vell", "Sir Aldous", "Tamsin Vell", "Tamsin Vell"]
    found = _kinds(relationships_of(handmade(text, names, speakers)))
    assert found.get(("Sir Aldous", "Tamsin Vell")) == "family"


def test_a_parent_who_calls_the_speaker_miss_is_no_parent() -> None:
    # "Father!" given to Tamsin, who is "Miss Vell" to the man she calls so: no father says it.
    text = (
        "The mill yard was full of carts.\n\n"
        '"Good day to you, Miss Vell," said Gorran.\n\n'
        '"Father!" said Tamsin.\n\n'
        '"Aye, I heard," said Gorran.\n'
    )
    names = {"Gorran": "Gorran", "Tamsin": "Tamsin Vell", "Miss Vell": "Tamsin Vell"}
    speakers = ["Gorran", "Tamsin Vell", "Gorran"]
    found = _kinds(relationships_of(handmade(text, names, speakers)))
    assert found.get(("Gorran", "Tamsin Vell")) != "family"
