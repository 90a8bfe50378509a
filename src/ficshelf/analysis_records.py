"""What the pipeline found, as records the store keeps for the reader views.

``build_blocks`` lays the text out as paragraphs of known kind (story, note, heading, scene
break), ``build_characters`` turns the ``characters``, ``mentions``, ``speakers`` and
``narrator`` layers into one record per character with its counts, and ``build_quotes`` pairs
each quote with its speaker. Everything is one pass over the layers (linear in their size).
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Sequence

from ficshelf.model import (
    Analysis,
    BlockKind,
    BlockRecord,
    CharacterRecord,
    QuoteRecord,
    Span,
)
from ficshelf.understand.text import count_words


def _spans(analysis: Analysis, name: str) -> tuple[Span, ...]:
    return analysis.layers.get(name, ())


class _Cover:
    """Which of a set of non-overlapping spans (if any) covers a position, by bisection."""

    def __init__(self, spans: Sequence[Span]) -> None:
        self._spans = sorted(spans, key=lambda s: s.start)
        self._starts = [s.start for s in self._spans]

    def at(self, start: int, end: int) -> Span | None:
        """Return the span that overlaps ``[start, end)`` and starts last before ``end``."""
        index = bisect_right(self._starts, max(start, end - 1)) - 1
        if index < 0:
            return None
        span = self._spans[index]
        return span if span.end > start else None


def build_blocks(analysis: Analysis) -> tuple[BlockRecord, ...]:
    """Return every paragraph of the text in order, each marked as story (body), note,
    chapter heading or scene break. Paragraphs that are none of these (text outside any
    chapter the file marks up) are left out."""
    body = {(s.start, s.end) for s in _spans(analysis, "body")}
    others = (
        (BlockKind.HEADING, _Cover(_spans(analysis, "chapter_headings"))),
        (BlockKind.SCENE_BREAK, _Cover(_spans(analysis, "scene_breaks"))),
        (BlockKind.NOTE, _Cover(_spans(analysis, "notes"))),
    )
    blocks = []
    for para in _spans(analysis, "paragraphs"):
        if (para.start, para.end) in body:
            blocks.append(BlockRecord(para.start, para.end, BlockKind.BODY))
            continue
        kind = next((k for k, cover in others if cover.at(para.start, para.end)), None)
        if kind is not None:
            blocks.append(BlockRecord(para.start, para.end, kind))
    return tuple(blocks)


def build_quotes(analysis: Analysis) -> tuple[QuoteRecord, ...]:
    """Return each quote with its speaker's canonical name (``None`` when unknown), the
    speaker's confidence (0 when unknown), its word count and whether it stands in a note."""
    text = analysis.text
    speakers = {(s.start, s.end): s for s in _spans(analysis, "speakers")}
    records = []
    for quote in _spans(analysis, "quotes"):
        said = speakers.get((quote.start, quote.end))
        name = said.label if said is not None and said.label else None
        records.append(
            QuoteRecord(
                start=quote.start,
                end=quote.end,
                speaker=name,
                confidence=said.score if said is not None and name else 0.0,
                words=count_words(text, quote.start, quote.end),
                in_note=quote.label == "note",
            )
        )
    return tuple(records)


def build_characters(
    analysis: Analysis, quotes: Sequence[QuoteRecord]
) -> tuple[CharacterRecord, ...]:
    """Return one record per character, most salient first: canonical name, aliases (the
    distinct surface forms of its mentions, in order of first use), mention offsets, the
    quotes and quote words credited to it, salience and whether it is the narrator. A
    speaker the ``characters`` layer does not list is added after the listed ones."""
    text = analysis.text
    order: dict[str, float] = {}
    for span in _spans(analysis, "characters"):
        order.setdefault(span.label, span.score)
    mentions: dict[str, list[tuple[int, int]]] = {}
    aliases: dict[str, dict[str, None]] = {}
    for span in _spans(analysis, "mentions"):
        mentions.setdefault(span.label, []).append((span.start, span.end))
        form = " ".join(text[span.start : span.end].split())
        if form:
            aliases.setdefault(span.label, {})[form] = None
    said: dict[str, list[int]] = {}
    for quote in quotes:
        if quote.speaker is not None and not quote.in_note:
            counts = said.setdefault(quote.speaker, [0, 0])
            counts[0] += 1
            counts[1] += quote.words
    for name in said:
        order.setdefault(name, 0.0)
    narrators = {s.label for s in _spans(analysis, "narrator") if s.label}
    return tuple(
        CharacterRecord(
            name=name,
            aliases=tuple(aliases.get(name, {})),
            mentions=tuple(mentions.get(name, ())),
            quotes=said.get(name, [0, 0])[0],
            quote_words=said.get(name, [0, 0])[1],
            salience=salience,
            narrator=name in narrators or (name == "Narrator" and not narrators),
        )
        for name, salience in order.items()
        if name
    )
