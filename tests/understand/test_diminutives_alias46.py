"""Pet forms round alias46 adds to ``diminutives``: a "y" as the stem's vowel ("Lyddie" of
Lydia), a pet form of a name's inside ("Lizy" of Eliza), and a pet form with a title that
goes before a given name ("Miss Melly" of Melanie)."""

from __future__ import annotations

from cast_builders import aliases

from ficshelf.understand.diminutives import Form, diminutive_links

Forms = dict[int, list[Form]]


def test_a_doubled_pet_form_with_y_for_its_vowel_joins_the_given_name() -> None:
    forms: Forms = {
        0: [("", "Sybil Marsh", ("Sybil", "Marsh")), ("", "Sybil", ("Sybil",))],
        1: [("", "Sybbie", ("Sybbie",))],
    }
    assert diminutive_links(forms) == {1: 0}


def test_a_y_stem_with_no_such_given_name_stays_apart() -> None:
    forms: Forms = {
        0: [("", "Edwin Marsh", ("Edwin", "Marsh"))],
        1: [("", "Wynnie", ("Wynnie",))],
    }
    assert diminutive_links(forms) == {}


def test_a_pet_form_of_a_names_inside_joins_it() -> None:
    # "Rabella" is no census name; the pet form drops the vowel that opens "Arabella".
    forms: Forms = {0: [("", "Arabella", ("Arabella",))], 1: [("", "Rabby", ("Rabby",))]}
    assert diminutive_links(forms) == {1: 0}


def test_a_pet_form_of_a_names_inside_in_a_story() -> None:
    text = (
        "Arabella Stone carried the basket up the lane. Arabella was tired.\n\n"
        '"Come in, Rabby," said Ambrose, and she came in out of the rain.\n\n'
        '"I am wet through," said Arabella.\n'
    )
    names = aliases(text)
    assert "Rabby" in names["Arabella Stone"]
    assert "Rabby" not in names


def test_an_inside_pet_form_of_two_names_or_a_consonant_name_stays_apart() -> None:
    two: Forms = {
        0: [("", "Eliza Penn", ("Eliza", "Penn"))],
        1: [("", "Elizabeth Hart", ("Elizabeth", "Hart"))],
        2: [("", "Lizy", ("Lizy",))],
    }
    assert diminutive_links(two) == {}
    assert diminutive_links({k: v for k, v in two.items() if k != 1}) == {2: 0}
    # "Gliza" opens with a consonant: "Lizy" is no pet form of its inside.
    assert diminutive_links({0: [("", "Gliza", ("Gliza",))], 1: [("", "Lizy", ("Lizy",))]}) == {}
    # A census name is no pet form of an inside ("Lucy" of "Alucia").
    assert diminutive_links({0: [("", "Alucia", ("Alucia",))], 1: [("", "Lucy", ("Lucy",))]}) == {}


def test_a_titled_pet_form_joins_the_given_name_it_doubles() -> None:
    forms: Forms = {
        0: [("", "Melanie", ("Melanie",)), ("", "Melanie Hart", ("Melanie", "Hart"))],
        1: [("", "Melly", ("Melly",)), ("miss", "Melly", ("Melly",))],
    }
    assert diminutive_links(forms) == {1: 0}


def test_a_titled_pet_form_joins_no_surname_and_no_title_of_a_surname() -> None:
    # "Aunt Patty" does not join Mr. Patterson by the surname it starts.
    surname: Forms = {
        0: [("mr", "Patterson", ("Patterson",)), ("", "Hugh Patterson", ("Hugh", "Patterson"))],
        1: [("aunt", "Patty", ("Patty",))],
    }
    assert diminutive_links(surname) == {}
    # "Mrs. Melly" is a surname's title: no pet form of Melanie.
    wife: Forms = {
        0: [("", "Melanie Hart", ("Melanie", "Hart"))],
        1: [("mrs", "Melly", ("Melly",))],
    }
    assert diminutive_links(wife) == {}
