"""The learned warning decision (``theme_decision``): its feature rows, its scoring, the
shipped model and its verdict, and how the stage uses a model that is enabled."""

from __future__ import annotations

import json
import math
from importlib import resources

import pytest
from theme_probes import analysed

from ficshelf.understand import theme_decision as decision
from ficshelf.understand.theme_decision import FEATURES, Decision, RuleEvidence, features
from ficshelf.understand.theme_features import CATEGORIES, CategoryCounts
from ficshelf.vocabulary import WARNINGS

# A scene whose words Empath files under alcohol, with none of the rules' alcohol cues.
BAR = (
    "The house on Larch Street had a green door.\n\n"
    "The saloon patron ordered a chardonnay, and the bartender offered a malt instead.\n"
)


def _stats() -> dict[str, list[list[float]]]:
    return {c: [[0.0, 1.0], [0.0, 1.0], [0.0, 1.0]] for c in CATEGORIES}


def test_a_row_holds_every_feature_and_names_its_tag() -> None:
    counts = {c: CategoryCounts() for c in CATEGORIES}
    counts["alcohol"] = CategoryCounts(total=6, narrated=4, scene=3)
    row = features("alcohol", RuleEvidence(5.0, True, 0.5), counts, 600, 0.25, 2, _stats())
    assert len(row) == len(FEATURES)
    named = dict(zip(FEATURES, row, strict=True))
    assert named["rule_strength"] == 3.0  # capped
    assert named["rule_scene"] == 1.0
    assert named["empath_density"] == pytest.approx(math.log1p(6.0))
    assert named["empath_scene"] == pytest.approx(math.log1p(3))
    assert named["tag=alcohol"] == 1.0
    assert sum(named[f"tag={t}"] for t in WARNINGS) == 1.0


def test_the_probability_is_a_sigmoid_of_the_weighted_row() -> None:
    model = Decision((1.0, -2.0), 0.5, 0.5, {}, True)
    assert model.probability([1.0, 1.0]) == pytest.approx(1 / (1 + math.exp(0.5)))
    assert model.probability([-100.0, 0.0]) == 0.0


def test_the_shipped_model_fits_the_features_and_records_its_verdict() -> None:
    raw = resources.files("ficshelf.understand").joinpath("theme_decision.json").read_text()
    data = json.loads(raw)
    model = decision.load()
    assert len(model.weights) == len(FEATURES)
    assert 0.0 < model.threshold < 1.0
    assert set(model.stats) == set(CATEGORIES)

    def f1(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
        p, r = tp / (tp + fp), tp / (tp + fn)
        return p, r, 2 * p * r / (p + r)

    (p0, r0, f0), (p1, r1, f1_) = f1(*data["cv_rules"]), f1(*data["cv_with_decision"])
    # enabled exactly when cross-validation showed F1 and recall rise without precision collapsing
    assert model.enabled == (f1_ > f0 and r1 > r0 and p1 >= p0 - 0.05)


def test_an_enabled_model_raises_a_tag_with_its_densest_scene_as_evidence(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    with decision.switched_off():
        assert not {s.label for s in analysed(BAR).layer("warnings")}
    weights = [0.0] * len(FEATURES)
    weights[FEATURES.index("empath_scene")] = 4.0
    weights[FEATURES.index("tag=alcohol")] = 2.0
    model = Decision(tuple(weights), -6.0, 0.5, _stats(), True)
    monkeypatch.setattr(decision, "load", lambda: model)
    analysis = analysed(BAR)
    raised = [s for s in analysis.layer("warnings") if s.label == "alcohol"]
    assert raised, "the model raises alcohol"
    assert {s.label for s in analysis.layer("warnings")} == {"alcohol"}
    assert all(s.score == raised[0].score and 0.5 <= s.score < 1.0 for s in raised)
    assert "chardonnay" in analysis.text[raised[0].start : raised[-1].end]
    # the rating follows the warning: drink is Teen on AO3's scale
    (rating,) = analysis.layer("rating")
    assert rating.label == "Teen"
    with decision.switched_off():
        assert not {s.label for s in analysed(BAR).layer("warnings")}


def test_a_model_that_is_not_enabled_changes_nothing(monkeypatch: pytest.MonkeyPatch) -> None:
    weights = [0.0] * len(FEATURES)
    model = Decision(tuple(weights), 10.0, 0.5, _stats(), False)  # would raise everything
    monkeypatch.setattr(decision, "load", lambda: model)
    assert not {s.label for s in analysed(BAR).layer("warnings")}
    with decision.switched_on():
        raised = {s.label for s in analysed(BAR).layer("warnings")}
    # every tag with a sentence to show for it (a tally or a scene of its categories)
    assert "alcohol" in raised
