"""Scoring as if the canon were new: the story's gold fandoms left out of the table."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from ficshelf.evaluation.gold import load_gold
from ficshelf.evaluation.unseen_canon import (
    canon_left_out,
    known_canons,
    unseen_canon_analyzer,
)
from ficshelf.understand.fandom_names import find_fandom

AUSTEN = "Pride and Prejudice - Jane Austen"
DICKENS = "Bleak House - Charles Dickens"


def _gold(tmp_path: Path, name: str, fandoms: list[str]) -> Path:
    (tmp_path / f"{name}.txt").write_text("The tide came in.\n", encoding="utf-8")
    data = {"source": f"{name}.txt", "fandoms": fandoms}
    path = tmp_path / f"{name}.gold.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    return path


def test_known_canons_are_the_table_names_of_the_known_fandoms() -> None:
    found = known_canons([AUSTEN, "A Canon Nobody Has Written - Nobody"])
    assert len(found) == 1
    (name,) = found
    austen = find_fandom(AUSTEN)
    assert austen is not None and name == austen.name


def test_only_the_gold_canons_are_left_out_and_only_inside(tmp_path: Path) -> None:
    gold = load_gold(_gold(tmp_path, "61-crossing", [AUSTEN]))
    with canon_left_out(gold) as left_out:
        assert len(left_out) == 1
        assert find_fandom(AUSTEN) is None
        assert find_fandom(DICKENS) is not None
    assert find_fandom(AUSTEN) is not None


def test_a_new_canon_leaves_the_table_whole(tmp_path: Path) -> None:
    gold = load_gold(_gold(tmp_path, "61-crossing", ["A Canon Nobody Has Written - Nobody"]))
    with canon_left_out(gold) as left_out:
        assert left_out == frozenset()
        assert find_fandom(AUSTEN) is not None


def test_the_analyzer_runs_each_story_under_its_own_gold(tmp_path: Path) -> None:
    golds = [
        load_gold(_gold(tmp_path, "61-a", [AUSTEN])),
        load_gold(_gold(tmp_path, "62-b", [DICKENS])),
    ]
    seen: dict[str, tuple[bool, bool]] = {}

    def spy(source: Path) -> dict[str, object]:
        seen[source.name] = (find_fandom(AUSTEN) is None, find_fandom(DICKENS) is None)
        return {}

    analyse = unseen_canon_analyzer(golds, spy)
    for gold in golds:
        analyse(gold.source)
    assert seen == {"61-a.txt": (True, False), "62-b.txt": (False, True)}
    with pytest.raises(KeyError):
        analyse(tmp_path / "63-c.txt")
