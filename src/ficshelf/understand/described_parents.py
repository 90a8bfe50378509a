"""A described parent ("his mother", "her father") and the parent of the one family the
story names.

'"Mrs. Machin," said the clerk' in a story that also tells of Denry Machin and says "his
mother" twice: a reader takes "his mother" for Mrs. Machin, the mother of the one family
whose child the text names, not for a second woman. The characters stage keeps the
description as an unnamed character, so the two stood as two characters.

``family_parents_of_described`` reads the description as ``kin_names.family_parents``
reads a parent's word used as a name ("Pa", "Mamma"): it joins the one described parent of
a gender to the one married woman (for a mother) or man (for a father) whose title and
surname a child of the house shares ("Denry Machin", "Miss Machin"). Two described
mothers ("his mother", "her mother"), or two such families, leave the description alone:
whose parent it is depends on whose "his" it is. Part of the characters stage (round
chr48).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from ficshelf.understand.kin_names import family_parents
from ficshelf.understand.person_nouns import FATHERS, MOTHERS


def family_parents_of_described(
    described: Mapping[int, str], names: Sequence[tuple[int, str, str, int]]
) -> dict[int, int]:
    """Return described character -> the family parent it is (see the module docstring).
    ``described`` maps each unnamed character still mentioned to the noun of its description
    ("mother"); ``names`` holds one (character, title, surname, number of name parts) per
    name candidate, as for ``family_parents``."""
    mothers = [who for who, noun in described.items() if noun in MOTHERS]
    fathers = [who for who, noun in described.items() if noun in FATHERS]
    one = [kin[0] for kin in (mothers, fathers) if len(kin) == 1]
    if not one:
        return {}
    return family_parents({who: {described[who]} for who in one}, names)
