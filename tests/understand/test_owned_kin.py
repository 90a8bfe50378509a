"""A kin noun owned by a name ("Harold's grandmother"): the person the narration has just
brought in, and the one a speech tag with it names — never the owner."""

from __future__ import annotations

from cast_builders import aliases, owner

from ficshelf.understand.speaker_cues import Cast
from ficshelf.understand.speech_tags import tag_after

_VISIT = (
    "The kettle had only just boiled when Mrs. Pell bustled in with a basket on her arm.\n\n"
    "\u201cThe baker has no rye today, so I have brought my own,\u201d announced Harold\u2019s "
    "grandmother, to nobody in particular.\n\n"
    "\u201cThat was kind of you,\u201d said Harold, and took the basket."
)


def test_kin_owned_by_a_name_after_the_one_named_person_of_its_gender_is_that_person() -> None:
    found = aliases(_VISIT)
    assert owner(found, "grandmother") == "Mrs. Pell"


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
