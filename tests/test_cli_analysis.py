"""ficshelf analyze on the command line (ficshelf eval: tests/evaluation/test_eval_cli.py)."""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema
import pytest
from click.testing import CliRunner

from ficshelf.cli import cli
from ficshelf.understand.report import load_schema

STORY = """Salt and Iron

A Robin Hood fic by Fen Archer

"Hold the gate," said Much. The miller's son had never sounded so sure.

Robin laughed and let the arrow fly.
"""


@pytest.fixture
def runner() -> CliRunner:
    return CliRunner()


@pytest.fixture
def story(tmp_path: Path) -> Path:
    path = tmp_path / "salt.txt"
    path.write_text(STORY, encoding="utf-8")
    return path


def test_analyze_json_is_one_valid_object(runner: CliRunner, story: Path) -> None:
    result = runner.invoke(cli, ["analyze", str(story), "--json"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    jsonschema.validate(data, load_schema())
    assert data["title"] == "Salt and Iron"
    assert data["authors"] == ["Fen Archer"]
    for quote in data["quotes"]:
        assert STORY[quote["start"] : quote["end"]] == quote["text"]


def test_analyze_prints_a_report(runner: CliRunner, story: Path) -> None:
    result = runner.invoke(cli, ["analyze", str(story)])
    assert result.exit_code == 0, result.output
    assert "Title:      Salt and Iron" in result.output
    assert "Authors:    Fen Archer" in result.output
    assert "Narration:" in result.output and "Dialogue:" in result.output


def test_analyze_errors(runner: CliRunner, tmp_path: Path) -> None:
    missing = runner.invoke(cli, ["analyze", str(tmp_path / "nope.txt")])
    assert missing.exit_code == 2
    empty = tmp_path / "empty.txt"
    empty.write_text("", encoding="utf-8")
    failed = runner.invoke(cli, ["analyze", str(empty)])
    assert failed.exit_code == 1 and "empty.txt" in failed.output
