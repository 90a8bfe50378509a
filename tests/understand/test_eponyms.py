"""Names that stand for no one: eponyms and personified ideas (understand/eponyms.py)."""

from __future__ import annotations

from cast_builders import people


def test_a_surname_owning_a_disease_or_a_comet_is_no_person_but_a_given_name_is() -> None:
    text = (
        "Nell worried all week about Crandle's disease, which the leaflet said came from "
        "ponds. Then she read about Vostrey's comet and felt better."
    )
    assert set(people(text)) == {"Nell"}
    # a given name owns a disease as a person does
    text = "Nell said that Martha's disease was getting worse, and nobody argued."
    assert set(people(text)) == {"Nell", "Martha"}


def test_a_titled_idea_is_no_person_unless_it_speaks() -> None:
    text = (
        "Nell laughed at the gate. Lady Luck will not help us now, and Mother Nature has "
        "turned her back. Nell went in."
    )
    assert set(people(text)) == {"Nell"}
    spoken = '"Not yet," said Lady Luck, and Nell laughed.'
    assert "Lady Luck" in people(spoken)
