"""Round warn45: a hospital and a nurse in a story of an injury are no illness, "hell" the
place is no oath, and "sick" where it went is the stomach, no illness. Every sentence here is
invented for the test."""

from __future__ import annotations

import pytest
from theme_probes import cue_score, rating, tags

# The injured in a ward: a wound, a broken bone or a cast told somewhere in the story.
CARE_OF_THE_INJURED = [
    "The ladder gave way and Corwin came down on the flagstones with a broken leg."
    "\n\nWhen he woke he was in a hospital, and a nurse was drawing the curtains."
    " Another nurse brought him tea. The hospital smelt of soap.\n",
    '"Is it bad?" asked Petra, who had been wounded in the shoulder.\n\n"You\'ll have a'
    ' hospital bed tonight and a nurse to read you the paper," said the sergeant.\n\nThe'
    " nurse at the hospital was kind to her all that week.\n",
]
# The same ward where no one is injured: the sick are there, and it still counts.
CARE_OF_THE_SICK = [
    "Corwin had been coughing for a month.\n\nWhen he woke he was in a hospital, and a nurse"
    " was drawing the curtains. Another nurse brought him tea. The hospital smelt of soap.\n",
]


@pytest.mark.parametrize("text", CARE_OF_THE_INJURED)
def test_care_of_the_injured_is_no_illness(text: str) -> None:
    assert "illness" not in tags(text)
    assert cue_score(text, "illness") == 0.0


@pytest.mark.parametrize("text", CARE_OF_THE_SICK)
def test_care_of_the_sick_is_still_illness(text: str) -> None:
    assert "illness" in tags(text)


def test_a_fever_beside_a_wound_still_counts() -> None:
    text = "He had a broken arm, and by the third day the fever had him; he was delirious.\n"
    assert cue_score(text, "illness") > 0.0


# "Hell" the place: a house or a street named for it, the place a preacher describes.
HELL_THE_PLACE = [
    "The carrier left the parcel at Hell Farm, where nobody had lived since the war.\n",
    "Nobody from Hell Lane ever came to the chapel on a Sunday.\n",
    "The curate preached about hell for an hour, and the children fidgeted.\n",
    "Hell is a cold place, the old preacher said, not a hot one.\n",
]
# The oath still swears.
HELL_THE_OATH = [
    '"Go to hell," said Maddox, and slammed the door.\n',
    '"What the hell is that noise?" Bryony asked.\n',
]


@pytest.mark.parametrize("text", HELL_THE_PLACE)
def test_hell_the_place_is_no_profanity(text: str) -> None:
    assert cue_score(text, "profanity") == 0.0


@pytest.mark.parametrize("text", HELL_THE_OATH)
def test_hell_the_oath_still_swears(text: str) -> None:
    assert cue_score(text, "profanity") > 0.0


def test_a_house_named_for_hell_keeps_the_story_general() -> None:
    text = (
        '"We will take the dogs up to Hell Hall," said the farmer.\n\n'
        "Hell Hall stood at the end of the valley. The dogs liked Hell Hall.\n"
    )
    assert rating(text) == "General"


# "Sick" of the stomach, where it went.
SICK_WHERE_IT_WENT = [
    "Ottoline saw what the cart had done to the man and was sick into the hedge.\n",
    "After the third bottle Rafe was sick against the stable wall.\n",
    "The puppy had been sick on the hall carpet again.\n",
]
# Sick in bed, sick on board ship, still ill.
SICK_AND_ILL = [
    "Ottoline was sick in bed all that winter.\n",
    "Half the passengers were sick on board for the whole crossing.\n",
]


@pytest.mark.parametrize("text", SICK_WHERE_IT_WENT)
def test_sick_where_it_went_is_no_illness(text: str) -> None:
    assert cue_score(text, "illness") == 0.0


@pytest.mark.parametrize("text", SICK_AND_ILL)
def test_sick_and_ill_still_counts(text: str) -> None:
    assert cue_score(text, "illness") > 0.0
