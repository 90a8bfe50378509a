"""The old man of a story: a descriptor that names the one character the text calls old.

A reader who has met "old Mr. Emerson" or "Old Tom" takes a later "the old man" for him,
not for a new, unnamed person; after "little Arthur", "the boy" is Arthur; after "young
Emerson", "the young man" is he. ``epithet_holders`` returns the descriptor phrases an
epithet stands for (``EPITHET_PHRASES``: "old": "the old man", "the old woman", "the old
gentleman", ...; "little": "the boy", "the girl", "the little boy", ...; "young": "the young
man", "the young lady", ...) mapped to the one named character of the phrase's gender whom
the text calls so: a mention right after the word ("old Mr. Emerson", "little Arthur") or
opening with it ("Old Tom"). Nothing when two characters of that gender are called so, or
none is, or the character's gender is unknown or the other one.

One look behind each candidate, so linear in their number.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from ficshelf.understand.names import Candidate

# The epithets, and the phrases each stands for with the gender of their noun.
EPITHET_PHRASES: Mapping[str, Mapping[str, str]] = {
    "old": {
        "the old man": "m",
        "the old gentleman": "m",
        "the old fellow": "m",
        "the old woman": "f",
        "the old lady": "f",
    },
    "little": {
        "the boy": "m",
        "the little boy": "m",
        "the girl": "f",
        "the little girl": "f",
    },
    "young": {
        "the young man": "m",
        "the young gentleman": "m",
        "the young woman": "f",
        "the young lady": "f",
    },
}

_REACH = 8  # how far back the word before a name is read: "little "


def epithet_holders(
    text: str,
    candidates: Sequence[Candidate],
    owner: Sequence[int],
    genders: Mapping[int, str],
) -> dict[str, int]:
    """Return descriptor key ("the old man") → the one character (``owner[i]`` is the
    character of ``candidates[i]``; ``genders`` character → "m" or "f") that the text
    calls by the phrase's epithet and whose gender is the phrase's (see the module
    docstring). Never raises."""
    called: dict[tuple[str, str], set[int]] = {}  # (epithet, gender) -> characters
    for cand, who in zip(candidates, owner, strict=True):
        gender = genders.get(who, "")
        if not gender:
            continue
        epithet = cand.parts[0].lower() if len(cand.parts) > 1 else ""
        if epithet not in EPITHET_PHRASES:
            before = text[max(0, cand.start - _REACH) : cand.start].lower().split()
            epithet = before[-1] if before and text[cand.start - 1 : cand.start] == " " else ""
        if epithet in EPITHET_PHRASES:
            called.setdefault((epithet, gender), set()).add(who)
    out: dict[str, int] = {}
    for epithet, phrases in EPITHET_PHRASES.items():
        for phrase, gender in phrases.items():
            holders = called.get((epithet, gender), set())
            if len(holders) == 1:
                out[phrase] = next(iter(holders))
    return out
