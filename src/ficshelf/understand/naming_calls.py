"""A "called" that names someone, not a speech tag: "half the town called honest Iago".

After a name, "called" is read as a speech verb ("Kit called, 'Wait!'", "Kit called out").
With a name right after it, at most one lower-case word between ("half Cyprus called
honest Iago", "the village calls Tom a fool", "Ma called Lizzie in"), the verb names or
summons that one: it says nothing about whether the word before it is a person who speaks.
The check is one anchored match after a speech verb already found.
"""

from __future__ import annotations

import re

# The word between may be an adjective ("honest", "poor"), never a particle of a speech
# verb ("called out Tom's name" speaks).
_NAMED_AFTER = re.compile(
    r"[ \t]+(?:(?!(?:out|up|to|after|across|back|down|over|from|for|again|aloud)\b)"
    r"[a-z]+[ \t]+)?[A-Z][a-z]"
)
_CALLING = ("called", "calls", "call")


def calls_a_name(text: str, verb_end: int, stop: int) -> bool:
    """Whether the speech verb ending at ``verb_end`` is a "call" that takes a name as its
    object ("called honest Iago"), read no further than ``stop``."""
    return text.endswith(_CALLING, 0, verb_end) and (
        _NAMED_AFTER.match(text, verb_end, stop) is not None
    )
