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
    assert result.exit_code == 2 and "no gold files" in result.output


def test_eval_recognises_litbank(runner: CliRunner, tmp_path: Path) -> None:
    root = make_litbank(tmp_path / "lb", [f"{i:02d}" for i in range(22)])
    both = runner.invoke(cli, ["eval", str(root)])
    assert both.exit_code == 0, both.output
    assert "LitBank dev: 2 samples" in both.output and "LitBank test: 20 samples" in both.output
    test = runner.invoke(cli, ["eval", str(root), "--split", "test", "--json"])
    data = json.loads(test.output)
    assert list(data) == ["test"] and data["test"]["docs"] == 20
