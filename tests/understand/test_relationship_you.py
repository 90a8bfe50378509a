"""Who the "you" of a second-person story is (``relationship_you``), on invented scenes."""

from __future__ import annotations

from handmade import handmade

from ficshelf.understand.relationship_pairs import PairFinder
from ficshelf.understand.relationship_text import narrator_of
from ficshelf.understand.relationship_you import second_person_you

NAMES = {"Wren": "Wren", "Osric": "Osric", "Tilly": "Tilly"}
SCENE = (
    '"Wren, the tide is turning," says Osric.\n\n'
    '"Let it turn," you say. You drag the boat higher up the shingle, and Osric laughs.\n\n'
    '"Stubborn as ever, Wren," says Osric.\n\n'
    'You say, "Always."\n\n'
    "Tilly waves from the dunes, and you wave back.\n"
)


def test_the_you_is_the_speaker_of_the_lines_tagged_you_say() -> None:
    analysis = handmade(SCENE, NAMES, ["Osric", "Wren", "Osric", "Wren"], pov="second")
    assert second_person_you(analysis) == "Wren"
    assert narrator_of(analysis)[0] == "Wren"
    # Wren is there wherever the narration says "you": with Tilly on the dunes too.
    pairs = PairFinder(analysis).run(analysis.layers.get("sentences", ()))
    assert pairs.pairs[("Tilly", "Wren")].paragraphs == 0.5


def test_one_tagged_line_or_a_third_person_story_names_no_you() -> None:
    one = '"Go on," you say.\n\n"Wren, no," says Osric.\n\n"Fine," says Tilly.\n'
    analysis = handmade(one, NAMES, ["Wren", "Osric", "Tilly"], pov="second")
    assert second_person_you(analysis) is None  # one line may be given to the wrong speaker
    # Lines tagged "you say" split between two speakers: no one is clearly the "you".
    split = handmade(SCENE, NAMES, ["Osric", "Wren", "Osric", "Tilly"], pov="second")
    assert second_person_you(split) is None
    third = handmade(SCENE, NAMES, ["Osric", "Wren", "Osric", "Wren"], pov="third")
    assert narrator_of(third)[0] is None
