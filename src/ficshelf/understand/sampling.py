"""Bounded samples of long texts, so that a decision about a whole story (its point of view,
its salient words) costs the same for a novel as for a short story."""

from __future__ import annotations

WINDOWS = 8


def sample_pieces(
    pieces: list[tuple[int, int]], budget: int, windows: int = WINDOWS
) -> list[tuple[int, int]]:
    """Return ``pieces`` whole when they hold at most ``budget`` characters, else the parts of
    them inside ``windows`` evenly spaced windows of ``budget / windows`` characters each (so
    the cost of the decision does not grow with the length of a novel)."""
    total = sum(end - start for start, end in pieces)
    if total <= budget:
        return pieces
    width = budget // windows
    step = total / windows
    chosen: list[tuple[int, int]] = []
    offset = 0  # narration characters before the current piece
    w = 0
    lo = 0
    for start, end in pieces:
        length = end - start
        while w < windows:
            lo = int(w * step)
            hi = lo + width
            if hi <= offset:
                w += 1
                continue
            if lo >= offset + length:
                break
            a = start + max(0, lo - offset)
            b = start + min(length, hi - offset)
            if a < b:
                chosen.append((a, b))
            if hi > offset + length:
                break
            w += 1
        offset += length
    return chosen
