"""``theme_cue_tally._cues_at`` reads each cue in the text lower-cased by
``theme_matcher.plainly_lowered`` alone (round speed33): the case-sensitive lowered pattern
must find the same stretch the case-blind one finds, and a plain text never compiles the
case-blind patterns."""

from __future__ import annotations

import re

import pytest

from ficshelf.model import Span
from ficshelf.understand import theme_matcher
from ficshelf.understand.theme_cue_tally import cue_index, tally_cues
from ficshelf.understand.theme_matcher import plainly_lowered

# Invented passages, in mixed case, holding cues of several tags.
_PASSAGES = [
    "The Doctor said the Wound was deep. He had been STABBED twice and Bled on the rug.",
    "She Drank Whisky until dawn; the hangover came at noon. Nobody Died that night.",
    "They Buried Him at the Cemetery. His mother Wept at the Grave, and the Funeral ended.",
    "He Punched the wall, then Slapped his brother across the Face. Blood ran from his nose.",
]


def _cues() -> list[theme_matcher.Cue]:
    return list({id(c): c for group in cue_index().keyed.values() for c in group}.values())


def test_a_lowered_cue_matches_the_same_stretch_as_the_case_blind_one() -> None:
    cues = _cues()
    matched = 0
    for passage in _PASSAGES:
        lowered = plainly_lowered(passage)
        assert lowered is not None
        for word in re.finditer(r"\b\w", passage):
            for cue in cues:
                quick = cue.lowered_pattern
                assert quick is not None
                found = cue.pattern.match(passage, word.start())
                low = quick.match(lowered, word.start())
                assert (low and low.span()) == (found and found.span()), cue.source
                matched += found is not None
    assert matched > 10


def test_a_plain_text_is_tallied_without_the_case_blind_patterns(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    def refused(cue: theme_matcher.Cue) -> re.Pattern[str]:
        raise AssertionError(f"case-blind pattern compiled for {cue.source!r}")

    text = "\n\n".join(_PASSAGES)
    expected = tally_cues(text, _paragraphs(text), _paragraphs(text), [])
    monkeypatch.setattr(theme_matcher.Cue, "pattern", property(refused))
    lowered = plainly_lowered(text)
    got = tally_cues(text, _paragraphs(text), _paragraphs(text), [], lowered=lowered)
    assert got == expected and len(got) >= 3


def _paragraphs(text: str) -> list[Span]:
    return [Span(m.start(), m.end()) for m in re.finditer(r"[^\n]+", text)]
