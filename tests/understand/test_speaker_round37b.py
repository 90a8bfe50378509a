"""Round spk37b (docs/history/speakers.md): the turn-counting class of 51-80's wrong lines, and the
rule built from it. Each on a short text written for the test."""

from __future__ import annotations

from dialogue_texts import speakers_by_line

_BARN = (
    '"The roof will want new slates before winter," said Tobias Marsh.\n\n'
    '"It will want a new roofer," said Agnes Penhallow.\n\n'
    "Tobias Marsh laughed at that, and Agnes Penhallow went back to her mending. Hal "
    "Gorrie sat by the door with the dog and whittled at a stick. For a long time nobody "
    "spoke, and the rain ran off the eaves.\n\n"
    '"Hal."\n\n'
    '"Aye?"\n\n'
    '"Fetch the lantern from the cart."\n\n'
    "He got up and went out into the wet.\n"
)


def test_a_name_alone_after_narration_calls_the_one_it_names() -> None:
    said, _ = speakers_by_line(_BARN)
    # the count would give the answer back to Tobias, two turns back; the name called Hal
    assert said["Aye?"] == "Hal Gorrie"
    assert said["Hal."] != "Hal Gorrie"


_STABLE = (
    '"The grey mare is sound," said Tobias Marsh. "I had her from the Penhallow yard."\n\n'
    '"She is lame in the off fore," said Hal Gorrie. "Anyone can see it."\n\n'
    '"Lame! She is as sound as a bell," said Tobias Marsh.\n\n'
    '"Hal," said Agnes Penhallow, "you will not let him buy her."\n\n'
    '"Not I, mistress. Not for a pound."\n'
)


def test_a_call_before_the_tag_that_splits_a_speech_is_answered() -> None:
    said, _ = speakers_by_line(_STABLE)
    # the tag's second half calls no one; the first half's call still picks who answers
    assert said["Not I, mistress. Not for a pound."] == "Hal Gorrie"
