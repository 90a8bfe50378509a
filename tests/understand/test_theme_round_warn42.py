"""Round warn42: a negation spelled with a curly apostrophe ("didn’t") negates as the
straight one does. Every sentence here is invented for the test."""

from __future__ import annotations

import pytest
from theme_probes import cue_score, rating, tags

CURLY_NEGATIONS = [
    ("I didn’t kill the baker, whatever they say in the square.\n", "death/grief"),
    ("Tobias wasn’t drunk that night, only tired.\n", "alcohol"),
    ("She doesn’t want the gin, Walter.\n", "alcohol"),
]


@pytest.mark.parametrize(("text", "tag"), CURLY_NEGATIONS)
def test_a_curly_apostrophe_negates_as_a_straight_one(text: str, tag: str) -> None:
    assert cue_score(text, tag) == 0.0
    assert cue_score(text.replace("’", "'"), tag) == 0.0
    assert cue_score(text.replace("n’t", ""), tag) > 0.0


# Blood a fight draws: a cue of graphic violence beside a blow or a weapon in its paragraph.
BLOOD_IN_A_FIGHT = [
    "Marten struck the tinker across the face, and the tinker reeled back with blood on his chin.",
    "The two badgers fought at the mouth of the sett, and the older one came away with blood"
    " in his fur.",
    "She hit him once, hard, and he sat down on the step with blood coming out of his nose.",
]
BLOOD_WITHOUT_A_FIGHT = [
    "Marten leaned on the gate in the rain, and there was blood on his chin from shaving.",
    "The clock struck nine, and the blood drained from her face.",
    "He had been in the garden with the roses all morning, and his nose was bleeding again.",
]


@pytest.mark.parametrize("sentence", BLOOD_IN_A_FIGHT)
def test_blood_a_blow_draws_is_graphic_violence(sentence: str) -> None:
    assert cue_score(sentence + "\n", "graphic violence") > 0.0


@pytest.mark.parametrize("sentence", BLOOD_WITHOUT_A_FIGHT)
def test_blood_with_no_blow_beside_it_counts_nothing(sentence: str) -> None:
    assert cue_score(sentence + "\n", "graphic violence") == 0.0


# A story that fights (the inner theme of violence past its threshold) and draws blood on the
# page depicts violence; the same fight that draws none stays a fight (Teen, no warning).
_FIGHT = (
    "The drovers fought in the yard of the Bell until the landlord came out with a cudgel.\n\n"
    "Hobb punched the tall one in the belly and kicked his legs from under him, and the tall"
    " one struck back with his fists.\n\n"
    "Somebody swung a stool, and somebody else fought his way to the door with a dagger"
    " drawn.\n\n"
    "The landlord hit Hobb with the cudgel, and then it was a brawl, and the whole yard was"
    " fighting.\n\n"
)


def test_a_fight_that_draws_blood_is_graphic_violence() -> None:
    story = _FIGHT + "When it was over Hobb wiped his fists on his coat, with blood on his mouth.\n"
    assert "graphic violence" in tags(story)
    assert rating(story) == "Teen"


def test_a_fight_that_draws_no_blood_is_no_warning() -> None:
    story = _FIGHT + "When it was over Hobb wiped his fists on his coat and laughed.\n"
    assert "graphic violence" not in tags(story)
    assert rating(story) == "Teen"


# What is dead and is no person ("it", a line gone dead), and death in general, said of
# everyone or a whole kind: no one's death in the story.
NO_ONES_DEATH = [
    '"Is it dead?" Wendel whispered, poking the thing with a stick.',
    '"It\'s dead," said the keeper, and threw the sack over it.',
    "The phone went dead in her hand before she could say goodbye.",
    "Everybody dies, Mr. Quill, sooner or later, and taxes are worse.",
    "He liked to tell the young men that all the great painters were dead.",
]
SOMEONE_DEATH = [
    '"Is he dead?" Wendel whispered, kneeling by the stranger.',
    "The telegraph boy said the engineer was dead.",
    "All the great painters of the town came to the funeral of old Brandt, who was dead.",
]


@pytest.mark.parametrize("sentence", NO_ONES_DEATH)
def test_a_death_no_one_in_the_story_dies_counts_nothing(sentence: str) -> None:
    assert cue_score(sentence + "\n", "death/grief") == 0.0


@pytest.mark.parametrize("sentence", SOMEONE_DEATH)
def test_someone_dead_in_the_same_words_still_counts(sentence: str) -> None:
    assert cue_score(sentence + "\n", "death/grief") > 0.0
