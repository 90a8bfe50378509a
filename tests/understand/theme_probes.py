"""What the themes stage makes of a short text: the warnings it tags and the rating it gives
(shared by the themes tests that probe one text at a time)."""

from __future__ import annotations

from collections.abc import Iterable, Mapping

import pytest
from _pytest.mark import ParameterSet

from ficshelf.model import Analysis, RawDocument
from ficshelf.understand import analyze
from ficshelf.understand.quoted import body_quotes
from ficshelf.understand.theme_cue_tally import tally_cues


def analysed(text: str) -> Analysis:
    """Return the full analysis of ``text`` as a plain-text story."""
    return analyze(RawDocument(text, "story.txt", "txt"))


def tags(text: str) -> set[str]:
    """Return the warning tags the pipeline gives ``text``."""
    return {s.label for s in analysed(text).layer("warnings")}


def rating(text: str) -> str:
    """Return the rating the pipeline gives ``text``."""
    (span,) = analysed(text).layer("rating")
    return span.label


def cue_score(text: str, tag: str) -> float:
    """Return the summed cue weight of warning ``tag`` in ``text`` (0 when no cue counts)."""
    a = analysed(text)
    tally = tally_cues(a.text, a.layer("body"), a.layer("sentences"), body_quotes(a)).get(tag)
    return tally.score if tally else 0.0


def scene_params(
    scenes: Iterable[tuple[str, str, frozenset[str]]], gaps: Mapping[str, str]
) -> list[ParameterSet]:
    """Return one test case a scene (its text and gold tags, named by the scene), each scene
    named in ``gaps`` a strict expected failure with that reason."""
    return [
        pytest.param(
            text,
            gold,
            id=name,
            marks=[pytest.mark.xfail(strict=True, reason=gaps[name])] if name in gaps else [],
        )
        for name, text, gold in scenes
    ]
