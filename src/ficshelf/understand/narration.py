"""The "narration" stage.

Layers:

* ``pov`` — one span (first to last body paragraph), label "first" | "second" | "third",
  score = confidence. Counted on the story body outside quotes only.
* ``tense`` — one span, label "past" | "present", score = confidence.

CONTRACT SKELETON: returns empty layers until H3 implements it.
"""

from __future__ import annotations

from collections.abc import Mapping

from ficshelf.model import Analysis, Span
from ficshelf.understand.pipeline import stage


@stage("narration", requires=("body", "sentences", "quotes", "language"), assigns=("pov", "tense"))
def find_narration(analysis: Analysis) -> Mapping[str, tuple[Span, ...]]:
    """Return the pov, tense layers (see the module docstring)."""
    return {"pov": (), "tense": ()}
