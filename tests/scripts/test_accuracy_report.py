"""``benchmarks/accuracy_report.py``: the table of each split with its canons known and left out."""

from __future__ import annotations

from ficshelf.evaluation.corpus import CorpusScore, StoryScore
from ficshelf.evaluation.scores import Accuracy, Counts
from script_loading import BENCHMARKS, load_script


def _score(characters: Counts, speakers: Accuracy) -> CorpusScore:
    story = StoryScore(
        "61-quay", counts={"characters": characters}, accuracy={"speakers": speakers}
    )
    return CorpusScore([story])


def test_each_split_has_a_row_per_mode_with_its_totals() -> None:
    report = load_script("accuracy_report", folder=BENCHMARKS)
    known = _score(Counts(tp=9, fp=1, fn=0), Accuracy(correct=8, total=10))
    left_out = _score(Counts(tp=6, fp=3, fn=3), Accuracy(correct=7, total=10))
    lines = report.unseen_canon_table({"tuning": (known, left_out)})
    rows = [line for line in lines if line.startswith("| tuning")]
    assert len(rows) == 2
    assert rows[0].startswith("| tuning | known | 0.947 (9/1/0) |")
    assert rows[0].endswith("| 0.800 (8/10) |")
    assert rows[1].startswith("| tuning | left out | 0.667 (6/3/3) |")
    assert rows[1].endswith("| 0.700 (7/10) |")
