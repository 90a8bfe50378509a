"""The "speakers" stage.

Layers:

* ``speakers`` — one span per quote, with exactly the quote's start and end, in the same
  order, label = the canonical name of the character who says it (one of the ``characters``
  labels) or "" when unknown, score = confidence.

CONTRACT SKELETON: returns empty layers until H1 implements it.
"""

from __future__ import annotations

from collections.abc import Mapping

from ficshelf.model import Analysis, Span
from ficshelf.understand.pipeline import stage


@stage(
    "speakers",
    requires=("paragraphs", "quotes", "mentions", "characters", "narrator", "pov"),
    assigns=("speakers",),
)
def attribute_speakers(analysis: Analysis) -> Mapping[str, tuple[Span, ...]]:
    """Return the speakers layer (see the module docstring)."""
    return {"speakers": ()}
