"""Where a first- or second-person narrator stands in the narration around a quote: a
feature of the speaker ranker (see ``speaker_features``).

A first-person narrator has no name mentions in the narration ("I set them down", "He looked
at me"), so the position features, which read the characters stage's mentions, never see
them. ``narrator_in_narration`` adds, for the narrator candidate, whether "I" ("you" in a
second-person story) or "me"/"my" ("your") stands before or after the quote, in its
paragraph, next to it.
"""

from __future__ import annotations

import re

from ficshelf.understand.roman_i import numeral_i
from ficshelf.understand.speaker_context import Context, QuoteState

# A pronoun this close to the quote (characters) is "next to" it (a tag or a beat).
_NEAR = 40
# The narrator of a first- or second-person story in the narration, by point of view: as
# the subject ("I", "you": group 1) or acted on or owning ("me", "my"; "your": group 2).
# Each opens with its first letter, then checks the word boundary before it, so that the
# regular expression engine skips to those letters (four times faster than a leading
# "\b"; the same matches).
_SELF = {
    "first": re.compile(r"[IMm](?<!\w[IMm])(?:(?<=(I))|((?<=[Mm])(?i:e|y|yself)))\b"),
    "second": re.compile(r"[Yy](?<!\w[Yy])(?:(ou)\b|((?i:our|ourself))\b)"),
}


def _not_the_narrator(text: str, m: re.Match[str]) -> bool:
    """Whether a match of ``_SELF`` is no narrator at all: a Roman numeral "I" ("Henry I.",
    "Chapter I", "World War I": ``roman_i.numeral_i``) or the "my" of "Oh my"."""
    start, word = m.start(), m.group(0)
    if word != "I":
        # "Oh my": an exclamation, not the narrator's own ("oh your" is no such thing)
        low = word.lower() == "my"
        return low and text[max(0, start - 5) : start].lower().rstrip(", ").endswith("oh")
    return numeral_i(text, start)


# The feature names, by kind (subject, object): anywhere, in the paragraph, next to it,
# before the quote and after it.
_KEYS = tuple(
    tuple(
        f"{kind}_{side}{where}" for side in ("before", "after") for where in ("", "_para", "_near")
    )
    for kind in ("self", "self_object")
)


def narrator_in_narration(
    ctx: Context,
    f: dict[str, float],
    quote: QuoteState,
    prev_end: int,
    next_start: int,
    window: int,
) -> None:
    """Add where the narration around the quote has the narrator of a first- or
    second-person story in it: "I" ("you") as its subject, or "me"/"my" ("your") acted on,
    in the narration since the previous quote and up to the next one (at most ``window``
    characters either side): before or after the quote, in its paragraph, next to it.
    The narrator has no name mentions there, so the position features never see them. One
    bounded scan either side of the quote."""
    pattern = _SELF[ctx.pov]
    text, span = ctx.text, quote.span
    para_start = ctx.paragraphs[quote.para].start
    para_end = ctx.paragraphs[quote.end_para].end
    last = [-1, -1]  # the end of the last subject and object pronoun before the quote
    for m in pattern.finditer(text, max(prev_end, span.start - window, 0), span.start):
        if not _not_the_narrator(text, m):
            last[0 if m.group(1) else 1] = m.end()
    first = [-1, -1]  # the start of the first of each after it
    for m in pattern.finditer(text, span.end, min(next_start, span.end + window)):
        if _not_the_narrator(text, m):
            continue
        k = 0 if m.group(1) else 1
        if first[k] < 0:
            first[k] = m.start()
            if first[1 - k] >= 0:
                break
    for keys, end, start in zip(_KEYS, last, first, strict=True):
        if end >= 0:
            f[keys[0]] = 1.0
            if end > para_start:
                f[keys[1]] = 1.0
            if span.start - end <= _NEAR:
                f[keys[2]] = 1.0
        if start >= 0:
            f[keys[3]] = 1.0
            if start < para_end:
                f[keys[4]] = 1.0
            if start - span.end <= _NEAR:
                f[keys[5]] = 1.0


def narrator_present(ctx: Context, start: int, end: int) -> bool:
    """Return whether the narrator of a first- or second-person story stands in the text
    from ``start`` to ``end`` ("I", "me", "my"; "you", "your"; a Roman numeral "I" and an
    "oh my" aside do not count); False for a third-person story. One scan, stopping at the
    first."""
    pattern = _SELF.get(ctx.pov)
    if pattern is None:
        return False
    text = ctx.text
    return any(not _not_the_narrator(text, m) for m in pattern.finditer(text, start, end))
