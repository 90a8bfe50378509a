"""The "relationships" stage.

Layers:

* ``relationships`` — evidence spans (sentences or paragraphs that show the pair together
  or state the relation), label = ``relationship_label(kind, prominence, a, b)``
  ("romantic|major|Name A|Name B", names sorted), score = the pair's score in [0, 1] (the same
  on every span of one pair). ``parse_relationship_label`` reads a label back.

CONTRACT SKELETON: returns empty layers until H4 implements it.
"""

from __future__ import annotations

from collections.abc import Mapping

from ficshelf.model import Analysis, Span
from ficshelf.understand.pipeline import stage


def relationship_label(kind: str, prominence: str, a: str, b: str) -> str:
    """Return the label of a relationship evidence span: ``kind|prominence|A|B``, names
    sorted. Raises ``ValueError`` if a name contains "|"."""
    if "|" in a or "|" in b:
        raise ValueError("character names in a relationship label may not contain '|'")
    first, second = sorted((a, b))
    return f"{kind}|{prominence}|{first}|{second}"


def parse_relationship_label(label: str) -> tuple[str, str, str, str]:
    """Return ``(kind, prominence, a, b)`` from a label made by ``relationship_label``.
    Raises ``ValueError`` for any other string."""
    parts = label.split("|")
    if len(parts) != 4:
        raise ValueError(f"not a relationship label: {label!r}")
    return parts[0], parts[1], parts[2], parts[3]


@stage(
    "relationships",
    requires=("paragraphs", "body", "quotes", "mentions", "characters", "speakers"),
    assigns=("relationships",),
)
def find_relationships(analysis: Analysis) -> Mapping[str, tuple[Span, ...]]:
    """Return the relationships layer (see the module docstring)."""
    return {"relationships": ()}
