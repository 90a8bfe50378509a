"""A role in apposition to a name makes it a person's (understand/apposed_roles.py).
Sentences written for the tests."""

from __future__ import annotations

from cast_builders import aliases, owner

from ficshelf.understand.apposed_roles import apposed_role


def _role(text: str, name: str) -> bool:
    start = text.index(name)
    return apposed_role(text, start, start + len(name), (0, len(text)))


def test_a_role_before_the_name_behind_a_determiner() -> None:
    text = "The stone bridge was laid out by his uncle, Wendimar, before the flood of that year."
    assert _role(text, "Wendimar")
    assert "Wendimar" in aliases(text)


def test_a_style_after_the_name() -> None:
    text = (
        "The valley paid its tithe in the days of Orsobrand, Emperor of the Hill Tribes. "
        "Under Orsobrand the roads were kept."
    )
    assert _role(text, "Orsobrand")
    assert "Orsobrand" in aliases(text)


def test_no_role_beside_a_place_or_a_thing() -> None:
    text = "We sailed from Valmora, capital of the islands, and from the river, Orrin, by dawn."
    assert not _role(text, "Valmora")
    assert not _role(text, "Orrin")


def test_a_style_after_a_name_is_that_persons() -> None:
    text = (
        "Hallegrim, Duke of Amberlow, wore the ruby at his throat until the war.\n\n"
        "Years later the Duke of Amberlow gave it away, and the Duke never spoke of it "
        "again."
    )
    found = aliases(text)
    assert owner(found, "Duke of Amberlow") == owner(found, "Hallegrim")
