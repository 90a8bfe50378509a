"""A paragraph of narration that says someone "said it": the line before was theirs.

(Round spk37.) Narration standing alone between two lines is read by the "speakers" stage
as leading up to the line after it: its subject speaks next (``narration_subject``). A
paragraph that tells how the line before was said points back instead:

    "Are you going away?"

    Tobias has come round behind her chair with the teapot, and he says it low, for her
    only.

    "To the coast. In the spring."

The question is Tobias's, and the answer is the other voice's, not his. ``says_it_back``
finds such a clause in the narration paragraph: its named subject, or a "he"/"she" after
it, then (a few words on, in the same sentence) a verb of saying with "it" or "this" as its
object ("says it low", "said it without looking up", "asked this of nobody"), not "it" as
the subject of a clause after the verb ("said it was late": a report, not the line).
"""

from __future__ import annotations

import re
from collections.abc import MutableSequence, Sequence
from typing import TYPE_CHECKING

from ficshelf.understand.fast_regex import compile_fast
from ficshelf.understand.speaker_context import SCORE_NARRATED

if TYPE_CHECKING:
    from ficshelf.understand.speaker_context import Context, QuoteState

# The longest paragraph of narration read (a beat about the line is short).
_REACH = 300
# a verb of saying whose object is the line just said: "says it", "said this"; not "said
# it was ...", "said it would ...", "said it to be" (``it`` the subject of a report)
_SAID_IT = compile_fast(
    r"\b(?:say|says|said|ask|asks|asked|whisper|whispers|whispered|murmur|murmurs|murmured"
    r"|repeat|repeats|repeated|mutter|mutters|muttered)\s+(?:it|this)\b"
    r"(?!\s+(?:was|is|were|would|will|had|has|could|might|should|must|to|that)\b)"
    r"(?!['’])"
)
# the narrator or the listener saying it: "You say it", "I said it" (no other's line)
_SELF = re.compile(r"\b(?:I|[Yy]ou|[Ww]e)\s+(?:\w+\s+)?$")
# a sentence's end
_STOP = re.compile(r"[.!?]+(?:\s|$)")


def says_it_back(text: str, start: int, end: int) -> int:
    """Return where the verb of saying stands in the first sentence of the narration
    ``text[start:end]`` (a paragraph between two lines; at most ``_REACH`` characters are
    read) when that sentence tells how the line before it was said ("…, and he says it low,
    for her only."); -1 when it does not."""
    if end - start > _REACH:
        return -1
    stop = _STOP.search(text, start, end)
    found = _SAID_IT.search(text, start, stop.start() if stop else end)
    return found.start() if found else -1


def said_it_sayer(
    ctx: Context, narrated: Sequence[tuple[str, bool]], at: Sequence[int], para: int
) -> str:
    """Return the character who said the line before the narration paragraph ``para``
    when that paragraph tells how it was said (``says_it_back``): the first character its
    first sentence makes a subject before the verb (``narrated``: the (name, is a subject)
    pairs of the paragraph's mentions, ``at``: their indices among the cast's narration
    mentions); "" otherwise, and when an "I"/"you"/"we" says it ("You say it louder than
    you mean to.")."""
    if para < 0 or not narrated:
        return ""
    span = ctx.paragraphs[para]
    verb = says_it_back(ctx.text, span.start, span.end)
    if verb < 0 or _SELF.search(ctx.text, max(span.start, verb - 12), verb):
        return ""
    mentions = ctx.cast.narration
    subjects = [
        name
        for (name, subject), m in zip(narrated, at, strict=True)
        if subject and span.start <= mentions[m].start < verb
    ]
    return subjects[0] if subjects else ""


def give_line_back(
    ctx: Context,
    narrated: Sequence[tuple[str, bool]],
    at: Sequence[int],
    last_turn: list[QuoteState],
    turn: list[QuoteState],
    history: MutableSequence[tuple[str, list[str]]],
) -> str:
    """For the turn ``turn`` after one paragraph of narration that tells how the turn
    before it, ``last_turn``, was said (``said_it_sayer``): give ``last_turn`` to the one
    who said it unless a cue of its own (a tag, a beat, a call) decided it (rule
    ``said_it``; its entry in the conversation's ``history`` too), and take from ``turn``
    a guess that gave it to the same one. Returns who said it ("" when the narration tells
    nothing of the kind); the caller keeps them from ``turn`` and drops the narration as
    a cue to ``turn``."""
    sayer = said_it_sayer(ctx, narrated, at, turn[0].para - 1)
    if not sayer:
        return ""
    if last_turn[0].score <= SCORE_NARRATED and last_turn[0].label != sayer:
        for quote in last_turn:
            quote.label, quote.score, quote.rule = sayer, SCORE_NARRATED, "said_it"
        if history:
            history[-1] = (sayer, history[-1][1])
    if turn[0].label == sayer and turn[0].score <= SCORE_NARRATED:
        for quote in turn:
            quote.label, quote.score, quote.rule = "", 0.0, ""
    return sayer
