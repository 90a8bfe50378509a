"""A conversation model for runs of dialogue: the turns of a run of consecutive paragraphs
of dialogue decided jointly, not each from its neighbour.

Not part of the stage: ``decide_runs`` runs over the sieve's turns after
``conversation.conversation`` when a caller asks for it. Measured in round S17 (called last
in ``conversation``, before the reactions swap, the ranker retrained), it moved the sieve on
the tuning stories (0.787 -> 0.791) but not the ranker's cross-validated choices (4421 ->
4429 of 5490, three sets of nine down), and the shipped figures on the tuning stories fell
(see docs/speakers.md): it is kept for the next round, not wired in.

The greedy rules give an untagged turn the speaker of the turn two back (``alternation``)
or count an even number of turns back from a later tag (``anchor_even``): one wrong guess
early in a run is copied down the whole run. Here a run (turns in consecutive paragraphs,
no narration paragraph, heading or scene break between them) gets its voices (every
speaker the sieve gave its turns, the characters its lines call), and every assignment of
the run is scored by the evidence at each turn:

* a turn an explicit cue decided (a named tag, a line its tag splits, a self-introduction)
  is fixed: only its speaker fits it;
* a "he"/"she" (of a tag or a beat) counts for every voice of that gender, a little more
  for the one the pronoun resolved to, and against the voices of the other gender;
* a cue at the turn itself (an action beat, the subject of the narration before it, the
  name the last line called, a reaction) counts for the voice it names;
* a character a line calls ("Jo, wait!") is its listener, never its speaker; one it talks
  about counts a little against;

and by turn-taking: the voice of the turn two back answers (no cost), the voice that just
spoke going on costs ``SAME_VOICE`` (turns are counted in voices, so a turn the sieve
opened in the paragraph of the one before is a new voice too: a dash, a bare quote after a
quote, a tag introducing it), a third voice costs ``NEW_VOICE``. The best assignment is
found by dynamic programming over the turns (Viterbi; a state is the last two voices), so a
run costs its length times the cube of its voices (at most ``MAX_VOICES``). Only turns that
turn-taking alone decided (``TURN_TAKING_RULES``, but for an odd count from a tag) take
the run's answer (rule ``run``); every cue is kept. Not in a text whose paragraphs look
guessed. ``run_choices`` returns the run's answer for every turn; given to the ranker as a
feature (the candidate the run chose), it did not help across folds (round S17).
"""

from __future__ import annotations

from ficshelf.understand.speaker_context import (
    SCORE_ALTERNATION,
    SCORE_BEAT,
    SCORE_PRONOUN_TAG,
    Context,
    QuoteState,
)
from ficshelf.understand.speaker_cues import FEMALE, MALE
from ficshelf.understand.speaker_turns import voice_turns

# The rules that decided a turn by turn-taking alone (no cue at the turn): the run's answer
# replaces theirs.
TURN_TAKING_RULES = frozenset(
    (
        "",
        "alternation",
        "anchor_even",
        "anchor_odd",
        "alternate_back",
        "recent",
        "narrator_alternation",
    )
)
# At most this many voices per run (the sieve's speakers first, most lines first).
MAX_VOICES = 5
# The costs of turn-taking (in the units of the evidence below).
SAME_VOICE = 2.0
NEW_VOICE = 1.5
# The evidence at a turn.
FIXED = 50.0  # an explicit tag: only its speaker
PRONOUN_FITS = 1.5  # a voice of the gender a "he"/"she" gives
PRONOUN_RESOLVED = 0.5  # the one that pronoun resolved to, on top
SURE_RESOLVED = 2.0  # the same, by a resolution right five times in six (``_SURE_PRONOUN``)
GREEDY = 0.3  # the voice the greedy walk gave a turn only turn-taking decided: breaks ties
PRONOUN_CLASHES = 4.0  # a voice of the other gender
CUE = 2.5  # the voice a cue at the turn names (a beat, the narration's subject, a call)
CALLED = 50.0  # a character the line calls is its listener
TALKED_ABOUT = 1.0  # a character the line talks about


def _runs(ctx: Context, turns: list[list[QuoteState]]) -> list[tuple[int, int]]:
    """Return the runs of turns as (first, last + 1): turns in the same or the next
    paragraph as the turn before, with no heading or scene break between."""
    runs: list[tuple[int, int]] = []
    start = 0
    for t in range(1, len(turns) + 1):
        if t < len(turns):
            before, here = turns[t - 1][-1].end_para, turns[t][0].para
            if here - before <= 1 and not ctx.breaks_between(before, here):
                continue
        runs.append((start, t))
        start = t
    return runs


# The pronoun resolutions that are right five times in six or more (the narration's subject
# or a name in the line's paragraph, whom the last line called): more weight to the one
# they found.
_SURE_PRONOUN = frozenset(
    ("pronoun_narrated_subject", "pronoun_paragraph", "pronoun_narrated", "pronoun_called")
)


def _fixed(quote: QuoteState) -> bool:
    """Whether an explicit cue decided this turn: a named tag or a line it splits."""
    return (
        bool(quote.label)
        and (quote.tagged or quote.score >= SCORE_PRONOUN_TAG)
        and not (quote.rule.startswith("pronoun_"))
    )


