"""Round rel41b: a death that is no person's reads as no death/grief: a wild beast killed or
lying dead, land that rain or a flood drowns, a din taken for a murder; a person's death in
the same words still counts. Every sentence here is invented for the test."""

from __future__ import annotations

import pytest
from theme_probes import cue_score

NO_PERSONS_DEATH = [
    "The old tiger lay dead in the long grass by the river.",
    "By noon the wounded boar was dead under the thorn bushes.",
    "Piet, who had killed a leopard with a spear at fourteen, blushed at the compliment.",
    "The hunters killed the great elephant at the edge of the swamp.",
    "A week of storms drowned the village gardens and half the hay.",
    "The spring flood drowned the lower fields again, as it did every year.",
    "The cook came running up from the scullery to see who was being murdered.",
    "Aunt Hester, hearing the shrieks, wondered who was being murdered upstairs.",
]

A_PERSONS_DEATH = [
    "The old keeper lay dead in the long grass by the river.",
    "He had killed a man with a spear at fourteen, and never spoke of it.",
    "The spring flood drowned the miller and both his sons.",
    "Someone murdered the pedlar in the lane that night.",
]


@pytest.mark.parametrize("sentence", NO_PERSONS_DEATH)
def test_a_death_that_is_no_persons_counts_for_nothing(sentence: str) -> None:
    assert cue_score(sentence + "\n", "death/grief") == 0.0


@pytest.mark.parametrize("sentence", A_PERSONS_DEATH)
def test_a_persons_death_in_the_same_words_still_counts(sentence: str) -> None:
    assert cue_score(sentence + "\n", "death/grief") > 0.0
