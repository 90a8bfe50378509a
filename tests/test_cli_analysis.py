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


GERMAN = """Der Fährmann

Anna stand am Ufer und sah dem Boot nach. Der Nebel lag schwer über dem Fluss, und die
Lichter der Stadt waren kaum noch zu sehen.

„Kommst du mit?", fragte Jakob leise. Er hielt das Ruder in beiden Händen.

„Ich weiß es nicht", antwortete sie. „Meine Mutter wartet auf mich, und es ist schon spät."

Sie blieb noch lange stehen, bis das Boot im Nebel verschwunden war, und ging dann langsam
den Weg zum Haus hinauf. In der Küche brannte noch Licht, und ihre Mutter saß am Tisch.
"""

# what base64 of random bytes looks like: no words of any language
JUNK = "\n".join(
    "".join("QWxhZGRpbjpvcGVuIHNlc2FtZQ+/x9Zk3Lq0"[(i * 7 + j * 13) % 36] for j in range(76))
    for i in range(40)
)


def _analyzed(runner: CliRunner, tmp_path: Path, text: str) -> tuple[dict[str, object], str]:
    path = tmp_path / "story.txt"
    path.write_text(text, encoding="utf-8")
    data = runner.invoke(cli, ["analyze", str(path), "--json"])
    report = runner.invoke(cli, ["analyze", str(path)])
    assert data.exit_code == 0 and report.exit_code == 0, data.output + report.output
    result = json.loads(data.output)
    jsonschema.validate(result, load_schema())
    return result, report.output


ENGLISH_ONLY = ["narration", "characters", "speakers", "relationships", "themes", "summary"]


def test_a_story_in_another_language_says_what_was_not_analysed(
    runner: CliRunner, tmp_path: Path
) -> None:
    result, report = _analyzed(runner, tmp_path, GERMAN)
    assert result["language"] == "de"
    skipped = result["skipped_stages"]
    assert [s["stage"] for s in skipped] == ENGLISH_ONLY  # type: ignore[union-attr]
    assert {s["reason"] for s in skipped} == {"not_english"}  # type: ignore[union-attr]
    assert ["pov", "tense"] in [s["fields"] for s in skipped]  # type: ignore[union-attr]
    assert len(result["quotes"]) >= 3  # type: ignore[arg-type]
    assert "Language:   German (de); the English-only stages were skipped" in report
    assert "Narration:  not analysed: English only, and the text is German (de)" in report
    assert "Characters: not analysed" in report and "third person" not in report
    assert "speakers not analysed" in report and "0 attributed" not in report


def test_text_in_no_language_is_not_analysed_as_english(runner: CliRunner, tmp_path: Path) -> None:
    result, report = _analyzed(runner, tmp_path, JUNK)
    assert result["language"] is None
    assert [s["stage"] for s in result["skipped_stages"]] == ENGLISH_ONLY  # type: ignore[union-attr]
    assert {s["reason"] for s in result["skipped_stages"]} == {"no_language"}  # type: ignore[union-attr]
    assert "Language:   none: the text is in no language" in report
    assert "Narration:  not analysed: the text is in no language" in report
    assert "General (0%)" not in report


def test_an_english_story_skips_nothing_and_counts_in_words(runner: CliRunner, story: Path) -> None:
    result = json.loads(runner.invoke(cli, ["analyze", str(story), "--json"]).output)
    assert result["language"] == "en" and result["skipped_stages"] == []
    report = runner.invoke(cli, ["analyze", str(story)]).output
    assert "Language:   English (en)" in report
    assert "1 mentions" not in report and "1 quotes" not in report
    assert "1 chapter\n" in report or "1 chapter" in report
