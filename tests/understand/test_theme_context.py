"""The context rules of the "themes" stage, one story each: the same warning clearly shown in
the narration (tagged), only joked about or threatened (not tagged), and negated (not
tagged). Texts written for these tests.
"""

from __future__ import annotations

import pytest
from theme_probes import rating, tags

OPENING = "The ferry left the island at four, and the crossing took most of an hour.\n\n"

# (tag, shown in the narration, joked about or threatened, negated)
CASES = [
    (
        "alcohol",
        "Dermot was drunk before the ferry cleared the harbour. He had a bottle of whisky "
        "in his coat, and by the time the island was out of sight he was drunk again.",
        '"I could murder a whisky," Dermot said, grinning. "Drunk with joy, me, the '
        'minute I see the mainland." He drank his tea instead.',
        "Dermot was not drunk. He had never been drunk in his life, and there was no whisky "
        "anywhere on the boat.",
    ),
    (
        "illness",
        "Nell was ill all the way across. The fever had her shaking under two blankets, and "
        "by the time they docked she was delirious and calling for her mother.",
        '"I\'m sick of this ferry," Nell said. "Sick to death of it. If I see one more '
        "wave I'll come down with a fever.\" She laughed and ate her sandwich.",
        "Nell was not ill. There was no fever, whatever her brother said, and she was not "
        "delirious, only bored.",
    ),
    (
        "suicide",
        "Colm went up to the top deck alone in the dark. He had decided weeks ago to kill "
        "himself, and he stood at the rail a long time thinking about suicide.",
        '"If that engine coughs once more I\'ll kill myself," Colm said, and the deckhand laughed.',
        "Colm did not kill himself. He had never once thought of suicide, whatever the "
        "gossips on the quay said afterwards.",
    ),
    (
        "drug use",
        "Aine had the syringe out before the cabin door was shut. The heroin was the last of "
        "what she had bought in the city, and she was addicted and knew it.",
        '"That coffee is my heroin," Aine said. "I would overdose on it if they let me." '
        "She bought a second cup.",
        "Aine had never touched heroin. There was no syringe in her bag, and she was not "
        "addicted to anything but crosswords.",
    ),
]


@pytest.mark.parametrize(("tag", "shown", "joked", "negated"), CASES)
def test_a_warning_shown_in_the_narration_is_tagged(
    tag: str, shown: str, joked: str, negated: str
) -> None:
    assert tag in tags(OPENING + shown + "\n")


@pytest.mark.parametrize(("tag", "shown", "joked", "negated"), CASES)
def test_a_warning_only_joked_about_is_not(tag: str, shown: str, joked: str, negated: str) -> None:
    assert tag not in tags(OPENING + joked + "\n")


@pytest.mark.parametrize(("tag", "shown", "joked", "negated"), CASES)
def test_a_negated_warning_is_not(tag: str, shown: str, joked: str, negated: str) -> None:
    assert tag not in tags(OPENING + negated + "\n")


def test_a_negation_stops_at_a_clause_break() -> None:
    text = "No, Dermot was drunk. Yes, he was drunk again by nine, and the whisky was gone.\n"
    assert "alcohol" in tags(OPENING + text)


def test_a_negated_stop_is_no_negation() -> None:
    shown = (
        "Dermot couldn't stop drinking that winter. By nine he was drunk, and he did not "
        "stop drinking whisky until the ferry docked.\n"
    )
    assert "alcohol" in tags(OPENING + shown)
    denied = "Dermot was not drinking that winter, and he did not touch whisky on the ferry.\n"
    assert "alcohol" not in tags(OPENING + denied)


def test_a_warning_only_talked_about_needs_more_than_one_shown() -> None:
    talked = (
        '"You nursed him through a fever," the deckhand said.\n\n'
        '"Influenza," said Nell. "He was delirious for a week."\n'
    )
    shown = (
        "Nell had nursed him through a fever. It was influenza, and he was delirious for a week.\n"
    )
    assert "illness" not in tags(OPENING + talked)
    assert "illness" in tags(OPENING + shown)


def test_a_cue_after_a_modal_or_if_is_supposed_not_shown() -> None:
    supposed = (
        "If Dermot was drunk, he hid it well. He might have had one whisky; he would never "
        "be drunk on a ferry.\n"
    )
    assert "alcohol" not in tags(OPENING + supposed)


MAIN_CHARACTER = (
    "Maeve kept the lighthouse on the point. Maeve had kept it for forty years, and Maeve "
    "knew every step of the stair. In the winter Maeve fell ill, and Maeve did not get up "
    "again.\n\n"
)


def test_a_main_characters_death_told_by_a_pronoun() -> None:
    shown = MAIN_CHARACTER + "Her nephew sat with Maeve all night. She died a little before dawn.\n"
    assert "major character death" in tags(shown)
    joked = MAIN_CHARACTER + '"I\'ll die if that gull screams again," she said.\n'
    assert "major character death" not in tags(joked)
    negated = MAIN_CHARACTER + "Her nephew sat with Maeve all night. She did not die.\n"
    assert "major character death" not in tags(negated)


def test_a_pronoun_death_with_two_people_named_before_is_nobodys() -> None:
    text = (
        MAIN_CHARACTER + "Maeve and Orla sat together all night. She died a little before dawn.\n"
    )
    assert "major character death" not in tags(text)


def test_the_rating_follows_the_warnings() -> None:
    # a suicide the story dwells on (two sentences of it, twice its threshold) is Mature
    assert rating(OPENING + CASES[2][1] + "\n") == "Mature"  # suicide
    assert rating(OPENING + CASES[2][2] + "\n") == "General"  # joked about


def test_a_suicide_told_once_in_passing_is_teen() -> None:
    told = "Colm's uncle had killed himself the winter of the wreck, and nobody spoke of it."
    assert "suicide" in tags(OPENING + told + "\n")
    assert rating(OPENING + told + "\n") == "Teen"


@pytest.mark.parametrize(
    ("tag", "shown"),
    [
        ("alcohol", "Dermot was an alcoholic. The cabin smelled of cognac and old absinthe."),
        ("suicide", "The winter after the wreck, Colm drowned himself off the north pier."),
        ("illness", "Nell spent the spring in a sanatorium, consumptive and coughing blood."),
    ],
)
def test_plain_words_for_a_warning(tag: str, shown: str) -> None:
    assert tag in tags(OPENING + shown + "\n")


def test_a_death_only_joked_about_is_no_grief() -> None:
    joked = (
        "Nell nearly died laughing when the gull took Dermot's sandwich. Dermot said he could "
        "murder the bird, and Nell said she would die of embarrassment if he tried, and they "
        "both died laughing again at the thought of it. The gull was killing it.\n"
    )
    assert "death/grief" not in tags(OPENING + joked)
    shown = (
        "Nell's father died that winter. They buried him on the hill above the harbour, and "
        "at the funeral Nell did not cry until the coffin went down.\n"
    )
    assert "death/grief" in tags(OPENING + shown)
