"""A call that does not hand over the line: the caller goes on past the tag (round spk38c).

The conversation model gives a line right after one that calls someone to the one called
(``addressed_before``). Where paragraphs were guessed (a new one at every sentence that
opens with a quotation mark), a line that stands right after the call's own short tag is
most often the same paragraph of print, the caller going on: "Tom!" cried the aunt. "Come
here at once." / "Have some tea, Tom," she said, pouring it. "It is still hot." The one
called answers only a call that asks something ("You too, Tom?" she said. "Yes.") or a line
that opens as an answer does. In printed paragraphs the same speech is one turn already
(``sieve_turns.group_turns``), and a new paragraph is a new voice, so the rule reads only
text whose paragraphs were guessed.
"""

from __future__ import annotations

import re

from ficshelf.understand.answer_lines import answers
from ficshelf.understand.fast_regex import compile_fast
from ficshelf.understand.name_tables import NOT_AFTER_TITLE
from ficshelf.understand.speaker_context import GAP_MARKS, Context, QuoteState
from ficshelf.understand.speaker_quote_contexts import asks_question

# The most narration between the call and the next line that is still its tag and no more
# ("exclaimed the old lady, in the largest capitals.").
MAX_CALL_TAG = 60
# A call's shape: a name alone ("Tom!"), or a name after a comma that a comma or the
# sentence's end closes ("Have some tea, Tom," / "Go in, Tom, and get warm."); not a name
# that opens its line ("Sir Tom -- that's who I am,": a name said of oneself).
_NAME = r"(?:[Mm]y\s+)?[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3}"
_CALL = re.compile(rf"\A{_NAME}[!.…]*\Z|,\s+{_NAME}\s*(?:[,!.…]|\Z)")
# A line broken off ("It's all so --"): the one who broke in speaks next.
_BROKEN = re.compile(r"(?:--|[—–])[\s\"'”’]*\Z")
# A sentence's end inside the narration (not a title's full stop, "said Mr. Hale."): more
# than one sentence is a beat, not a tag.
_SENTENCE_END = compile_fast(NOT_AFTER_TITLE + r"[.!?…](?=\s)")


def caller_goes_on(ctx: Context, call: QuoteState, quote: QuoteState) -> bool:
    """Return whether ``quote``, the line right after the quote ``call`` that calls
    someone, goes on with the caller's speech: paragraphs were guessed, ``call`` asks no
    question, is not broken off and holds a name in a call's place (``_CALL``), ``quote``
    does not open as an answer, and only one short sentence of narration (the call's tag,
    ``MAX_CALL_TAG`` characters) stands between them."""
    if not ctx.guessed or not call.addressed or quote.para != call.end_para + 1:
        return False
    text = ctx.text
    between = text[call.span.end : quote.span.start].strip(GAP_MARKS)
    if not between or len(between) > MAX_CALL_TAG or _SENTENCE_END.search(between):
        return False
    if asks_question(text, call.span) or _BROKEN.search(text, call.span.start, call.span.end):
        return False
    words = text[call.span.start : call.span.end].strip(GAP_MARKS)
    if _CALL.search(words) is None:
        return False
    return not answers(text, quote.span)
