"""Counts in words for what ficshelf prints: "1 work", "2 works", "0 quotes", and the line
counting skipped inputs by reason."""

from __future__ import annotations

from collections import Counter


def counted(n: int, word: str, plural: str = "") -> str:
    """Return ``n`` (with thousands separators) and ``word``, in the plural (``plural``, or
    ``word`` + "s") unless ``n`` is one: ``counted(1, "work")`` is "1 work"."""
    return f"{n:,} {word if n == 1 else plural or word + 's'}"


def skipped_by_reason(skipped: Counter[str]) -> str | None:
    """Return the line that counts the inputs ``import``, ``batch`` and ``reanalyze``
    skipped, by reason, the most common first and with thousands separators ("skipped: not
    a story file (.json): 1,340; its file is gone: 2"), or ``None`` when none was
    skipped."""
    if not skipped:
        return None
    return "skipped: " + "; ".join(f"{reason}: {n:,}" for reason, n in skipped.most_common())
