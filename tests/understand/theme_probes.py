"""What the themes stage makes of a short text: the warnings it tags and the rating it gives
(shared by the themes tests that probe one text at a time)."""

from __future__ import annotations

from ficshelf.model import Analysis, RawDocument
from ficshelf.understand import analyze


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
