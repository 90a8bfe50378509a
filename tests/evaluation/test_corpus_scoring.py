"""Scoring analyze --json objects against gold stories, one story and a corpus."""

from __future__ import annotations

import copy
import dataclasses
from pathlib import Path
from typing import Any

import pytest

from ficshelf.evaluation.corpus import ACCURACY_FIELDS, PRF_FIELDS, evaluate, score_story
from ficshelf.evaluation.gold import GoldStory, find_gold_files, load_gold
from ficshelf.evaluation.scores import Accuracy, Counts


def perfect(gold: GoldStory) -> dict[str, Any]:
    """The analyze --json object a perfect pipeline would print for ``gold``."""
    return {
        "title": gold.title,
        "authors": list(gold.authors),
        "fandoms": [{"name": f, "confidence": 1.0, "evidence": []} for f in gold.fandoms],
        "pov": {"value": gold.pov, "confidence": 1.0},
        "tense": {"value": gold.tense, "confidence": 1.0},
        "narrator": gold.narrator,
        "characters": [
            {"name": c.name, "aliases": list(c.aliases), "mentions": 1, "quotes": 0}
            for c in gold.characters
        ],
        "relationships": [
            {"characters": list(r.characters), "kind": r.kind, "prominence": r.prominence}
            for r in gold.relationships
        ],
        "warnings": [{"tag": w, "confidence": 1.0, "evidence": []} for w in gold.warnings],
        "rating": gold.rating,
        "rating_confidence": 1.0,
        "notes": [{"kind": n.kind, "text": n.text, "start": 0, "end": 0} for n in gold.notes],
        "quotes": [{"text": q.text, "speaker": q.speaker} for q in gold.quotes],
    }


@pytest.fixture(scope="module")
def ferry(corpus_dir: Path) -> GoldStory:
    return load_gold(corpus_dir / "01-ferrymans-fee.gold.json")


def test_a_perfect_prediction_scores_one_everywhere(corpus_dir: Path) -> None:
    golds = {load_gold(p).source: load_gold(p) for p in find_gold_files([corpus_dir])}
    result = evaluate(sorted(find_gold_files([corpus_dir])), lambda src: perfect(golds[src]))
    counts, accuracy = result.total()
    for name in PRF_FIELDS:
        assert counts[name].fp == counts[name].fn == 0 and counts[name].tp > 0, name
    for name in ACCURACY_FIELDS:
        assert accuracy[name].value == 1.0, name
    assert result.to_dict()["stories"] == 420


def test_an_empty_prediction_misses_everything(ferry: GoldStory) -> None:
    score = score_story(ferry, {})
    assert score.counts["quotes"] == Counts(0, 0, len(ferry.quotes))
    assert score.counts["characters"] == Counts(0, 0, len(ferry.characters))
    assert score.accuracy["pov"] == Accuracy(0, 1)
    assert score.accuracy["narrator"] == Accuracy(1, 1)  # no narrator, none predicted
    assert score.accuracy["speakers"] == Accuracy(0, 0)


def test_each_mistake_costs_exactly_its_count(ferry: GoldStory) -> None:
    pred = perfect(ferry)
    pred["title"] = "The Ferryman"
    pred["quotes"] = copy.deepcopy(pred["quotes"][1:]) + [{"text": "Boo!", "speaker": None}]
    pred["quotes"][0]["speaker"] = "the ferryman"  # gold: Orpheus
    pred["characters"] = [c for c in pred["characters"] if c["name"] != "Cerberus"]
    pred["characters"].append({"name": "Charon", "aliases": ["Charon"]})
    pred["pov"] = {"value": "first", "confidence": 0.6}
    pred["tense"] = {"value": "present", "confidence": 0.0}  # the default: not a decision
    pred["relationships"][0]["kind"] = "platonic"
    pred["relationships"][1]["prominence"] = "major"
    score = score_story(ferry, pred)
    assert score.counts["title"] == Counts(0, 1, 1)
    assert score.counts["quotes"] == Counts(len(ferry.quotes) - 1, 1, 1)
    assert score.accuracy["speakers"] == Accuracy(len(ferry.quotes) - 2, len(ferry.quotes) - 1)
    assert score.counts["characters"] == Counts(len(ferry.characters) - 1, 1, 1)
    assert score.errors["characters"] == {
        "missed": ["Cerberus (mentioned)"],
        "spurious": ["Charon"],
    }
    assert score.accuracy["pov"] == Accuracy(0, 1)
    assert score.accuracy["tense"] == Accuracy(0, 1)
    assert score.counts["relationships"] == Counts(1, 1, 1)
    assert score.accuracy["relationship prominence"] == Accuracy(0, 1)
    assert score.errors["speakers"][0]["gold"] == "Orpheus"


