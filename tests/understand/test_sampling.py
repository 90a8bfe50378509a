"""Bounded samples of long texts."""

from __future__ import annotations

from ficshelf.understand.sampling import sample_pieces


def test_short_texts_are_read_whole() -> None:
    pieces = [(0, 10), (20, 30)]
    assert sample_pieces(pieces, 100) == pieces


def test_long_texts_are_read_in_even_windows_within_the_budget() -> None:
    pieces = [(i * 100, i * 100 + 50) for i in range(10_000)]  # 500,000 characters
    chosen = sample_pieces(pieces, 8000, windows=8)
    assert sum(b - a for a, b in chosen) == 8000
    assert chosen[0] == (0, 50)
    assert chosen[-1][1] > 850_000  # the last window reaches the end of the text
    assert all(any(s <= a and b <= e for s, e in pieces) for a, b in chosen)


def test_one_huge_piece_is_cut_into_windows() -> None:
    chosen = sample_pieces([(0, 1_000_000)], 8000, windows=8)
    assert len(chosen) == 8
    assert chosen[1] == (125_000, 126_000)
