"""A work's warnings come in two vocabularies, shown apart wherever a reader sees them (the
work page, a blurb, the EPUB and HTML title pages, ``ficshelf show``, an OPDS entry):

- the **archive warnings** the file gives, as its author gave them: AO3's Archive Warnings
  ("No Archive Warnings Apply", "Creator Chose Not To Use Archive Warnings", "Graphic
  Depictions Of Violence", …) or the warnings a note states; a person's edit joins them
  (marked as one where it is shown);
- the **content warnings ficshelf infers** from the text, in DESIGN.md's vocabulary ("drug
  use", "profanity", …), each with its confidence and evidence.

"No Archive Warnings Apply" beside an inferred "drug use" is no contradiction: AO3's four
archive warnings do not cover drug use, and the author's choice is shown as the author's.
Neither is ever dropped for the other.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from ficshelf.store.work_views import TagView

ARCHIVE_LABELS = ("Archive Warning", "Archive Warnings")
INFERRED_LABELS = (
    "Content Warning (inferred by ficshelf)",
    "Content Warnings (inferred by ficshelf)",
)


@dataclass(frozen=True, slots=True)
class WarningGroup:
    """Warnings of one vocabulary: its label (singular or plural as its tags), its tags and
    whether ficshelf inferred them."""

    label: str
    tags: tuple[TagView, ...]
    inferred: bool


def warning_groups(tags: Sequence[TagView]) -> list[WarningGroup]:
    """Return a work's warning tags as at most two groups, in this order: the archive
    warnings (given by the file, or set by a person) and the content warnings ficshelf
    inferred; a group with no tag is left out, and every tag is in one group."""
    groups: list[WarningGroup] = []
    for labels, inferred in ((ARCHIVE_LABELS, False), (INFERRED_LABELS, True)):
        mine = tuple(t for t in tags if t.inferred == inferred)
        if mine:
            groups.append(WarningGroup(labels[0] if len(mine) == 1 else labels[1], mine, inferred))
    return groups
