"""Speaker rules of round lbs30 (LitBank speakers): each on a short text written for the
test."""

from __future__ import annotations

from dialogue_texts import tag_before_name


def test_a_tag_before_its_quote_may_end_on_a_manner_phrase() -> None:
    names = {"Orla": "Orla", "Bram": "Bram"}
    narration = "The kettle ticked as it cooled; then Orla said in an unsteady voice, "
    assert tag_before_name(narration, names) == "Orla"
    assert tag_before_name("Bram answered with a slow, crooked grin -- ", names) == "Bram"
    assert tag_before_name("At last she asked softly in a small voice, ", names) == "she"


def test_a_long_tail_that_is_no_manner_is_still_no_tag() -> None:
    names = {"Orla": "Orla", "Bram": "Bram"}
    # a place and a listener after the verb: more than a manner, as before
    assert tag_before_name("Orla said it in the hall to all of them, ", names) is None
    assert tag_before_name("Bram looked at the clock in the hall, ", names) is None
