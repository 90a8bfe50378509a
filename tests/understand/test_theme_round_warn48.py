"""Round warn48: death words that tell no one's death. A fire gone dead and its ashes, flowers
and a limb gone dead, what is sung about (or "the one about" it), and a room that holds its
breath are no death and no grief; the same words of a person still count. Every sentence here
is invented for the test."""

from __future__ import annotations

import pytest
from theme_probes import cue_score, tags

# What is dead and is no one: a fire and its ashes, flowers, a numb limb.
NO_ONES_DEATH = [
    "Bess knelt at the grate and raked last night's ashes into the pan.\n",
    "She kept the cinders she sifted from the stove's ashes in a bucket by the door.\n",
    "Tomas sat by the dead fire with his boots off, reading the paper.\n",
    "Under the window stood a jug of dead roses nobody had thought to throw out.\n",
    "By the end of the sermon his left leg had gone dead, and he limped out of the pew.\n",
    "When he lay on it all night the arm went dead and would not lift the cup.\n",
]
# What is sung about, or asked for as "the one about" it: a song's death is no one's here.
SUNG_ABOUT = [
    "At the ceilidh Morag sang about a sailor who drowned off the point, and the room went"
    " quiet.\n",
    '"Play the one about the miller who drowned in his own pond," shouted Declan.\n',
    "The children liked singing about the farmer's wife who killed the mice best of all.\n",
]
# A room that holds its breath.
BREATH_HELD = [
    "When the judge reached for the black cap, everyone in the gallery stopped breathing.\n",
    "The whole room, for once in its life, stopped breathing while the letter was read.\n",
]
# The same words of a person, or of a real death, still count.
STILL_A_DEATH = [
    "They found the old shepherd in the snow at dawn; he had stopped breathing in the night.\n",
    "Her ashes were scattered on the hill where she had walked every morning.\n",
    "Lorcan drowned off the point that winter, and his mother never sang again.\n",
    "The dead man lay by the fire with his boots off.\n",
]


@pytest.mark.parametrize("text", NO_ONES_DEATH + SUNG_ABOUT + BREATH_HELD)
def test_no_ones_death_is_no_grief(text: str) -> None:
    assert cue_score(text, "death/grief") == 0.0


@pytest.mark.parametrize("text", STILL_A_DEATH)
def test_a_persons_death_still_counts(text: str) -> None:
    assert cue_score(text, "death/grief") > 0.0


def test_a_song_of_a_suicide_is_no_suicide() -> None:
    text = (
        "Then, because Uncle Fergus asked, I sang the one about the girl who drowned herself"
        " for love, and Granny cried into her apron as she always did.\n"
    )
    assert cue_score(text, "suicide") == 0.0
    assert "suicide" not in tags(text)
    assert "death/grief" not in tags(text)


def test_a_suicide_told_still_counts() -> None:
    text = "The girl at the mill drowned herself for love the spring her sweetheart left.\n"
    assert cue_score(text, "suicide") > 0.0
