"""Narration and dialogue inside the story body: which stretches of the body are quoted.

The stages that read narration (POV, tense) or weigh dialogue differently (themes) ask here.
Quotes come from the ``quotes`` layer (the "dialogue" stage). When that layer is empty — the
dialogue stage found nothing, or is not run — straight and curly double quotes are paired
inside each body paragraph instead, an unclosed one running to the end of its paragraph
(a speech going on into the next paragraph). A body with no double quote at all but with
single quotes opening words is taken to use single quotes for dialogue: those are paired the
same way, an apostrophe inside a word ("don't") never closing a quote.

Everything is one merge over two sorted lists of spans, so linear in the size of the body.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

from ficshelf.model import Analysis, Span
from ficshelf.understand.fast_regex import compile_fast

# An opening double quote, then anything but a double quote, then the closing one (or the end
# of the paragraph, for an unclosed quote). Straight and curly quotes pair with each other,
# as careless typing mixes them.
_DOUBLE_QUOTED = re.compile(r"[\"“„]([^\"“”„]*+)[\"”]?")
_DOUBLE_MARK = re.compile(r"[\"“”„]")
# A single quote opening a word, then anything up to a single quote that does not stand
# before a letter (an apostrophe inside a word is skipped), or the end of the paragraph.
_SINGLE_QUOTED = compile_fast(r"(?<![\w'’‘])['‘](?=\S)((?:[^'’‘]|['’](?=\w))*+)['’]?")


def fallback_quotes(text: str, paragraphs: Sequence[Span]) -> tuple[Span, ...]:
    """Return the quoted stretches of ``paragraphs`` (marks excluded): double quotes paired
    within each paragraph, an unclosed one running to the paragraph's end; single quotes the
    same way when no paragraph holds a double quote."""
    pattern = _DOUBLE_QUOTED
    if paragraphs and not any(
        _DOUBLE_MARK.search(text, p.start, p.end) is not None for p in paragraphs
    ):
        pattern = _SINGLE_QUOTED
    found: list[Span] = []
    for para in paragraphs:
        for m in pattern.finditer(text, para.start, para.end):
            found.append(Span(m.start(1), m.end(1)))
    return tuple(found)


def body_quotes(analysis: Analysis) -> tuple[Span, ...]:
    """Return the quotes of the story body: the ``quotes`` layer's body quotes (label ""),
    or, when that layer is empty or missing, the double-quoted stretches of the body."""
    quotes = tuple(q for q in analysis.layers.get("quotes", ()) if q.label != "note")
    if quotes:
        return quotes
    if analysis.layers.get("quotes"):
        return ()  # the dialogue stage found quotes, but only in notes
    return fallback_quotes(analysis.text, analysis.layers.get("body", ()))


def outside(spans: Sequence[Span], holes: Sequence[Span]) -> Iterator[tuple[int, int]]:
    """Yield the ``(start, end)`` pieces of ``spans`` not covered by ``holes``; both in text
    order, ``holes`` not overlapping each other. Empty pieces are left out."""
    j = 0
    n = len(holes)
    for span in spans:
        pos = span.start
        while j < n and holes[j].end <= pos:
            j += 1
        k = j
        while k < n and holes[k].start < span.end:
            hole = holes[k]
            if hole.start > pos:
                yield pos, hole.start
            pos = max(pos, hole.end)
            k += 1
        if pos < span.end:
            yield pos, span.end


def narration(analysis: Analysis) -> list[tuple[int, int]]:
    """Return the ``(start, end)`` stretches of the story body outside quotes, in text order."""
    return list(outside(analysis.layers.get("body", ()), body_quotes(analysis)))


def quoted_mask(spans: Sequence[Span], quotes: Sequence[Span]) -> list[float]:
    """Return, for each of ``spans`` (in text order), the share of its characters that lies
    inside ``quotes`` (0.0 = pure narration, 1.0 = all dialogue)."""
    shares: list[float] = []
    j = 0
    n = len(quotes)
    for span in spans:
        while j < n and quotes[j].end <= span.start:
            j += 1
        covered = 0
        k = j
        while k < n and quotes[k].start < span.end:
            covered += min(span.end, quotes[k].end) - max(span.start, quotes[k].start)
            k += 1
        length = span.end - span.start
        shares.append(covered / length if length else 0.0)
    return shares
