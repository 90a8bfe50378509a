"""The learned speaker ranker: a softmax over each quote's candidate speakers.

The weights ship in ``speaker_ranker.json`` next to this module, written by
``scripts/train_speaker_ranker.py`` (trained on LitBank, Bamman et al., CC BY 4.0, and the
sample corpus's tuning stories; see docs/speakers.md). A candidate's score is the dot
product of the weights with its sparse features (``speaker_features``); its probability is
the softmax of the scores over the quote's candidates. Plain Python: no numerical library
at run time.

The JSON holds ``weights`` (feature name to weight; a name ending in ``@<context>`` only
counts in that context, see ``speaker_vectors.expanded``), ``margin`` (how much more
probable than the sieve's choice the ranker's must be to replace it), ``threshold`` (how
probable at least), ``kept_rules`` (the sieve rules it leaves alone) and ``trained`` (what
data and figures produced it, for the record).
"""

from __future__ import annotations

import json
import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from functools import cache
from importlib.resources import files
from typing import Any

from ficshelf.understand.speaker_vectors import Candidate, dot, merged_weights, vetoed

WEIGHTS_FILE = "speaker_ranker.json"
# The most confidence a quote's kind of evidence allows (``speaker_quote_contexts.evidence_kind``):
# turn-taking alone is right about two times in three, whatever the softmax says.
CONFIDENCE_CAP = {"tag": 1.0, "beat": 0.75, "turn": 0.65, "none": 0.65}


@dataclass
class Ranker:
    """A linear softmax ranker: ``weights`` per feature, the ``margin`` of probability by
    which its choice must beat the sieve's to replace it, the ``threshold`` of probability
    below which it does not replace the sieve's choice at all, and the sieve rules whose
    choices it never replaces (``kept_rules``: those that read an explicit cue, such as a speech
    tag or a name the next reply calls)."""

    weights: Mapping[str, float]
    margin: float = 0.0
    threshold: float = 0.0
    kept_rules: frozenset[str] = frozenset()
    _merged: dict[tuple[str, bool], dict[str, float]] = field(default_factory=dict, repr=False)

    def _weights(self, candidate: Candidate) -> dict[str, float]:
        key = (candidate.context, candidate.guessed)
        merged = self._merged.get(key)
        if merged is None:
            merged = self._merged[key] = merged_weights(self.weights, *key)
        return merged

    def probabilities(self, candidates: Sequence[Candidate]) -> list[float]:
        """Return the probability of each candidate (softmax of its score), in order; an
        empty list for no candidates."""
        if not candidates:
            return []
        scores = [dot(self._weights(c), c.features) for c in candidates]
        top = max(scores)
        exps = [math.exp(s - top) for s in scores]
        total = sum(exps)
        return [e / total for e in exps]

    def choose(self, candidates: Sequence[Candidate], sieve: str, rule: str) -> tuple[str, float]:
        """Return the speaker to give a quote and its probability: the most probable
        candidate that is not vetoed (``speaker_vectors.vetoed``), unless the sieve's
        choice ``sieve`` (made by ``rule``) is a candidate less than ``margin`` less
        probable, or the best is less probable than ``threshold``, or a kept rule made the
        sieve's choice: then that stays. ("", 0) when every
        candidate is vetoed or there are none."""
        probs: list[float] | None = None
        if sieve and rule in self.kept_rules:
            probs = self.probabilities(candidates)
            for candidate, p in zip(candidates, probs, strict=True):
                if candidate.name == sieve:
                    return sieve, p
        allowed = [c for c in candidates if not vetoed(c.features)]
        if probs is None or len(allowed) != len(candidates):
            # (with none vetoed, ``allowed`` is ``candidates`` in order: the same softmax)
            probs = self.probabilities(allowed)
        if not probs:
            return "", 0.0
        k = max(range(len(probs)), key=probs.__getitem__)
        for j, candidate in enumerate(allowed):
            close = probs[j] + self.margin > probs[k] or probs[k] < self.threshold
            if candidate.name == sieve and close:
                return sieve, probs[j]
        return allowed[k].name, probs[k]


def ranker_from_dict(data: Mapping[str, Any]) -> Ranker:
    """Return the ranker a weights object describes.

    Raises ``ValueError`` when ``weights`` is missing or not a map of numbers."""
    weights = data.get("weights")
    if not isinstance(weights, dict) or not all(
        isinstance(v, int | float) for v in weights.values()
    ):
        raise ValueError("speaker ranker: 'weights' must map feature names to numbers")
    return Ranker(
        {str(k): float(v) for k, v in weights.items()},
        float(data.get("margin", 0)),
        float(data.get("threshold", 0)),
        frozenset(str(rule) for rule in data.get("kept_rules", ())),
    )


@cache
def shipped_ranker() -> Ranker | None:
    """Return the ranker whose weights ship with the package, or ``None`` when the weights
    file is absent (the stage then keeps the sieve's choices). Raises ``ValueError`` for a
    malformed weights file."""
    resource = files(__package__).joinpath(WEIGHTS_FILE)
    if not resource.is_file():
        return None
    return ranker_from_dict(json.loads(resource.read_text(encoding="utf-8")))
