"""The command line: help with examples, import summaries, show, error messages."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from ficshelf.cli import cli

STORY = """Salt and Iron

A Robin Hood fic by Fen Archer

"Hold the gate," said Much. The miller's son had never sounded so sure.

Robin laughed and let the arrow fly.
"""


@pytest.fixture
def runner() -> CliRunner:
    return CliRunner()


def test_every_command_help_shows_an_example(runner: CliRunner) -> None:
    result = runner.invoke(cli, ["--help"])
    assert result.exit_code == 0 and "Example" in result.output
    for name in cli.commands:  # type: ignore[attr-defined]
        sub = runner.invoke(cli, [name, "--help"])
        assert sub.exit_code == 0, name
        assert "Example" in sub.output, f"`ficshelf {name} --help` has no example"


def test_import_prints_a_summary_and_is_idempotent(
    runner: CliRunner, db_url: str, tmp_path: Path
) -> None:
    tmp_path = tmp_path / "batch"
    tmp_path.mkdir()
    (tmp_path / "salt.txt").write_text(STORY, encoding="utf-8")
    (tmp_path / "empty.txt").write_text("", encoding="utf-8")
    first = runner.invoke(cli, ["import", str(tmp_path), "--db", db_url])
    assert first.exit_code == 0, first.output
    assert "1 imported" in first.output and "1 rejected" in first.output
    assert "empty.txt" in first.output
    assert "0 skipped" in first.output and "skipped:" not in first.output
    again = runner.invoke(cli, ["import", str(tmp_path), "--db", db_url])
    assert "0 imported" in again.output and "1 unchanged" in again.output


def test_import_says_why_it_skipped_files(runner: CliRunner, db_url: str, tmp_path: Path) -> None:
    (tmp_path / "salt.txt").write_text(STORY, encoding="utf-8")
    for name in ("a.json", "b.json", "notes.py"):
        (tmp_path / name).write_text("{}", encoding="utf-8")
    result = runner.invoke(cli, ["import", str(tmp_path), "--db", db_url])
    assert result.exit_code == 0, result.output
    assert "1 imported" in result.output and "3 skipped" in result.output
    assert "skipped: not a story file (.json): 2; not a story file (.py): 1" in result.output, (
        result.output
    )


def test_import_counts_skipped_files_with_thousands_separators(
    runner: CliRunner, db_url: str, tmp_path: Path
) -> None:
    """The summary and the skipped line write counts as reanalyze and batch do: 1,001."""
    (tmp_path / "salt.txt").write_text(STORY, encoding="utf-8")
    for n in range(1001):
        (tmp_path / f"{n}.json").write_text("{}", encoding="utf-8")
    result = runner.invoke(cli, ["import", str(tmp_path), "--db", db_url])
    assert result.exit_code == 0, result.output
    assert "0 rejected, 1,001 skipped\n" in result.output, result.output
    assert "skipped: not a story file (.json): 1,001\n" in result.output, result.output


def test_import_skips_a_readme_beside_the_stories(
    runner: CliRunner, db_url: str, tmp_path: Path
) -> None:
    (tmp_path / "salt.txt").write_text(STORY, encoding="utf-8")
    (tmp_path / "README.md").write_text("# Downloads\n\nRated Teen And Up Audiences.\n")
    result = runner.invoke(cli, ["import", str(tmp_path), "--db", db_url])
    assert result.exit_code == 0, result.output
    assert "1 imported" in result.output and "1 skipped" in result.output
    reason = "not a story (a README, LICENSE, CHANGELOG or CONTRIBUTING file)"
    assert f"skipped: {reason}: 1" in result.output, result.output


def test_import_takes_a_number_of_jobs(runner: CliRunner, db_url: str, tmp_path: Path) -> None:
    (tmp_path / "salt.txt").write_text(STORY, encoding="utf-8")
    result = runner.invoke(cli, ["import", str(tmp_path), "--db", db_url, "--jobs", "1"])
    assert result.exit_code == 0 and "1 imported" in result.output, result.output
    refused = runner.invoke(cli, ["import", str(tmp_path), "--db", db_url, "--jobs", "0"])
    assert refused.exit_code == 2 and "--jobs" in refused.output


def test_import_json_lines(runner: CliRunner, db_url: str, tmp_path: Path) -> None:
    (tmp_path / "salt.txt").write_text(STORY, encoding="utf-8")
    result = runner.invoke(cli, ["import", str(tmp_path), "--db", db_url, "--json"])
    event = json.loads(result.output.splitlines()[0])
    assert event["status"] == "imported" and event["path"].endswith("salt.txt")


def test_import_json_reports_every_file_on_stdout_alone(
    runner: CliRunner, db_url: str, tmp_path: Path
) -> None:
    (tmp_path / "salt.txt").write_text(STORY, encoding="utf-8")
    (tmp_path / "empty.txt").write_text("", encoding="utf-8")
    (tmp_path / "broken.zip").write_bytes(b"PK\x03\x04 not really a zip")
    (tmp_path / "notes.json").write_text("{}", encoding="utf-8")
    missing = str(tmp_path / "gone.txt")
    result = runner.invoke(cli, ["import", str(tmp_path), missing, "--db", db_url, "--json"])
    assert result.exit_code == 0, result.output
    assert result.stderr == ""  # no summary, no "rejected:" lines, no progress bar
    events = {Path(e["path"]).name: e for e in map(json.loads, result.stdout.splitlines())}
    assert set(events) == {"salt.txt", "empty.txt", "broken.zip", "notes.json", "gone.txt"}
    assert events["salt.txt"]["status"] == "imported" and events["salt.txt"]["work_id"] == 1
    for name in ("empty.txt", "broken.zip", "gone.txt"):
        assert events[name]["status"] == "rejected" and events[name]["reason"], name
        assert events[name]["work_id"] is None
    assert events["notes.json"]["status"] == "skipped"
    only_bad = runner.invoke(cli, ["import", missing, "--db", db_url, "--json"])
    assert only_bad.exit_code == 1 and only_bad.stderr == ""
    assert json.loads(only_bad.stdout)["status"] == "rejected"


def test_import_json_draws_no_progress_bar() -> None:
    from ficshelf.cli_progress import progress_bar

    with progress_bar(3, shown=False) as bar:
        assert bar.disable
    with progress_bar(3) as bar:  # drawn on a terminal only (stderr is not one here)
        assert bar.disable == (not sys.stderr.isatty())


def test_import_of_only_bad_files_fails(runner: CliRunner, db_url: str, tmp_path: Path) -> None:
    bad = tmp_path / "empty.txt"
    bad.write_text("", encoding="utf-8")
    result = runner.invoke(cli, ["import", str(bad), "--db", db_url])
    assert result.exit_code == 1
    assert "empty.txt" in result.output


def test_size_limit_is_configurable(runner: CliRunner, db_url: str, tmp_path: Path) -> None:
    story = tmp_path / "salt.txt"
    story.write_text(STORY * 40, encoding="utf-8")
    result = runner.invoke(cli, ["import", str(story), "--db", db_url, "--max-size", "0.001"])
    assert result.exit_code == 1
    assert "salt.txt" in result.output and "limit" in result.output


def test_show_prints_metadata(runner: CliRunner, db_url: str, tmp_path: Path) -> None:
    (tmp_path / "salt.txt").write_text(STORY, encoding="utf-8")
    runner.invoke(cli, ["import", str(tmp_path), "--db", db_url])
    by_title = runner.invoke(cli, ["show", "Salt and", "--db", db_url])
    assert by_title.exit_code == 0, by_title.output
    assert "Salt and Iron" in by_title.output and "Fen Archer" in by_title.output
    as_json = runner.invoke(cli, ["show", "1", "--db", db_url, "--json"])
    assert json.loads(as_json.output)["title"] == "Salt and Iron"


def test_show_unknown_work_is_an_error(runner: CliRunner, db_url: str) -> None:
    result = runner.invoke(cli, ["show", "999", "--db", db_url])
    assert result.exit_code == 1
    assert "no work matches" in result.output


def test_bad_database_url_is_a_usage_error(runner: CliRunner, tmp_path: Path) -> None:
    result = runner.invoke(cli, ["show", "1", "--db", "mysql://nope"])
    assert result.exit_code == 2
    assert "unsupported database URL" in result.output


def test_demo_imports_the_sample_corpus(
    runner: CliRunner, tmp_path: Path, corpus_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    result = runner.invoke(cli, ["demo", "--no-serve", "--corpus", str(corpus_dir)])
    assert result.exit_code == 0, result.output
    assert "0 rejected" in result.output
    assert (tmp_path / "ficshelf-demo.db").exists()


def test_every_command_is_documented_in_the_readme() -> None:
    readme = (Path(__file__).resolve().parents[1] / "README.md").read_text(encoding="utf-8")
    for name in cli.commands:  # type: ignore[attr-defined]
        assert f"ficshelf {name}" in readme, f"`ficshelf {name}` is not in README.md"


def test_a_file_is_the_same_source_from_any_folder(
    runner: CliRunner, db_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "in").mkdir()
    story = tmp_path / "in" / "salt.txt"
    story.write_text(STORY, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    runner.invoke(cli, ["import", "in/salt.txt", "--db", db_url])
    story.write_text(STORY.replace("laughed", "smiled"), encoding="utf-8")
    monkeypatch.chdir(tmp_path / "in")
    again = runner.invoke(cli, ["import", str(story), "--db", db_url])
    assert "1 updated" in again.output and "0 imported" in again.output


def test_show_lists_the_works_a_title_fragment_fits(
    runner: CliRunner, db_url: str, tmp_path: Path
) -> None:
    for name, title in (("a.txt", "Salt and Iron"), ("b.txt", "More Salt and Iron Again")):
        (tmp_path / name).write_text(STORY.replace("Salt and Iron", title), encoding="utf-8")
    assert runner.invoke(cli, ["import", str(tmp_path), "--db", db_url]).exit_code == 0
    several = runner.invoke(cli, ["show", "salt and", "--db", db_url])
    assert several.exit_code == 2, several.output
    assert "'salt and' matches 2 works" in several.output
    assert "Salt and Iron  by Fen Archer" in several.output
    assert "More Salt and Iron Again  by Fen Archer" in several.output
    exact = runner.invoke(cli, ["show", "salt AND iron", "--db", db_url, "--json"])
    assert exact.exit_code == 0 and json.loads(exact.output)["title"] == "Salt and Iron"
    one = runner.invoke(cli, ["show", "again", "--db", db_url, "--json"])
    assert json.loads(one.output)["title"] == "More Salt and Iron Again"
