"""Counts in words for what ficshelf prints: "1 work", "2 works", "0 quotes"."""

from __future__ import annotations


def counted(n: int, word: str, plural: str = "") -> str:
    """Return ``n`` (with thousands separators) and ``word``, in the plural (``plural``, or
    ``word`` + "s") unless ``n`` is one: ``counted(1, "work")`` is "1 work"."""
    return f"{n:,} {word if n == 1 else plural or word + 's'}"
