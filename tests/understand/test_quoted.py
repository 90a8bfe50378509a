"""Narration vs dialogue in the body: the quotes layer, or paired quotes as a fallback."""

from __future__ import annotations

from ficshelf.model import Analysis, RawDocument, Span
from ficshelf.understand.quoted import (
    body_quotes,
    fallback_quotes,
    narration,
    outside,
    quoted_mask,
)


def whole(text: str) -> list[Span]:
    return [Span(0, len(text))]


def texts(text: str, spans: tuple[Span, ...]) -> list[str]:
    return [s.text_of(text) for s in spans]


def test_double_quotes_straight_and_curly() -> None:
    text = '"Hi," she said, “how are you?” and left.'
    assert texts(text, fallback_quotes(text, whole(text))) == ["Hi,", "how are you?"]


def test_an_unclosed_quote_runs_to_the_end_of_its_paragraph_only() -> None:
    text = '"This goes on\n\nand this is narration.'
    paras = [Span(0, 13), Span(15, len(text))]
    assert texts(text, fallback_quotes(text, paras)) == ["This goes on"]


def test_single_quotes_when_the_body_has_no_double_quote() -> None:
    text = "'Don't go,' he said. 'It's late and the girls' room is cold,' she said."
    found = texts(text, fallback_quotes(text, whole(text)))
    assert found[0] == "Don't go,"
    assert found[1].startswith("It's late")


def test_single_quotes_are_apostrophes_when_double_quotes_are_used() -> None:
    text = "\"Go,\" he said. It wasn't 'late' at all."
    assert texts(text, fallback_quotes(text, whole(text))) == ["Go,"]


def test_outside_cuts_the_holes_out() -> None:
    spans = [Span(0, 10), Span(20, 30)]
    holes = [Span(2, 4), Span(8, 22), Span(25, 30)]
    assert list(outside(spans, holes)) == [(0, 2), (4, 8), (22, 25)]


def test_quoted_mask_gives_the_share_in_quotes() -> None:
    spans = [Span(0, 10), Span(10, 20), Span(20, 20)]
    assert quoted_mask(spans, [Span(5, 15)]) == [0.5, 0.5, 0.0]


def test_the_quotes_layer_wins_and_note_quotes_are_left_out() -> None:
    text = '«Hello,» he said. "Not a quote for the layer."'
    doc = RawDocument(text, "s.txt", "txt")
    body = (Span(0, len(text)),)
    layered = Analysis(doc, {"body": body, "quotes": (Span(1, 7), Span(0, 0, "note"))})
    assert body_quotes(layered) == (Span(1, 7),)
    assert narration(layered)[0] == (0, 1)
    only_notes = Analysis(doc, {"body": body, "quotes": (Span(0, 0, "note"),)})
    assert body_quotes(only_notes) == ()
    missing = Analysis(doc, {"body": body})
    assert texts(text, body_quotes(missing)) == ["Not a quote for the layer."]
