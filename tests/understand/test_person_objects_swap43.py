"""A name no list knows after "a letter from", "writing to", "engaged to" is a person
(understand/person_objects.py, round swap43)."""

from __future__ import annotations

import pytest
from cast_builders import people

from ficshelf.understand.person_objects import person_object


@pytest.mark.parametrize(
    "text",
    [
        "At noon the maid brought in a letter from Quendra, and the tea went cold.",
        "The page she had been writing to Quendra lay folded on the desk.",
        "Everyone in the village knew he had been engaged to Quendra Vell once.",
    ],
)
def test_a_name_after_a_persons_preposition_is_a_person(text: str) -> None:
    assert any("Quendra" in name for name in people(text))


def test_a_place_preposition_after_other_words_is_no_person_cue() -> None:
    text = "They rode on to Quendra at dawn, and the road from Quendra was long."
    assert not person_object(text, 0, text.index("Quendra"))
    assert not person_object(text, 0, text.rindex("Quendra"))
    assert person_object("a letter from Quendra", 0, len("a letter from "))
