"""The round-S18 comparison of speaker rankers (scripts/compare_speaker_models.py)."""

from __future__ import annotations

from types import ModuleType

import numpy as np
import pytest

from ficshelf.understand.speaker_vectors import Candidate, expanded
from script_loading import load_script


def _script() -> ModuleType:
    pytest.importorskip("sklearn")
    return load_script("compare_speaker_models")


def _quotes(script: ModuleType, count: int) -> list[object]:
    """Made-up quotes of two candidates: the one "near" the quote speaks, unless "far"
    is large; one quote in five has the speaker among neither (no right candidate)."""
    out = []
    for k in range(count):
        near = Candidate("Ada", {"near": 1.0, "far": float(k % 3)}, context="tag")
        other = Candidate("Bo", {"far": 1.0, "turn_minus_1": 1.0}, context="turn", guessed=True)
        labels = [k % 3 != 2, k % 3 == 2] if k % 5 else [False, False]
        out.append(
            script.T.Quote(
                f"file{k % 10}",
                "corpus",
                [expanded(near), expanded(other)],
                labels,
                0,
                labels[0],
                "alternation",
            )
        )
    return out


def test_context_of_undoes_the_expansion() -> None:
    script = _script()
    candidate = Candidate("Ada", {"near": 1.0, "turn_minus_1": 2.0}, "beat_bare", True)
    context, guessed, plain = script.context_of(expanded(candidate))
    assert (context, guessed, plain) == ("beat_bare", True, candidate.features)


def test_rows_hold_each_feature_and_its_gap_to_the_best_candidate() -> None:
    script = _script()
    quotes = _quotes(script, 2)
    names = script.names_of(quotes)
    assert names == ["far", "near", "turn_minus_1"]
    rows = script.Rows(quotes[1:], names)
    m = len(names)
    # "far": Ada 1, Bo 1 -> gaps 0, 0; "near": Ada 1, Bo 0 -> gaps 0, -1; "turn_minus_1"
    assert rows.x[:, :m].tolist() == [[1.0, 1.0, 0.0], [1.0, 0.0, 1.0]]
    assert rows.x[:, m : 2 * m].tolist() == [[0.0, 0.0, -1.0], [0.0, -1.0, 0.0]]
    assert rows.x[0, 2 * m + script.CONTEXTS.index("tag")] == 1.0
    assert rows.x[1, 2 * m + len(script.CONTEXTS) + 1] == 1.0  # guessed paragraphs
    assert rows.x[:, -1].tolist() == [2.0, 2.0]  # candidates of the quote
    assert not script.Rows(quotes[:1], names).usable.any()  # no right candidate


def test_crossed_adds_the_product_and_its_context_copy() -> None:
    script = _script()
    quote = script.crossed(_quotes(script, 2)[1:], [("far", "near")])[0]
    assert quote.features[0]["far*near"] == 1.0
    assert quote.features[0]["far*near@tag"] == 1.0
    assert "far*near" not in quote.features[1]


def test_every_model_gives_each_quote_probabilities_that_sum_to_one() -> None:
    script = _script()
    quotes = _quotes(script, 60)
    groups = [q.group for q in quotes]
    for model in (
        script.linear_model(),
        script.tree_model(trees=5, leaves=3, min_leaf=2),
        script.blend_model(0.5, trees=5, leaves=3, min_leaf=2),
    ):
        probs = script.out_of_fold(quotes, groups, model)
        sums = probs.reshape(-1, 2).sum(axis=1)
        assert np.allclose(sums, 1.0)
        # the near candidate is the likelier when "far" is 0
        assert probs[0] > probs[1]
