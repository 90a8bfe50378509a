"""Round warn28 of the themes stage: AO3's own tag forms ("Implied/Referenced Character
Death", "Sick Fic", "Post-Traumatic Stress Disorder - PTSD") read as the warnings they name;
a pregnancy told by its time and its care, and a grief by the habits of the bereaved, as
agreeing cues (``theme_agreeing``). Tags and texts written for the tests."""

from __future__ import annotations

import pytest
from theme_probes import analysed, cue_score

from ficshelf.model import GivenMetadata, GivenTag, TagType
from ficshelf.understand.quoted import body_quotes
from ficshelf.understand.theme_agreeing import agreeing
from ficshelf.understand.theme_cue_tally import tally_cues
from ficshelf.understand.theme_stated import given_warnings
from ficshelf.understand.themes import story_words


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


@pytest.mark.parametrize(
    ("tag", "scene", "weight"),
    [
        ("alcohol", "Nell smelt the brandy on his breath and said nothing.", 1.0),
        ("alcohol", "Dev knocked back a third shot and laughed too loudly.", 0.8),
        ("alcohol", "By ten he was four pints in and loud with it.", 0.8),
        ("illness", "Her chest was weak, and every winter the fog went to it.", 0.6),
        ("mental illness", "His nerves were quite shattered by the second winter.", 0.8),
        ("graphic violence", "The sabre caught him and his cheek was laid open to the bone.", 1.0),
        ("graphic violence", "Mags put the knife into the sentry's gut and held him.", 1.0),
        ("graphic violence", "In the tent the surgeon took his leg off below the knee.", 0.8),
        ("graphic violence", "The bullet tore through his arm and he fell.", 0.8),
        ("death/grief", "Aunt Prue put on her blacks and kept to the house.", 0.7),
        ("death/grief", "It was the first Christmas without Dad, and nobody wanted crackers.", 0.7),
        ("infidelity", "There was lipstick on his collar, and it was not hers.", 0.8),
        ("suicide", "They found him hanging in the hayloft on the Monday.", 1.0),
        ("suicide", "She went down to the mere with her pockets full of stones.", 1.0),
        ("suicide", "He swallowed all the pills in the cabinet and lay down.", 0.8),
    ],
)
def test_a_warning_in_the_idiom_of_its_day(tag: str, scene: str, weight: float) -> None:
    assert cue_score(FRAME.format(scene=scene), tag) >= weight


@pytest.mark.parametrize(
    ("tag", "scene"),
    [
        # the same words in another sense
        ("alcohol", "She held her breath on the stairs, and the port lights went out."),
        ("alcohol", "He knocked back the bolt and went out to the hens."),
        ("graphic violence", "The lawyer laid open the deeds on the table."),
        ("graphic violence", "He took his coat off and sat by the fire."),
        ("graphic violence", "Blood pressure was the nurse's worry, not the doctor's."),
        ("death/grief", "It was the first Christmas without snow in ten years."),
        ("death/grief", "The blacksmith's boy came in at noon."),
        ("suicide", "They found him hanging around the stables as usual."),
        ("suicide", "She found him hanging the washing out in the yard."),
        ("mental illness", "Her nerves were steady as she took the reins."),
    ],
)
def test_the_idiom_in_another_sense_is_no_cue(tag: str, scene: str) -> None:
    assert cue_score(FRAME.format(scene=scene), tag) == 0.0


@pytest.mark.parametrize(
    ("tag", "scene"),
    [
        # beside a husband or wife the act is domestic violence or infidelity
        (
            "domestic violence",
            "Her husband came home at midnight and threw her against the wall.",
        ),
        ("infidelity", "Everyone but his wife knew he was sleeping with his secretary."),
        ("infidelity", "He kept a woman in rooms off the Strand, and his wife knew it."),
        # beside a child, a child shut in the dark
        ("child abuse", "Their stepmother shut him in the cellar till morning."),
    ],
)
def test_an_act_anchored_in_its_setting(tag: str, scene: str) -> None:
    assert cue_score(FRAME.format(scene=scene), tag) > 0


@pytest.mark.parametrize(
    ("tag", "scene"),
    [
        # the same act with no husband, wife or child in the paragraph
        ("domestic violence", "The wrestler threw him against the wall and the crowd roared."),
        ("infidelity", "He kept a woman to do the washing and another to cook."),
        ("child abuse", "The farmer shut the geese in the cellar for the night."),
    ],
)
def test_an_act_with_no_setting_is_no_cue(tag: str, scene: str) -> None:
    assert cue_score(FRAME.format(scene=scene), tag) == 0.0


@pytest.mark.parametrize(
    "scene",
    [
        "Miss Tully took her drops at nine, and again at midnight, and soon she could not sleep "
        "without them.",
        "He took his sleeping draught, and more than the doctor allowed, every night.",
    ],
)
def test_a_drug_needed_agrees_with_the_drug(scene: str) -> None:
    assert "drug use" in agreed(scene)


def test_drops_taken_as_ordered_are_no_drug_use() -> None:
    assert "drug use" not in agreed("Miss Tully took her drops at nine and slept till seven.")
