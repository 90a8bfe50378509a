"""The themes stage scans a story once for its own cue prefilter and for the agreeing cues'
(``theme_cue_tally.joint_scan``, ``theme_matcher.joint_prefilter``): what the one scan hands each
must be exactly what that one's own scan finds."""

from __future__ import annotations

import re

import pytest
from theme_recall_texts import CONTRASTS, POSITIVES

from ficshelf.model import Span
from ficshelf.understand import theme_agreeing, theme_cue_tally

# Invented lines: a head word of a cue right after or inside an agreeing cue's beginning,
# both at one word start, cues after apostrophes and hyphens, and words near no cue.
_OWN = [
    "The doctor came at dusk. Her cough was worse, and the fever had not broken.",
    "He drank the brandy in one gulp; it burned all the way down his throat.",
    "She wept at the graveside. Since he died she had worn black crape every day.",
    "They'd been drinking. Half-drunk, he swung a fist at the sheriff's deputy.",
    "Nobody coughed. The re-dosed patient's fever-chart lay on the sick-room table.",
    "He talked to himself and walked in his sleep; his mind was going, the nurse said.",
    "A plain line of nothing much, with a cat, a cup of tea and a window.",
]


def _paragraphs(text: str) -> list[Span]:
    return [Span(m.start(), m.end()) for m in re.finditer(r"[^\n]+", text)]


def _own_scans(text: str, body: list[Span]) -> tuple[list[object], list[object]]:
    heads = list(theme_cue_tally._heads(text, body, theme_cue_tally.cue_index()))
    starts = list(theme_agreeing._starts(text, body))
    return heads, starts


# the recall tests' invented scenes, every tag's, as one story of many paragraphs each
_SCENES = [
    "\n".join(text for _, text in table[tag]) for table in (POSITIVES, CONTRASTS) for tag in table
]


@pytest.mark.parametrize("text", ["\n".join(_OWN), *_SCENES])
def test_the_joint_scan_finds_what_each_scan_finds(text: str) -> None:
    body = _paragraphs(text)
    scanned = theme_cue_tally.joint_scan(text, body)
    assert scanned is not None
    heads, starts = _own_scans(text, body)
    assert scanned == (heads, starts)


def test_the_joint_scan_finds_both_kinds_of_start() -> None:
    text = "\n".join(_OWN)
    scanned = theme_cue_tally.joint_scan(text, _paragraphs(text))
    assert scanned is not None
    heads, starts = scanned
    assert heads and starts
    # a word where both prefilters land ("doctor") is in both lists
    doctor = text.index("doctor")
    assert doctor in {pos for pos, _, _ in heads} & {pos for pos, _ in starts}


def test_a_text_whose_lower_casing_differs_scans_on_its_own() -> None:
    # dotted capital I lower-cases to two characters; long s folds case-blind only
    for text in ("İstanbul: the doctor came, her cough worse.", "the ſick-room, the doctor"):
        assert theme_cue_tally.joint_scan(text, _paragraphs(text)) is None
