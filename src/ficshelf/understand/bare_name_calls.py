"""A line that is nothing but a name, opening an exchange after narration: a call (sieve
step 2, see ``speakers``; round spk37b).

``Cast.addressed`` does not read a quote that is nothing but a name as an address, since
alone it most often answers a question ("Who broke it?" / "Tom.") or exclaims. A name said
on its own line right after a paragraph of narration answers no one: it calls the one it
names, to get their attention ("The rain ticked on the roof. / 'Nell.' / 'Mm?'"), so the
line after it is theirs (the conversation model's ``addressed_before``), not a voice the
count of turns brings back.
"""

from __future__ import annotations

import re

from ficshelf.understand.speaker_context import Context, QuoteState

# A name alone, ended by a full stop, a question mark or an exclamation ("Nell.", "Mr.
# Hale?", "Aunt Rose!"): up to four capitalised words.
_NAME_CALL = re.compile(r"[A-Z][\w'’-]*(?:\.? [A-Z][\w'’-]*){0,3}[.?!…]+")
# The quotation marks and spaces around a quote's words.
_MARKS = " \t\n\"'“”‘’*_"


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
        if text[para.start : para.end].strip(_MARKS) != text[
            quote.span.start : quote.span.end
        ].strip(_MARKS):
            continue
        if _NAME_CALL.fullmatch(text[quote.span.start : quote.span.end].strip(_MARKS)) is None:
            continue
        quote.addressed, quote.about = quote.about, []
