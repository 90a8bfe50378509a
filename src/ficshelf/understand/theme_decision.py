"""A learned decision that raises the warnings the cue rules miss.

The rules of ``themes`` (three hand-written lexicons and their context rules) find what they
were written from and little else. This module weighs, for every warning of the vocabulary a
story's rules did not give, the rules' own evidence together with an independent signal — how
densely the story uses that theme's vocabulary as fan fiction words it (``theme_features``:
Empath's categories) — and a few context features, and gives the probability that a careful
reader would tag it. The stage adds the tag when that probability reaches the threshold chosen
by cross-validation. It only adds: a tag the rules or an author's note give is kept as before.

Features (``FEATURES``), one row per story and warning:

* the rules' evidence for the tag: its strength (summed cue weight over the threshold, capped
  at 3), whether one sentence of narration shows it (a ``Tally.scene`` of ``themes.SCENE``),
  the share of its weight in the narration;
* Empath, over the tag's categories (``theme_features.TAG_CATEGORIES``), each standardised by
  the training stories' mean and spread (``category_stats`` in the JSON) and averaged: the
  density of hits in the whole story (per thousand words, smoothed by ``SMOOTH_WORDS`` so that
  a short text's one word is weak evidence), in the narration, and the hits of the densest
  scene (``theme_features.SCENE_SENTENCES`` sentences);
* the story: the share of it in dialogue and the density of negations;
* one indicator per warning (each tag's own base rate).

The weights (``theme_decision.json``) are trained by ``scripts/train_warning_decision.py``
with scikit-learn on the gold warnings of the tuning stories only (01-15, 31-40, 51-90);
applying them is a dot product and a sigmoid in plain Python.
"""

from __future__ import annotations

import json
import math
from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass
from functools import cache
from importlib import resources

from ficshelf.understand.theme_features import TAG_CATEGORIES, CategoryCounts
from ficshelf.vocabulary import WARNINGS

# Words added to a story's length before a density is taken: a scene of 200 words with one
# word of a theme is weak evidence, a novel chapter dense with them is not.
SMOOTH_WORDS = 400
STRENGTH_CAP = 3.0

FEATURES: tuple[str, ...] = (
    "rule_strength",
    "rule_scene",
    "rule_narrated",
    "empath_density",
    "empath_narrated",
    "empath_scene",
    "dialogue_share",
    "negations",
    *(f"tag={tag}" for tag in WARNINGS),
)


@dataclass(frozen=True, slots=True)
class RuleEvidence:
    """What the rules found for one tag: score over threshold, whether one narrated sentence
    shows it, and the share of its weight from the narration."""

    strength: float = 0.0
    scene: bool = False
    narrated: float = 0.0


def density(hits: int, words: int) -> float:
    """Return the smoothed log density of ``hits`` in a story of ``words`` words."""
    return math.log1p(1000.0 * hits / (words + SMOOTH_WORDS))


def category_values(counts: CategoryCounts, words: int) -> tuple[float, float, float]:
    """Return a category's raw (unstandardised) density, narration density and scene value."""
    return (
        density(counts.total, words),
        density(counts.narrated, words),
        math.log1p(counts.scene),
    )


def features(
    tag: str,
    rule: RuleEvidence,
    counts: Mapping[str, CategoryCounts],
    words: int,
    dialogue_share: float,
    negations: int,
    stats: Mapping[str, Sequence[Sequence[float]]],
) -> list[float]:
    """Return the feature row (``FEATURES``) of ``tag`` in a story of ``words`` words.

    ``stats`` holds, per Empath category, the training mean and spread of its three values
    (``category_values``); a category without stats counts as average (0). Raises
    ``KeyError`` for a tag outside the vocabulary."""
    cats = TAG_CATEGORIES[tag]
    z = [0.0, 0.0, 0.0]
    for cat in cats:
        values = category_values(counts[cat], words) if cat in counts else (0.0, 0.0, 0.0)
        mean_std = stats.get(cat)
        for k in range(3):
            if mean_std is not None:
                mean, std = mean_std[k]
                z[k] += (values[k] - mean) / (std or 1.0)
    z = [v / len(cats) for v in z]
    row = [
        min(rule.strength, STRENGTH_CAP),
        float(rule.scene),
        rule.narrated,
        *z,
        dialogue_share,
        density(negations, words),
    ]
    row += [float(tag == t) for t in WARNINGS]
    return row


@dataclass(frozen=True, slots=True)
class Decision:
    """The trained model: weights per feature (``FEATURES`` order), bias, the threshold a
    probability must reach to raise a tag, the Empath categories' training stats, and
    whether the training script's cross-validation showed it helps (``enabled``: the stage
    uses it only then)."""

    weights: tuple[float, ...]
    bias: float
    threshold: float
    stats: Mapping[str, Sequence[Sequence[float]]]
    enabled: bool = False

    def probability(self, row: Sequence[float]) -> float:
        """Return the model's probability for a feature row."""
        z = self.bias + sum(w * x for w, x in zip(self.weights, row, strict=True))
        return 1.0 / (1.0 + math.exp(-z)) if z > -60 else 0.0


_OFF: ContextVar[bool] = ContextVar("theme_decision_off", default=False)
_ON: ContextVar[bool] = ContextVar("theme_decision_on", default=False)


@contextmanager
def switched_off() -> Iterator[None]:
    """Run the block with the decision off: the stage gives what its rules and notes give
    (for training the decision, and for measuring the rules alone)."""
    token = _OFF.set(True)
    try:
        yield
    finally:
        _OFF.reset(token)


@contextmanager
def switched_on() -> Iterator[None]:
    """Run the block with the shipped model in use even when it is not enabled (to measure
    what it would do)."""
    token = _ON.set(True)
    try:
        yield
    finally:
        _ON.reset(token)


def active() -> Decision | None:
    """Return the shipped model when it is enabled (its training showed it helps), or
    ``None``; ``None`` inside ``switched_off``."""
    if _OFF.get():
        return None
    model = load()
    return model if model.enabled or _ON.get() else None


@cache
def load() -> Decision:
    """Return the shipped model (``theme_decision.json``). Raises ``ValueError`` when its
    features are not ``FEATURES`` (a model trained for other features)."""
    raw = resources.files("ficshelf.understand").joinpath("theme_decision.json").read_text()
    data = json.loads(raw)
    if tuple(data["features"]) != FEATURES:
        raise ValueError("theme_decision.json was trained for other features; retrain it")
    return Decision(
        weights=tuple(float(w) for w in data["weights"]),
        bias=float(data["bias"]),
        threshold=float(data["threshold"]),
        stats={k: [list(map(float, v)) for v in vs] for k, vs in data["stats"].items()},
        enabled=bool(data["enabled"]),
    )