def _voices(turns: list[list[QuoteState]], lo: int, hi: int) -> list[str]:
    """Return the voices of a run: the speakers the sieve gave its turns (a tagged turn
    counts three), then the characters its lines call, most first; at most ``MAX_VOICES``."""
    count: dict[str, int] = {}
    for t in range(lo, hi):
        label = turns[t][0].label
        if label:
            count[label] = count.get(label, 0) + 1 + 2 * _fixed(turns[t][0])
    called: dict[str, int] = {}
    for t in range(lo, hi):
        for q in turns[t]:
            for name in q.addressed:
                called[name] = called.get(name, 0) + 1
    voices = sorted(count, key=lambda n: -count[n])
    for name in sorted(called, key=lambda n: -called[n]):
        if name and name not in voices:
            voices.append(name)
    return voices[:MAX_VOICES]


def _evidence(ctx: Context, turn: list[QuoteState], voices: list[str]) -> list[float]:
    """Return the score of each voice speaking ``turn`` by the turn's own evidence."""
    head = turn[0]
    gender = ctx.cast.gender
    scores = [0.0] * len(voices)
    called = {name for q in turn for name in q.addressed}
    about = {name for q in turn for name in q.about}
    hint = next((q.hint for q in turn if q.hint in ("he", "she")), "")
    want = MALE if hint == "he" else FEMALE if hint == "she" else ""
    for v, name in enumerate(voices):
        if _fixed(head):
            scores[v] = 0.0 if name == head.label else -FIXED
            continue
        if name in called:
            scores[v] -= CALLED
        elif name in about:
            scores[v] -= TALKED_ABOUT
        if head.label == name and head.rule in TURN_TAKING_RULES:
            scores[v] += GREEDY
        if want:
            sex = gender.get(name)
            if sex == want:
                scores[v] += PRONOUN_FITS
            elif sex:
                scores[v] -= PRONOUN_CLASHES
            else:
                scores[v] += PRONOUN_FITS / 2
            if head.rule.startswith("pronoun_") and name == head.label:
                scores[v] += SURE_RESOLVED if head.rule in _SURE_PRONOUN else PRONOUN_RESOLVED
        elif head.label == name and head.rule not in TURN_TAKING_RULES:
            scores[v] += CUE if head.score >= SCORE_ALTERNATION else CUE / 2
            if head.score >= SCORE_BEAT:
                scores[v] += CUE / 2
    return scores


def _decide(ctx: Context, turns: list[list[QuoteState]], lo: int, hi: int) -> list[str]:
    """Return the best speaker of each turn of the run ``lo``..``hi`` (Viterbi over the last
    two voices). The run's first two turns may take any voice at no cost: the narration
    before the run may bring anyone in."""
    voices = _voices(turns, lo, hi)
    n = len(voices)
    if n < 2:
        return [voices[0] if voices else ""] * (hi - lo)
    none = n  # "no voice yet" for the turns before the run
    # score[(p, q)]: best score of the run so far ending with voices p (two back), q (last)
    score: dict[tuple[int, int], float] = {(none, none): 0.0}
    back: list[dict[tuple[int, int], tuple[int, int]]] = []
    for t in range(lo, hi):
        evidence = _evidence(ctx, turns[t], voices)
        nxt: dict[tuple[int, int], float] = {}
        ptr: dict[tuple[int, int], tuple[int, int]] = {}
        for (p, q), s in score.items():
            for v in range(n):
                if v == q:
                    cost = SAME_VOICE
                elif v == p or p == none:
                    cost = 0.0
                else:
                    cost = NEW_VOICE
                total = s + evidence[v] - cost
                key = (q, v)
                if key not in nxt or total > nxt[key]:
                    nxt[key], ptr[key] = total, (p, q)
        score = nxt
        back.append(ptr)
    state = max(score, key=lambda k: score[k])
    out: list[str] = []
    for ptr in reversed(back):
        out.append(voices[state[1]])
        state = ptr[state]
    out.reverse()
    return out


def run_choices(ctx: Context, turns: list[list[QuoteState]]) -> list[str]:
    """Return, per turn, the speaker the run's best assignment gives it ("" for a turn
    outside any run of two turns or more, and for every turn of a text whose paragraphs
    look guessed: there a new paragraph says little about a new voice; on LitBank dev the
    run lost 13 quotes). Linear in the number of turns."""
    out = [""] * len(turns)
    if ctx.guessed:
        return out
    for lo, hi in _runs(ctx, turns):
        if hi - lo >= 2:
            out[lo:hi] = _decide(ctx, turns, lo, hi)
    return out


# The turn-taking rules whose turns take the run's answer: not an odd count from a tag
# (``anchor_odd``), which gives the other party of the tagged turn: the run changed 9 of
# its turns on the tuning stories, 1 of them to the right speaker.
_RELABEL = TURN_TAKING_RULES - {"anchor_odd", "narrator_alternation"}


def decide_runs(ctx: Context, turns: list[list[QuoteState]]) -> None:
    """Give the turns of each run that turn-taking alone decided the run's best speaker.
    Turns are counted in voices (``speaker_turns.voice_turns``: one speaker going on in one
    paragraph past a long beat is one turn)."""
    turns = voice_turns(turns)
    for turn, name in zip(turns, run_choices(ctx, turns), strict=True):
        head = turn[0]
        if not name or head.rule not in _RELABEL or name == head.label:
            continue
        if head.hint or any(name in q.addressed for q in turn):
            continue
        for quote in turn:
            if quote.rule == head.rule:
                quote.label, quote.score, quote.rule = name, SCORE_ALTERNATION, "run"
