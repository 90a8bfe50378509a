"""The third round of the themes stage, one rule each on short texts written for these tests:
what a reader infers from how a scene is told (``theme_implied``), role nouns that name a
character, a note that says nobody dies, a negation that reaches a cue through "any", and
the rating scale (``themes.RATING_SCALE``). Each rule beside a contrast that must not fire.
"""

from __future__ import annotations

import pytest
from theme_probes import analysed, rating, tags

from ficshelf.understand.quoted import body_quotes
from ficshelf.understand.theme_cue_tally import tally_cues
from ficshelf.understand.themes import find_tags

OPENING = "The coach stopped at the inn by the bridge, and the ostler came out with a lantern.\n\n"


def story(*paragraphs: str) -> str:
    return OPENING + "\n\n".join(paragraphs) + "\n"


# (tag, the thing told without its plain word, the same words in another sense)
INFERRED = [
    (
        "alcohol",
        "Hester kept a flask of aqua vitae in her apron and took a long pull at it whenever "
        "the mistress was out of the room. By noon she had taken another pull, and another.",
        "Hester took a long pull at her pipe and watched the rain. She had another pull at "
        "the rope, and the bell rang over the stable.",
    ),
    (
        "death/grief",
        "Hester's husband went down with the packet boat in March. God rest him, she said to "
        "anyone who asked, the sea took him, and she was weeping for her husband still when "
        "the summer came. Was it quick, the neighbours asked, and she said she hoped so.",
        "God rest ye merry, gentlemen, sang the carollers at the door, and Hester's husband "
        "gave them a penny and the sea took the boat out on the tide.",
    ),
    (
        "graphic violence",
        "The second man's blade went into the flesh of Tom's arm and grated on the bone. Tom "
        "struck back and laid him open from the shoulder to the waist, and there was so much "
        "blood on the stones that the ostler slipped in it.",
        "Tom laid the map open on the table, and the ostler walked from the bridge to the "
        "inn, and there was so much rain on the stones that he slipped.",
    ),
    (
        "profanity",
        "Tom swore fluently at the horses, and then at the ostler, and then at the weather. "
        '"Damn your eyes," he told the coachman, and went on in language no parson had heard.',
        "Tom swore an oath before the magistrate and signed his name. The coachman said he "
        "would damn well see to the horses himself, and did.",
    ),
    (
        "suicide",
        "In the spring Hester left a letter on the mantel, put on her good cloak and walked "
        "into the river below the weir. They found the cloak three days later.",
        "In the spring Hester walked into the river up to her knees to free the net, and the "
        "children waded in after her to paddle.",
    ),
    (
        "mental illness",
        "Every night that winter Hester walked in her sleep. They found her on the stair, "
        "at the river gate, once at the well, talking to people who were not there.",
        "Hester walked in the garden every morning and slept well every night.",
    ),
    (
        "drug use",
        "The doctor said afterwards that it was the cold, and the stuff she had been taking. "
        "Laudanum, the maid said. She had been taking it for years, to get through the days.",
        "The doctor said afterwards that it was the cold, and the road she had been taking "
        "was the long one.",
    ),
]


# The same families in other words: slang and period terms, rites, prognoses.
INFERRED += [
    (
        "alcohol",
        "By ten Tom was half-seas-over, and by midnight he was three sheets to the wind and "
        "singing drinking songs on the bridge. His father had taken to the bottle the same way.",
        "Tom opened a bottle of ink and wrote to his father about the bridge, and the song "
        "the carters sang at the inn.",
    ),
    (
        "death/grief",
        "They laid him out in the front parlour with pennies on his eyes, and Hester wore "
        "widow's weeds for a year. Her brother had been killed in action the spring before.",
        "They laid the table in the front parlour, and Hester wore her blue for the fair. Her "
        "brother had been in action at the races, and won.",
    ),
    (
        "illness",
        "Hester's mother was in failing health all that winter, laid up with a weak chest "
        "and a fever that rose every night. The doctor gave her weeks to live.",
        "Hester's mother was in excellent health all that winter, and walked to the bridge "
        "every morning in the cold.",
    ),
    (
        "mental illness",
        "After the fire Tom was not in his right mind. His wits wandered, he refused to eat, "
        "and in the end his mind gave way and they sent him to Bedlam.",
        "After the fire Tom put his mind to the rebuilding and ate a good supper every night.",
    ),
    (
        "pregnancy",
        "By the spring Hester was in a delicate condition, and by the summer there was no "
        "hiding it: she was eating for two, and her time drew near at harvest.",
        "By the spring Hester was in a good condition for the race, and by the summer she had "
        "her time at the mill down to an hour.",
    ),
    (
        "profanity",
        '"Blast you, and blast your horses," Tom shouted at the coachman. "Go to the devil, '
        'the damned lot of you."',
        "Tom watched the blasting at the quarry and talked with the parson about the devil "
        "in the sermon.",
    ),
]


