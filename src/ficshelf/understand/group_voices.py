"""A group speaks only when a tag says so: no group takes a line by turn-taking.

(Round spk37.) A line a tag gives a group ('"Hold hard there!" shouted the men', "the
company cries") makes the group one of the scene's voices, and the "speakers" stage then
counted it as one of the two voices of the exchange that went on: the next untagged reply
to a man the group had hailed went to "the men" by alternation (the voice two back), and
so did the line after it. A crowd, a choir or a household answers as one only where the
text says it does (a tag, a call to the group: ``group_calls``); an untagged line in an
exchange is one person's. So the count (``alternation``), the partner of a new exchange
(``partner``) and the readings back from a later tag (``alternate_back``, the anchors)
pass over a group (``is_group``) and take the next voice they would have taken. The last
resort of ``recent`` (the latest voice or name) still may give a group a line: passing
over it there moved a confirm line the ranker had mended to a wrong one.

A group here is a speaker's name that is a definite description whose last word is a
plural person noun or a noun for a body of people (``descriptor_patterns.GROUP_HEADS``:
"the men", "the village children", "the choir"); a named family ("the Weasleys") or a
character whose name merely ends so is no group.

A group has no gender, and a "he"/"she" is never a group's (round agree39): ``speaks_as_one``
(a group, or a people the story names with a capitalised plural, "the Greys", as
``line_groups`` finds them) gives the "speakers" stage's gender map a plural mark
(``speaker_cues.PLURAL``), which agrees with neither pronoun, wherever gender is checked.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ficshelf.understand.descriptor_patterns import GROUP_HEADS

# A capitalised plural: a people the story names as one ("Greys" in "the Greys"); not a
# word in "-ss", "-us" or "-is" ("Duchess", "Marquis"), no plural. ``line_groups`` reads
# the same noun after "the" in a tag.
NAMED_PEOPLE_NOUN = r"[A-Z][a-z]+(?<=[a-hj-rtv-z]s)"
_NAMED_PEOPLE = re.compile(rf"the {NAMED_PEOPLE_NOUN}")


@lru_cache(maxsize=1024)
def is_group(name: str) -> bool:
    """Return whether the speaker name ``name`` names a group of people: "the" (or
    "some"/"all the"), then lower-case words, the last a group noun ("the men", "the
    other maids", "the village children")."""
    words = name.split()
    if len(words) < 2 or words[0].lower() not in ("the", "some", "all"):
        return False
    rest = words[1:]
    if any(not w.islower() for w in rest):
        return False
    head = rest[-1].rsplit("-", 1)[-1]
    return head in GROUP_HEADS


def speaks_as_one(name: str) -> bool:
    """Return whether the speaker name ``name`` is a plural: a group (``is_group``) or a
    people the story names with "the" and a capitalised plural ("the Greys")."""
    return is_group(name) or _NAMED_PEOPLE.fullmatch(name) is not None
