"""Round seven of the warnings (docs/history/warnings.md): a warning told obliquely, by two weak
cues of different kinds that agree in one scene (``theme_agreeing``). True and false cases per
tag; every sentence written for the tests."""

from __future__ import annotations

import pytest
from theme_probes import analysed, rating, tags

from ficshelf.understand.quoted import body_quotes
from ficshelf.understand.theme_agreeing import SCENE_CHARS, agreeing, scenes_needed
from ficshelf.understand.themes import story_words

# A quiet frame around a scene, so that the scene is all there is to read.
FRAME = (
    "The lane ran down past the chapel to the river, and the wind came up it all afternoon. "
    "{scene} Later the lamps were lit along the quay, one by one, and the gulls settled."
)
# Filler with no cue of any kind, long enough to part two cues into two scenes.
FILLER = " ".join(
    ["The carter's horse stood in the yard and the hens picked at the straw round its hooves."]
    * (SCENE_CHARS // 80 + 2)
)


def agreed(text: str) -> set[str]:
    """Return the tags whose cues agree in a scene of ``text`` (the agreement alone, whatever
    the cue tally finds)."""
    a = analysed(text)
    body = a.layer("body")
    found = agreeing(a.text, body, a.layer("sentences"), body_quotes(a), story_words(a.text, body))
    return set(found)


@pytest.mark.parametrize(
    ("tag", "scene"),
    [
        # a symptom and what is done for it
        (
            "illness",
            "Agnes lay on the day-bed by the stove, coughing into a folded napkin. "
            "Her brother walked to the druggist's for her linctus and came back in the rain.",
        ),
        (
            "illness",
            "The boy's fevers came back every spring. The doctor left a brown bottle on the "
            "shelf and a list of what he was to eat.",
        ),
        # a drink named, and how it goes down
        (
            "alcohol",
            "The ferryman took a flat bottle from his coat and made us drink. It was rum, "
            "raw and fiery, and Tomas choked on it and laughed.",
        ),
        # a death, and the mourning for it
        (
            "death/grief",
            "Her aunt died in the March of that year. All through April Jenny went up the hill "
            "on Sundays with snowdrops to put at her grave.",
        ),
        (
            "death/grief",
            '"He was lost at sea," she said, "on the Dogger Bank, with all hands." Then she '
            "turned to the window, and we saw that she was crying.",
        ),
        # a mind troubled, named or tended
        (
            "mental illness",
            "Since the winter the old man walked in his sleep, down the stairs and out to the "
            "pump in his nightshirt. His daughter sat up to watch over him and did not sleep.",
        ),
        # a drug and its use
        (
            "drug use",
            "The laudanum stood on the washstand, half gone. By the third week the craving "
            "woke her before dawn, and she counted the drops out with shaking hands.",
        ),
    ],
)
def test_two_kinds_in_one_scene_agree(tag: str, scene: str) -> None:
    assert tag in agreed(FRAME.format(scene=scene))


@pytest.mark.parametrize(
    ("tag", "scene"),
    [
        # one kind alone: a cough as a signal, a doctor in the cast
        ("illness", "The clerk gave a little cough by the door and the doctor looked up."),
        ("illness", "The doctor and his wife came to dinner and talked about the harvest."),
        # a spirit on the sideboard, nobody drinking it
        ("alcohol", "A decanter of brandy stood on the sideboard beside the silver."),
        # a death with no mourning, crying with no death
        ("death/grief", "The old ram died in the night and the farmer sold its fleece."),
        ("death/grief", "The baby was crying because the cat had taken its rusk."),
        # cried as said, in the older way
        ("death/grief", '"The bridge is down!" cried the boy. "The miller is dead set on it."'),
        # sleep lost for a reason with no trouble of the mind in it
        ("mental illness", "She could not sleep for the heat, and lay listening to the owls."),
        # medicine powders are no drug use alone
        ("drug use", "The chemist folded the powders into papers and wrote the dose on each."),
    ],
)
def test_one_kind_alone_does_not_agree(tag: str, scene: str) -> None:
    assert tag not in agreed(FRAME.format(scene=scene))


@pytest.mark.parametrize(
    "scene",
    [
        # negated
        "Nobody had died, and nobody was crying; the wedding went on into the night.",
        # supposed
        "If the ferryman drowned, his mother would weep for a year, they said.",
        # play-acted, or a story told
        "In the play the prince died of poison, and the whole audience was in tears.",
        "The children pretended the doll was dead and held a funeral under the hedge.",
        # figurative
        "She was dead tired after the harvest and cried with laughter at the supper.",
        # a grave look, a grave voice
        "He looked at her with his grave, patient eyes, and the widow's cat slept on.",
    ],
)
def test_guarded_cues_do_not_agree(scene: str) -> None:
    assert "death/grief" not in agreed(FRAME.format(scene=scene))


def test_a_name_is_no_cue() -> None:
    scene = "Doctor Wren brought his violin. Later the children ran a fever of excitement."
    assert "illness" not in agreed(FRAME.format(scene=scene))


def test_cues_far_apart_are_two_scenes_not_one() -> None:
    scene = "Agnes lay by the stove, coughing into a napkin. " + FILLER + " The doctor came."
    assert "illness" not in agreed(FRAME.format(scene=scene))
    near = "Agnes lay by the stove, coughing into a napkin. The doctor came. " + FILLER
    assert "illness" in agreed(FRAME.format(scene=near))


def test_longer_stories_need_more_scenes() -> None:
    assert scenes_needed(1500) == 1
    assert scenes_needed(3000) == 1
    assert scenes_needed(12000) == 2
    assert scenes_needed(30000) == 4


def test_an_agreement_is_a_warning_of_the_story() -> None:
    scene = (
        "The ferryman took a flat bottle from his coat and made us drink. It was rum, raw "
        "and fiery, and Tomas choked on it and laughed."
    )
    text = FRAME.format(scene=scene)
    assert "alcohol" in tags(text)
    assert rating(text) == "Teen"


def test_an_illness_found_by_agreement_leaves_the_story_general() -> None:
    scene = (
        "Agnes lay on the day-bed by the stove, coughing into a folded napkin. Her brother "
        "walked to the druggist's for her linctus and came back in the rain."
    )
    text = FRAME.format(scene=scene)
    assert "illness" in tags(text)
    assert rating(text) == "General"


def test_a_scene_only_talked_about_counts_half() -> None:
    talked = '"Grandad was down with a fever all March," said Ruth. "The doctor came every day."'
    assert "illness" not in agreed(FRAME.format(scene=talked))
    # the same scene shown in the narration, or told twice in talk, agrees
    shown = "Grandad was down with a fever all March, and the doctor came every day."
    assert "illness" in agreed(FRAME.format(scene=shown))
    twice = talked + " " + FILLER + ' "Is he still feverish?" Ruth asked. "Did the doctor call?"'
    assert "illness" in agreed(FRAME.format(scene=twice))
