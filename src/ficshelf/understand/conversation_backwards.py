"""The backward re-reads of the conversation model (sieve step 4 of the "speakers" stage,
after ``conversation`` has walked the turns forwards): a turn the next one answers by name
(``answered_backwards``), a turn between two that alternate (``alternate_backwards``), the
turns counted back from the tagged turn they lead up to (``anchor_backwards``), and the two
voices of a run swapped when the narration after it has its last speaker react
(``reactions_backwards``). Each is one or two linear passes over the turns.
"""

from __future__ import annotations

import re

from ficshelf.model import Span
from ficshelf.understand.fast_regex import compile_fast
from ficshelf.understand.group_voices import is_group
from ficshelf.understand.name_tables import NOT_AFTER_TITLE
from ficshelf.understand.speaker_context import (
    MAX_TURN_GAP,
    SCORE_ALTERNATION,
    SCORE_NARRATED,
    SCORE_PRONOUN_TAG,
    Context,
    QuoteState,
    adjoins,
    fill_turn,
)
from ficshelf.understand.speaker_cues import pronoun_gender

# A paragraph opening with someone reacting to what was just said: "He laughed at that."
_REACTION = re.compile(
    r"\s*((?:[Hh]e|[Ss]he)|[A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*)?) (?:\w+ly )?"
    r"(?:laughed|smiled|grinned|nodded|sighed|frowned|shrugged|flushed|blushed|winced|"
    r"chuckled|snorted|scowled)\b"
)
# The rules that read a cue at the turn itself: the name the last line called, an action
# beat, the subject or a name of the narration right before it, or before the exchange the
# turn answers (``partner``). A count of turns back from a tag further on does not overrule
# them (``anchor_backwards``): on the tuning stories the count turned 22 such turns from
# right to wrong and 3 from wrong to right (round S16).
_CUED_RULES = frozenset(
    (
        "addressed_before",
        "beat",
        "narration_subject",
        "narrated",
        "paragraph_mention",
        "closing_subject",
        "partner",
    )
)
# Rules that guess a turn's speaker from the narration before it (its subject), which a
# reply calling someone by name outweighs ("Mrs. Bold." / "Mr. Arabin. I didn't know you
# had come.": the narration's "she" was the listener).
_NARRATION_GUESSES = frozenset(("narration_subject",))
# The end of a quote's first sentence: not the period of an abbreviated title ("My dear
# Mr. Bennet," / "you must know, Mrs. Long says ..."), which would cut the name after it.
# (``compile_fast``: the engine skips in C to a stop mark instead of trying the 22 lookbehinds
# at every character of the line.)
SENTENCE_STOP = compile_fast(NOT_AFTER_TITLE + r"[.!?]+(?=\s|$)")
# The rest of a reaction's sentence saying that the one reacting said the line ("She smiled
# a little as she said it."): a gesture made while speaking, not the listener's answer to
# the line (round S31). Group 1: the pronoun.
_SAID_WHILE = re.compile(
    r"\b(?:as|while|when)\s+(he|she)\s+(?:said|says|spoke|speaks|asked|asks)\b",
    re.IGNORECASE,
)


def reactions_backwards(ctx: Context, turns: list[list[QuoteState]]) -> None:
    """Swap the two voices of a run of turns that only turn-taking decided when the
    narration right after the run opens with its last speaker reacting to the last line
    ("He laughed at that."): the one who reacts is the one who listened. The reactor is
    named, or is "he"/"she" when exactly one of the two voices is of that gender."""
    gender = ctx.cast.gender
    for t, turn in enumerate(turns):
        last_para = turn[-1].end_para
        if turn[0].score > SCORE_ALTERNATION or t == 0 or last_para + 1 >= len(ctx.paragraphs):
            continue
        if t + 1 < len(turns) and adjoins(turn, turns[t + 1]):
            continue  # the run goes on
        a, b = turn[0].label, turns[t - 1][0].label
        if not a or not b or a == b or not adjoins(turns[t - 1], turn):
            continue
        para = ctx.paragraphs[last_para + 1]
        stop = SENTENCE_STOP.search(ctx.text, para.start, para.end)
        first = ctx.text[para.start : stop.end() if stop else para.end]
        opening = _REACTION.match(first)
        if opening is None:
            continue
        who = opening.group(1)
        sex = pronoun_gender(who)
        if sex:
            if not (gender.get(a) == sex and gender.get(b) not in (sex, None)):
                continue
        elif ctx.cast.lookup(who) != a:
            continue
        if _said_while(first[opening.end() :], gender.get(a)):
            continue  # the last speaker made the gesture while speaking: no swap
        k = t
        while k >= 0 and turns[k][0].score <= SCORE_NARRATED and turns[k][0].label == a:
            _relabel(turns[k], b, "reaction")
            a, b = b, a
            if k == 0 or not adjoins(turns[k - 1], turns[k]):
                break
            k -= 1


