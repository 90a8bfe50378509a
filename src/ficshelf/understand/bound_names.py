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
from ficshelf.understand.fast_regex import compile_fast
from ficshelf.understand.joined_objects import joined_object, opens_clause

# The subject pronouns a mention may stand after: "he" and "she", as words.
_PRONOUN = compile_fast(r"\b(he|she)\b", re.IGNORECASE)
# What ends a clause between the pronoun and the name: a semicolon, a colon, a dash or a
# bracket, or a word that opens another clause ("She thought of Ann" binds Ann; "She
# waited until Ann came" and "she nodded, and Ann smiled" do not).
_CLAUSE_BREAK = re.compile(
    r"[;:—–()]|\b(?:and|but|or|who|whom|whose|which|that|when|while|as|because|though|"
    r"until|where|if)\b",
    re.IGNORECASE,
)
_JOINING = frozenset({"and", "but", "or"})
# How far back in its sentence a pronoun is looked for.
_REACH = 240
_NONE: frozenset[str] = frozenset()


def binding_pronouns(
    text: str, mention: Span, sentence_starts: Sequence[int], quote_ends: Sequence[int]
) -> frozenset[str]:
    """Return the "he"/"she" (lower case) that stand before ``mention`` (a narration mention)
    in its own clause, outside any quote: ``{"she"}`` for "Then she took Nell's hand" at
    "Nell". ``sentence_starts`` and ``quote_ends`` are sorted offsets. A bounded look back;
    never raises."""
    start = mention.start
    s = bisect_right(sentence_starts, start) - 1
    lo = sentence_starts[s] if s >= 0 else 0
    q = bisect_right(quote_ends, start) - 1
    if q >= 0:
        lo = max(lo, quote_ends[q])
    lo = max(lo, start - _REACH)
    if lo >= start:
        return _NONE
    # a name "and" joins as one more object opens no clause ("She thought of the letter,
    # and Nell laughing"; ``joined_objects``): an "and" counts only where it opens one
    joined = joined_object(text, mention.start, mention.end)

    def broken(at: int) -> bool:
        for found in _CLAUSE_BREAK.finditer(text, at, start):
            word = found.group().lower()
            if not (joined and word in _JOINING and not opens_clause(text, found.end())):
                return True
        return False

    return (
        frozenset(
            m.group(1).lower() for m in _PRONOUN.finditer(text, lo, start) if not broken(m.end())
        )
        or _NONE
    )


class BoundNames:
    """``binding_pronouns`` of a story's narration mentions, by index, read when first asked
    (the resolver asks about the few names it weighs, not about every mention)."""

    def __init__(
        self,
        text: str,
        mentions: Sequence[Span],
        sentence_starts: Sequence[int],
        quote_ends: Sequence[int],
    ) -> None:
        self._text = text
        self._mentions = mentions
        self._sentence_starts = sentence_starts
        self._quote_ends = quote_ends
        self._seen: dict[int, frozenset[str]] = {}

    def binds(self, k: int, pronoun: str) -> bool:
        """Return whether ``pronoun`` ("he"/"she") stands before mention ``k`` in its
        clause (the mention is not that pronoun's person)."""
        found = self._seen.get(k)
        if found is None:
            found = self._seen[k] = binding_pronouns(
                self._text, self._mentions[k], self._sentence_starts, self._quote_ends
            )
        return pronoun in found
