"""Train the learned warning decision (``understand/theme_decision.py``).

Reads every tuning story of the sample corpus (01-15, 31-40, 51-90; never the held-out 16-30
and 41-50) through the pipeline and ``themes.read_story``: the warnings its rules and notes
give, and, for every other warning of the vocabulary, a feature row (``theme_decision``),
labelled with whether the story's gold file lists that warning. Fits a logistic regression
(scikit-learn, L2, features standardised then folded back into the weights) and writes the
weights, the threshold and the Empath categories' training stats as JSON into the package.

The stage uses the decision only when the cross-validation shows it helps (``helps``: F1
and recall over all tags rise, precision falls by at most ``PRECISION_GIVE``): the JSON's
``enabled``.

The figures are grouped (by story) cross-validation, ``FOLDS`` folds, repeated over
``REPEATS`` shuffles of the stories: for each outer fold the category stats and the model
are fitted on the other folds, and the threshold is chosen by an inner cross-validation on
those folds alone (nested); the rules alone and the rules with the decision are scored on
the same held-back stories, per tag and in all. The shipped threshold is chosen the same way
(inner procedure on all the stories).

Deterministic (sorted files, fixed seeds); about a minute on one core.

Usage: python scripts/train_warning_decision.py [--corpus DIR] [--out FILE] [--show]
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np
from sklearn.linear_model import LogisticRegression
from sklearn.preprocessing import StandardScaler

from ficshelf.evaluation.gold import TUNING_STORIES, find_gold_files, load_gold
from ficshelf.ingest import read_document
from ficshelf.understand import analyze
from ficshelf.understand.theme_decision import FEATURES, category_values, switched_off
from ficshelf.understand.theme_features import CATEGORIES
from ficshelf.understand.themes import Reading, decision_rows, read_story
from ficshelf.vocabulary import WARNINGS

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / "examples" / "corpus"
OUT = ROOT / "src" / "ficshelf" / "understand" / "theme_decision.json"
FOLDS = 5
REPEATS = 5
SEED = 13
C = 0.5
# Train on every warning of every story (True) or only on those the rules miss (False).
EVERY = True
# How much precision the decision may cost for the recall it adds.
PRECISION_GIVE = 0.05
THRESHOLDS = tuple(round(0.20 + 0.05 * k, 2) for k in range(14))  # 0.20 .. 0.85


@dataclass(frozen=True)
class Story:
    """A tuning story: its name, what the stage reads of it, its gold warnings."""

    name: str
    reading: Reading
    gold: frozenset[str]

    @property
    def rule_tags(self) -> frozenset[str]:
        """The warnings the rules and notes give."""
        return frozenset(f.tag for f in self.reading.findings if f.tag in WARNINGS)


def corpus_stories(corpus: Path) -> list[Story]:
    """Return every tuning story of ``corpus`` that has a gold file."""
    stories = []
    for path in find_gold_files([corpus], TUNING_STORIES):
        gold = load_gold(path)
        source = Path(gold.source)
        with switched_off():  # what the rules give, whatever the shipped model
            analysis = analyze(read_document(str(source), source.read_bytes()))
        stories.append(Story(source.stem, read_story(analysis), frozenset(gold.warnings)))
    return stories


def category_stats(stories: Sequence[Story]) -> dict[str, list[list[float]]]:
    """Return, per Empath category, the mean and spread of its three values over
    ``stories``."""
    stats: dict[str, list[list[float]]] = {}
    for cat in CATEGORIES:
        values = np.asarray(
            [category_values(s.reading.counts[cat], s.reading.words) for s in stories]
        )
        stats[cat] = [
            [round(float(values[:, k].mean()), 6), round(float(values[:, k].std()) or 1.0, 6)]
            for k in range(3)
        ]
    return stats


def rows_of(
    stories: Sequence[Story], stats: dict[str, list[list[float]]], every: bool = False
) -> tuple[np.ndarray, np.ndarray, list[tuple[int, str]]]:
    """Return the feature rows, labels and (story index, tag) of every warning the rules of
    ``stories`` did not give (of every warning with ``every``)."""
    x, y, keys = [], [], []
    for i, s in enumerate(stories):
        for tag, row in decision_rows(s.reading, stats, every).items():
            x.append(row)
            y.append(int(tag in s.gold))
            keys.append((i, tag))
    return np.asarray(x, dtype=float), np.asarray(y, dtype=int), keys


def fit(x: np.ndarray, y: np.ndarray) -> tuple[list[float], float]:
    """Return weights and bias on the raw features (the scaling folded in)."""
    scaler = StandardScaler().fit(x)
    model = LogisticRegression(C=C, max_iter=5000, random_state=SEED)
    model.fit(scaler.transform(x), y)
    scale = np.where(scaler.scale_ > 0, scaler.scale_, 1.0)
    weights = model.coef_[0] / scale
    bias = float(model.intercept_[0] - np.sum(weights * scaler.mean_))
    return [float(w) for w in weights], bias


def _apply(x: np.ndarray, weights: Sequence[float], bias: float) -> np.ndarray:
    z = x @ np.asarray(weights) + bias
    return 1.0 / (1.0 + np.exp(-np.clip(z, -60, 60)))


def _folds(n: int, folds: int, seed: int) -> list[np.ndarray]:
    """Return the story indices of each fold, the stories dealt in a shuffled order."""
    order = np.random.RandomState(seed).permutation(n)
    return [np.sort(order[f::folds]) for f in range(folds)]


def predict(
    train: Sequence[Story], test: Sequence[Story], threshold: float
) -> list[frozenset[str]]:
    """Return the warnings of each ``test`` story: the rules' and those the decision fitted
    on ``train`` raises at ``threshold``."""
    stats = category_stats(train)
    x, y, _ = rows_of(train, stats, EVERY)
    out = [set(s.rule_tags) for s in test]
    if len(set(y.tolist())) < 2:
        return [frozenset(o) for o in out]
    weights, bias = fit(x, y)
    tx, _, keys = rows_of(test, stats)
    if len(keys):
        for p, (i, tag) in zip(_apply(tx, weights, bias), keys, strict=True):
            if p >= threshold:
                out[i].add(tag)
    return [frozenset(o) for o in out]


def _probabilities(train: Sequence[Story], test: Sequence[Story]) -> list[tuple[int, str, float]]:
    stats = category_stats(train)
    x, y, _ = rows_of(train, stats, EVERY)
    tx, _, keys = rows_of(test, stats)
    if len(set(y.tolist())) < 2 or not len(keys):
        return [(i, tag, 0.0) for i, tag in keys]
    weights, bias = fit(x, y)
    return [(i, t, float(p)) for p, (i, t) in zip(_apply(tx, weights, bias), keys, strict=True)]


def choose_threshold(stories: Sequence[Story], seed: int) -> float:
    """Return the threshold with the best F1 over all tags of the rules with the decision,
    cross-validated inside ``stories`` (folds by story)."""
    tallies = {t: [0, 0, 0] for t in THRESHOLDS}
    for fold in _folds(len(stories), FOLDS, seed):
        held = set(fold.tolist())
        train = [s for i, s in enumerate(stories) if i not in held]
        test = [stories[i] for i in sorted(held)]
        probs = _probabilities(train, test)
        for t in THRESHOLDS:
            predicted = [set(s.rule_tags) for s in test]
            for i, tag, p in probs:
                if p >= t:
                    predicted[i].add(tag)
            for s, pred in zip(test, predicted, strict=True):
                _count(tallies[t], s.gold, pred)
    return max(THRESHOLDS, key=lambda t: (round(_f1(*tallies[t])[2], 6), t))


def _count(counts: list[int], gold: frozenset[str], predicted: set[str] | frozenset[str]) -> None:
    counts[0] += len(gold & predicted)
    counts[1] += len(predicted - gold)
    counts[2] += len(gold - predicted)


def _f1(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def _line(label: str, counts: Sequence[int]) -> str:
    p, r, f = _f1(*counts)
    tp, fp, fn = counts
    return f"{label:<24} {tp:>4} {fp:>4} {fn:>4}   P {p:.3f}  R {r:.3f}  F1 {f:.3f}"


def cross_validate(stories: Sequence[Story], show: bool = False) -> tuple[list[int], list[int]]:
    """Print the nested, grouped cross-validation of the rules alone and with the decision;
    return their summed [tp, fp, fn] over all tags."""
    rules = {t: [0, 0, 0] for t in (*WARNINGS, "all")}
    model = {t: [0, 0, 0] for t in (*WARNINGS, "all")}
    chosen: list[float] = []
    raised: list[str] = []
    for r in range(REPEATS):
        for fold in _folds(len(stories), FOLDS, SEED + r):
            held = set(fold.tolist())
            train = [s for i, s in enumerate(stories) if i not in held]
            test = [stories[i] for i in sorted(held)]
            threshold = choose_threshold(train, SEED + 100 + r)
            chosen.append(threshold)
            for s, pred in zip(test, predict(train, test, threshold), strict=True):
                for tag in WARNINGS:
                    g = frozenset({tag}) & s.gold
                    _count(rules[tag], g, {tag} & s.rule_tags)
                    _count(model[tag], g, {tag} & pred)
                _count(rules["all"], s.gold, s.rule_tags)
                _count(model["all"], s.gold, pred)
                if r == 0:
                    raised += [
                        f"{s.name}: {'+' if t in s.gold else 'FALSE'} {t}"
                        for t in sorted(pred - s.rule_tags)
                    ]
    print(
        f"{len(stories)} tuning stories; nested grouped CV, {FOLDS} folds x {REPEATS} shuffles "
        f"(counts summed over shuffles); inner thresholds {min(chosen)}-{max(chosen)}"
    )
    print(f"{'tag':<24} {'tp':>4} {'fp':>4} {'fn':>4}")
    for tag in (*WARNINGS, "all"):
        print(_line(f"{tag} rules", rules[tag]))
        print(_line(f"{tag} +decision", model[tag]))
    if show:
        print("raised on held-back stories (first shuffle):")
        for line in raised:
            print("  " + line)
    return rules["all"], model["all"]


def helps(rules: Sequence[int], model: Sequence[int]) -> bool:
    """Whether the decision is worth using: over all tags its cross-validated F1 and recall
    rise, and its precision falls by no more than ``PRECISION_GIVE``."""
    p0, r0, f0 = _f1(*rules)
    p1, r1, f1 = _f1(*model)
    return f1 > f0 and r1 > r0 and p1 >= p0 - PRECISION_GIVE


def train(stories: Sequence[Story], rules: Sequence[int], model: Sequence[int]) -> dict[str, Any]:
    """Return the weights file's content: the decision fitted on all ``stories``, enabled
    when the cross-validated counts ``rules`` and ``model`` show it ``helps``. Raises
    ``ValueError`` when the stories hold only one label."""
    stats = category_stats(stories)
    x, y, _ = rows_of(stories, stats, EVERY)
    if len(set(y.tolist())) < 2:
        raise ValueError("need both labels to train")
    threshold = choose_threshold(stories, SEED)
    weights, bias = fit(x, y)
    print(f"fitted on {len(y)} story-warning rows ({int(y.sum())} gold); threshold {threshold}")
    return {
        "features": list(FEATURES),
        "weights": [round(w, 6) for w in weights],
        "bias": round(bias, 6),
        "threshold": threshold,
        "enabled": helps(rules, model),
        "cv_rules": list(rules),
        "cv_with_decision": list(model),
        "stats": stats,
        "trained_on": "tuning stories 01-15, 31-40, 51-90 (gold warnings)",
        "stories": len(stories),
    }


def main(argv: Sequence[str] | None = None) -> int:
    """Cross-validate, train and write the weights; return the exit status."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--corpus", type=Path, default=CORPUS)
    parser.add_argument("--out", type=Path, default=OUT)
    parser.add_argument("--show", action="store_true", help="list what the decision raises")
    args = parser.parse_args(argv)
    stories = corpus_stories(args.corpus)
    rules, model = cross_validate(stories, args.show)
    try:
        weights = train(stories, rules, model)
    except ValueError as exc:
        print(f"cannot train: {exc}", file=sys.stderr)
        return 1
    args.out.write_text(json.dumps(weights, indent=1) + "\n", encoding="utf-8")
    verdict = "enabled" if weights["enabled"] else "not enabled: it does not help"
    print(f"wrote {args.out} ({verdict})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
