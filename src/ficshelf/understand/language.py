"""The "language" stage.

Layers:

* ``language`` — one span over the whole text, label = the ISO 639-1 code of the story
  body's language ("en"), or "" when it cannot be told (too little text); score = confidence.
  Stages that only work on English are registered ``english_only``: the runner does not
  run them unless ``pipeline.reads_english(analysis)`` (the one place that decides), and
  ``pipeline.skipped_stages`` names them.

The detector is py3langid (a naive Bayes classifier over byte n-grams, 97 languages), whose
model ships inside that package: nothing is downloaded. It reads a bounded sample of the body
(whole paragraphs from its start, middle and end, ``SAMPLE_CHARS`` in all), so the cost does
not grow with the length of the story. The model is loaded once per process, on first use.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from functools import cache
from typing import Any

from ficshelf.model import Analysis, Span
from ficshelf.understand.pipeline import stage

SAMPLE_CHARS = 1500
# Fewer letters than this in the sample and the language is not told ("").
MIN_LETTERS = 40
# Below this confidence the detector's guess is not trusted either.
MIN_CONFIDENCE = 0.5
_LETTER = re.compile(r"[^\W\d_]")


@cache
def _identifier() -> Any:
    """Return py3langid's identifier with normalised probabilities (loaded once)."""
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)


def sample(text: str, paragraphs: Sequence[Span], budget: int = SAMPLE_CHARS) -> str:
    """Return whole paragraphs from the start, middle and end of ``paragraphs`` (a third of
    ``budget`` characters from each; a paragraph longer than that is cut), joined by newlines."""
    if not paragraphs:
        return ""
    share = max(1, budget // 3)
    parts: list[str] = []
    taken: set[int] = set()
    n = len(paragraphs)
    for first in (0, n // 2, max(0, n - 1)):
        used = 0
        i = first
        while i < n and used < share:
            if i not in taken:
                taken.add(i)
                p = paragraphs[i]
                chunk = text[p.start : min(p.end, p.start + share - used)]
                parts.append(chunk)
                used += len(chunk)
            i += 1
    return "\n".join(parts)


def identify(snippet: str) -> tuple[str, float]:
    """Return ``(ISO 639-1 code, confidence)`` for ``snippet``, or ``("", 0.0)`` when it has
    too few letters or the detector is unsure."""
    letters = len(_LETTER.findall(snippet, 0, SAMPLE_CHARS * 2))
    if letters < MIN_LETTERS:
        return "", 0.0
    code, prob = _identifier().classify(snippet)
    if prob < MIN_CONFIDENCE:
        return "", float(prob)
    return str(code), round(float(prob), 4)


@stage("language", requires=("paragraphs", "body"), assigns=("language",))
def detect_language(analysis: Analysis) -> Mapping[str, tuple[Span, ...]]:
    """Return the language layer (see the module docstring): the body's language, or the
    whole text's when the document has no body."""
    text = analysis.text
    paragraphs = analysis.layer("body") or analysis.layer("paragraphs")
    code, confidence = identify(sample(text, paragraphs))
    return {"language": (Span(0, len(text), code, confidence),)}
