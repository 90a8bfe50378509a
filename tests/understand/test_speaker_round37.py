"""Round spk37 (docs/speakers.md): the study set 81-110's wrong lines counted, and the rules
built from them. Each on a short text written for the test."""

from __future__ import annotations

from dialogue_texts import speakers_by_line

from ficshelf.understand.group_voices import is_group


def test_a_definite_plural_of_people_is_a_group() -> None:
    for name in ("the men", "the village children", "the choir", "the other maids"):
        assert is_group(name), name
    for name in ("the governess", "the Weasleys", "Harris", "the old man", "men"):
        assert not is_group(name), name


_YARD = (
    "I came down the lane at dusk with a ewe across my shoulders, and the carters by the "
    "gate saw me first.\n\n"
    '"Mind the ditch, Ned!" shouted the carters.\n\n'
    '"You are a great fool," said Walter Pike, when I had set her down. "You will be '
    'under the snow yourself one of these nights, and nobody will come for you."\n\n'
    '"You would come, Walter."\n\n'
    '"I would not."\n\n'
    '"You would, for the ale."\n\n'
    "He grumbled at that, and we went in to the fire.\n"
)


def test_a_group_takes_no_line_by_turn_taking() -> None:
    said, _ = speakers_by_line(_YARD)
    assert said["Mind the ditch, Ned!"] == "the carters"  # its tag gives it the line
    # the reply to Walter is no line of the carters', who spoke two turns back
    assert said["You would come, Walter."] != "the carters"
    assert said["You would, for the ale."] != "the carters"