def test_names_match_through_aliases(ferry: GoldStory) -> None:
    pred = perfect(ferry)
    # Canonical names the pipeline chose differently; speakers use those names.
    for c in pred["characters"]:
        if c["name"] == "the ferryman":
            c["name"], c["aliases"] = "Charon", ["Charon", "the ferryman"]
    for q in pred["quotes"]:
        if q["speaker"] == "the ferryman":
            q["speaker"] = "Charon"
    score = score_story(ferry, pred)
    assert score.counts["characters"].fp == 0
    assert score.accuracy["speakers"].value == 1.0


@pytest.mark.parametrize(
    ("gold_name", "predicted_name", "right"),
    [
        # Two spellings of one canon the fandom table knows.
        ("Carmilla - Sheridan Le Fanu", "Carmilla - J. Sheridan Le Fanu", True),
        ("Othello - William Shakespeare", "Othello - Shakespeare", True),
        ("Tarzan of the Apes - Edgar Rice Burroughs", "Tarzan - Edgar Rice Burroughs", True),
        # Another known canon; names the table does not know, compared by their titles.
        ("Carmilla - Sheridan Le Fanu", "Dracula - Bram Stoker", False),
        ("The Quiet Orchard - A. Writer", "the quiet orchard - a. writer", True),
        ("The Quiet Orchard - A. Writer", "The Quiet Orchard", True),
        ("The Quiet Orchard - A. Writer", "Quiet Orchards", False),
        ("The Quiet Orchard - A. Writer", "The Loud Orchard - A. Writer", False),
    ],
)
def test_fandoms_match_by_their_table_name(
    ferry: GoldStory, gold_name: str, predicted_name: str, right: bool
) -> None:
    gold = dataclasses.replace(ferry, fandoms=(gold_name,))
    pred = perfect(gold)
    pred["fandoms"] = [{"name": predicted_name, "confidence": 1.0, "evidence": []}]
    assert (score_story(gold, pred).counts["fandoms"].tp == 1) is right


def test_given_notes_count_as_notes(corpus_dir: Path) -> None:
    gold = load_gold(corpus_dir / "12-greenwood-debts.gold.json")
    pred = perfect(gold)
    pred["given_notes"], pred["notes"] = pred["notes"], []
    assert score_story(gold, pred).counts["notes"].f1 == 1.0


def test_a_story_that_cannot_be_read_is_all_missed(tmp_path: Path) -> None:
    gold = tmp_path / "gone.gold.json"
    gold.write_text('{"source": "gone.txt", "quotes": [{"text": "Hi", "speaker": "A"}]}', "utf-8")
    result = evaluate([gold])
    [story] = result.stories
    assert story.failure and "gone.txt" in story.failure
    assert story.counts["quotes"] == Counts(0, 0, 1)
    assert result.to_dict()["failures"] == 1


def test_the_real_pipeline_is_scored(corpus_dir: Path) -> None:
    result = evaluate([corpus_dir / "01-ferrymans-fee.gold.json"])
    [story] = result.stories
    assert story.failure is None
    assert story.counts["title"] == Counts(1, 0, 0)
    data = result.to_dict()
    assert set(data["fields"]) == set(PRF_FIELDS)
    assert data["per_story"][0]["story"] == "01-ferrymans-fee"
