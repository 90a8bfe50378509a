"""Speaker candidates of round C22: people the scene's narration brought in before the
window around a line, each on a short text written for the test."""

from __future__ import annotations

from dialogue_texts import with_cast

from ficshelf.understand.speakers import speaker_candidates

CAST = {"Ilse": "Ilse", "Tomas": "Tomas", "Ruth": "Ruth"}

# Ilse comes in at the top of the scene and says nothing for several paragraphs; the last
# line is hers, far beyond the window of sentences around it.
PARLOUR = (
    "Ilse came into the parlour with the lamp and set it down on the table by the window. "
    "The wick smoked for a while before it caught. Outside the rain had started again, "
    "thin and steady, and the gutters ran with it.\n\n"
    '"Did you lock the gate?" Tomas asked.\n\n'
    '"I always lock the gate," Ruth said.\n\n'
    '"Not on Tuesday you didn\'t."\n\n'
    '"On Tuesday the latch was broken, and you knew it was broken."\n\n'
    "The clock on the mantel struck the half hour. Nobody looked at it. A cart went by "
    "in the lane, its wheels hissing through the puddles, and was gone.\n\n"
    '"The latch has been mended since," Tomas said at last.\n\n'
    '"Then there is nothing to quarrel about."\n\n'
    '"Will either of you want the lamp turned up?"\n'
)


def _candidates(text: str, quote: int) -> dict[str, dict[str, float]]:
    found = speaker_candidates(with_cast(text, CAST))
    return {c.name: c.features for c in found[quote][1]}


def test_a_person_the_scene_brought_in_earlier_is_a_candidate() -> None:
    last = _candidates(PARLOUR, -1)
    assert last["Ilse"]["scene_named"] == 1.0
    assert last["Ilse"]["scene_named_rank"] == 0.0
    assert last["Ilse"]["scene_named_subject"] == 1.0  # "Ilse came into the parlour"
    # the speakers of the exchange come in by their own turns, not as named in narration
    assert "scene_named" not in last["Tomas"]
    assert "scene_named" not in last["Ruth"]


def test_a_scene_break_ends_the_scene_named_people() -> None:
    head, tail = PARLOUR.split('"The latch has been mended')
    broken = head + "* * *\n\n" + '"The latch has been mended' + tail
    last = _candidates(broken, -1)
    assert "Ilse" not in last


def test_a_person_named_long_before_is_no_candidate() -> None:
    filler = "The rain went on and on against the glass, and the fire settled in the grate. " * 60
    far = PARLOUR.replace("Outside the rain", filler + "Outside the rain")
    last = _candidates(far, -1)
    assert "Ilse" not in last
