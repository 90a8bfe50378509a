"""The old man of a story: a descriptor that names the one character the text calls old.

A reader who has met "old Mr. Emerson" or "Old Tom" takes a later "the old man" for him,
not for a new, unnamed person. ``old_holders`` returns the descriptor phrases "the old
man", "the old woman" and their kin ("the old gentleman", "the old lady") mapped to the one
named character of that gender whom the text calls old: a mention right after the word
"old" ("old Mr. Emerson", "Old Tom"). Nothing when two characters of that gender are
called old, or none is, or the character's gender is unknown or the other one.

One look behind each candidate, so linear in their number.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from ficshelf.understand.names import Candidate

# The phrases, with the gender of their noun.
OLD_PHRASES: Mapping[str, str] = {
    "the old man": "m",
    "the old gentleman": "m",
    "the old fellow": "m",
    "the old woman": "f",
    "the old lady": "f",
}
_OLD = "old "


def old_holders(
    text: str,
    candidates: Sequence[Candidate],
    owner: Sequence[int],
    genders: Mapping[int, str],
) -> dict[str, int]:
    """Return descriptor key ("the old man") → the one character (``owner[i]`` is the
    character of ``candidates[i]``; ``genders`` character → "m" or "f") that the text
    calls old and whose gender is the phrase's (see the module docstring). Never raises."""
    old: dict[str, set[int]] = {}
    for cand, who in zip(candidates, owner, strict=True):
        called_old = (len(cand.parts) > 1 and cand.parts[0].lower() == "old") or (
            text[max(0, cand.start - len(_OLD)) : cand.start].lower() == _OLD
        )
        gender = genders.get(who, "")
        if called_old and gender:
            old.setdefault(gender, set()).add(who)
    out: dict[str, int] = {}
    for phrase, gender in OLD_PHRASES.items():
        holders = old.get(gender, set())
        if len(holders) == 1:
            out[phrase] = next(iter(holders))
    return out
