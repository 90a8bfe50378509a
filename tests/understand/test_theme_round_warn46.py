"""Round warn46: an affair the story dwells on, or that an author's note warns of, rates the
story Teen; one cue of it at its threshold, an illness or a pregnancy still leave it General.
Every sentence here is invented for the test."""

from __future__ import annotations

import pytest
from theme_probes import rating, tags

from ficshelf.model import Span
from ficshelf.understand.themes import AFFAIR_STRENGTH, Finding, rate

_EVIDENCE = (Span(0, 10),)

# A story that keeps coming back to a married woman's lover.
DWELT_ON = (
    "Nell had been unfaithful to her husband since the spring. Every Thursday she told Ambrose"
    " she was at her sister's, and every Thursday she took the train to Leith to her lover.\n\n"
    "It was a love affair, she told herself, and not adultery; but she took off her wedding"
    " ring on the platform all the same, and cheated on him again the next week.\n"
)


def test_an_affair_the_story_dwells_on_is_teen() -> None:
    affair = Finding("infidelity", 0.8, AFFAIR_STRENGTH + 0.1, _EVIDENCE)
    assert rate([affair])[0] == "Teen"


def test_an_affair_a_note_warns_of_is_teen() -> None:
    affair = Finding("infidelity", 0.9, 1.0, _EVIDENCE, noted=True)
    assert rate([affair])[0] == "Teen"


def test_one_cue_of_an_affair_at_its_threshold_stays_general() -> None:
    affair = Finding("infidelity", 0.6, 1.0, _EVIDENCE)
    assert rate([affair])[0] == "General"


@pytest.mark.parametrize("tag", ["illness", "pregnancy"])
def test_an_illness_or_a_pregnancy_dwelt_on_stays_general(tag: str) -> None:
    assert rate([Finding(tag, 0.9, 3.0, _EVIDENCE)])[0] == "General"


def test_a_story_of_an_affair_is_rated_teen() -> None:
    assert "infidelity" in tags(DWELT_ON)
    assert rating(DWELT_ON) == "Teen"


def test_a_faithful_story_stays_general() -> None:
    text = (
        "Nell had been faithful to her husband for thirty years. Every Thursday she told"
        " Ambrose she was at her sister's, and every Thursday she was.\n"
    )
    assert rating(text) == "General"
