"""The missed-relationship sorting (scripts/relationship_misses.py)."""

from __future__ import annotations

import json
from pathlib import Path
from types import ModuleType

from ficshelf.evaluation.gold import load_gold
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


def test_unseen_canon_judges_the_story_without_its_canon(tmp_path: Path) -> None:
    """A couple the canon knows and the story only shows talking: found with the canon,
    missed (no cue of love) when the table has not met it."""
    (tmp_path / "61-walk.txt").write_text(
        '"You walked three miles in the mud," said Mr. Darcy.\n\n'
        '"I did," said Elizabeth Bennet. "My sister was ill."\n\n'
        '"Your sister is better?" Mr. Darcy asked.\n\n'
        '"She is better, thank you," said Elizabeth Bennet.\n',
        encoding="utf-8",
    )
    gold = {
        "source": "61-walk.txt",
        "fandoms": ["Pride and Prejudice - Jane Austen"],
        "characters": [
            {"name": "Fitzwilliam Darcy", "aliases": ["Mr. Darcy"]},
            {"name": "Elizabeth Bennet"},
        ],
        "relationships": [
            {
                "characters": ["Fitzwilliam Darcy", "Elizabeth Bennet"],
                "kind": "romantic",
                "prominence": "major",
            }
        ],
    }
    path = tmp_path / "61-walk.gold.json"
    path.write_text(json.dumps(gold), encoding="utf-8")
    script = _script()
    story = load_gold(path)
    assert script.story_misses(story) == []
    (missed,) = script.story_misses(story, unseen_canon=True)
    assert missed[0] == "romantic major: Fitzwilliam Darcy & Elizabeth Bennet"
    assert missed[1] != "character"
