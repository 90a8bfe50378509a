"""Fallbacks of the characters stage for when the narration and dialogue stages have not
assigned their layers: ``guess_pov`` (pronoun counts outside quotes) and ``plain_quotes``
(balanced double quotes within a paragraph). (Moved out of ``narrator`` in round narr41.)
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ficshelf.model import Span
from ficshelf.understand.fast_regex import compile_fast
from ficshelf.understand.names import QuoteIndex
from ficshelf.understand.roman_i import numeral_i

_FIRST = compile_fast(r"\b(?:I|me|my|mine|myself|I['’]m|I['’]d|I['’]ll|I['’]ve)\b")
_SECOND = compile_fast(r"\b(?:[Yy]ou|[Yy]our|[Yy]ours|[Yy]ourself|[Yy]ou['’](?:re|d|ll|ve))\b")
_THIRD = compile_fast(r"\b(?:[Hh]e|[Ss]he|[Hh]im|[Hh]er|[Hh]is|[Hh]imself|[Hh]erself)\b")
_PLAIN_QUOTE = re.compile(r"“([^“”]{1,4000})”|\"([^\"\r\n]{1,4000})\"")


def guess_pov(text: str, paragraphs: Sequence[Span], quotes: QuoteIndex) -> str:
    """Return "first", "second" or "third" from pronoun counts in the narration (outside
    quotes) of ``paragraphs``; "" when there are no pronouns at all."""
    counts = [0, 0, 0]
    for para in paragraphs:
        for n, pattern in enumerate((_FIRST, _SECOND, _THIRD)):
            for m in pattern.finditer(text, para.start, para.end):
                if quotes.find(m.start()) < 0 and not (
                    m.group() == "I" and numeral_i(text, m.start())
                ):
                    counts[n] += 1
    if not any(counts):
        return ""
    first, second, third = counts
    if first >= 0.2 * third and first >= second:
        return "first"
    if second >= 0.5 * third:
        return "second"
    return "third"


def plain_quotes(text: str, paragraphs: Sequence[Span]) -> list[Span]:
    """Return the contents of balanced double quotes inside each of ``paragraphs``."""
    found: list[Span] = []
    for para in paragraphs:
        for m in _PLAIN_QUOTE.finditer(text, para.start, para.end):
            group = 1 if m.group(1) is not None else 2
            found.append(Span(m.start(group), m.end(group)))
    return found
