"""A story saved without its line breaks is one paragraph: the passes that read around each
quote must do work bounded per quote, not a copy or a scan of the whole paragraph (which
made a megabyte on one line take minutes; benchmarks/long_lines.py measures it). Counted,
never timed."""

from __future__ import annotations

from dialogue_texts import with_cast

from ficshelf.understand.scene_presence import PRESENT, scene_presence
from ficshelf.understand.speakers import _sieve
from ficshelf.understand.spoke_tags import spoke_sentence_tag

CAST = {"Ann Vey": "Ann Vey", "Tom Hale": "Tom Hale"}
FILLER = "The wind blew over the marsh and the reeds bent low. "


class _CountingText(str):
    """A text that counts the characters copied out of it by slicing."""

    copied = 0

    def __getitem__(self, key: slice | int) -> str:  # type: ignore[override]
        got = str.__getitem__(self, key)
        _CountingText.copied += len(got)
        return got


def test_a_sign_far_back_in_one_paragraph_goes_stale() -> None:
    gap = FILLER * (60_000 // len(FILLER))  # past REACH_CHARS (50,000)
    text = f'Ann Vey sat by the stove. "Is it late?" {gap}"Is the road open?"\n'
    first, last = scene_presence(_sieve(with_cast(text, CAST))[1])
    assert first == {"Ann Vey": PRESENT}
    # one paragraph, but more than 50,000 characters of text with no sign of her: as after
    # twenty paragraphs, she is no longer known to be in the room
    assert last == {}


def test_the_spoke_sentence_reads_no_copy_of_the_paragraph_per_quote() -> None:
    lines = " ".join(f'"Line {i}," Ann Vey said. Tom Hale nodded. {FILLER}' for i in range(300))
    text = f"Ann Vey sat by the stove. {lines}\n"
    ctx = _sieve(with_cast(text, CAST))[1]
    assert len(ctx.paragraphs) == 1 and len(ctx.quotes) == 300
    ctx.text = _CountingText(ctx.text)
    _CountingText.copied = 0
    for i in range(len(ctx.quotes)):
        spoke_sentence_tag(ctx, i)
    # a few characters around each quote, not the paragraph up to it (quadratic: ~4.6M)
    assert _CountingText.copied < len(text)
