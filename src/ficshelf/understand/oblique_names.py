"""A name the narration holds only as a possessor.

(Round spk34.) A "he"/"she" tag whose narration has no subject of that gender falls back on
any character of that gender it names (``conversation``: rule ``pronoun_narrated``). A name
that stands only as a possessor ("still half asleep against Hal's shoulder", "took Piers's
coat") is the one whose shoulder or coat the narration is about, seldom the one who speaks
next: the speaker is the "he"/"she" the narration was already about, or someone it
describes without a name. ``possessor`` reads the marks right after one mention.

Tried and left out: the object of a preposition as well ("looked up at Tom", "let go of
Sir Piers"): tuning stories 01-15, 31-40, 81-110 and 121-130 gained 11 lines with unseen
canons, but the one looked "at" is as often the speaker ("Nobody was looking at Ann. ...
'It's from him,' she said.": two lines lost in 51-80 with "at"), and without "at" LitBank
dev lost a line.
"""

from __future__ import annotations

import re

from ficshelf.model import Span

_POSSESSIVE = re.compile(r"['’]s?\b")


def possessor(text: str, mention: Span) -> bool:
    """Return whether ``mention`` stands as a possessor ("Hal's", "Silas'") in ``text``."""
    return _POSSESSIVE.match(text, mention.end) is not None
