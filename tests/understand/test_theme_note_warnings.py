"""Round warn35: the author's own warning mentions in any note (a rating line, a disclaimer,
"TW:", "CW:") count as evidence, in the words a fan writer uses (``theme_note_terms``), with
their negations respected. Every note and story invented for the tests."""

from __future__ import annotations

import pytest
from theme_probes import rating, tags

# A quiet story with no warning in it, so that the note is all there is to read.
STORY = (
    "The lane ran down past the mill to the weir, and the rooks were loud in the elms. Anna "
    "walked to the village and bought bread, and came home by the long road.\n\n"
    '"It was a fine day," said Tom, and she agreed that it was.\n\n'
    "By dusk the shutters were up and the dog had gone to sleep under the settle.\n"
)


def _story(note: str) -> str:
    return note + "\n\n" + STORY


@pytest.mark.parametrize(
    ("note", "expected", "denied"),
    [
        # a disclaimer that goes on to rate the story
        (
            "Disclaimer: none of them are mine. Rated T for some drinking and a death.",
            {"alcohol", "death/grief"},
            "Disclaimer: none of them are mine. Rated T for no drinking and no deaths.",
        ),
        # a rating line in the form "Rating: X (for ...)"
        (
            "Rating: T (for language and one death)",
            {"profanity", "death/grief"},
            "Rating: T (for nothing at all, honestly)",
        ),
        # a bare rating lists its reasons in the next sentence
        (
            "Rated T. Nothing worse than a hangover and a funeral.",
            {"alcohol", "death/grief"},
            "Rated K+. No warnings apply, nothing worse than a kiss.",
        ),
        # the warnings' everyday names
        (
            "TW: dead parents, cussing, a miscarriage, an affair",
            {"death/grief", "profanity", "pregnancy", "infidelity"},
            "TW: no dead parents, no cussing, nobody cheats",
        ),
        (
            "CW: some self-harm (she burns herself), panic attacks, getting high",
            {"self-harm", "mental illness", "drug use"},
            "CW: none, just tea and a sick burn or two",
        ),
        (
            "Warnings: torture, an abusive husband, an overdose.",
            {"graphic violence", "domestic violence", "drug use"},
            "Warnings: the husband is annoying, not abusive.",
        ),
    ],
)
def test_a_note_names_a_warning_in_fan_words(note: str, expected: set[str], denied: str) -> None:
    assert tags(_story(note)) == expected
    assert tags(_story(denied)) == set()


@pytest.mark.parametrize(
    ("note", "expected"),
    [
        ("Rating: Mature. Nothing on the page, it is all in the heads.", "Mature"),
        ("Rated: Teen and Up Audiences", "Teen"),
        ("Rating - M, for the mood more than anything", "Mature"),
    ],
)
def test_a_rating_line_states_the_rating(note: str, expected: str) -> None:
    assert rating(_story(note)) == expected
    assert rating(_story("Not rated M, but close.")) == "General"
