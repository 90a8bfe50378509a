"""Round spk37 (docs/history/speakers.md): the study set 81-110's wrong lines counted, and the rules
built from them. Each on a short text written for the test."""

from __future__ import annotations

from dialogue_texts import speakers_by_line

from ficshelf.understand.group_voices import is_group
from ficshelf.understand.said_it_beats import says_it_back


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


def _says_it(narration: str) -> bool:
    return says_it_back(narration, 0, len(narration)) >= 0


def test_a_sentence_that_says_how_the_line_before_was_said() -> None:
    assert _says_it("Tobias has come round behind her chair, and he says it low, for her only.")
    assert _says_it("Mara said it without looking up from the sewing.")
    assert _says_it("He asked this of nobody in particular. Then he sat down.")
    # a report ("it" the subject of what was said), or in a later sentence only
    assert not _says_it("Mara said it was late, and went up to bed.")
    assert not _says_it("The rain came on. Tobias said it would.")
    assert not _says_it("The kettle sang. Later he said it again.")


_TEA = (
    "“The water is too cold for him,” said Jonah Reed, and nobody answered.\n\n"
    "Mara Quill sat under the elm with her book, and Edmund Carrow was pouring out the tea. "
    "Jonah Reed was throwing sticks for the dog down by the hedge.\n\n"
    "“Are you going away?”\n\n"
    "Edmund Carrow has come round behind her chair with the teapot, and he says it low, for "
    "her only.\n\n"
    "“To the coast. In the spring.”\n\n"
    "“Why?”\n\n"
    "“Because I want to.”\n\n"
    "The dog came back with the stick, and Jonah Reed whistled for it.\n"
)


def test_narration_that_says_who_said_the_line_before_gives_it_to_them() -> None:
    said, _ = speakers_by_line(_TEA)
    assert said["Are you going away?"] == "Edmund Carrow"
    assert said["To the coast. In the spring."] == "Mara Quill"
    assert said["Why?"] == "Edmund Carrow"
