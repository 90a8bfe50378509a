"""Turn-taking after the ranker: a run of two voices takes the parity its evidence agrees on.

In a run of lines in consecutive paragraphs between two people, every line is the one or
the other, in turn. The sieve counts the run on from where it starts (``alternation``, an
exchange's ``partner``, a count back from a tag); when the start is a guess and the guess
is wrong, the count gives every line after it to the wrong one of the two, while the run
itself holds the evidence of which turns are whose: a line with a cue of its own (a tag, a
beat, the narration's subject, a line the next one answers by name) and a line that calls
one of the two by name (so is the other's).

``realign_runs`` reads each run of at least ``MIN_TURNS`` turns whose speakers, as settled,
are two voices (the two most frequent; a third only on one turn that turn-taking decided
and the ranker moved off the sieve's count, a guess no surer than the count; a turn with
no speaker is filled), and scores both ways of alternating them: a turn a cue decided
agrees with the way that gives it its speaker; a turn that calls one of the two agrees
with the way that gives it the other. When one way agrees with every such piece of
evidence, at least ``MIN_EVIDENCE`` of them, the turns only turn-taking decided take the
speaker that way gives them (rule ``run_parity``), unless the turn calls that speaker.
One piece against is outvoted when it is a guess (``GUESSES``: the narration's subject, a
"he"/"she" resolved to someone) and the rest, at least ``MIN_EVIDENCE``, agree; the
guessed turn keeps its speaker (round S33: a perception verb's subject, "He saw her hand
go up to it.", taken for the speaker of the next line, had turned the run after it). A
run whose evidence does not agree on one way (a voice going on over two paragraphs, a
third voice, two guesses or a firm cue against) is left as it is. Not where the
paragraphs look guessed: there a new paragraph says little about a new voice. Linear in
the turns; nothing per pair.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping, Sequence

from ficshelf.understand.speaker_context import SCORE_ALTERNATION, QuoteState, adjoining_runs

RULE = "run_parity"
# Rules that decide a turn by turn-taking alone: the count of the run, not a cue of its own.
COUNTED = frozenset(
    (
        "alternation",
        "partner",
        "anchor_even",
        "anchor_odd",
        "alternate_back",
        "recent",
        "after_reaction",
        "narrator_alternation",
        RULE,
    )
)
# Cues that guess the speaker from the narration around the line rather than name it in
# the line's own tag or call: the narration's subject, a "he"/"she" resolved to a person.
GUESSES = ("pronoun", "narration_subject", "closing_subject", "paragraph_mention", "narrated")
MIN_TURNS = 4
MIN_EVIDENCE = 3


def realign_runs(
    turns: Sequence[Sequence[QuoteState]], sieve: Mapping[int, str], guessed: bool = False
) -> None:
    """Re-alternate the counted turns of each two-voice run to the parity its evidence
    agrees on (see the module docstring). Relabels in place."""
    if guessed:
        return
    for run in adjoining_runs(turns, MIN_TURNS):
        _realign(run, sieve)


def _realign(run: Sequence[Sequence[QuoteState]], sieve: Mapping[int, str]) -> None:
    labels = [turn[0].label for turn in run]
    counts = Counter(label for label in labels if label)
    voices = [name for name, _ in counts.most_common(2)]
    if len(voices) != 2:
        return
    # a third voice only where the ranker moved a counted turn off the sieve's count, once
    others = [turn[0] for turn in run if turn[0].label and turn[0].label not in voices]
    if len(others) > 1 or any(
        not counted(q) or sieve.get(id(q), q.label) == q.label for q in others
    ):
        return
    voices.sort(key=labels.index)
    agree = [0, 0]
    # per way, the pieces of evidence against it: whether each is a guess
    against: list[list[bool]] = [[], []]
    for t, turn in enumerate(run):
        votes = []
        if not counted(turn[0]):
            votes.append((turn[0].label, guessed_cue(turn[0])))
        called = {name for q in turn for name in q.addressed}
        for k, voice in enumerate(voices):
            if voice in called:
                votes.append((voices[1 - k], False))
        for vote, guess in votes:
            for parity in (0, 1):
                if voices[(t + parity) % 2] == vote:
                    agree[parity] += 1
                else:
                    against[parity].append(guess)
    best = 0 if len(against[0]) < len(against[1]) else 1
    if agree[best] < MIN_EVIDENCE:
        return
    if len(against[best]) > 1 or (against[best] and not against[best][0]):
        return  # two pieces against, or a firm one
    for t, turn in enumerate(run):
        give_turn(turn, voices[(t + best) % 2], RULE)


def guessed_cue(quote: QuoteState) -> bool:
    """Whether the quote's speaker came from a guess at the narration around it (``GUESSES``)
    rather than from a tag or call of its own."""
    return quote.rule.startswith(GUESSES)


def give_turn(turn: Sequence[QuoteState], want: str, rule: str) -> None:
    """Give a turn that only turn-taking decided the voice ``want`` under ``rule``, unless
    it has that voice already or one of its lines calls ``want`` by name (nobody calls
    themselves)."""
    if turn[0].label == want or not counted(turn[0]):
        return
    if any(want in q.addressed for q in turn):
        return
    for quote in turn:
        quote.label, quote.score, quote.rule = want, SCORE_ALTERNATION, rule


def counted(quote: QuoteState) -> bool:
    """Whether only turn-taking (or nothing) gave the quote its speaker."""
    return not quote.label or not quote.rule or quote.rule in COUNTED
