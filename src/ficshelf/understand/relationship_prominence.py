"""Prominence read from whom the characters talk with, for the relationships stage.

A character whose every exchange in the story is with one of its principal characters (at
least ``SOLE_EXCHANGES`` of them: a daughter who speaks only to her father, the lead; a
servant only to his master; a friend only to the heroine) is in the story for that tie: the
pair is one of its main relationships however little else of the story they share, and
however much longer the lead's other talks that a pair's score is measured against. (Two
minor characters who talk only with each other are a scene of their own, not a main tie.)
"""

from __future__ import annotations

from collections.abc import Mapping

from ficshelf.understand.relationship_tally import Pair

SOLE_EXCHANGES = 3  # exchanges a character's one partner in talk needs (a talk, not a word)
PRINCIPAL = 0.5  # the partner's salience: a principal character (``relationships.MAIN_SALIENCE``)


def talk_totals(pairs: Mapping[tuple[str, str], Pair]) -> dict[str, int]:
    """Return, per character, the exchanges they have with anyone."""
    totals: dict[str, int] = {}
    for (a, b), pair in pairs.items():
        if pair.exchanges:
            totals[a] = totals.get(a, 0) + pair.exchanges
            totals[b] = totals.get(b, 0) + pair.exchanges
    return totals


def sole_partners(
    pair: Pair, a: str, b: str, totals: Mapping[str, int], salience: Mapping[str, float]
) -> bool:
    """Whether one of ``a`` and ``b`` talks with no one but the other, at least
    ``SOLE_EXCHANGES`` times (``totals``: ``talk_totals``), and that other is a principal
    character (``salience`` at least ``PRINCIPAL``)."""
    if pair.exchanges < SOLE_EXCHANGES:
        return False
    for one, other in ((a, b), (b, a)):
        if totals.get(one, 0) == pair.exchanges and salience.get(other, 0.0) >= PRINCIPAL:
            return True
    return False
