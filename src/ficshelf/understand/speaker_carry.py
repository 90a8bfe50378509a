"""Turn-taking after the ranker: a run's count follows the voices the ranker settled.

The sieve's ``alternation`` gives an untagged turn the speaker of the turn two back, as the
sieve had decided that turn. When the ranker then gives that earlier turn to someone else
(a "he"/"she" tag or beat the sieve resolved to the wrong person of that gender, a
narration subject who only listened), the turns counted on from it still carry the sieve's
first guess, and the ranker, which reads the sieve's choice as evidence, mostly keeps it:
one wrong start costs the whole run ("she said" given to the wrong woman, then her two,
four, six turns on).

``carry_voices`` walks the turns once, in order, and gives such a turn the final speaker of
the turn two back ("A" / "B" / "A", counted from the voices as they were settled) when

- the sieve decided the turn by ``alternation`` from that very turn (the same label), and
  the ranker left the sieve's choice standing;
- the ranker re-decided the turn two back from a cue of its own (any rule but
  ``alternation``: a ranker's guess on another line of pure turn-taking is no surer than
  the sieve's count, and following it loses as often as it wins), or this pass re-counted
  it (so a run follows its mended start);
- the three turns stand in consecutive paragraphs, the turn between is another voice, and
  the turn does not call that character by name.

Linear in the turns.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from ficshelf.understand.speaker_context import QuoteState, adjoins

CARRIED = "alternation"


def carry_voices(turns: Sequence[Sequence[QuoteState]], sieve: Mapping[int, str]) -> None:
    """Re-count the ``alternation`` turns from the final speakers of the turns two back.

    ``turns``: the sieve's turns, their quotes holding the final (ranked) labels and the
    sieve's rules; ``sieve``: the sieve's label per quote (keyed by the ``id`` of the quote's
    state), from before the ranker. Relabels in place; scores are kept."""
    mended = [False] * len(turns)
    for t, turn in enumerate(turns):
        first = turn[0]
        was = sieve.get(id(first), "")
        mended[t] = bool(first.label) and first.label != was and first.rule != CARRIED
        if t < 2 or first.rule != CARRIED or first.label != was or not mended[t - 2]:
            continue
        back_turn, between_turn = turns[t - 2], turns[t - 1]
        if sieve.get(id(back_turn[0]), "") != was:
            continue  # the sieve's count did not come from that turn
        if not adjoins(back_turn, between_turn):
            continue
        if not adjoins(between_turn, turn):
            continue
        back, between = back_turn[0].label, between_turn[0].label
        if not back or back == between or any(back in q.addressed for q in turn):
            continue
        for quote in turn:
            if quote.label == was:
                quote.label = back
        mended[t] = True
