"""Which name a tag's "and said" goes on from, for ``speech_tags.tag_before`` (round spk36).

In "Mrs. Pike looked up at Nell with great warmth, and said:" the verb "and said" goes on
from the sentence's subject. ``tag_before`` reads at most the last 90 characters before a
quote, so in a long sentence ("It was at that moment, with …, that Mrs. Pike looked up at
Nell …, and said:") the subject may lie before what it reads, and the first name it sees is
the one looked at. A name right after a preposition ("at Nell", "beside Jack", "to Ann")
is the object of a verb, never the subject "and said" goes on from: it is passed over.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ficshelf.understand.name_tables import OBJECT_PREPOSITIONS


def object_of(words: Sequence[re.Match[str]], k: int) -> bool:
    """Return whether ``words[k]`` (a capitalised word of a tag's narration) stands right
    after a preposition ("up at Nell", "beside Jack"): a name there is an object."""
    return k > 0 and words[k - 1].group().lower() in OBJECT_PREPOSITIONS


# How far back a sentence's opening is looked for (``tag_before`` reads 90 characters).
WIDE_REACH = 320
# A quotation mark ends the narration a tag may read.
_QUOTE_MARK = re.compile(r"[\"“”]")


def sentence_start(text: str, stops: Sequence[int], wide: int, start: int) -> int:
    """Return where the sentence around ``start`` opens: after the last of ``stops`` (the
    sentence ends in ``text[wide:start]``) and of any quotation mark there; ``wide`` when
    there is neither."""
    at = stops[-1] if stops else wide
    for mark in _QUOTE_MARK.finditer(text, at, start):
        at = mark.end()
    return at


# What opens a subject phrase after a comma: a conjunction, "then".
_OPENER = re.compile(r"\s*(?:(?:and|but|then)\s+)+", re.IGNORECASE)


def aside_subject(text: str, lo: int, comma: int) -> tuple[int, int]:
    """Return the span of the phrase before an aside that ends at the comma ``comma`` ("…,
    and Nell, in the doorway with the tray, said": "Nell"), from the comma before the aside
    (or ``lo``) back to the comma, sentence start ``lo`` or conjunction before it; (lo, lo)
    when no comma opens the aside."""
    opens = text.rfind(",", lo, comma)
    if opens < 0:
        return lo, lo
    start = text.rfind(",", lo, opens) + 1 or lo
    match = _OPENER.match(text, start, opens)
    return (match.end() if match else start), opens
