"""ficshelf eval on the command line: gold corpora, subsets, LitBank."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner
from litbank_builders import make_litbank

from ficshelf.cli import cli


@pytest.fixture
def runner() -> CliRunner:
    return CliRunner()


def test_eval_scores_a_subset(runner: CliRunner, corpus_dir: Path) -> None:
    result = runner.invoke(cli, ["eval", str(corpus_dir), "--match", "*/01-*", "--json"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    assert data["stories"] == 1
    assert data["per_story"][0]["story"] == "01-ferrymans-fee"
    assert data["fields"]["title"]["f1"] == 1.0
    text = runner.invoke(cli, ["eval", str(corpus_dir), "--match", "*/0[12]-*", "--errors"])
    assert text.exit_code == 0, text.output
    assert "Gold corpus: 2 stories" in text.output
    assert "01-ferrymans-fee" in text.output and "02-yellow-road" in text.output


def test_eval_without_gold_files_is_a_usage_error(runner: CliRunner, tmp_path: Path) -> None:
    result = runner.invoke(cli, ["eval", str(tmp_path)])
    assert result.exit_code == 2
    assert f"no gold files (*.gold.json) found in {tmp_path}" in result.output


def test_eval_names_the_patterns_that_matched_nothing(
    runner: CliRunner, corpus_dir: Path, tmp_path: Path
) -> None:
    args = ["eval", str(corpus_dir), str(tmp_path), "--match", "*/nomatch*", "--match", "*/zz*"]
    result = runner.invoke(cli, args)
    assert result.exit_code == 2
    assert (
        f"no gold files (*.gold.json) found in {corpus_dir}, {tmp_path}"
        " matching '*/nomatch*' or '*/zz*'"
    ) in result.output
    split = runner.invoke(
        cli, ["eval", str(corpus_dir), "--match", "*/01-*", "--split", "held-out"]
    )
    assert split.exit_code == 2 and "matching '*/01-*' in the held-out split" in split.output


def test_eval_recognises_litbank(runner: CliRunner, tmp_path: Path) -> None:
    root = make_litbank(tmp_path / "lb", [f"{i:02d}" for i in range(22)])
    both = runner.invoke(cli, ["eval", str(root)])
    assert both.exit_code == 0, both.output
    assert "LitBank dev: 2 samples" in both.output and "LitBank test: 20 samples" in both.output
    test = runner.invoke(cli, ["eval", str(root), "--split", "test", "--json"])
    data = json.loads(test.output)
    assert list(data) == ["test"] and data["test"]["docs"] == 20


def test_eval_scores_the_sample_corpus_split(runner: CliRunner, tmp_path: Path) -> None:
    for name in ("01-ferry", "16-lantern", "41-orchard", "61-quay"):
        (tmp_path / f"{name}.txt").write_text("The tide came in.\n", encoding="utf-8")
        gold = {"source": f"{name}.txt", "pov": "third", "tense": "past"}
        (tmp_path / f"{name}.gold.json").write_text(json.dumps(gold), encoding="utf-8")
    stories = {}
    for split in ("tuning", "held-out"):
        result = runner.invoke(cli, ["eval", str(tmp_path), "--split", split, "--json"])
        assert result.exit_code == 0, result.output
        stories[split] = [s["story"] for s in json.loads(result.output)["per_story"]]
    assert stories == {"tuning": ["01-ferry", "61-quay"], "held-out": ["16-lantern", "41-orchard"]}
    matched = runner.invoke(
        cli, ["eval", str(tmp_path), "--split", "tuning", "--match", "*/6*", "--json"]
    )
    assert [s["story"] for s in json.loads(matched.output)["per_story"]] == ["61-quay"]


def test_eval_rejects_a_split_of_the_other_kind(runner: CliRunner, tmp_path: Path) -> None:
    (tmp_path / "01-ferry.gold.json").write_text('{"source": "01-ferry.txt"}', encoding="utf-8")
    corpus = runner.invoke(cli, ["eval", str(tmp_path), "--split", "dev"])
    assert corpus.exit_code == 2 and "for LitBank" in corpus.output
    root = make_litbank(tmp_path / "lb", [f"{i:02d}" for i in range(22)])
    litbank = runner.invoke(cli, ["eval", str(root), "--split", "tuning"])
    assert litbank.exit_code == 2 and "not of LitBank" in litbank.output


def test_eval_unseen_canon_leaves_the_story_canon_out(runner: CliRunner, tmp_path: Path) -> None:
    """The story's canon is found from its cast; with --unseen-canon the table has not met
    that canon, so nothing names it (and the table is whole again afterwards)."""
    story = (
        '"You are late," said Elizabeth Bennet.\n\n"The roads," said Mr. Darcy.\n\n'
        "Jane Bennet smiled at Mr. Bingley, and Charlotte Lucas laughed at them all.\n"
    )
    (tmp_path / "61-assembly.txt").write_text(story, encoding="utf-8")
    gold = {"source": "61-assembly.txt", "fandoms": ["Pride and Prejudice - Jane Austen"]}
    (tmp_path / "61-assembly.gold.json").write_text(json.dumps(gold), encoding="utf-8")
    fandom_f1 = []
    for flags in ([], ["--unseen-canon"], []):
        result = runner.invoke(cli, ["eval", str(tmp_path), "--json", *flags])
        assert result.exit_code == 0, result.output
        fandom_f1.append(json.loads(result.output)["fields"]["fandoms"]["f1"])
    assert fandom_f1 == [1.0, 0.0, 1.0]


def test_eval_unseen_canon_is_not_for_litbank(runner: CliRunner, tmp_path: Path) -> None:
    root = make_litbank(tmp_path / "lb", [f"{i:02d}" for i in range(22)])
    result = runner.invoke(cli, ["eval", str(root), "--unseen-canon"])
    assert result.exit_code == 2 and "LitBank has no fandoms" in result.output
