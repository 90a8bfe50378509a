"""What the speaker ranker reads of a quote's setting: the kind of evidence the sieve
decided it by (``evidence_kind``), whether it stands alone in its paragraph
(``bare_quote``), whether the story's paragraphs look like printed dialogue's
(``dialogue_paragraphs``), and whether it ends asking a question (``asks_question``).

The ranker weighs a candidate's features by the quote's context (``speaker_vectors``); the
"speakers" stage's sieve and its guessed-turn rules read the same tests. Each reads a few
characters around a quote or a paragraph's opening: linear in the text.
"""

from __future__ import annotations

import re

from ficshelf.model import Span
from ficshelf.understand.speaker_context import Context, QuoteState
from ficshelf.understand.speaker_turns import SURE

_MARKS = " \t\n\"'“”‘’*_—–-"
_BARE_EDGE = 8
# A quote right after a sentence's end inside its paragraph ('He sat. "Go."').
_AFTER_SENTENCE = re.compile(r"[.!?][\"'”’]?\s+[\"'“‘]?\Z")
_PARAGRAPHED_SHARE = 0.05
_FEW_QUOTES = 20
# A story of fewer quotes is taken at its word unless every paragraph but the first opens
# with a quotation mark (``_quotes_open_every_paragraph``), in more than this many paragraphs.
_FEW_PARAGRAPHS = 3
# A scene shorter than this may be printed dialogue alone, every paragraph a line; over a
# text this long, printed prose has paragraphs of narration alone.
_SHORT_TEXT = 4000
_OPENING_MARKS = "\"“'‘"
# A quote that ends asking a question.
_ASKS = re.compile(r"\?[\s!?\"'”’*_—–-]*\Z")
_BEAT = 0.65


def asks_question(text: str, quote: Span) -> bool:
    """Return whether the quote at ``quote`` ends asking a question ("… that?", "…?!"),
    reading only its last few characters."""
    return _ASKS.search(text, max(quote.start, quote.end - 4), quote.end) is not None


def dialogue_paragraphs(ctx: Context) -> bool:
    """Return whether the story's paragraphs look like the paragraphs of printed dialogue,
    where a speech goes on after its tag in the same paragraph ("Go," he said. "Now.") and
    a new paragraph means a new speaker. Text whose paragraph breaks were lost or guessed
    (one line per sentence, a paragraph at every sentence that opens with a quote) has
    almost no quote opening a sentence after narration in its paragraph, and there a new
    paragraph says little about who speaks. A story with fewer than ``_FEW_QUOTES`` quotes
    is taken at its word unless every paragraph opens with a quote, as only guessed ones
    do. Reads a few characters before each quote and each paragraph's first."""
    after_sentence = 0
    for quote in ctx.quotes:
        para_start = ctx.paragraphs[quote.para].start
        before = ctx.text[max(para_start, quote.span.start - 4) : quote.span.start]
        if quote.span.start - para_start > 4 and _AFTER_SENTENCE.search(before):
            after_sentence += 1
    if len(ctx.quotes) < _FEW_QUOTES:
        return not _quotes_open_every_paragraph(ctx)
    return after_sentence >= _PARAGRAPHED_SHARE * len(ctx.quotes)


def _quotes_open_every_paragraph(ctx: Context) -> bool:
    """Return whether every paragraph after the first but at most one (a heading's) opens
    with a quotation mark, in a text of more than ``_FEW_PARAGRAPHS`` paragraphs and at
    least ``_SHORT_TEXT`` characters: the layout
    of paragraphs guessed at every sentence that opens with a quote, where narration never
    stands in a paragraph of its own. Printed prose has paragraphs of narration alone."""
    paragraphs = ctx.paragraphs
    if len(paragraphs) <= _FEW_PARAGRAPHS or len(ctx.text) < _SHORT_TEXT:
        return False
    text = ctx.text
    opening = sum(1 for p in paragraphs[1:] if text[p.start : p.start + 1] in _OPENING_MARKS)
    return opening >= len(paragraphs) - 2


def bare_quote(ctx: Context, quote: QuoteState) -> bool:
    """Return whether the quote's paragraph holds nothing else (no tag, no beat): at most
    a few quotation marks and spaces either side of it (so each quote costs O(1))."""
    start, end = ctx.paragraphs[quote.para].start, ctx.paragraphs[quote.end_para].end
    span, text = quote.span, ctx.text
    if span.start - start > _BARE_EDGE or end - span.end > _BARE_EDGE:
        return False
    return not text[start : span.start].strip(_MARKS) and not text[span.end : end].strip(_MARKS)


def evidence_kind(quote: QuoteState) -> str:
    """Return the kind of evidence the sieve decided the quote by: a tag or the split
    line of a tagged one ("tag"), the narration around it ("beat"), turn-taking ("turn"),
    or nothing ("none")."""
    if not quote.label:
        return "none"
    if quote.tagged or quote.score >= SURE:
        return "tag"
    if quote.score >= _BEAT:
        return "beat"
    return "turn"
