"""Whom a "he"/"she" speech tag rules out, for the conversation model of the "speakers"
stage (``conversation``; round spk47).

A name in a sentence the tag's own pronoun opens is someone that person thinks of or acts
on, not that person: after "He thought of the mill, and of the money that Peter had
promised.", '"It is late," he said.' is the "he" the narration has been following, not
Peter (``in_pronoun_sentence``: the pronoun resolver passes over such a name when it looks
for the latest character of that gender the narration named outside a subject). The
sentence's pronoun must open it (after an adverb or a conjunction: "Then he ..."); only a
tag's pronoun is read so, as a beat's "he" may be the one the sentence names ("He was known
to all as the Colonel, and he woke at once."). A name that opens a clause of its own ("She
watched him until Ruth took the basket") may still be the pronoun's, unless it is only
compared ("as Hermine did").

A tag's "he"/"she" the resolver places on no one still tells who did not say the line: when
turn-taking decides it instead, it never goes to the narrator of a first- or second-person
story ("he" is not "I"; ``pronoun_misfits``).
"""

from __future__ import annotations

import re
from bisect import bisect_right

from ficshelf.understand.closing_subjects import SENTENCE_LEAD
from ficshelf.understand.speaker_context import Context

# A sentence opening with "he"/"she" as its subject, after an adverb or two ("Then he came").
_OPENING_PRONOUN = re.compile(SENTENCE_LEAD + r"([Hh]e|[Ss]he)\b(?!['’])")
# A word that opens a clause, right before a name (the name is that clause's subject).
_OWN_CLAUSE = re.compile(
    r"\b(?:until|till|when|while|whilst|because|though|although|where|if|before|after|"
    r"since|once|as|than)\s+$",
    re.IGNORECASE,
)
# What makes a name after "as"/"than" a comparison: an auxiliary and the clause's end.
_COMPARED = re.compile(
    r"(?:['’]s)?\s+(?:did|does|do|had|has|have|would|could|was|were|is|can|will)\b"
    r"(?:\s+(?:before|once|now|then|too))?\s*[,.;:!?—)]"
)


def in_pronoun_sentence(ctx: Context, k: int, pronoun: str) -> bool:
    """Return whether narration mention ``k`` stands in a sentence that ``pronoun`` ("he"
    or "she", lower case) opens as its subject ("He thought of Peter"). Reads the sentence
    from its start up to the mention only."""
    start = ctx.cast.narration[k].start
    s = bisect_right(ctx.sentence_starts, start) - 1
    lo = ctx.sentence_starts[s] if s >= 0 else 0
    opening = _OPENING_PRONOUN.match(ctx.text, lo, start)
    if opening is None or opening.group(1).lower() != pronoun:
        return False
    # a name that opens a clause of its own may be the pronoun's ("She watched him until
    # Ruth took the basket"), not one compared with it ("as Hermine did")
    own = _OWN_CLAUSE.search(ctx.text, max(lo, start - 12), start)
    return own is None or _COMPARED.match(ctx.text, ctx.cast.narration[k].end) is not None


def pronoun_misfits(ctx: Context) -> list[str]:
    """Return the characters a line whose tag says "he" or "she" was not said by: the
    narrator of a first- or second-person story (none in a third-person story)."""
    narrator = ctx.cast.narrator if ctx.pov in ("first", "second") else ""
    return [narrator] if narrator else []
