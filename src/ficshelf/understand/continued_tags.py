"""Tags said to oneself: where paragraphs were guessed, the same voice goes on after them.

Where a text's paragraphs were guessed (LitBank keeps none: a new paragraph is guessed at
every sentence that opens with a quotation mark), ``sieve_turns.goes_on_after_tag`` (a
named tag) and ``pronoun_tag_runs`` (a "he"/"she" tag) join a line to the speech of the
tagged line before it when nothing but the tag stands between, unless that line asked: the
next line answers a question. A question said to oneself ('"Is the mare lame?" he
muttered to himself.', "she said to herself", "said he under his breath") is heard by no
one who could answer it, and the line after it goes on with the same thought (round
lbt36). Reads only the tag, at most ``_TAG_READ`` characters after the line.
"""

from __future__ import annotations

import re

from ficshelf.model import Span

_TAG_READ = 60
# A tag's words that say the line was said to oneself.
_TO_ONESELF = re.compile(
    r"\b(?:to\s+(?:himself|herself|themselves|myself)|under\s+(?:his|her|their|my)\s+breath)\b"
)
# The end of the tag's sentence (or a quote after it).
_STOP = re.compile(r"[.!?;:\"“”]")


def said_to_oneself(text: str, quote: Span) -> bool:
    """Return whether the tag right after the line ``quote`` says it was said to oneself
    ("he muttered to himself", "she said under her breath"), reading the tag's sentence up
    to ``_TAG_READ`` characters."""
    end = min(len(text), quote.end + _TAG_READ)
    stop = _STOP.search(text, quote.end + 1, end)
    return _TO_ONESELF.search(text, quote.end, stop.start() if stop else end) is not None
