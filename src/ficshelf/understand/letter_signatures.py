"""A letter quoted whole and signed in quotation marks of its own: the signer speaks it.

Old novels quote a letter as a speech, its signature in marks of its own after the
complimentary close: '... enjoy your stay in my beautiful land." Your friend, "DRACULA."'.
The signature is a name alone, the close ("Your friend,", "Yours truly,", "Ever yours,",
"Sincerely,") stands between it and the letter, and nothing else does: the one the
signature names wrote, so "says", both quotes. ``signed_letters`` gives both to that
character as a named tag would (the sieve's first step, ``sieve_tags.explicit_tags``).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ficshelf.understand.speaker_context import SCORE_NAMED_TAG, QuoteState
from ficshelf.understand.speaker_cues import Cast
from ficshelf.understand.story_marks import MARKS

# A complimentary close: up to five words, the first capitalised (a close opens its line),
# one of them a word of closing, then a comma, with nothing but quotation marks and spaces
# around it (a tag after a comma, '," said my friend, "', is none).
_CLOSE = re.compile(
    r"[\s\"'“”‘’]*(?=[A-Z])(?:[A-Za-z]+[ \t]+){0,3}"
    r"(?:[Yy]ours|[Ff]riend|[Ss]incerely|[Ff]aithfully|[Tt]ruly|[Aa]ffectionately|"
    r"[Ll]ovingly|[Rr]espectfully|[Oo]bediently|[Cc]ordially)"
    r"(?:[ \t]+[A-Za-z]+){0,2},[\s\"'“”‘’]*"
)
_MARKS = " \t\n" + MARKS
_MAX_NAME_WORDS = 4


def signed_letters(text: str, cast: Cast, quotes: Sequence[QuoteState]) -> None:
    """Give a signature quote (a name alone that a close separates from the quote before it)
    and the letter it signs to the character the name names, unless a named tag already
    gave either a speaker; rule "signature". One look at each quote."""
    for i in range(1, len(quotes)):
        letter, signature = quotes[i - 1], quotes[i]
        if _CLOSE.fullmatch(text, letter.span.end, signature.span.start) is None:
            continue
        words = text[signature.span.start : signature.span.end].strip(_MARKS).rstrip(".")
        if not words or len(words.split()) > _MAX_NAME_WORDS:
            continue
        name = cast.lookup(words)
        if not name:
            continue
        for quote in (letter, signature):
            if not quote.tagged:
                quote.label, quote.score, quote.tagged = name, SCORE_NAMED_TAG, True
                quote.rule = "signature"
