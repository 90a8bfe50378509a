"""Cutting a work's text into passages with marked stretches, for pages that highlight
spans: the evidence behind a tag and the dialogue view.

A passage is a list of ``Piece``s, plain or marked; templates escape each piece's text and
wrap marked ones in an element (``<mark>``, a speaker's ``<span>``), so no markup is ever
built from story text here. Everything is linear in the text shown plus the spans given.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass

from ficshelf.model import BlockKind, BlockRecord

MAX_PASSAGES = 24
MAX_PASSAGE_CHARS = 1500
CONTEXT_CHARS = 300
OPENING_QUOTES = "\"“‘'«„"
CLOSING_QUOTES = "\"”’'»“"


@dataclass(frozen=True, slots=True)
class Piece:
    """A stretch of text; ``mark`` names how it is marked ("" for plain text), ``label``
    says what the mark is (a speaker's name), ``score`` how sure the pipeline is."""

    text: str
    mark: str = ""
    label: str | None = None
    score: float | None = None


@dataclass(frozen=True, slots=True)
class Passage:
    """A stretch of the text (``start``/``end`` offsets) cut into pieces; ``kind`` is what
    the paragraph is (a ``BlockKind`` value) and ``cut`` says it was trimmed at either end."""

    start: int
    end: int
    kind: str
    pieces: tuple[Piece, ...]
    cut: bool = False


def _pieces(
    text: str, start: int, end: int, marks: Sequence[tuple[int, int, Piece]]
) -> tuple[Piece, ...]:
    """Cut ``text[start:end]`` at ``marks`` (in order, not overlapping; each a span and a
    template piece whose ``mark``/``label``/``score`` it takes)."""
    pieces = []
    at = start
    for mark_start, mark_end, template in marks:
        mark_start, mark_end = max(mark_start, at), min(mark_end, end)
        if mark_end <= mark_start:
            continue
        if mark_start > at:
            pieces.append(Piece(text[at:mark_start]))
        pieces.append(
            Piece(text[mark_start:mark_end], template.mark, template.label, template.score)
        )
        at = mark_end
    if at < end:
        pieces.append(Piece(text[at:end]))
    return tuple(pieces)


def _window(text: str, start: int, end: int) -> tuple[int, int]:
    """A stretch around ``[start, end)``: out to the line ends, at most ``CONTEXT_CHARS``
    either side."""
    low = max(0, start - CONTEXT_CHARS)
    high = min(len(text), end + CONTEXT_CHARS)
    line_start = text.rfind("\n", low, start)
    line_end = text.find("\n", end, high)
    return (low if line_start < 0 else line_start + 1, high if line_end < 0 else line_end)


def evidence_passages(
    text: str,
    blocks: Sequence[BlockRecord],
    spans: Sequence[tuple[int, int]],
    limit: int = MAX_PASSAGES,
) -> tuple[Passage, ...]:
    """Return the paragraphs holding ``spans`` with each span marked "evidence", in text
    order, at most ``limit`` of them. A span outside every paragraph gets the lines around
    it; a paragraph longer than ``MAX_PASSAGE_CHARS`` is cut to ``CONTEXT_CHARS`` around
    its spans. Spans past the end of ``text`` are ignored."""
    starts = [b.start for b in blocks]
    found: list[tuple[int, int, str, list[tuple[int, int]]]] = []
    for span_start, span_end in sorted(set(spans)):
        span_start, span_end = max(0, span_start), min(len(text), span_end)
        if span_end <= span_start:
            continue
        first = bisect_right(starts, span_start) - 1
        last = bisect_right(starts, max(span_start, span_end - 1)) - 1
        if first >= 0 and blocks[first].end > span_start:
            low, high = blocks[first].start, max(blocks[last].end, span_end)
            kind = blocks[first].kind.value
        else:
            low, high = _window(text, span_start, span_end)
            kind = "text"
        if found and low < found[-1][1]:  # the same (or an overlapping) passage
            prev = found[-1]
            found[-1] = (prev[0], max(prev[1], high), prev[2], [*prev[3], (span_start, span_end)])
            continue
        if len(found) == limit:
            break
        found.append((low, high, kind, [(span_start, span_end)]))
    passages = []
    for low, high, kind, marked in found:
        cut = False
        if high - low > MAX_PASSAGE_CHARS:
            cut_low = max(low, marked[0][0] - CONTEXT_CHARS)
            cut_high = min(high, max(e for _, e in marked) + CONTEXT_CHARS)
            cut = (cut_low, cut_high) != (low, high)
            low, high = cut_low, cut_high
        mark = Piece("", "evidence")
        merged: list[tuple[int, int, Piece]] = []
        for s, e in marked:
            if merged and s <= merged[-1][1]:
                merged[-1] = (merged[-1][0], max(merged[-1][1], e), mark)
            else:
                merged.append((s, e, mark))
        passages.append(Passage(low, high, kind, _pieces(text, low, high, merged), cut))
    return tuple(passages)


def _with_marks(text: str, start: int, end: int) -> tuple[int, int]:
    """Widen a quote's span to take in the quotation marks right around it."""
    if start > 0 and text[start - 1] in OPENING_QUOTES:
        start -= 1
    if end < len(text) and text[end] in CLOSING_QUOTES:
        end += 1
    return start, end


def dialogue_passages(
    text: str,
    blocks: Sequence[BlockRecord],
    quotes: Sequence[tuple[int, int, str, str | None, float]],
) -> tuple[Passage, ...]:
    """Return the story's paragraphs (story, chapter headings and scene breaks; notes left
    out) with each quote marked: ``quotes`` are ``(start, end, mark, speaker, confidence)``
    in text order, ``mark`` the class the template gives it. Quotation marks next to a
    quote are marked with it."""
    passages = []
    at = 0
    for block in blocks:
        if block.kind == BlockKind.NOTE:
            continue
        while at < len(quotes) and quotes[at][1] <= block.start:
            at += 1
        marks = []
        index = at
        while index < len(quotes) and quotes[index][0] < block.end:
            start, end, mark, speaker, score = quotes[index]
            start, end = _with_marks(text, start, end)
            marks.append(
                (max(start, block.start), min(end, block.end), Piece("", mark, speaker, score))
            )
            index += 1
        passages.append(
            Passage(
                block.start,
                block.end,
                block.kind.value,
                _pieces(text, block.start, block.end, marks),
            )
        )
    return tuple(passages)
