"""A parent's word used as a name joined to the one described parent of its gender
(understand/kin_names.py)."""

from __future__ import annotations

from cast_builders import aliases, owner

from ficshelf.understand.kin_names import (
    family_parents,
    parents_by_kin_name,
    spouses_by_surname,
)


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


def test_her_husband_is_the_one_man_of_a_married_surname() -> None:
    surnames = {1: {("mrs", "Hollis")}, 2: {("mr", "Hollis")}, 3: {("", "Baker")}}
    genders = {1: "f", 2: "m", 3: "m"}
    assert spouses_by_surname(surnames, genders, {9: "husband"}) == {9: 2}


def test_his_wife_is_the_one_woman_of_a_married_surname() -> None:
    surnames = {1: {("", "Marsh")}, 2: {("mr", "Marsh")}, 3: {("miss", "Baker")}}
    assert spouses_by_surname(surnames, {1: "f", 2: "m", 3: "f"}, {9: "wife"}) == {9: 1}


def test_a_miss_of_the_surname_is_a_daughter_and_no_wife() -> None:
    surnames = {1: {("miss", "Marsh")}, 2: {("mr", "Marsh")}}
    assert spouses_by_surname(surnames, {1: "f", 2: "m"}, {9: "wife"}) == {}


def test_two_men_of_a_married_surname_leave_her_husband_alone() -> None:
    surnames = {1: {("mrs", "Marsh")}, 2: {("mr", "Marsh")}, 3: {("", "Marsh")}}
    assert spouses_by_surname(surnames, {1: "f", 2: "m", 3: "m"}, {9: "husband"}) == {}


def test_her_husband_speaks_for_the_man_of_her_surname() -> None:
    text = (
        "Mrs. Marsh came home from the fields at six. Her husband was already at the "
        "table, and he had not washed.\n\n"
        "\u201cYou could have washed,\u201d said Mrs. Marsh.\n\n"
        "\u201cI could have,\u201d said her husband. \u201cI didn\u2019t.\u201d\n\n"
        "Jacob Marsh had farmed the valley for forty years and had never once washed "
        "before supper.\n\n"
        "\u201cThe Pritchards are selling,\u201d he said.\n\n"
        "Her husband laughed at her. \u201cWith what?\u201d"
    )
    found = aliases(text)
    assert owner(found, "her husband") == owner(found, "Jacob Marsh")
    assert owner(found, "her husband") != owner(found, "Mrs. Marsh")


def test_pa_is_the_father_of_the_one_family_with_a_child() -> None:
    names = [(1, "mr", "Grimble", 1), (2, "miss", "Grimble", 2), (3, "mr", "Otley", 1)]
    assert family_parents({5: {"pa"}}, names) == {5: 1}


def test_a_married_pair_with_no_child_is_no_family_for_pa() -> None:
    names = [(1, "mr", "Boffin", 1), (2, "mrs", "Boffin", 1)]
    assert family_parents({5: {"pa"}}, names) == {}


def test_two_families_leave_mamma_alone() -> None:
    names = [(1, "mrs", "Grimble", 1), (2, "miss", "Grimble", 1)]
    names += [(3, "mrs", "Otley", 1), (4, "", "Otley", 2)]
    assert family_parents({5: {"mamma"}}, names) == {}


def test_here_pa_calls_the_father_of_the_house() -> None:
    text = (
        "Mr. Grimble kept the shop on the corner, and Miss Dora Grimble kept its books.\n\n"
        "Every evening the accounts came out on the kitchen table.\n\n"
        "\u201cHere, Pa,\u201d she said, \u201cthe ledger is short again.\u201d\n\n"
        "Mr. Otley had been in that morning for tobacco.\n\n"
        "\u201cLook, Pa. Twelve shillings, and Mr. Otley swears he paid.\u201d"
    )
    found = aliases(text)
    assert owner(found, "Pa") == owner(found, "Mr. Grimble")
    assert owner(found, "Pa") != owner(found, "Mr. Otley")
