"""Bounded samples of long texts, so that a decision about a whole story (its point of view,
its salient words) costs the same for a novel as for a short story."""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from itertools import accumulate, compress

WINDOWS = 8


def sample_pieces(
    pieces: list[tuple[int, int]], budget: int, windows: int = WINDOWS
) -> list[tuple[int, int]]:
    """Return ``pieces`` (``(start, end)``, in text order, ``start <= end``) whole when they
    hold at most ``budget`` characters, else the parts of them inside ``windows`` evenly
    spaced windows of ``budget / windows`` characters each (so the cost of the decision does
    not grow with the length of a novel), in order; an empty part is left out.

    The windows are placed on the pieces laid end to end: window ``w`` covers characters
    ``int(w * step)`` to that plus ``budget // windows`` of that sequence (``step``: the
    pieces' total over ``windows``). Each window is found among the pieces' running ends by
    bisection, and the pieces wholly inside it are copied as they are (a novel's sample holds
    a thousand or more: one pass over them in Python cost about 30 million instructions an
    analysis; round speed48)."""
    lengths = [end - start for start, end in pieces]
    total = sum(lengths)
    if total <= budget:
        return pieces
    width = budget // windows
    step = total / windows
    ends = list(accumulate(lengths))  # where each piece ends in the pieces laid end to end
    last_piece = len(pieces) - 1
    chosen: list[tuple[int, int]] = []

    def cut(i: int, lo: int, hi: int) -> None:
        # the part of piece ``i`` inside the window ``lo .. hi`` (of the pieces end to end)
        start, offset = pieces[i][0], ends[i] - lengths[i]
        a = start + max(0, lo - offset)
        b = start + min(lengths[i], hi - offset)
        if a < b:
            chosen.append((a, b))

    for w in range(windows):
        lo = int(w * step)
        hi = lo + width
        first = bisect_right(ends, lo)  # the first piece ending after the window starts
        if first > last_piece:
            break
        last = min(bisect_left(ends, hi, first), last_piece)  # the piece it ends in
        cut(first, lo, hi)
        if last > first:
            # (the pieces between lie wholly inside the window; an empty one is left out)
            chosen.extend(compress(pieces[first + 1 : last], lengths[first + 1 : last]))
            cut(last, lo, hi)
    return chosen
