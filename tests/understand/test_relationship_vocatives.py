"""Kin words said as forms of address inside a line (``relationship_vocatives``): no cue
between the names around them, and said to the one other character of the speaker's
surname, on invented scenes with hand-made character layers (``handmade``)."""

from __future__ import annotations

import pytest
from handmade import handmade

from ficshelf.understand.relationship_vocatives import is_kin_vocative, surname_relative
from ficshelf.understand.relationships import Relationship, relationships_of


def _kinds(found: list[Relationship]) -> dict[tuple[str, str], str]:
    return {(r.a, r.b): r.kind for r in found}


@pytest.mark.parametrize(
    ("line", "said"),
    [
        ("Mother, the doctor is here.", True),
        ("Sit down, Father.", True),
        ("Come in, Father, and sit.", True),
        ("Oh, dear Mother, the post has come.", True),
        ("Father, mother and I stayed at home.", False),
        ("Her mother, Jane, came in.", False),
        ("I told my father, Jane.", False),
        ("It is only Mother and me.", False),
    ],
)
def test_a_bare_kin_word_set_off_by_commas_is_said_to_the_listener(line: str, said: bool) -> None:
    word = next(w for w in ("Mother", "mother", "Father", "father") if w in line)
    start = line.index(word)
    assert is_kin_vocative(line, start, start + len(word), 0, len(line)) is said


def test_a_kin_vocative_binds_no_two_names_of_its_sentence() -> None:
    # "Mother" calls the one the line is said to: Mr. Dunn and Rowan Vale are no kin.
    text = (
        'The bell rang twice. "Mother, Mr. Dunn is at the door with Rowan Vale," '
        "said Tilda, and went to let them in.\n\n"
        "Mr. Dunn took off his hat. Rowan Vale stayed on the step.\n"
    )
    names = {"Mr. Dunn": "Mr. Dunn", "Rowan Vale": "Rowan Vale", "Tilda": "Tilda"}
    found = _kinds(relationships_of(handmade(text, names, ["Tilda"])))
    assert found.get(("Mr. Dunn", "Rowan Vale")) != "family"


def test_a_kin_vocative_is_said_to_the_one_other_character_of_the_speakers_surname() -> None:
    # Miss Pell's "Mother" is Mrs. Pell, though Kit Ward spoke last and Mrs. Pell never speaks.
    text = (
        'Kit Ward came up the stair. "Oh, Mr. Ward! Come in, come in," said Miss Pell. '
        '"Mother, it is Mr. Ward, come to call!"\n\n'
        "Mrs. Pell nodded from her chair by the fire.\n\n"
        '"How do you do," said Kit Ward.\n\n'
        '"Quite well, thank you," said Miss Pell.\n'
    )
    names = {
        "Kit Ward": "Kit Ward",
        "Mr. Ward": "Kit Ward",
        "Miss Pell": "Miss Pell",
        "Mrs. Pell": "Mrs. Pell",
    }
    speakers = ["Miss Pell", "Miss Pell", "Kit Ward", "Miss Pell"]
    found = _kinds(relationships_of(handmade(text, names, speakers)))
    assert found.get(("Miss Pell", "Mrs. Pell")) == "family"
    assert found.get(("Kit Ward", "Miss Pell")) != "family"


def test_no_surname_relative_when_two_could_be_meant() -> None:
    # Two women of the surname: "Mother" could be either; a "Miss" is no one's mother.
    full = {"Ann Hart": "Ann Hart", "Mrs. Hart": "Mrs. Hart", "Aunt Hart": "Aunt Hart"}
    surnamed = {"Hart": ["Ann Hart", "Mrs. Hart", "Aunt Hart"]}
    genders = {"Mrs. Hart": "F", "Aunt Hart": "F"}
    assert surname_relative("Ann Hart", "mother", surnamed, full, genders) == ""
    full = {"Ann Hart": "Ann Hart", "Miss Hart": "Miss Hart"}
    surnamed = {"Hart": ["Ann Hart", "Miss Hart"]}
    assert surname_relative("Ann Hart", "mother", surnamed, full, {"Miss Hart": "F"}) == ""
    assert surname_relative("Ann Hart", "sister", surnamed, full, {"Miss Hart": "F"}) == "Miss Hart"


@pytest.mark.parametrize("word", ["mummy", "mommy", "marmee"])
def test_every_parents_word_of_the_kin_lists_keeps_a_miss_out(word: str) -> None:
    # The parent's words are the kin lists' own (``relationship_cues.parent_gender``): a
    # child's "Mummy" is no more a "Miss" than "Mother" is.
    full = {"Ann Hart": "Ann Hart", "Miss Hart": "Miss Hart"}
    surnamed = {"Hart": ["Ann Hart", "Miss Hart"]}
    assert surname_relative("Ann Hart", word, surnamed, full, {"Miss Hart": "F"}) == ""
