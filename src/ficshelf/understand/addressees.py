"""Pet names used only in address: "She's better, Teddy," Jo called back — Teddy is Laurie.

A one-word name that the text uses only to call someone (every mention a vocative) and never
in the narration is often a pet name of a character the narration calls otherwise. In a line whose
speaker is named ("Jo called back"), the one addressed is the other side of the exchange: the
named speaker of the line just before or just after, when that is someone else. When every
call of such a name points to one character that way, the name is that character's.

``addressed_nicknames`` reads only the paragraphs that hold a call, a fixed number of
look-ups per mention, so it is linear in the number of mentions.
"""

from __future__ import annotations

from bisect import bisect_right
from collections import Counter
from collections.abc import Sequence

from ficshelf.model import Span
from ficshelf.understand.names import Candidate

# A pet name is called a few times at most; a character called more often by a name the
# narration never uses is a character of its own, not an alias.
MAX_CALLS = 3


def addressed_nicknames(
    paragraphs: Sequence[Span], candidates: Sequence[Candidate], who: Sequence[int]
) -> dict[int, int]:
    """Return character -> the character it is a pet name of, for characters named only in
    vocatives (see the module docstring). ``who[i]`` is the character of ``candidates[i]``
    (in text order); ``paragraphs`` are the story paragraphs in text order."""
    mentions: Counter[int] = Counter(who)
    calls: Counter[int] = Counter(
        w for c, w in zip(candidates, who, strict=True) if c.vocative and _pet_name(c)
    )
    callers = {w for w, n in calls.items() if n == mentions[w] and n <= MAX_CALLS}
    if not callers:
        return {}
    starts = [p.start for p in paragraphs]
    speakers: dict[int, set[int]] = {}  # paragraph -> characters named as its speaker
    where: list[int] = []
    for cand, w in zip(candidates, who, strict=True):
        para = bisect_right(starts, cand.start) - 1
        where.append(para)
        if cand.speech and not cand.in_quote:
            speakers.setdefault(para, set()).add(w)
    votes: dict[int, set[int]] = {}
    for w, para in zip(who, where, strict=True):
        if w not in callers:
            continue
        said_by = speakers.get(para, set())
        other = _other_side(speakers, para, said_by, w) if len(said_by) == 1 else None
        votes.setdefault(w, set()).add(-1 if other is None else other)
    return {
        w: next(iter(to))
        for w, to in votes.items()
        if len(to) == 1 and -1 not in to and next(iter(to)) not in callers
    }


def _other_side(
    speakers: dict[int, set[int]], para: int, said_by: set[int], called: int
) -> int | None:
    """Return the one named speaker of the line before (else after) paragraph ``para``
    who is neither its speaker nor the name called, or None."""
    for near in (para - 1, para + 1):
        found = speakers.get(near, set()) - said_by - {called}
        if len(found) == 1 and len(speakers[near]) == 1:
            return next(iter(found))
    return None


def _pet_name(cand: Candidate) -> bool:
    """Whether a call could be a pet name: one word, no title ("Teddy", not "Cheshire
    Cat" or "Mrs. Harker")."""
    return len(cand.parts) == 1 and not cand.title and " " not in cand.key
