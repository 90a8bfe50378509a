"""A full name and "of" a place: the place is no surname (understand/name_origins.py).
Sentences written for the tests."""

from __future__ import annotations

from cast_builders import aliases, owner

from ficshelf.understand.name_origins import origin_cut


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
