"""A role set beside a name, with a comma between, says the name is a person's.

English names a person and says what they are in apposition, either way round:

* the role before the name, behind a determiner: "the architect, Yost Van Houten, had
  borrowed it", "his mother, Tibbie, had been a sheepdog", "the Colonel's valet, Pruett.";
* a style after the name, a capitalised title with "of" after it: "Aurungzebe, Emperor
  of the Moguls", "Edwy, Earl of Wessex", "Tippoo, the Sultan of Mysore" (a lower-case
  noun phrase there, "Crane, the son of a farmer", was tried: it cost LitBank dev's
  confirm half a false character).

``names`` reads either as the name's ``described`` cue (as it reads "Burke, the butler,"
and "Bartleby, who was"). The role is one of the person nouns (``person_nouns``) or the
titles (``name_tables.TITLES``), so "London, the capital of England" and "the river,
Thames" are no person's. Only in the narration: inside a line "the old man, Tom" is as
often a call.
"""

from __future__ import annotations

import re

from ficshelf.understand import name_tables as tables
from ficshelf.understand.person_nouns import PERSON_NOUNS

_ROLES = PERSON_NOUNS | frozenset(tables.TITLES)
_REACH = 60  # characters looked at on either side of the name
_BEFORE = re.compile(
    r"(?:\b(?:[Tt]he|[Hh]is|[Hh]er|[Mm]y|[Oo]ur|[Tt]heir|[Yy]our)|\w['’]s)"
    r"[ \t]+(?:[A-Za-z-]+[ \t]+){0,2}([a-z]+),[ \t]+\Z"
)
_AFTER = re.compile(
    r",[ \t]+(?:(?:the|a|an|his|her|my|our|their)[ \t]+)?(?:[a-z-]+[ \t]+){0,2}?"
    r"([A-Za-z][a-z]+)[ \t]+of\b"
)
# What follows a name in apposition: the apposition closes.
CLOSING_MARKS = frozenset(",.;:)—–")


def apposed_role(text: str, start: int, end: int, limit: tuple[int, int]) -> bool:
    """Return whether the name at ``start``–``end`` (narration, within the paragraph
    ``limit``) has a role in apposition to it (see the module docstring). The caller has
    seen one of ``CLOSING_MARKS`` right after the name."""
    lo, hi = limit
    if text[end] == ",":
        after = _AFTER.match(text, end, min(hi, end + _REACH))
        if after is not None and after.group(1)[0].isupper() and after.group(1).lower() in _ROLES:
            return True
    if text[start - 2 : start] != ", ":  # (a cheap test first: most names have none)
        return False
    before = _BEFORE.search(text, max(lo, start - _REACH), start)
    return before is not None and before.group(1) in _ROLES
