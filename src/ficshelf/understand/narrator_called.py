"""A first-person narrator's name is one others call, not one they only talk about (round
spk43b, issue 3).

``narrator.find_narrator`` ranks the names it weighs first by whether the narration ever
names them (a narrator is "I" there). A name that turns up only inside others' lines,
talked about and never called ('"Feyther says it's in the Lord's hands"'), is never named
by the narration either, so it outranked the name the other characters call the narrator
by seven times over ("Prue", whom a story summary and a place sharing her surname name
in the narration). ``called_first`` keeps the ranking but lets such a name win only when
no candidate is called at all.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence


def called_first(ranked: Sequence[int], addressed: Collection[int]) -> int:
    """Return the narrator's character among ``ranked`` (characters, best first; not
    empty): the first one, unless no line calls it (not in ``addressed``: the characters
    someone calls by name or who name themselves) and some other one is called; then the
    first of those called."""
    best = ranked[0]
    if best in addressed:
        return best
    return next((w for w in ranked if w in addressed), best)
