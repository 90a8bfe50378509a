"""The "fandom" stage.

Layers:

* ``fandoms`` — evidence spans for each fandom the story belongs to (a byline or note
  naming it, or the mentions of characters that identify it), label = the canonical fandom
  name, score = confidence (the same on every span of one fandom).

CONTRACT SKELETON: returns empty layers until H4 implements it.
"""

from __future__ import annotations

from collections.abc import Mapping

from ficshelf.model import Analysis, Span
from ficshelf.understand.pipeline import stage


@stage(
    "fandom", requires=("fandom_mentions", "notes", "characters", "mentions"), assigns=("fandoms",)
)
def find_fandoms(analysis: Analysis) -> Mapping[str, tuple[Span, ...]]:
    """Return the fandoms layer (see the module docstring)."""
    return {"fandoms": ()}
