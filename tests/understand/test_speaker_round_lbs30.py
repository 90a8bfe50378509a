"""Speaker rules of round lbs30 (LitBank speakers): each on a short text written for the
test."""

from __future__ import annotations

from dialogue_texts import with_cast

from ficshelf.understand.speaker_cues import build_cast, tag_before


def _before_name(narration: str, names: dict[str, str]) -> str | None:
    """The name (or pronoun) of the speech tag ``tag_before`` reads at the end of
    ``narration`` (the text before a quote), or ``None`` when it reads none."""
    analysis = with_cast(narration + "\n", names)
    cast = build_cast(
        narration, analysis.layer("mentions"), analysis.layer("characters"), (), (), ""
    )
    tag = tag_before(cast, narration, 0, len(narration))
    return None if tag is None else tag.name or tag.pronoun


def test_a_tag_before_its_quote_may_end_on_a_manner_phrase() -> None:
    names = {"Orla": "Orla", "Bram": "Bram"}
    narration = "The kettle ticked as it cooled; then Orla said in an unsteady voice, "
    assert _before_name(narration, names) == "Orla"
    assert _before_name("Bram answered with a slow, crooked grin -- ", names) == "Bram"
    assert _before_name("At last she asked softly in a small voice, ", names) == "she"


def test_a_long_tail_that_is_no_manner_is_still_no_tag() -> None:
    names = {"Orla": "Orla", "Bram": "Bram"}
    # a place and a listener after the verb: more than a manner, as before
    assert _before_name("Orla said it in the hall to all of them, ", names) is None
    assert _before_name("Bram looked at the clock in the hall, ", names) is None
