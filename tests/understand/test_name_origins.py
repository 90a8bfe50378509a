"""A full name and "of" a place: the place is no surname (understand/name_origins.py).
Sentences written for the tests."""

from __future__ import annotations

from cast_builders import aliases, owner, people

from ficshelf.understand.name_origins import origin_cut, origin_name


def test_a_full_name_of_a_place_clusters_with_its_surname() -> None:
    text = (
        "We rode north with Captain Walter Quenby of Dunmarrow, who knew the passes.\n\n"
        "Quenby, who had been a surveyor, led the way. Quenby laughed at the snow, and he "
        "never once looked back."
    )
    found = aliases(text)
    assert owner(found, "Quenby") == owner(found, "Captain Walter Quenby of Dunmarrow")


def test_a_single_name_or_a_title_before_of_keeps_the_place() -> None:
    assert origin_cut("Walter Quenby of Dunmarrow".split()) == 2
    assert origin_cut("Robin of Locksley".split()) == 3
    assert origin_cut("Mary Queen of Scots".split()) == 4
    assert origin_cut("Red Knight of the Red Launds".split()) == 6


def test_a_word_no_list_knows_of_another_is_a_person_named_once() -> None:
    assert origin_name("Oswerth of Caldrigg")
    assert not origin_name("Vale of Caldrigg")
    assert not origin_name("Oswerth of London")
    assert not origin_name("Walter Quenby of Dunmarrow")


def test_a_person_of_a_place_named_once_with_no_cue_is_a_character() -> None:
    text = (
        "Maud sat by the fire and mended the nets.\n\n"
        "The talk in the hall was all of the tourney, and of Oswerth of Caldrigg and the "
        "horses he had brought from the coast. Maud did not care for any of it."
    )
    assert "Oswerth of Caldrigg" in people(text)
