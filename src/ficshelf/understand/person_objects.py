"""A name after a preposition that only a person takes there: "a letter from Lydia",
"writing to Norah", "engaged to Fanny".

A name after "of", "from" or "to" stands where a place does as often as a person ("the men
of Sherwood", "to Longbourn"), so such a name counts against a word no name list knows
(``person_evidence``). One reads a person where the words before the preposition are ones a
person takes: a letter or a note from someone, writing, speaking or being engaged or married
to someone. ``names`` counts such a name as used like a person (the ``personal`` cue), as it
does "the face of Vera". Census given names were accepted there already; the cue lets a
name no list knows ("a letter from Zuleika") be accepted from the text alone (round swap43:
``scripts/name_swap.py``). ("thought of X" was tried: it takes places and things as often.)
"""

from __future__ import annotations

from ficshelf.understand.fast_regex import compile_fast

_PERSON_OBJECT = compile_fast(
    r"\b(?:(?:letter|letters|note|heard)[ \t]+from"
    r"|(?:wrote|write|writes|writing|written|spoke|speak|speaks|speaking|talked|talking"
    r"|engaged|married)[ \t]+to)[ \t]+\Z"
)


def person_object(text: str, back: int, start: int) -> bool:
    """Return whether the text just before a name at ``start`` (from ``back`` on) ends
    with a preposition that a person takes after the words before it ("a letter from ",
    "writing to ", "engaged to ")."""
    return _PERSON_OBJECT.search(text, back, start) is not None
