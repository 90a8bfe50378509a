"""Turn-taking features of the speaker ranker (see ``speaker_features``): whether a
candidate speaks the turn a known number of turns before or after a quote's.

In a run of untagged lines in consecutive paragraphs, a reader counts back from the
nearest line whose speaker is known: two voices alternate, so that speaker has the lines
an even number of turns away, the other party the odd ones. A speech tag is the surest
anchor (``anchor_*``); a line an action beat decided ("Quite so! You have not observed."
He threw over a sheet of paper.) is a weaker one, nearer more often (``beat_anchor_*``:
only when it is nearer than the nearest tagged line on that side). Turns are counted in
voices (``voice_turns``): one speaker going on in one paragraph is one turn.
"""

from __future__ import annotations

from ficshelf.understand.speaker_context import SCORE_BEAT, QuoteState, adjoins

# Speakers of the scene further back than the turns the features name one by one: the
# last ``SCENE_SPEAKERS`` distinct ones of the ``SCENE_TURNS`` turns before, while no more
# than ``MAX_SCENE_GAP`` paragraphs separate one turn from the next (a quiet party to a
# long exchange).
SCENE_SPEAKERS = 4
SCENE_TURNS = 16
MAX_SCENE_GAP = 6
# A turn decided this surely (a tag, its pronoun resolved, a split line) anchors turn-taking.
SURE = 0.85

# Per turn: the nearest tagged turn before and after it, and the nearest decided by a beat
# before and after it (-1 for none).
Anchors = tuple[int, int, int, int]


def _joined(turns: list[list[QuoteState]]) -> list[bool]:
    """Return, per turn, whether it opens at most one paragraph after the turn before."""
    return [t > 0 and turns[t][0].para - turns[t - 1][-1].end_para <= 1 for t in range(len(turns))]


def _nearest(joined: list[bool], known: list[bool]) -> list[tuple[int, int]]:
    n = len(joined)
    after = [-1] * n
    for t in range(n - 2, -1, -1):
        if joined[t + 1]:
            after[t] = t + 1 if known[t + 1] else after[t + 1]
    before = [-1] * n
    for t in range(1, n):
        if joined[t]:
            before[t] = t - 1 if known[t - 1] else before[t - 1]
    return list(zip(before, after, strict=True))


def voice_turns(turns: list[list[QuoteState]]) -> list[list[QuoteState]]:
    """Return the turns as a reader counts them for turn-taking: a turn that goes on in the
    paragraph where the one before it ends, with the same speaker (as the sieve decided),
    is joined to it. The sieve opens a turn of its own for a line after a long stretch of
    narration in one paragraph ("Come and see," Corin said, and by the time ... "It has
    been standing there."), but the voice has not changed: counted as two turns, the next
    paragraph's reply would be an even number of turns from Corin's tag, and Corin's own
    second line would be the turn before it, as if he answered himself. Linear."""
    out: list[list[QuoteState]] = []
    for turn in turns:
        if out:
            last = out[-1]
            label = turn[0].label
            if label and turn[0].para == last[-1].end_para and label == last[0].label:
                last.extend(turn)
                continue
        out.append(list(turn))  # a copy: the sieve's turns stay as they are
    return out


def turn_anchors(turns: list[list[QuoteState]]) -> list[Anchors]:
    """Return, per turn, the nearest tagged turn before and after it, and the nearest turn
    an action beat (or better) decided before and after it (-1 for none), each reached
    through consecutive paragraphs of dialogue: the anchors to count turns from. Linear:
    two passes each way."""
    sure = [t[0].tagged or t[0].score >= SURE for t in turns]
    beat = [bool(t[0].label) and t[0].score >= SCORE_BEAT for t in turns]
    joined = _joined(turns)
    return [
        (*tagged, *beaten)
        for tagged, beaten in zip(_nearest(joined, sure), _nearest(joined, beat), strict=True)
    ]


def turn_features(
    turns: list[list[QuoteState]],
    anchors: list[Anchors],
    t: int,
    by_name: dict[str, dict[str, float]],
) -> None:
    """Add the turn-taking features to the candidates of turn ``t`` (``by_name``: each
    candidate's features): the candidate is the speaker of the nearest tagged turn before
    or after an even or odd number of turns away, or of the nearest beat-decided one, or
    was addressed by the next turn, reacts in a beat right after the last line, or is the
    sieve's speaker of the next turns."""
    before, after, beat_before, beat_after = anchors[t]
    sides = [("anchor_prev", before), ("anchor_next", after)]
    if beat_before > before:
        sides.append(("beat_anchor_prev", beat_before))
    if beat_after >= 0 and (after < 0 or beat_after < after):
        sides.append(("beat_anchor_next", beat_after))
    for side, a in sides:
        if a < 0:
            continue
        f = by_name.get(turns[a][0].label)
        if f is not None:
            distance = abs(t - a)
            f[f"{side}_{'even' if distance % 2 == 0 else 'odd'}"] = 1.0 / distance
    if t + 1 < len(turns) and adjoins(turns[t], turns[t + 1]):
        for name in turns[t + 1][0].addressed:
            f = by_name.get(name)
            if f is not None:
                f["addressed_by_next_turn"] = 1.0
    if t > 0 and adjoins(turns[t - 1], turns[t]):
        f = by_name.get(turns[t - 1][0].label)
        if f is not None and (f.get("after_near_subject") or f.get("before_near_subject")):
            f["beat_by_last_speaker"] = 1.0  # a reaction to the line, not its speaker
    for ahead in (1, 2):
        if t + ahead < len(turns):
            f = by_name.get(turns[t + ahead][0].label)
            if f is not None:
                f[f"turn_plus_{ahead}"] = 1.0


def scene_speakers(turns: list[list[QuoteState]]) -> list[list[str]]:
    """Return, per turn, the distinct speakers (as the sieve decided) of the turns of its
    scene before it, the most recent first: at most ``SCENE_SPEAKERS`` of them, from at most
    ``SCENE_TURNS`` turns back, stopping at a gap of more than ``MAX_SCENE_GAP`` paragraphs.
    Linear: a bounded look back per turn."""
    out: list[list[str]] = []
    for t in range(len(turns)):
        names: list[str] = []
        u = t - 1
        while u >= 0 and t - u <= SCENE_TURNS and len(names) < SCENE_SPEAKERS:
            if turns[u + 1][0].para - turns[u][-1].end_para > MAX_SCENE_GAP:
                break
            label = turns[u][0].label
            if label and label not in names:
                names.append(label)
            u -= 1
        out.append(names)
    return out
