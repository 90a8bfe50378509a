"""Names a "he"/"she" of the same clause cannot be, for the conversation model of the
"speakers" stage (``conversation``).

A line's "she says" after narration refers to the person that narration follows. When a
clause of the narration has already called someone "she" before it names a woman ("Then
she lets go of Nell's hand", "she has her aunt Kit's chin"), that woman is someone else: a
pronoun is not the name its own clause puts after it (a reader takes "she" for the person
already in view, and the name after it for another). The pronoun's resolver, which takes
the last woman the narration named, would give the line to the one whose hand was let go.
This module marks such mentions, per pronoun, so the resolver passes over them to the
person the pronoun continues.

Only the clause of the mention is read: back from the mention to its sentence's start or
the end of the last quote before it (a "she" inside a line, '"She has gone," said Ann.',
is someone the line talks about, not the narration's subject), and no pronoun counts that
a clause's end stands after ("She waited until Ann came", "she nodded, and Ann smiled",
"She knew that Ann would come": Ann may be the next "she").
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Sequence

from ficshelf.model import Span

# The subject pronouns a mention may stand after: "he" and "she", as words.
_PRONOUN = re.compile(r"\b(he|she)\b", re.IGNORECASE)
# What ends a clause between the pronoun and the name: a semicolon, a colon, a dash or a
# bracket, or a word that opens another clause ("She thought of Ann" binds Ann; "She
# waited until Ann came" and "she nodded, and Ann smiled" do not).
_CLAUSE_BREAK = re.compile(
    r"[;:—–()]|\b(?:and|but|or|who|whom|whose|which|that|when|while|as|because|though|"
    r"until|where|if)\b",
    re.IGNORECASE,
)
# How far back in its sentence a pronoun is looked for.
_REACH = 240


def bound_names(
    text: str,
    mentions: Sequence[Span],
    sentence_starts: Sequence[int],
    quote_ends: Sequence[int],
) -> dict[int, frozenset[str]]:
    """Return, for the indices of ``mentions`` (narration mentions, in text order) that a
    "he" or "she" stands before in their own sentence, outside any quote, that pronoun
    (lower case: ``{"she"}`` for "Then she took Nell's hand" at "Nell"). ``sentence_starts``
    and ``quote_ends`` are sorted offsets. Linear in the mentions (a bounded look back for
    each); never raises."""
    out: dict[int, frozenset[str]] = {}
    for k, mention in enumerate(mentions):
        start = mention.start
        s = bisect_right(sentence_starts, start) - 1
        lo = sentence_starts[s] if s >= 0 else 0
        q = bisect_right(quote_ends, start) - 1
        if q >= 0:
            lo = max(lo, quote_ends[q])
        lo = max(lo, start - _REACH)
        if lo >= start:
            continue
        found = frozenset(
            m.group(1).lower()
            for m in _PRONOUN.finditer(text, lo, start)
            if not _CLAUSE_BREAK.search(text, m.end(), start)
        )
        if found:
            out[k] = found
    return out
