"""Whether a name inside a line stands in a tale the line tells: inside a quotation the
speaker quotes (round narr41).

A listener may tell a story ("I") in which another character tells a tale of their own in
one long speech, quoting the people of that tale:

    "'Emile,' I said to him, 'you cannot stay here.' He only looked at me."

The call "Emile" is the teller's, to a boy of the tale: it names no one in the listener's
scene, least of all the listener who tells the whole story. A quotation inside a line opens
with the other kind of quotation mark (a single mark inside a double one, or a double inside
a single) after the line's own opening mark, and a name after such an opening mark, before
its closing one, is told inside the tale.

Reads the line's characters before the name only when the line holds a quotation mark
after its opening one; nothing else.
"""

from __future__ import annotations

from ficshelf.understand.fast_regex import compile_fast
from ficshelf.understand.names import QuoteIndex
from ficshelf.understand.story_marks import MARKS

# The marks that may open or close a quotation inside a line.
_OUTER = frozenset(MARKS + "«»„")
# An inner quotation's opening mark before a capital letter (a quotation's first word; not
# the elision of "'em" or "'tis"), or any closing mark ("’", "”", or a straight mark after a
# character that is no space and before no letter: not the apostrophe of "don't").
_OPEN_OR_CLOSE = compile_fast(
    r"(?P<open>(?:[‘“]|(?<![A-Za-z0-9])['\"])(?=[A-Z]))|(?<=\S)[’”'\"](?![A-Za-z])"
)
_CLOSE = compile_fast(r"(?<=\S)[’”'\"](?![A-Za-z])")


def told_in_tale(text: str, at: int, quotes: QuoteIndex) -> bool:
    """Return whether offset ``at``, inside a quote of ``quotes``, stands in a quotation
    the line itself quotes ("'Emile,' I said to him" inside a teller's speech): after an
    inner quotation's opening mark (before a capital) with no closing mark between, and
    with one after it before the line's end. False outside quotes."""
    k = quotes.find(at)
    if k < 0:
        return False
    start, end = quotes.bounds(k)
    if text[start - 1 : start] not in _OUTER and text[start : start + 1] in _OUTER:
        start, end = start + 1, end - 1  # the line's own marks, where a quote holds them
    if not any(text.find(mark, start, at) >= 0 for mark in MARKS):
        return False
    marks = list(_OPEN_OR_CLOSE.finditer(text, start, at + 1))  # (a mark's lookahead)
    if not marks or marks[-1].group("open") is None:
        return False
    return _CLOSE.search(text, at, end) is not None  # it closes before the line does
