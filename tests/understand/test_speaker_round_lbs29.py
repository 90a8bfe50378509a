"""Speaker rules of round lbs29 (LitBank speakers): each on a short text written for the
test."""

from __future__ import annotations

from dialogue_texts import with_cast

from ficshelf.understand.speaker_cues import build_cast, tag_after, tag_before


def _after_name(narration: str, names: dict[str, str]) -> str | None:
    """The name (or pronoun) of the speech tag ``tag_after`` reads at the start of
    ``narration`` (the text after a quote), or ``None`` when it reads none."""
    analysis = with_cast(narration + "\n", names)
    cast = build_cast(
        narration, analysis.layer("mentions"), analysis.layer("characters"), (), (), ""
    )
    tag = tag_after(cast, narration, 0, len(narration), ends_sentence=True)
    return None if tag is None else tag.name or tag.pronoun


def _before_name(narration: str, names: dict[str, str]) -> str | None:
    """The name (or pronoun) of the speech tag ``tag_before`` reads at the end of
    ``narration`` (the text before a quote), or ``None`` when it reads none."""
    analysis = with_cast(narration + "\n", names)
    cast = build_cast(
        narration, analysis.layer("mentions"), analysis.layer("characters"), (), (), ""
    )
    tag = tag_before(cast, narration, 0, len(narration))
    return None if tag is None else tag.name or tag.pronoun


def test_and_said_goes_on_from_the_last_joined_clause() -> None:
    names = {"Mara": "Mara", "Tobias": "Tobias"}
    narration = "Then Mara tapped the table and Tobias looked at the ledger and said: "
    assert _before_name(narration, names) == "Tobias"
    narration = "Mara tapped the table but he only shrugged and said, "
    assert _before_name(narration, names) == "he"


def test_a_name_joined_as_an_object_opens_no_clause() -> None:
    names = {"Mara": "Mara", "Tobias": "Tobias", "Ysolde": "Ysolde"}
    narration = "Mara turned to Tobias and Ysolde and said: "
    assert _before_name(narration, names) == "Mara"
    narration = "Mara put her hand on the gate and said, "
    assert _before_name(narration, names) == "Mara"


def test_a_yawn_tags_a_line() -> None:
    names = {"Mara": "Mara"}
    assert _after_name("I yawned.", names) == "i"
    assert _after_name("yawned Mara, stretching.", names) == "Mara"
