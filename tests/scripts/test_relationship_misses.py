"""The missed-relationship sorting (scripts/relationship_misses.py)."""

from __future__ import annotations

from types import ModuleType

from ficshelf.understand.relationship_tally import Pair
from ficshelf.understand.relationships import Relationship
from script_loading import load_script


def _script() -> ModuleType:
    return load_script("relationship_misses")


def _decided(kind: str, listed: bool) -> tuple[Relationship, bool]:
    return Relationship("Ansel", "Bryony", kind, "background", 0.5, ()), listed


def test_a_side_the_characters_stage_did_not_find_is_the_cause() -> None:
    cause = _script().cause
    assert cause("family", (["Ansel"], []), {}, {}) == ("character", "")


def test_each_step_the_pair_did_not_reach_is_its_cause() -> None:
    cause = _script().cause
    key = ("Ansel", "Bryony")
    sides = (["Bryony"], ["Ansel"])
    assert cause("family", sides, {}, {})[0] == "no pair"
    assert cause("family", sides, {key: Pair(paragraphs=1.0)}, {})[0] == "no kind"
    friends = Pair(paragraphs=5.0, exchanges=3)
    assert cause("family", sides, {key: friends}, {key: _decided("platonic", True)}) == (
        "wrong kind",
        "Ansel / Bryony",
    )
    assert cause("platonic", sides, {key: friends}, {key: _decided("platonic", False)})[0] == (
        "dropped"
    )
    assert cause("platonic", sides, {key: friends}, {key: _decided("platonic", True)})[0] == (
        "listed"
    )


def test_of_two_names_for_one_side_the_closer_pair_decides() -> None:
    cause = _script().cause
    pairs = {("Ansel", "Bryony"): Pair(paragraphs=5.0, exchanges=3)}
    decided = {("Ansel", "Bryony"): _decided("platonic", False)}
    sides = (["Ansel", "Mr. Ashdown"], ["Bryony"])
    assert cause("platonic", sides, pairs, decided) == ("dropped", "Ansel / Bryony")


def test_a_tally_prints_the_counts_the_rules_weigh() -> None:
    tally = _script().tally
    assert tally(None) == ""
    seen = Pair(paragraphs=2.5, present=1.0, exchanges=3, family=1.0, canon="family")
    seen.scenes.update({0, 2})
    line = tally(seen)
    assert "paragraphs 2.5 (present 1)" in line
    assert "exchanges 3" in line and "family 1" in line
    assert "canon family, scenes 2" in line
    assert "canon -" in tally(Pair())
