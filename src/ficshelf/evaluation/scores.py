"""Counts behind every figure ``ficshelf eval`` reports.

A field scored by precision/recall/F1 keeps true positives, false positives and false
negatives (``Counts``); a field scored by accuracy keeps correct and total (``Accuracy``).
Both add up, so summing the stories' counts gives the micro-average over a corpus.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any


def _ratio(num: int, den: int) -> float | None:
    return num / den if den else None


@dataclass(frozen=True, slots=True)
class Counts:
    """True positives, false positives and false negatives of one field."""

    tp: int = 0
    fp: int = 0
    fn: int = 0

    def __add__(self, other: Counts) -> Counts:
        return Counts(self.tp + other.tp, self.fp + other.fp, self.fn + other.fn)

    @property
    def precision(self) -> float | None:
        """Return tp / (tp + fp), ``None`` when nothing was predicted."""
        return _ratio(self.tp, self.tp + self.fp)

    @property
    def recall(self) -> float | None:
        """Return tp / (tp + fn), ``None`` when there was nothing to find."""
        return _ratio(self.tp, self.tp + self.fn)

    @property
    def f1(self) -> float | None:
        """Return the harmonic mean of precision and recall (``None`` when both are
        undefined; 0.0 when only one is, or nothing matched)."""
        if self.tp + self.fp + self.fn == 0:
            return None
        return 2 * self.tp / (2 * self.tp + self.fp + self.fn)

    def to_dict(self) -> dict[str, Any]:
        """Return the counts and the three scores (rounded) as JSON-ready data."""
        return {
            "tp": self.tp,
            "fp": self.fp,
            "fn": self.fn,
            "precision": _round(self.precision),
            "recall": _round(self.recall),
            "f1": _round(self.f1),
        }


@dataclass(frozen=True, slots=True)
class Accuracy:
    """How many of ``total`` predictions were correct."""

    correct: int = 0
    total: int = 0

    def __add__(self, other: Accuracy) -> Accuracy:
        return Accuracy(self.correct + other.correct, self.total + other.total)

    @property
    def value(self) -> float | None:
        """Return correct / total, ``None`` when nothing was scored."""
        return _ratio(self.correct, self.total)

    def to_dict(self) -> dict[str, Any]:
        """Return the counts and the accuracy (rounded) as JSON-ready data."""
        return {"correct": self.correct, "total": self.total, "accuracy": _round(self.value)}


def _round(value: float | None) -> float | None:
    return None if value is None else round(value, 4)


def set_counts(gold: list[str], predicted: list[str]) -> Counts:
    """Return the counts of two lists compared as multisets of (already normalised) items."""
    remaining: dict[str, int] = {}
    for item in gold:
        remaining[item] = remaining.get(item, 0) + 1
    tp = 0
    for item in predicted:
        if remaining.get(item, 0) > 0:
            remaining[item] -= 1
            tp += 1
    return Counts(tp, len(predicted) - tp, len(gold) - tp)


def sum_counts(items: list[Counts]) -> Counts:
    """Return the sum of ``items`` (the micro-average's counts)."""
    total = Counts()
    for item in items:
        total = total + item
    return total


def sum_accuracy(items: list[Accuracy]) -> Accuracy:
    """Return the sum of ``items``."""
    total = Accuracy()
    for item in items:
        total = total + item
    return total
