"""Counts, accuracies and their micro-average."""

from __future__ import annotations

from ficshelf.evaluation.normalise import norm_name, norm_quote, norm_text
from ficshelf.evaluation.scores import Accuracy, Counts, set_counts, sum_accuracy, sum_counts


def test_precision_recall_f1() -> None:
    c = Counts(tp=3, fp=1, fn=2)
    assert c.precision == 0.75
    assert c.recall == 0.6
    assert c.f1 == 2 * 3 / (6 + 1 + 2)
    assert c.to_dict() == {
        "tp": 3,
        "fp": 1,
        "fn": 2,
        "precision": 0.75,
        "recall": 0.6,
        "f1": 0.6667,
    }


def test_undefined_scores_are_none_not_zero() -> None:
    assert Counts().precision is None and Counts().recall is None and Counts().f1 is None
    only_missed = Counts(fn=4)
    assert only_missed.precision is None and only_missed.recall == 0.0 and only_missed.f1 == 0.0
    assert Accuracy().value is None


def test_micro_average_adds_counts() -> None:
    total = sum_counts([Counts(1, 0, 0), Counts(0, 1, 3)])
    assert total == Counts(1, 1, 3)
    assert sum_accuracy([Accuracy(1, 1), Accuracy(0, 3)]).value == 0.25


def test_set_counts_are_multisets() -> None:
    assert set_counts(["a", "a", "b"], ["a", "c"]) == Counts(1, 1, 2)
    assert set_counts([], []) == Counts()


def test_normalisation() -> None:
    assert norm_text("  The\u00a0Ferryman’s   “Fee” — ") == 'the ferryman\'s "fee" -'
    assert norm_quote("“Nothing,”") == "nothing,"
    assert norm_quote("  ‘Go on,’ ") == "go on,"
    assert norm_name("The Ferryman’s") == "ferryman"
    assert norm_name("Dr. Vance.") == "dr. vance"
    assert norm_name("Theodora") == "theodora"
