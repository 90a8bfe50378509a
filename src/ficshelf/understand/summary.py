"""The "summary" stage.

Layers:

* ``summary`` — the one or two body sentences that best summarise the story, in text
  order, label "".

CONTRACT SKELETON: returns empty layers until H3 implements it.
"""

from __future__ import annotations

from collections.abc import Mapping

from ficshelf.model import Analysis, Span
from ficshelf.understand.pipeline import stage


@stage("summary", requires=("body", "sentences", "characters"), assigns=("summary",))
def summarise(analysis: Analysis) -> Mapping[str, tuple[Span, ...]]:
    """Return the summary layer (see the module docstring)."""
    return {"summary": ()}
