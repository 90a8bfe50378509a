"""A kin noun owned by a name ("Harold's grandmother"): the person the narration has just
brought in, and the one a speech tag with it names — never the owner."""

from __future__ import annotations

from ficshelf.understand.speaker_cues import Cast
from ficshelf.understand.speech_tags import tag_after


def test_a_tag_with_kin_owned_by_a_name_does_not_name_the_owner() -> None:
    cast = Cast(
        frozenset(("Harold", "Mrs. Pell")),
        {"harold": "Harold", "grandmother": "Mrs. Pell", "mrs. pell": "Mrs. Pell"},
    )
    narration = " announced Harold\u2019s grandmother, to nobody in particular."
    tag = tag_after(cast, narration, 0, len(narration))
    assert tag is not None and tag.name == "Mrs. Pell"


def test_a_tag_with_an_owned_word_no_one_goes_by_names_no_one() -> None:
    cast = Cast(frozenset(("Harold",)), {"harold": "Harold"})
    narration = " announced Harold\u2019s grandmother, to nobody in particular."
    tag = tag_after(cast, narration, 0, len(narration))
    assert tag is None or tag.name != "Harold"