@pytest.mark.parametrize(("tag", "told", "other"), INFERRED, ids=[c[0] for c in INFERRED])
def test_a_warning_told_without_its_plain_word(tag: str, told: str, other: str) -> None:
    assert tag in tags(story(told))


@pytest.mark.parametrize(("tag", "told", "other"), INFERRED, ids=[c[0] for c in INFERRED])
def test_the_same_words_in_another_sense(tag: str, told: str, other: str) -> None:
    assert tag not in tags(story(other))


def test_a_doctor_in_the_cast_is_no_illness() -> None:
    scenes = [
        "The doctor came down to breakfast late. The doctor liked his eggs soft, and the "
        "doctor said so to the landlady.",
        "After breakfast the doctor walked to the bridge. The doctor was fond of the river.",
        "At noon the Doctor wrote his letters, and the Nurse who kept his house brought him "
        "his tea; the Nurse was a talker.",
    ]
    assert "illness" not in tags(story(*scenes))


def test_a_doctor_at_a_sickbed_still_counts() -> None:
    scenes = [
        "The doctor came at midnight. Hester had a fever, and the doctor bled her and left "
        "a physician's powder for the pain.",
    ]
    assert "illness" in tags(story(*scenes))


@pytest.mark.parametrize(
    ("note", "tag", "warned"),
    [
        ("A/N: No warnings apply, nobody dies, and the horses are fine.", "death/grief", False),
        ("A/N: No warnings apply, nobody dies.", "major character death", False),
        ("Author's note: content warning for talk of asylums.", "mental illness", True),
    ],
)
def test_what_a_note_warns_of(note: str, tag: str, warned: bool) -> None:
    text = note + "\n\n" + story("Tom drove the coach over the bridge and home.")
    assert (tag in tags(text)) is warned


def test_a_negation_reaches_a_cue_through_any() -> None:
    denied = story(
        "Tom had never once seen any evidence of laudanum in the house, whatever the maid "
        "said about the doctor's wife."
    )
    assert "drug use" not in tags(denied)
    shown = story("Tom found the laudanum in the doctor's wife's drawer, half of it gone.")
    assert "drug use" in tags(shown)


def test_suspense_is_no_death() -> None:
    held = story(
        "Hester stopped breathing altogether while the judge read the verdict, and when he "
        "said not guilty she laughed out loud."
    )
    assert "death/grief" not in tags(held)


BRAWL = (
    "Tom's knife went into the flesh of the man's arm and grated on the bone, and the blood "
    "ran down over his fingers onto the boards."
)


def test_gore_shown_with_swearing_is_mature() -> None:
    oaths = '"Damn your eyes," the man said, and Tom swore fluently back at him.'
    assert rating(story(BRAWL, oaths)) == "Mature"


def test_gore_shown_alone_is_teen() -> None:
    assert rating(story(BRAWL, "Then the ostler brought the horses round.")) == "Teen"


def test_abuse_an_author_warns_of_is_mature() -> None:
    text = "Author's note: content warning for domestic abuse. Nothing graphic.\n\n" + story(
        "Tom drove the coach over the bridge and home to his wife."
    )
    assert "domestic violence" in tags(text)
    assert rating(text) == "Mature"


def test_every_finding_keeps_its_evidence_and_confidence() -> None:
    told = INFERRED[2][1]
    findings = {f.tag: f for f in find_tags(analysed(story(told)))}
    graphic = findings["graphic violence"]
    assert graphic.evidence and 0.0 < graphic.confidence < 1.0
    assert graphic.scene


# Words of the third lexicon in their everyday senses: no weight at all for the tag.
EVERYDAY = [
    ("profanity", "The parson felt the pricks of conscience, and the hare pricked up its ears."),
    ("profanity", "The preacher said that his gambling made his damnation certain."),
    ("mental illness", "The foal could not eat grass yet, and the children stopped eating."),
    ("mental illness", "Her worries over ribbons seemed an occupation fit for Bedlam."),
    ("alcohol", "His hands had been unsteady on the bottle of ink all morning."),
    ("infidelity", "The other man, who stood by the door, was the ostler."),
]


@pytest.mark.parametrize(("tag", "sentence"), EVERYDAY)
def test_a_word_in_its_everyday_sense_weighs_nothing(tag: str, sentence: str) -> None:
    analysis = analysed(story(sentence))
    tallies = tally_cues(
        analysis.text,
        analysis.layer("body"),
        analysis.layer("sentences"),
        body_quotes(analysis),
    )
    assert tag not in tallies
