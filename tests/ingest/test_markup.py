"""Markup helpers: removing the paragraphs a chapter's own HTML holds as notes."""

from __future__ import annotations

from ficshelf.ingest.markup import without_paragraphs


def test_without_paragraphs_drops_the_blocks_holding_them() -> None:
    page = (
        "<p><strong>A/N:</strong> hi   there</p>\n<p>Story <em>begins</em>.</p>"
        "<div><p>Thanks!</p><p>Bye<br><br>now</p></div>"
    )
    kept = without_paragraphs(page, ["A/N: hi there", "Thanks!\n\nBye\n\nnow"])
    assert kept == "<p>Story <em>begins</em>.</p><div></div>"


def test_without_paragraphs_removes_each_paragraph_once_and_keeps_the_rest() -> None:
    page = "<p>Please review!</p><p>The tide turned.</p><p>Please review!</p>"
    assert without_paragraphs(page, ["Please review!"]) == (
        "<p>The tide turned.</p><p>Please review!</p>"
    )
    assert without_paragraphs(page, []) == page
    # a block holding story as well as a note's paragraph stays whole
    mixed = "<div>Thanks!<p>The tide turned.</p></div>"
    assert without_paragraphs(mixed, ["Thanks!"]) == mixed
    # text in no block at all is kept
    assert without_paragraphs("Thanks! and more", ["Thanks! and more"]) == "Thanks! and more"
