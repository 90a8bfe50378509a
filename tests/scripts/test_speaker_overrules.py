"""Counting where the ranker overrules the sieve (scripts/speaker_overrules.py, round L31),
on made-up training quotes."""

from __future__ import annotations

from types import ModuleType

import numpy as np
import pytest

from script_loading import load_script


def _script() -> ModuleType:
    pytest.importorskip("sklearn")
    return load_script("speaker_overrules")


def _quote(script: ModuleType, labels: list[bool], sieve: int, rule: str, group: str) -> object:
    right = sieve >= 0 and labels[sieve]
    features: list[dict[str, float]] = [{} for _ in labels]
    return script.T.Quote(group, "corpus", features, labels, sieve, right, rule)


def test_each_overrule_is_put_to_who_was_right() -> None:
    script = _script()
    cases = [
        ([True, False], 0, 1, "sieve"),
        ([False, True], 0, 1, "ranker"),
        ([False, False, True], 0, 1, "both wrong"),
        ([True, True], 0, 1, "both right"),
        ([True, False], 0, 0, ""),  # the ranker kept the sieve's choice
        ([True, False], -1, 0, ""),  # the sieve chose no one: nothing overruled
    ]
    for labels, sieve, chosen, want in cases:
        assert script.outcome(_quote(script, labels, sieve, "recent", "a"), chosen) == want


def test_overrules_are_counted_by_rule_set_candidates_and_gap() -> None:
    script = _script()
    quotes = [
        _quote(script, [True, False], 0, "alternation", "a"),
        _quote(script, [False, True, False], 0, "recent", "b"),
        _quote(script, [True, False], 0, "recent", "b"),  # not overruled
    ]
    probs = np.array([0.3, 0.7, 0.1, 0.85, 0.05, 0.9, 0.1])
    chosen = [1, 1, 0]
    rows = script.overrules(quotes, probs, chosen, lambda q: f"set-{q.group}")
    assert rows["rule alternation"] == {"sieve": 1}
    assert rows["rule recent"] == {"ranker": 1}
    assert rows["set set-a"] == {"sieve": 1}
    assert rows["candidates 2"] == {"sieve": 1}
    assert rows["candidates 3"] == {"ranker": 1}
    assert rows["gap < 0.5"] == {"sieve": 1}  # 0.7 against 0.3
    assert rows["gap >= 0.5"] == {"ranker": 1}  # 0.85 against 0.1
    assert sum(sum(c.values()) for r, c in rows.items() if r.startswith("rule ")) == 2


def test_a_wider_margin_keeps_the_sieve_choice() -> None:
    script = _script()
    quotes = [
        _quote(script, [True, False], 0, "alternation", "a"),
        _quote(script, [False, True], 0, "alternation", "b"),
    ]
    probs = np.array([0.4, 0.6, 0.1, 0.9])
    narrow = script.right_by_set(quotes, probs, (), 0.05, lambda q: q.group)
    wide = script.right_by_set(quotes, probs, (), 0.3, lambda q: q.group)
    assert (narrow["a"], narrow["b"]) == (0, 1)
    assert (wide["a"], wide["b"]) == (1, 1)
    kept = script.right_by_set(quotes, probs, ("alternation",), 0.05, lambda q: q.group)
    assert (kept["a"], kept["b"]) == (1, 0)
