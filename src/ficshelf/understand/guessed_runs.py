"""Turn-taking where paragraphs were guessed: the likeliest order of a run's two voices.

Where a text's paragraphs were guessed (LitBank keeps none: a new paragraph is guessed at
every sentence that opens with a quotation mark), a new paragraph does not mean a new
voice. After a line and its tag ("Quite so," he said, filling his glass. / "You see, ...")
the same voice goes on about as often as the other answers, and a count of turns that
takes every paragraph for a new voice puts the rest of the run out of phase: every line
after the continuation goes to the wrong one of the two.

How often the voice goes on into the next guessed paragraph depends on what stands
between the two lines (rounds L23, L25, L27: LitBank dev 1-40):

* nothing but quotation marks: almost never (a line left open is already one turn);
* a tag or a short beat (at most ``SHORT`` characters): two in three, one in three when
  the line before asked a question;
* a tag and a beat (at most ``MID`` characters): one in two, one in four after a question;
* more narration: one in three;
* whatever stands between, a line that opens with a word of answer ("Well, ...") or asks
  back the words the line before ended on ("Not send it anywhere?"; ``answer_lines``) is
  another voice.

``realign_guessed_runs`` reads each run of turns in consecutive paragraphs between two
voices (the two most frequent among the turns a cue of their own decided) and finds the
likeliest sequence of the two (a two-state Viterbi pass): each turn's own evidence (a tag
that names its speaker, a "he"/"she" tag when the two voices are of different genders, an
action beat, a name the line calls, which is the other voice's) against how likely the
voice is to go on from the turn before. The turns only turn-taking decided take the voice
that sequence gives them (rule ``guessed_run``). Only where paragraphs look guessed; a
turn of a third voice a cue decided ends the chain. Linear in the turns.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Sequence

from ficshelf.understand.answer_lines import answers, echoes
from ficshelf.understand.run_parity import counted, give_turn
from ficshelf.understand.speaker_context import (
    GAP_MARKS,
    SCORE_PRONOUN_TAG,
    Context,
    QuoteState,
    adjoining_runs,
)
from ficshelf.understand.speaker_quote_contexts import asks_question

RULE = "guessed_run"
# Narration between two lines: a tag or a short beat, a tag and a beat.
SHORT = 48
MID = 200
# How likely the voice goes on into the next guessed paragraph (see the module docstring).
_GOES_ON = {
    "none": 0.03,
    "short": 0.7,
    "short?": 0.3,
    "mid": 0.5,
    "mid?": 0.25,
    "long": 0.35,
    "answer": 0.05,
}
# How surely each kind of evidence names a turn's voice.
_OWN_TAG_RULES = frozenset({"tag_after", "tag_before", "introduced"})
_TAG = 0.97
_GENDERED_TAG = 0.95
_PRONOUN_TAG = 0.65
_CUE = 0.75
_WEAK_CUE = 0.55  # a beat after the line, as often the listener's reaction
_COUNTED = 0.52  # the voice turn-taking and the ranker settled: a tie-breaker
_CALLED = 0.1  # the voice the line calls by name speaks it this rarely
MIN_TURNS = 3


def realign_guessed_runs(ctx: Context, turns: Sequence[Sequence[QuoteState]]) -> None:
    """Give the counted turns of each two-voice run in guessed paragraphs the voice of the
    likeliest sequence (see the module docstring). Relabels in place."""
    if not ctx.guessed:
        return
    for run in adjoining_runs(turns, MIN_TURNS):
        _run(ctx, run)


def _run(ctx: Context, run: Sequence[Sequence[QuoteState]]) -> None:
    """Decode one run of turns in consecutive paragraphs: its two voices are the two most
    frequent among the turns a cue of their own decided; a turn of any other voice splits
    the run into chains decoded apart."""
    cued = Counter(turn[0].label for turn in run if turn[0].label and not counted(turn[0]))
    voices = [name for name, _ in cued.most_common(2)]
    if len(voices) < 2:
        return
    chain: list[Sequence[QuoteState]] = []
    for turn in run:
        label = turn[0].label
        if label and label not in voices:
            # a third voice ends the chain and keeps its speaker
            _decode(ctx, chain, voices)
            chain = []
            continue
        chain.append(turn)
    _decode(ctx, chain, voices)


def goes_on(ctx: Context, prev: QuoteState, quote: QuoteState) -> float:
    """Return how likely ``quote``, in the guessed paragraph after ``prev``'s, is spoken by
    ``prev``'s voice, from what stands between them and how ``prev`` ends."""
    text = ctx.text
    if answers(text, quote.span) or echoes(text, prev.span, quote.span):
        return _GOES_ON["answer"]
    gap = quote.span.start - prev.span.end
    if gap <= MID and not text[prev.span.end : quote.span.start].strip(GAP_MARKS):
        return _GOES_ON["none"]
    size = "short" if gap <= SHORT else "mid" if gap <= MID else "long"
    if size != "long" and asks_question(text, prev.span):
        size += "?"
    return _GOES_ON[size]


def _evidence(ctx: Context, turn: Sequence[QuoteState], voices: list[str]) -> list[float]:
    """Return how likely each of the two voices speaks the turn, by its own evidence."""
    first = turn[0]
    label = first.label
    sure = _COUNTED
    if first.rule in _OWN_TAG_RULES:
        sure = _TAG
    elif first.hint and first.hint_score >= SCORE_PRONOUN_TAG and label:
        gender = ctx.cast.gender
        a, b = (gender.get(v) for v in voices)
        sure = _GENDERED_TAG if a and b and a != b else _PRONOUN_TAG
    elif not counted(first):
        sure = _WEAK_CUE if first.rule == "beat_after_guessed" else _CUE
    odds = [sure if v == label else 1.0 - sure if label in voices else 0.5 for v in voices]
    called = {name for q in turn for name in q.addressed}
    return [p * (_CALLED if v in called else 1.0) for p, v in zip(odds, voices, strict=True)]


def _decode(ctx: Context, chain: Sequence[Sequence[QuoteState]], voices: list[str]) -> None:
    """Viterbi over the two voices of ``chain``; relabel its counted turns."""
    if len(chain) < 2:
        return
    score = [math.log(p) for p in _evidence(ctx, chain[0], voices)]
    back: list[list[int]] = []
    for prev, turn in zip(chain, chain[1:], strict=False):
        same = goes_on(ctx, prev[-1], turn[0])
        stay, switch = math.log(same), math.log(1.0 - same)
        own = [math.log(p) for p in _evidence(ctx, turn, voices)]
        step, new = [], []
        for s in (0, 1):
            from_same, from_other = score[s] + stay, score[1 - s] + switch
            step.append(s if from_same >= from_other else 1 - s)
            new.append(max(from_same, from_other) + own[s])
        back.append(step)
        score = new
    state = 0 if score[0] >= score[1] else 1
    states = [state]
    for step in reversed(back):
        state = step[state]
        states.append(state)
    states.reverse()
    for turn, s in zip(chain, states, strict=True):
        give_turn(turn, voices[s], RULE)
