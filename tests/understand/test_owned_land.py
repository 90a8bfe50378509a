"""A surname owning a field or a mill names the land (understand/owned_land.py)."""

from __future__ import annotations

from cast_builders import people


def test_a_surname_owning_a_field_is_no_person_but_a_given_name_is() -> None:
    text = "Nell asked where the pond in Thrimble's field was, and Nell went there alone."
    assert set(people(text)) == {"Nell"}
    text = "Nell asked where Martha's field was, and Nell went there alone."
    assert set(people(text)) == {"Nell", "Martha"}
