"""Speaker rules of round lbs28 (LitBank speakers): each on a short text written for the
test."""

from __future__ import annotations

from dialogue_texts import with_cast

from ficshelf.understand.speaker_cues import build_cast, tag_after


def _tag_name(narration: str, names: dict[str, str]) -> str | None:
    """The name (or pronoun) of the speech tag ``tag_after`` reads at the start of
    ``narration``, or ``None`` when it reads none."""
    analysis = with_cast(narration + "\n", names)
    cast = build_cast(
        narration, analysis.layer("mentions"), analysis.layer("characters"), (), (), ""
    )
    tag = tag_after(cast, narration, 0, len(narration), ends_sentence=True)
    return None if tag is None else tag.name or tag.pronoun


def test_a_verb_that_speaks_with_in_after_it_tags_the_line() -> None:
    names = {"Brannock": "Brannock", "Ysolde": "Ysolde"}
    assert _tag_name("Brannock put in.", names) == "Brannock"
    assert _tag_name("Brannock chimed in eagerly.", names) == "Brannock"
    assert _tag_name("cut in Ysolde, frowning.", names) == "Ysolde"
    assert _tag_name("she broke in.", names) == "she"


def test_a_particle_verb_with_a_thing_after_it_or_no_in_is_no_tag() -> None:
    names = {"Brannock": "Brannock"}
    assert _tag_name("Brannock put in the last log and sat down.", names) is None
    assert _tag_name("Brannock put the kettle on.", names) is None
    assert _tag_name("Brannock cut a slice of bread.", names) is None
