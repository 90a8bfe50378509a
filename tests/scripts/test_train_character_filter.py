"""The training script of the character filter (scripts/train_character_filter.py)."""

from __future__ import annotations

import json
from pathlib import Path
from types import ModuleType

import numpy as np
import pytest

from ficshelf.understand.character_filter import FEATURES, model_from_dict
from script_loading import load_script

ROOT = Path(__file__).resolve().parents[2]
LITBANK = ROOT.parent / "shared" / "data" / "litbank"


def _script() -> ModuleType:
    return load_script("train_character_filter")


# Each story has people the gold lists and a name the gold does not (a negative).
STORIES = [
    (
        '"Row faster, Ida," said Corwin Vell. Ida rowed. Corwin laughed at her.\n\n'
        "Later they talked of Marrow and of Thessaly Ford.\n\n"
        '"Home," said Ida. Marrow was far away.',
        ["Ida", "Corwin Vell"],
    ),
    (
        '"Tea, Bertram?" asked Mrs. Holm. Bertram nodded. Mrs. Holm poured.\n\n'
        "The road to Quillan was long. Quillan lay under snow.",
        ["Bertram", "Mrs. Holm"],
    ),
    (
        '"Look, Sefa!" cried Anwen. Sefa looked. Anwen pointed at Drumlow.\n\n'
        "Drumlow rose over the trees, and Sefa smiled.",
        ["Sefa", "Anwen"],
    ),
]


def _corpus(tmp_path: Path) -> Path:
    for i, (text, people) in enumerate(STORIES):
        (tmp_path / f"{i:02}-story.txt").write_text(text, encoding="utf-8")
        gold = {
            "source": f"{i:02}-story.txt",
            "characters": [{"name": p, "aliases": [p], "role": "main"} for p in people],
        }
        (tmp_path / f"{i:02}-story.gold.json").write_text(json.dumps(gold), encoding="utf-8")
    return tmp_path


def test_trains_on_a_tiny_synthetic_gold_set(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    script = _script()
    out = tmp_path / "weights.json"
    argv = ["--no-litbank", "--corpus", str(_corpus(tmp_path)), "--match", "*", "--out", str(out)]
    assert script.main(argv) == 0
    printed = capsys.readouterr().out
    assert "3 files" in printed and "cross-validated" in printed
    data = json.loads(out.read_text(encoding="utf-8"))
    model = model_from_dict(data)
    assert len(model.weights) == len(FEATURES)
    assert data["threshold"] in script.THRESHOLDS


def test_deterministic(tmp_path: Path) -> None:
    script = _script()
    corpus = _corpus(tmp_path)
    texts = []
    for name in ("a.json", "b.json"):
        argv = [
            "--no-litbank",
            "--corpus",
            str(corpus),
            "--match",
            "*",
            "--out",
            str(tmp_path / name),
        ]
        assert script.main(argv) == 0
        texts.append((tmp_path / name).read_text(encoding="utf-8"))
    assert texts[0] == texts[1]


def test_refuses_a_folder_that_is_not_litbank(tmp_path: Path) -> None:
    assert _script().main(["--litbank", str(tmp_path), "--out", str(tmp_path / "w.json")]) == 2
    assert not (tmp_path / "w.json").exists()


@pytest.mark.slow
@pytest.mark.skipif(not LITBANK.is_dir(), reason="LitBank not available")
def test_litbank_dev_samples_are_labelled_as_eval_scores_them() -> None:
    script = _script()
    samples = script.litbank_samples(LITBANK)
    assert len(samples) == 80
    persons = sum(sum(s.labels) for s in samples)
    candidates = sum(len(s.labels) for s in samples)
    # The rules alone: LitBank dev characters P = matched / predicted named characters.
    assert 0.5 < persons / candidates < 0.9


def test_shuffled_folds_keep_each_file_in_one_fold_and_cover_every_character() -> None:
    script = _script()
    groups = np.asarray(["a", "a", "b", "c", "c", "c", "d", "e", "f", "f"])
    splits = script._shuffled_folds(groups, 3, 8)
    tested = np.concatenate([test for _, test in splits])
    assert sorted(tested.tolist()) == list(range(len(groups)))  # each character tested once
    for train, test in splits:
        assert set(groups[train].tolist()).isdisjoint(groups[test].tolist())
        assert len(test) > 0
    again = script._shuffled_folds(groups, 3, 8)
    assert all((t1 == t2).all() for (_, t1), (_, t2) in zip(splits, again, strict=True))


def test_prints_per_set_rules_compared_weights_and_out_of_fold(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    script = _script()
    (tmp_path / "corpus").mkdir()
    corpus = _corpus(tmp_path / "corpus")
    # A compared file that lacks a feature: that feature weighs nothing.
    compare = {"features": list(FEATURES[1:]), "weights": [0.0] * (len(FEATURES) - 1)}
    compare |= {"bias": 5.0, "threshold": 0.5}
    (tmp_path / "old.json").write_text(json.dumps(compare), encoding="utf-8")
    argv = ["--no-litbank", "--corpus", str(corpus), "--match", "*", "--c", "1"]
    argv += ["--compare", str(tmp_path / "old.json"), "--out", str(tmp_path / "w.json")]
    assert script.main(argv) == 0
    printed = capsys.readouterr().out
    assert "compared weights" in printed
    # Stories 01 and 02 fall in the first set, 00 in none; the compared weights keep all.
    rows = [
        line
        for line in printed.splitlines()
        if line.startswith(("  01-40 (2) |", "  other (1) |", "  all (3) |"))
    ]
    assert len(rows) == 3
    for row in rows:
        rules, compared, _ = row.split(" | ")[1:]
        assert rules == compared
    assert (
        script._set_of(script.Sample("corpus", "355-x.gold.json", [], [], [], [], 0)) == "351-360"
    )
