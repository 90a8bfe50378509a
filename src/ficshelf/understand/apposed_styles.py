"""A style in apposition to a name is that person's: "Tippoo, Sultan of Seringapatam".

English gives a sovereign or a peer a style, a title "of" a place or a people ("Sultan of
Seringapatam", "Thane of Cawdor", "Emperor of the Moguls"), and sets it after the person's
name with a comma between ("Tippoo, Sultan of Seringapatam, who"). The names stage reads
the style as a name of its own, so it clusters apart, with the bare title the text uses
later ("the Sultan himself"). A character every form of which is that style or its bare
title, which the text sets right after exactly one other character's name, is another name
of that character (``apposed_styles``, one of the joins ``named_characters`` runs).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ficshelf.understand import name_tables as tables
from ficshelf.understand.names import Candidate

# A comma, and an article or none, between a name and the style after it.
_BETWEEN = re.compile(r",[ \t]+(?:the[ \t]+)?")
_REACH = 8


def is_style(cand: Candidate) -> bool:
    """Return whether ``cand`` is a style: a title, "of" and a place or people ("Sultan of
    Seringapatam", "Earl of Wessex"), read with no title of its own."""
    words = cand.key.split()
    return (
        not cand.title and len(words) > 2 and words[1] == "of" and words[0].lower() in tables.TITLES
    )


def apposed_styles(
    text: str, candidates: Sequence[Candidate], named: Sequence[int]
) -> dict[int, int]:
    """Return character -> the character it is another name of, for a character known
    only by a style and its bare title that the text sets in apposition after exactly one
    other character's name (see the module docstring). One anchored match per name:
    linear."""
    styles: dict[int, bool] = {}  # character -> every form a style or its bare title
    for cand, who in zip(candidates, named, strict=True):
        styled = is_style(cand) or (bool(cand.title) and not cand.parts)
        styles[who] = styles.get(who, True) and styled
    starts = {
        cand.start: who
        for cand, who in zip(candidates, named, strict=True)
        if styles[who] and is_style(cand)
    }
    if not starts:
        return {}
    holders: dict[int, set[int]] = {}
    for cand, who in zip(candidates, named, strict=True):
        if styles[who] or not cand.parts:
            continue
        between = _BETWEEN.match(text, cand.end, cand.end + _REACH)
        style = starts.get(between.end()) if between is not None else None
        if style is not None:
            holders.setdefault(style, set()).add(who)
    return {style: next(iter(found)) for style, found in holders.items() if len(found) == 1}
