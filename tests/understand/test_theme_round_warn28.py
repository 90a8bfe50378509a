"""Round warn28 of the themes stage: AO3's own tag forms ("Implied/Referenced Character
Death", "Sick Fic", "Post-Traumatic Stress Disorder - PTSD") read as the warnings they name;
a pregnancy told by its time and its care, and a grief by the habits of the bereaved, as
agreeing cues (``theme_agreeing``). Tags and texts written for the tests."""

from __future__ import annotations

import pytest
from theme_probes import analysed

from ficshelf.model import GivenMetadata, GivenTag, TagType
from ficshelf.understand.quoted import body_quotes
from ficshelf.understand.theme_agreeing import agreeing
from ficshelf.understand.theme_stated import given_warnings
from ficshelf.understand.themes import story_words, tally_cues


def freeform(*names: str) -> GivenMetadata:
    return GivenMetadata(tags=tuple(GivenTag(TagType.FREEFORM, n) for n in names))


@pytest.mark.parametrize(
    ("names", "expected"),
    [
        # AO3's "Implied/Referenced" form of a mention
        (("Implied/Referenced Character Death",), {"death/grief"}),
        (("Implied/Referenced Self-Harm", "Angst"), {"self-harm"}),
        (("Implied/Referenced Suicide",), {"suicide"}),
        (("Implied/Referenced Drug Use",), {"drug use"}),
        (("Implied/Referenced Child Abuse",), {"child abuse"}),
        (("Implied/Referenced Cheating",), {"infidelity"}),
        # the common tags of each warning
        (("Sick Fic", "Hurt/Comfort"), {"illness"}),
        (("Sick!Bertie",), {"illness"}),
        (("Hospitals", "Convalescence"), {"illness"}),
        (("Scarlet Fever",), {"illness"}),
        (("Post-Traumatic Stress Disorder - PTSD",), {"mental illness"}),
        (("Eating Disorders", "Nervous Breakdown"), {"mental illness"}),
        (("Attempted Suicide",), {"suicide"}),
        (("Mpreg",), {"pregnancy"}),
        (("Miscarriage",), {"pregnancy"}),
        (("Oral Sex", "Porn With Plot"), {"sexual content"}),
        (("Emotional Affair",), {"infidelity"}),
        (("Language",), {"profanity"}),
        (("Loss of a Parent",), {"death/grief"}),
        (("Drug Withdrawal",), {"drug use"}),
        (("Drunk",), {"alcohol"}),
        (("Blood and Injury",), {"graphic violence"}),
        # what only shares a word with a warning names nothing
        (("Sick Burns", "Language Barrier", "Hospital AU", "Hair Cutting"), set()),
        (
            ("Sexual Tension", "Character Death Fix", "Recovery", "Implied/Referenced Violence"),
            set(),
        ),
    ],
)
def test_ao3_tag_forms_name_their_warnings(names: tuple[str, ...], expected: set[str]) -> None:
    assert set(given_warnings(freeform(*names))) == expected


# A quiet frame around a scene, so that the scene is all there is to read.
FRAME = (
    "The lane ran down past the mill to the weir, and the rooks were loud in the elms. "
    "{scene} By dusk the shutters were up and the dog had gone to sleep under the settle."
)


def agreed(scene: str) -> set[str]:
    """The tags whose cues agree in ``scene`` (in the frame), whatever the tally finds."""
    a = analysed(FRAME.format(scene=scene))
    body = a.layer("body")
    found = agreeing(a.text, body, a.layer("sentences"), body_quotes(a), story_words(a.text, body))
    return set(found)


@pytest.mark.parametrize(
    "scene",
    [
        # the state by its time, and who attends it
        "Martha was near her time, and her husband rode to Hexham for the midwife before the "
        "snow could close the road.",
        "She was big with child by harvest. Old Judith came over from the forge with a cradle "
        "her own father had made.",
        "Until the baby comes, the doctor says, you are to keep your feet up and let Tom do "
        "the lifting.",
    ],
)
def test_a_pregnancy_told_by_its_time_and_its_care(scene: str) -> None:
    assert "pregnancy" in agreed(scene)


@pytest.mark.parametrize(
    "scene",
    [
        # one kind alone, or the words in another sense
        "Martha was near her time, and wished only that the fair would come sooner.",
        "The doctor came at noon and looked at the cradle the carpenter had finished.",
        "The nursery smelled of paint, and the doctor's boy had left his cap on the cradle.",
        "It was near her time for the evening post, so she told the doctor to wait.",
    ],
)
def test_one_kind_or_another_sense_is_no_pregnancy(scene: str) -> None:
    assert "pregnancy" not in agreed(scene)


@pytest.mark.parametrize(
    "scene",
    [
        # a death, and the habits of the bereaved
        "Every year on the same day Lotte lit a candle in the window. Her son had drowned "
        "off the point when he was nine.",
        '"He would have been thirty today," said Ivo. His brother had died in the spring '
        "of the bad winter.",
        "It was the anniversary. Their mother had been dead four years, and nobody at "
        "breakfast said her name.",
    ],
)
def test_a_grief_told_by_the_habits_of_the_bereaved(scene: str) -> None:
    assert "death/grief" in agreed(scene)


@pytest.mark.parametrize(
    "scene",
    [
        "It was their wedding anniversary, and Bram had booked a table by the window.",
        "The bill would have been forty shillings, and the horse was dead lame by Tuesday.",
        "The cake would have been twelve inches across if the oven had been bigger.",
    ],
)
def test_an_anniversary_or_a_sum_with_no_death_is_no_grief(scene: str) -> None:
    assert "death/grief" not in agreed(scene)


def test_near_her_time_is_a_pregnancy_cue_in_the_tally() -> None:
    a = analysed(FRAME.format(scene="Bess was near her time, and slow on the stairs."))
    body = a.layer("body")
    found = tally_cues(a.text, body, a.layer("sentences"), body_quotes(a))
    assert found["pregnancy"].score == pytest.approx(0.8)
