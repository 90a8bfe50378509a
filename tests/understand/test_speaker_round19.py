"""Speaker rules of round L19 (LitBank speakers): each on a short text written for the
test."""

from __future__ import annotations

from dialogue_texts import with_cast

from ficshelf.understand.speaker_cues import build_cast, tag_after


def _tag_name(narration: str, names: dict[str, str]) -> str | None:
    """The name of the speech tag ``tag_after`` reads at the start of ``narration``, or
    ``None`` when it reads none."""
    analysis = with_cast(narration + "\n", names)
    cast = build_cast(
        narration, analysis.layer("mentions"), analysis.layer("characters"), (), (), ""
    )
    tag = tag_after(cast, narration, 0, len(narration), ends_sentence=True)
    return None if tag is None else tag.name or tag.pronoun


def test_a_subject_with_an_ing_verb_is_an_absolute_phrase_not_a_tag() -> None:
    names = {"Wilma": "Wilma"}
    assert _tag_name("Wilma answering, they set off up the lane.", names) is None
    # a finite verb, or an -ing form after an auxiliary, is still the tag
    assert _tag_name("Wilma answered, and they set off up the lane.", names) == "Wilma"
    assert _tag_name("Wilma was saying, when the bell rang.", names) == "Wilma"


def test_began_past_an_adverb_before_to_is_no_verb_of_speaking() -> None:
    names = {"Piers": "Piers"}
    assert _tag_name("Piers began slowly to stack the plates.", names) is None
    assert _tag_name("Piers began slowly, and then stopped.", names) == "Piers"


def test_a_verb_of_saying_after_to_with_an_object_is_an_intention() -> None:
    names = {"Edna": "Edna"}
    assert _tag_name("Edna longed to reply something clever.", names) is None
    assert _tag_name("Edna ventured to reply.", names) == "Edna"
