"""The "dialogue" stage.

Layers:

* ``quotes`` — one span per quotation, in text order, never overlapping. The span covers
  the quoted words *without* their quotation marks (``text[start:end]`` is what a gold file's
  quote ``text`` holds). A line split by a tag (``"Hi," she said, "how are you?"``) is two
  quotes. Label "" for a quote in the story body, "note" for one inside a note or epigraph.
  Score = confidence that it is dialogue (1.0 for balanced double quotes).

CONTRACT SKELETON: returns empty layers until H1 implements it.
"""

from __future__ import annotations

from collections.abc import Mapping

from ficshelf.model import Analysis, Span
from ficshelf.understand.pipeline import stage


@stage("dialogue", requires=("paragraphs", "notes", "body"), assigns=("quotes",))
def find_quotes(analysis: Analysis) -> Mapping[str, tuple[Span, ...]]:
    """Return the quotes layer (see the module docstring)."""
    return {"quotes": ()}
