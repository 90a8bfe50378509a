"""The "language" stage.

Layers:

* ``language`` — one span over the whole text, label = the ISO 639-1 code of the story
  body's language ("en"), or "" when it cannot be told (too little text); score = confidence.
  Stages that only work on English check ``is_english(analysis)`` and return empty layers
  otherwise.

CONTRACT SKELETON: returns empty layers until H3 implements it.
"""

from __future__ import annotations

from collections.abc import Mapping

from ficshelf.model import Analysis, Span
from ficshelf.understand.pipeline import stage


def is_english(analysis: Analysis) -> bool:
    """Return whether the English-only stages should run: the ``language`` layer says "en",
    or could not tell ("")."""
    spans = analysis.layers.get("language", ())
    return not spans or spans[0].label in ("en", "")


@stage("language", requires=("paragraphs", "body"), assigns=("language",))
def detect_language(analysis: Analysis) -> Mapping[str, tuple[Span, ...]]:
    """Return the language layer (see the module docstring)."""
    return {"language": ()}
