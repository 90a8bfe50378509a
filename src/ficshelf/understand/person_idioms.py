"""Idioms that make a name a person's where its place in the sentence would not.

"It was such a Sherlock thing to say", "a very Nan thing to do": a name used as the
modifier of "thing to say/do" after "a" names the person whose ways the speaker knows (a
fan-fiction idiom), though a capitalised word after "a" is otherwise a kind ("a Gascon", "a
Swede boy"). Part of the characters stage: ``names`` reads this cue into a candidate's
evidence (a person's cue, as "Theo's face" is) and takes the article off it.
"""

from __future__ import annotations

import re

# " thing to say" and the like, right after the name ("a Kaa thing to say").
_TYPICAL_THING = re.compile(
    r"[ \t]+thing[ \t]+to[ \t]+(?:say|do|think|ask|write|wear|notice|forget)\b"
)


def typical_thing(text: str, end: int, limit: int) -> bool:
    """Whether the name ending at ``end`` is followed, before ``limit``, by "thing to say"
    or the like: "such a Kaa thing to say" (the caller checks for the article before it)."""
    return _TYPICAL_THING.match(text, end, limit) is not None
