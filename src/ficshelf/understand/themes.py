"""The "themes" stage.

Layers:

* ``warnings`` — evidence spans (sentences) per warning or theme of the vocabulary
  (``vocabulary.WARNINGS``), label = the tag, score = confidence of the tag (the same on every
  span of one tag).
* ``rating`` — one span over the body, label = "General" | "Teen" | "Mature" | "Explicit",
  score = confidence.

CONTRACT SKELETON: returns empty layers until H3 implements it.
"""

from __future__ import annotations

from collections.abc import Mapping

from ficshelf.model import Analysis, Span
from ficshelf.understand.pipeline import stage


@stage(
    "themes", requires=("body", "sentences", "quotes", "language"), assigns=("warnings", "rating")
)
def find_themes(analysis: Analysis) -> Mapping[str, tuple[Span, ...]]:
    """Return the warnings, rating layers (see the module docstring)."""
    return {"warnings": (), "rating": ()}
