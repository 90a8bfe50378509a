"""A sentence of narration that ends on "spoke" right before a line introduces that line
("From the end of the hall we heard his step on the stair; whereupon Mrs. Gale spoke." /
"Well, I know who HE was."): its subject is the line's speaker, as a tag's would be.

The sentence must be narration of its own (after a sentence's end, not the tag of the line
before it: '"No," she spoke.') and end the narration right before the quote, in the quote's
paragraph or at the end of the paragraph before it when the quote opens its own. The subject
is read as ``speech_tags.tag_before`` reads a tag before a quote.
"""

from __future__ import annotations

import re

from ficshelf.understand.speaker_context import Context
from ficshelf.understand.speech_tags import Tag, sentence_stops, tag_before

# "spoke", "spoke up", "spoke again", "spoke at last", then a full stop and the line's marks
_SPOKE = re.compile(r"\bspoke(?:\s+(?:up|out|again|first|at\s+last))?\.[\s\"'“‘”’]*\Z")
_REACH = 160  # characters of narration read back from the quote
_OPENERS = " \t\n\"'“‘”’"


def _opens_paragraph(text: str, start: int, end: int) -> bool:
    """Return whether ``text[start:end]`` holds only spaces and quotation marks, reading back
    from ``end`` (not a copy of the paragraph per quote: a story on one line is one paragraph)."""
    pos = end
    while pos > start and text[pos - 1] in _OPENERS:
        pos -= 1
    return pos == start


def spoke_sentence_tag(ctx: Context, i: int) -> Tag | None:
    """Return the tag that a sentence ending on "spoke" right before quote ``i`` makes, or
    ``None``."""
    quotes, text = ctx.quotes, ctx.text
    quote = quotes[i]
    para = ctx.paragraphs[quote.para]
    start, end = para.start, quote.span.start
    if _opens_paragraph(text, para.start, quote.span.start) and quote.para > 0:
        if ctx.breaks_between(quote.para - 1, quote.para):
            return None
        before = ctx.paragraphs[quote.para - 1]
        start, end = before.start, before.end
    after_quote = i > 0 and quotes[i - 1].span.end >= start
    if after_quote:
        start = quotes[i - 1].span.end
    start = max(start, end - _REACH)
    if text.find("spoke", start, end) < 0:
        return None  # (a scan in C: most narration holds no "spoke")
    match = _SPOKE.search(text, start, end)
    if match is None:
        return None
    stop = text.index(".", match.start(), match.end())  # the full stop after the verb
    if after_quote and not sentence_stops(text, start, match.start()):
        return None  # '"No," she spoke.': the tag of the line before
    tag = tag_before(ctx.cast, text, start, stop)
    return tag if tag is not None and (tag.name or tag.pronoun) else None
