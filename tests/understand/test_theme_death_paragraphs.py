"""``theme_deaths.dying_paragraphs``: deaths searched only where a dying word stands."""

from __future__ import annotations

import re

import pytest

from ficshelf.model import Span
from ficshelf.understand.theme_deaths import (
    _DEATH,
    _DYING_PIECES,
    _PRONOUN_DEATH,
    dying_paragraphs,
    major_deaths,
    pronoun_deaths,
)

# One sentence for each way ``_DYING`` tells a death.
DYING = (
    "lay dead|was dead|died|dies|is dying|was dying|passed away|breathed his last"
    "|drew her last breath|stopped breathing|never woke|never woke again|didn't wake again"
    "|did not wake up again|expired|departed this life|drowned|bled to death|was killed"
    "|is slain|was murdered|was hanged|was executed|was found dead|was shot dead"
    "|was stabbed to death|was beaten to death|perished|’s heart stopped breathing"
).split("|")


def paragraphs_of(text: str) -> list[Span]:
    spans, at = [], 0
    for line in text.split("\n"):
        spans.append(Span(at, at + len(line)))
        at += len(line) + 1
    return spans


@pytest.mark.parametrize("dying", DYING)
def test_every_death_holds_a_dying_word(dying: str) -> None:
    space = "" if dying.startswith("’") else " "
    for pattern, who in ((_DEATH, "Osric"), (_PRONOUN_DEATH, "she")):
        found = pattern.search(f"Then {who}{space}{dying} at noon.")
        assert found is not None
        assert any(piece in found.group() for piece in _DYING_PIECES)


def test_only_the_paragraphs_with_a_dying_word_are_kept() -> None:
    text = "Osric rode out.\nOsric died at dawn.\nThe dead leaves fell.\nNothing more."
    assert dying_paragraphs(text, paragraphs_of(text)) == {1, 2}


def test_paragraphs_out_of_order_are_all_searched() -> None:
    text = "Osric died.\nOsric rode."
    paragraphs = paragraphs_of(text)
    assert dying_paragraphs(text, paragraphs[::-1]) is None


def test_the_deaths_are_the_same_with_the_paragraphs_given() -> None:
    text = "\n".join(
        ["Osric rode. Osric sang. Osric slept. Osric laughed. Osric ate."]
        + ["Osric died at dawn.", "She was weeping.", "Later Osric's grave was dug."]
        + ["Osric stood alone. Then he passed away quietly."]
    )
    paragraphs = paragraphs_of(text)
    mentions = [Span(m.start(), m.end(), "Osric") for m in re.finditer("Osric", text)]
    dying = dying_paragraphs(text, paragraphs)
    assert dying == {1, 4}
    named = major_deaths(text, paragraphs, [], [], mentions)
    assert named.score == pytest.approx(1.5)
    assert major_deaths(text, paragraphs, [], [], mentions, dying).score == named.score
    told = pronoun_deaths(text, paragraphs, [], [], mentions)
    assert told.score == pytest.approx(1.0)
    assert pronoun_deaths(text, paragraphs, [], [], mentions, dying).score == told.score
