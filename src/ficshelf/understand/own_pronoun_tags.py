"""A line whose own "he"/"she" tag cannot be the speaker a named tag of its turn gives.

Sieve 2 (``sieve_turns.within_turns``) gives the untagged lines of a turn (the quotes of one
paragraph) the speaker of its nearest named tag. A paragraph can hold two voices, most often
where paragraphs were guessed (LitBank) and a speech breaks off into the reply:
'"Ralph," he said, "have you the tobacco?" -- "I have," I replied.' There the "he" of the
first line cannot be the tagged "I", so the first line and the words after it are left to
the conversation pass, which resolves the "he".
"""

from __future__ import annotations

from ficshelf.understand.speaker_context import Context, QuoteState
from ficshelf.understand.speaker_cues import THIRD_PERSON, pronoun_gender
from ficshelf.understand.speaker_split import continues_split_line


def other_voices(ctx: Context, turns: list[list[QuoteState]]) -> set[int]:
    """Return the ids of the quotes sieve 2 must not give the speaker of a named tag of
    their turn: a line whose own "he"/"she" tag cannot be the speaker of the named tag
    nearest before it (else the first after it; ``_not_them``), and the untagged lines after
    it up to the next named tag. The second half of a split line goes with its first half,
    whatever "he"/"she" a misread tag after it gives ('"No," I said, "not today." Liddy is
    cross, she says'). Linear in the turn's quotes."""
    out: set[int] = set()
    for turn in turns:
        tagged = [q for q in turn if q.tagged]
        if not tagged:
            continue
        last, blocked = tagged[0], False
        for k, quote in enumerate(turn):
            if quote.tagged:
                last, blocked = quote, False
            elif k and continues_split_line(ctx.text, turn[k - 1].span, quote.span):
                pass  # the second half of a split line is its first half's
            elif quote.hint in THIRD_PERSON:
                blocked = _not_them(ctx, quote.hint, last.label)
            if blocked:
                out.add(id(quote))
    return out


def _not_them(ctx: Context, pronoun: str, label: str) -> bool:
    """Whether a "he"/"she" tag cannot name ``label``: the narrator of a first-person
    story (who is "I"), or a character known to be of the other gender."""
    if ctx.pov == "first" and label == ctx.cast.narrator:
        return True
    gender = ctx.cast.gender.get(label, "")
    return bool(gender) and gender != pronoun_gender(pronoun)