def _said_while(rest: str, sex: str | None) -> bool:
    """Return whether ``rest``, a reaction's sentence after its verb, says its subject
    (of gender ``sex``) said the line: "as she said it", "while he spoke". A "he"/"she" of the
    other gender is someone else speaking ("She smiled as he said it."): a reaction."""
    found = _SAID_WHILE.search(rest)
    return found is not None and sex == pronoun_gender(found.group(1))


def answered_backwards(ctx: Context, turns: list[list[QuoteState]]) -> None:
    """Give a turn the character the next turn, in the paragraph right after it, addresses
    by name ("Uncle, you look tired." "I'm not well, Florence."): a reply calls the one who
    just spoke. Only turns no evidence decided, or that only alternation did, or that the
    narration's subject before them was guessed to say (``_NARRATION_GUESSES``, round
    spk29: "Is the cart come?" / "Not yet, Peter." is Peter's line, whoever stood at the
    gate)."""
    for t in range(len(turns) - 1):
        turn, reply = turns[t], turns[t + 1]
        guessed = turn[0].rule in _NARRATION_GUESSES
        if (turn[0].score > SCORE_ALTERNATION and not guessed) or not adjoins(turn, reply):
            continue
        # in its first sentence: a name called later may turn to someone else
        first = reply[0].span
        stop = SENTENCE_STOP.search(ctx.text, first.start, first.end)
        head = Span(first.start, stop.end() if stop else first.end)
        called = set(ctx.cast.addressed(ctx.text, head))
        named = {name for q in turn for name in q.addressed + q.about}
        if len(called) == 1:
            name = called.pop()
            if name not in named and name != reply[0].label:
                _relabel(turn, name, "answered")


def alternate_backwards(turns: list[list[QuoteState]]) -> None:
    """Give a turn still without a speaker the speaker of the turn after next, when the two
    turns after it alternate (A ? B A -> A B? no: ? B A -> A)."""
    for t in range(len(turns) - 3, -1, -1):
        turn = turns[t]
        if turn[0].label:
            continue
        after, after2 = turns[t + 1][0].label, turns[t + 2][0].label
        close = turns[t + 2][0].para - turn[-1].end_para <= 2 * (MAX_TURN_GAP + 1)
        if after and after2 and after != after2 and close and not is_group(after2):
            fill_turn(turn, after2, SCORE_ALTERNATION, "alternate_back")


def anchor_backwards(turns: list[list[QuoteState]]) -> None:
    """Re-read the turns that no tag decided from the next tagged turn they lead up to
    through consecutive paragraphs: in an exchange, the turns an even number of places
    before a tagged "A" are A's, the others the other party's (the speaker of the tagged
    turn right after A's, or of the last tagged one before). Counting back from the tag
    that ends a run proved surer than counting on from the one that starts it, whose
    first reply is often a guess. An even count never overrules a turn a cue of its own
    decided (``_CUED_RULES``: a name the last line called, a beat, the narration's
    subject): a voice going on, or a third voice, shifts the count, not the cue. Linear:
    one pass backwards, one forwards."""
    n = len(turns)
    sure = [t[0].score >= SCORE_PRONOUN_TAG for t in turns]
    # index of the next sure turn reachable through consecutive paragraphs, or -1
    next_sure = [-1] * n
    for t in range(n - 2, -1, -1):
        if adjoins(turns[t], turns[t + 1]):
            next_sure[t] = t + 1 if sure[t + 1] else next_sure[t + 1]
    prev_sure = -1
    for t in range(n):
        if sure[t]:
            prev_sure = t
            continue
        consecutive = t > 0 and adjoins(turns[t - 1], turns[t])
        if not consecutive:
            prev_sure = -1
        a = next_sure[t]
        if a < 0:
            continue
        anchor = turns[a][0].label
        if is_group(anchor):
            continue  # a group speaks only when a tag says so (round spk37)
        label = turns[t][0].label
        addressed = {name for q in turns[t] for name in q.addressed}
        if (a - t) % 2 == 0:
            cued = turns[t][0].rule in _CUED_RULES
            if label != anchor and anchor not in addressed and not cued:
                _relabel(turns[t], anchor, "anchor_even")
            continue
        if label and label != anchor:
            continue
        others = [turns[a + 1][0].label] if a + 1 < n and next_sure[a] == a + 1 else []
        others += [turns[prev_sure][0].label] if prev_sure >= 0 else []
        other = next(
            (o for o in others if o and o != anchor and o not in addressed and not is_group(o)),
            "",
        )
        if other:
            _relabel(turns[t], other, "anchor_odd")


def _relabel(turn: list[QuoteState], label: str, rule: str) -> None:
    for quote in turn:
        quote.label, quote.score, quote.rule = label, SCORE_ALTERNATION, rule
