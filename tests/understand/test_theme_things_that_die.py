"""A device, a machine or a plant that "dies" is no death (``theme_context``'s figurative
uses, from round warn29); a person who dies beside them still counts. Sentences written for
the tests."""

from __future__ import annotations

import pytest
from theme_probes import cue_score

# A neutral paragraph around each sentence: a story, not a bare line.
_BEFORE = (
    "The ferry was late again, and the waiting room smelled of diesel and wet wool. Corrie "
    "read the timetable twice and then gave up and watched the gulls.\n\n"
)
_AFTER = "\n\nBy evening the harbour was calm, and the lights came on along the quay.\n"


def story(sentence: str) -> str:
    return _BEFORE + sentence + _AFTER


@pytest.mark.parametrize(
    "sentence",
    [
        "Her phone died halfway through the call to her brother.",
        "The van died on the coast road and would not start again.",
        "Then the flashlight died and they sat in the dark of the cellar.",
        "The basil on the sill had died while they were in Cork.",
        "Every one of the seedlings died in the late frost.",
    ],
)
def test_a_thing_that_dies_is_no_death(sentence: str) -> None:
    assert cue_score(story(sentence), "death/grief") == 0.0


@pytest.mark.parametrize(
    "sentence",
    [
        "Her uncle died on the coast road in the snow.",
        "They planted a rose by the hedge where her grandmother died.",
    ],
)
def test_a_person_who_dies_still_counts(sentence: str) -> None:
    assert cue_score(story(sentence), "death/grief") > 0.0
