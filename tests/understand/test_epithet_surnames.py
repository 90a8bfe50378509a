"""An epithet before a surname ("Bully Bottom") is the one character of that surname."""

from __future__ import annotations

from ficshelf.understand.diminutives import epithet_links
from ficshelf.understand.epithet_surnames import surname_holders


def test_an_epithet_before_the_surname_of_one_full_name_is_that_character() -> None:
    members = {
        1: [("", "nick bottom", ("Nick", "Bottom")), ("", "bottom", ("Bottom",))],
        2: [("", "bully bottom", ("Bully", "Bottom"))],
        3: [("", "peter quince", ("Peter", "Quince"))],
    }
    assert epithet_links(members) == {2: 1}


def test_an_epithet_before_a_surname_two_characters_hold_joins_neither() -> None:
    members = {
        1: [("", "nick bottom", ("Nick", "Bottom"))],
        2: [("mrs", "mrs. bottom", ("Bottom",))],
        3: [("", "bully bottom", ("Bully", "Bottom"))],
    }
    assert epithet_links(members) == {}


def test_a_kin_title_or_a_name_the_census_lacks_gives_no_surname() -> None:
    members = {
        1: [("mother", "mother wolf", ("Wolf",))],
        2: [("mr", "mr. hale", ("Hale",))],
        3: [("", "nick bottom", ("Nick", "Bottom")), ("", "grey brother", ("Grey", "Brother"))],
    }
    assert surname_holders(members) == {"hale": {2}, "bottom": {3}}
