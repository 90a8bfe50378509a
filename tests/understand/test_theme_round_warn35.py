"""Round warn35 of the themes stage: the eleventh recall round of invented scenes
(``theme_fresh_warn35.py``) tagged as a reader would, and the families of
``theme_families`` each with a contrast in another sense. Every sentence written for the
tests."""

from __future__ import annotations

import re

import pytest
from theme_fresh_warn35 import (
    ELEVENTH_CONTRASTS,
    ELEVENTH_SCENES,
    TWELFTH_CONTRASTS,
    TWELFTH_SCENES,
)
from theme_probes import scene_params, tags

from ficshelf.understand.theme_families import ANCHORED, FAMILIES

# What the round's rules still cannot read, scene by scene (strict: a fix must remove them).
GAPS: dict[str, str] = {
    "the-party-pills": "a pill told by what it does (lights breathing, a clenched jaw, the "
    "come-down) and one beer",
    "the-shell-shock": "a startle and a night at the window: one cue, short of a state's threshold",
    "the-phone-call": "a death in the pluperfect, reported by a nurse (no scene)",
    "the-empty-chair": "grief told by its habits (a plate set out, a room kept)",
    "the-bottle-of-pills": "a suicide reported by a coroner, in the pluperfect",
    "the-labour": "swearing told by the narration once ('swore the way she had not')",
    "the-diagnosis": "malignant and chemotherapy (after 'would'): a stage's number alone was "
    "dropped for the prefilter's cost",
    "the-test": "a period late and a line on a test: short of a state's threshold (the hand "
    "on the belly dropped for its cost)",
    # round twelve (measured once before its families: 4 of 16, as on main; then studied)
    "the-pub-crawl": "pubs counted (dropped for the prefilter's cost: numerals are common words)",
    "the-gin-in-the-teapot": "drink told by where it is hidden and a nap: one cue",
    "the-ward-round": "a deathbed told by a drip, a chart and 'making him comfortable'",
    "the-voices": "voices that speak to him, once: a state needs its evidence to accumulate",
    "the-anniversary": "grief told by a yearly visit to where they scattered him",
    "the-ambush": "a death told as a man going down gurgling (no death word)",
    "the-compass": "self-harm with a compass point, the skin not said to be her own",
    "the-rope": "a suicide told by a tow rope and a body found, never the act",
    "the-lipstick": "an affair told by a collar and a phone, no spouse named in the paragraph",
    "the-bruises": "a mother beaten by a stepfather (no spouse word for the anchor)",
}


@pytest.mark.parametrize(
    ("text", "expected"), scene_params([*ELEVENTH_SCENES, *TWELFTH_SCENES], GAPS)
)
def test_eleventh_round_scene(text: str, expected: frozenset[str]) -> None:
    assert tags(text + "\n") == set(expected)


@pytest.mark.parametrize(("name", "text"), [*ELEVENTH_CONTRASTS, *TWELFTH_CONTRASTS])
def test_eleventh_round_contrast_fires_nothing(name: str, text: str) -> None:
    assert tags(text + "\n") == set(), name


# Each family of ``theme_families`` on a sentence, and the same words in another sense.
@pytest.mark.parametrize(
    ("tag", "family", "other"),
    [
        (
            "alcohol",
            "By midnight she had lost count of the drinks.",
            "He lost count of the glasses he had polished.",
        ),
        (
            "drug use",
            "Somebody pressed two white pills into Ria's hand.",
            "The nurse counted two white pills into a paper cup.",
        ),
        (
            "mental illness",
            "A car backfiring outside sent him diving to the floor.",
            "The punch sent him flat to the kitchen floor.",
        ),
        (
            "death/grief",
            "They lowered the coffin into the ground at noon.",
            "They lowered the bucket into the well at noon.",
        ),
        (
            "graphic violence",
            "The blade opened him to the bone.",
            "The wind chilled him to the bone.",
        ),
        (
            "infidelity",
            "It had been going on since March, and her husband never knew.",
            "The war had been going on for years, and her husband never came home.",
        ),
        (
            "mental illness",
            "The voices told him the neighbours were listening.",
            "The voices in the hall told him dinner was ready.",
        ),
        (
            "death/grief",
            "Her brother died the winter she turned nine.",
            "Her brother's anger died down by the winter.",
        ),
        (
            "graphic violence",
            "The arrow took him in the throat.",
            "The arrow took him by surprise.",
        ),
        (
            "pregnancy",
            "At the twelve-week scan they saw the heartbeat.",
            "At the twelve-week course they saw the sights.",
        ),
        (
            "child abuse",
            "Their father took off his belt, and the boy bent over the chair.",
            "Their father took off his coat, and the boy pulled out the chair.",
        ),
        (
            "self-harm",
            "She held the lighter against her wrist.",
            "She held the lighter to her cigarette.",
        ),
        (
            "suicide",
            "He was standing on the wrong side of the railing.",
            "He was standing on the far side of the railing.",
        ),
        (
            "pregnancy",
            "She was ten days late, and she had never been late.",
            "The parcel was ten days late for the party, and weeks late with the rent.",
        ),
    ],
)
def test_a_family_reads_its_sense_only(tag: str, family: str, other: str) -> None:
    assert _family_matches(tag, family)
    assert not _family_matches(tag, other)


def _family_matches(tag: str, text: str) -> bool:
    """Whether a cue of ``theme_families`` for ``tag`` (anchored or not) matches in ``text``."""
    sources = [source for source, _ in FAMILIES.get(tag, ())]
    sources += [source for (t, _), cues in ANCHORED.items() if t == tag for source, _ in cues]
    return any(re.search(r"\b(?:" + s + r")\b", text, re.IGNORECASE) for s in sources)
