"""A quantifier or a number before a capitalised word makes it a kind or a group, not a
person's name (understand/name_words_before.py). Sentences written for the tests."""

from __future__ import annotations

import pytest
from cast_builders import people


@pytest.mark.parametrize(
    "text",
    [
        "Old Pellam swore the orchard would feed the parish. There was never another "
        "Pellam in the valley after him, and another Rastovin built the mill.",
        "Corran shrugged at the sky. \u201cIs there any Ellisande for folk like us?\u201d "
        "said Corran.",
    ],
)
def test_a_name_led_only_by_a_quantifier_is_no_person(text: str) -> None:
    found = people(text)
    assert not any(form in forms for forms in found.values() for form in ("Rastovin", "Ellisande"))
