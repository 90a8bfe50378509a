"""A parent's word used as a name joined to the one described parent of its gender
(understand/kin_names.py)."""

from __future__ import annotations

from cast_builders import aliases, owner

from ficshelf.understand.kin_names import parents_by_kin_name


def test_papa_is_the_one_described_father() -> None:
    assert parents_by_kin_name({3: {"papa"}, 4: {"wilhelmina"}}, {7: "father"}) == {3: 7}


def test_a_mother_word_joins_no_father() -> None:
    assert parents_by_kin_name({3: {"mamma"}}, {7: "father"}) == {}


def test_two_described_fathers_leave_papa_alone() -> None:
    assert parents_by_kin_name({3: {"papa"}}, {7: "father", 8: "father"}) == {}


def test_a_name_with_other_forms_is_no_kin_name() -> None:
    assert parents_by_kin_name({3: {"papa", "papa joe"}}, {7: "father"}) == {}


def test_a_call_of_papa_in_a_first_person_story_is_my_father() -> None:
    text = (
        "Every Sunday my father carved the joint as though it had insulted him, and my "
        "sister Wilhelmina watched the knife with her chin on her hands.\n\n"
        "\u201cThe gravy is cold again,\u201d said my father.\n\n"
        "\u201cIt is always cold, Papa,\u201d Wilhelmina said, for she had called him Papa "
        "since she could talk.\n\n"
        "My father put down the knife and laughed until the dog barked at him.\n\n"
        "\u201cThen you must carve faster,\u201d said my father."
    )
    found = aliases(text, pov="first")
    assert owner(found, "Papa") == owner(found, "my father")
    assert owner(found, "Papa") != owner(found, "Wilhelmina")
