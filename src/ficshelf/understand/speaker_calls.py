"""A name alone before a speech tag that the same speech goes on after: a call, not an
answer (sieve step 2, see ``speakers``).

``Cast.addressed`` does not read a quote that is nothing but a name ("Gareth," he says) as
an address: alone, it answers a question or exclaims. But when the speech goes on after the
tag in a new sentence ("Mr. Hale," the clerk said quietly. "Your carriage is here."), or
with "you" ("Nan," she said, "you'll catch cold."), the name opened the speech by calling
its listener: whoever it names is addressed, so the reply after it is theirs (the
conversation model's ``addressed_before``), not the previous speaker's.

A name said on its own line right after a paragraph of narration answers no one either
(``bare_name_calls``, round spk37b): it calls the one it names, to get their attention
("The rain ticked on the roof. / 'Nell.' / 'Mm?'"), so the line after it is theirs, not a
voice the count of turns brings back.
"""

from __future__ import annotations

import re

from ficshelf.understand.speaker_context import Context, QuoteState

# A name alone: up to four capitalised words ("Pa", "Mr. Hale", "Aunt Rose Keel").
_NAME_ONLY = re.compile(r"[A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*){0,3}")
# The quotation marks and spaces around a quote's words.
_MARKS = " \t\n\"'“”‘’*_"
# A name alone, ended by a full stop, a question mark or an exclamation ("Nell.", "Mr.
# Hale?", "Aunt Rose!"): up to four capitalised words.
_NAME_CALL = re.compile(r"[A-Z][\w'’-]*(?:\.? [A-Z][\w'’-]*){0,3}[.?!…]+")
# Where the speech goes on after the tag: a new sentence, or "you".
_GOES_ON = re.compile(r"[\"'“‘*_\s]*(?:[A-Z]|you\b|your\b)")
# At most this much narration between the name and the rest of the speech (a tag).
_MAX_TAG = 100


def split_by_own_tag(prev: QuoteState, quote: QuoteState) -> bool:
    """Return whether ``quote``, which a named tag introduces, is the second half of the
    speech ``prev`` that the same tag closes, in the same paragraph: both given the same
    speaker by that tag."""
    return (
        quote.introduced
        and prev.tagged
        and prev.rule == "tag_after"
        and prev.end_para == quote.para
        and bool(prev.label)
        and prev.label == quote.label
    )


def opening_calls(ctx: Context, turns: list[list[QuoteState]]) -> None:
    """Move the name of a turn's first quote from ``about`` to ``addressed`` when the quote
    is that name alone followed by a comma, and the turn goes on after a tag in the same
    paragraph as a new sentence or with "you", naming no one else as called and not
    naming that one again (an echo: "Mr. Darcy," he said. "Mr. Darcy, who ..."). Linear:
    one look at each quote of a turn."""
    text = ctx.text
    for k, turn in enumerate(turns):
        # a speech its own tag splits into two turns ("Jos," says Amy, "you can't."):
        # the half after the tag goes on from the name as a quote of the same turn does
        split = k + 1 < len(turns) and split_by_own_tag(turn[-1], turns[k + 1][0])
        if len(turn) < 2 and not split:
            continue
        first, rest = turn[0], turn[1] if len(turn) > 1 else turns[k + 1][0]
        if len(first.about) != 1 or first.addressed or rest.para != first.para:
            continue
        words = text[first.span.start : first.span.end].strip(_MARKS)
        if not words.endswith(",") or _NAME_ONLY.fullmatch(words[:-1]) is None:
            continue
        if rest.span.start - first.span.end > _MAX_TAG:
            continue
        if _GOES_ON.match(text, rest.span.start, rest.span.end) is None:
            continue
        # "Mr. Darcy," he said. "Mr. Darcy, who would not dance." repeats a name to talk
        # about it; a speech that calls someone else later calls them, not the first name
        if any(q.addressed or first.about[0] in q.about for q in [*turn[1:], rest]):
            continue
        first.addressed, first.about = first.about, []


def bare_name_calls(ctx: Context, turns: list[list[QuoteState]]) -> None:
    """Move the one name of a turn from ``about`` to ``addressed`` when the turn is a single
    quote that is that name alone, standing alone in its paragraph, right after a paragraph
    of narration (no quote in it), with the next turn in the very next paragraph. Linear:
    one look at each turn and the paragraph before it."""
    text = ctx.text
    quoted = {q.para for q in ctx.quotes} | {q.end_para for q in ctx.quotes}
    for k, turn in enumerate(turns[:-1]):
        quote = turn[0]
        if len(turn) != 1 or len(quote.about) != 1 or quote.addressed or quote.para < 1:
            continue
        if turns[k + 1][0].para != quote.end_para + 1 or quote.para - 1 in quoted:
            continue
        para = ctx.paragraphs[quote.para]
        words = text[quote.span.start : quote.span.end].strip(_MARKS)
        if text[para.start : para.end].strip(_MARKS) != words:
            continue
        if _NAME_CALL.fullmatch(words) is None:
            continue
        quote.addressed, quote.about = quote.about, []
