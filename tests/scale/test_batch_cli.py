"""``ficshelf batch``: the summary, --json lines, rejected files on stderr, the error when
the scheduler cannot be reached, and Ctrl-C (a real SIGINT) leaving whole
tables and a summary that says the batch was interrupted."""

from __future__ import annotations

import csv
import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from batch_inputs import GOOD, HARBOUR, REJECTED, SKIPPED
from click.testing import CliRunner

from ficshelf.cli import cli
from ficshelf.scale import engine, runner, writer

pytest.importorskip("distributed", reason="batches need the extra ficshelf[scale]")
ROOT = Path(__file__).resolve().parents[2]


def test_batch_prints_a_summary_and_the_rejected_files(
    corpus: Path, scheduler: str, tmp_path: Path
) -> None:
    out = tmp_path / "tables"
    result = CliRunner().invoke(
        cli, ["batch", str(corpus), "--out", str(out), "--scheduler", scheduler]
    )
    assert result.exit_code == 0, result.output
    words = json.loads((out / "summary.json").read_text(encoding="utf-8"))["words"]
    assert f"{len(GOOD)} stories, {words:,} words in " in result.stdout
    assert " words/s, 1 worker); 2 rejected, 1 skipped; tables in " in result.stdout
    assert f"rejected: {corpus / 'empty.txt'}: the file is empty" in result.stderr


def test_batch_counts_skipped_files_with_thousands_separators(
    scheduler: str, tmp_path: Path
) -> None:
    """The summary and the skipped line write counts as import and reanalyze do: 1,001."""
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "harbour.txt").write_text(HARBOUR, encoding="utf-8")
    for n in range(1001):
        (corpus / f"{n}.json").write_text("{}", encoding="utf-8")
    out = tmp_path / "tables"
    result = CliRunner().invoke(
        cli, ["batch", str(corpus), "--out", str(out), "--scheduler", scheduler]
    )
    assert result.exit_code == 0, result.output
    assert "; 0 rejected, 1,001 skipped; tables in " in result.stdout
    assert "skipped: not a story file (.json): 1,001\n" in result.stdout


def test_batch_json_prints_one_object_per_file(
    corpus: Path, scheduler: str, tmp_path: Path
) -> None:
    result = CliRunner().invoke(
        cli,
        ["batch", str(corpus), "--out", str(tmp_path), "--scheduler", scheduler, "--json"],
    )
    assert result.exit_code == 0, result.output
    lines = [json.loads(line) for line in result.stdout.splitlines()]
    status = {Path(line["path"]).name: line["status"] for line in lines}
    assert [line["path"] for line in lines] == sorted(line["path"] for line in lines)
    assert sorted(n for n, s in status.items() if s == "rejected") == sorted(REJECTED)
    assert sorted(n for n, s in status.items() if s == "skipped") == list(SKIPPED)
    assert sum(s == "analysed" for s in status.values()) == len(GOOD)
    assert all(line["words"] > 0 for line in lines if line["status"] == "analysed")


def test_a_batch_of_only_broken_files_fails(scheduler: str, tmp_path: Path) -> None:
    (tmp_path / "empty.txt").write_bytes(b"")
    result = CliRunner().invoke(
        cli,
        [
            "batch",
            str(tmp_path / "empty.txt"),
            "--out",
            str(tmp_path / "t"),
            "--scheduler",
            scheduler,
        ],
    )
    assert result.exit_code == 1
    assert "0 stories" in result.stdout and "the file is empty" in result.stderr


def test_a_scheduler_that_cannot_be_reached_is_an_error(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setattr(engine, "CONNECT_TIMEOUT", "1s")
    (tmp_path / "s.txt").write_text(HARBOUR, encoding="utf-8")
    address = "tcp://127.0.0.1:9"  # discard: nothing listens there
    result = CliRunner().invoke(
        cli, ["batch", str(tmp_path), "--out", str(tmp_path / "t"), "--scheduler", address]
    )
    assert result.exit_code == 1
    assert f"cannot reach the Dask scheduler at {address}" in result.output


# The CLI, with a SIGINT sent to itself while the second story's rows are being written
# (after the two rejected files and the first story's tables).
RUN = """
import os, signal, sys
from ficshelf.cli import cli
from ficshelf.scale import writer
written = []
original = writer._CsvTable.write
def write(self, rows):
    written.append(rows)
    if len(written) == 2 + len(writer.STORY_TABLES) + 1:
        os.kill(os.getpid(), signal.SIGINT)  # held until the story is written whole
    original(self, rows)
writer._CsvTable.write = write
sys.argv = ["ficshelf", *sys.argv[1:]]
cli.main(prog_name="ficshelf")
"""


def test_ctrl_c_leaves_whole_tables_and_says_what_was_written(
    corpus: Path, scheduler: str, tmp_path: Path
) -> None:
    out = tmp_path / "tables"
    paths = [str(ROOT / "src"), os.environ.get("PYTHONPATH", "")]
    run = subprocess.run(
        [sys.executable, "-c", RUN, "batch", str(corpus), "--out", str(out)]
        + ["--scheduler", scheduler],
        env={**os.environ, "PYTHONPATH": os.pathsep.join(p for p in paths if p)},
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert run.returncode == 130, run.stderr
    # 2 rejected, then 2 stories; notes.json, not a story file, is no file to write
    assert "Interrupted: 4 of 8 story files written" in run.stderr
    assert "(2 stories, 2 rejected)" in run.stderr
    assert run.stderr.endswith("\nskipped: not a story file (.json): 1\n")
    with (out / "stories.csv").open(encoding="utf-8", newline="") as file:
        stories = [row["file"] for row in csv.DictReader(file)]
    assert stories == [str(corpus / name) for name in GOOD[:2]]
    with (out / "quotes.csv").open(encoding="utf-8", newline="") as file:
        quoted = [row["file"] for row in csv.DictReader(file)]
    assert quoted[-1] == stories[-1]  # the second story's quotes are all there
    summary = json.loads((out / "summary.json").read_text(encoding="utf-8"))
    assert summary["interrupted"] and summary["stories"] == 2
    assert summary["workers"] == 1 and summary["seconds"] > 0 and summary["words_per_second"] > 0


def _interrupt(*_args: object) -> None:
    raise KeyboardInterrupt


def test_ctrl_c_after_the_last_file_says_every_file_was_written(
    corpus: Path, scheduler: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(runner.BatchFandoms, "infer", _interrupt)
    out = tmp_path / "tables"
    result = CliRunner().invoke(
        cli, ["batch", str(corpus), "--out", str(out), "--scheduler", scheduler]
    )
    assert result.exit_code == 130, result.output
    assert "Interrupted after every story file was written: 8 story files in " in (result.stderr)
    assert "only library_fandoms.csv (the fandoms inferred across the batch) is not" in (
        result.stderr
    )
    assert "Run the same command again for the whole batch" not in result.stderr
    summary = json.loads((out / "summary.json").read_text(encoding="utf-8"))
    assert summary["interrupted"] and summary["stories"] == len(GOOD)


def test_ctrl_c_once_everything_is_written_is_a_whole_batch(
    corpus: Path, scheduler: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    written = writer.BatchWriter.library_fandoms

    def then_interrupt(self: writer.BatchWriter, found: Any) -> None:
        written(self, found)
        raise KeyboardInterrupt  # as the cluster stops

    monkeypatch.setattr(writer.BatchWriter, "library_fandoms", then_interrupt)
    out = tmp_path / "tables"
    result = CliRunner().invoke(
        cli, ["batch", str(corpus), "--out", str(out), "--scheduler", scheduler]
    )
    assert result.exit_code == 0, result.output
    assert "Interrupted" not in result.output
    assert f"{len(GOOD)} stories, " in result.stdout
    summary = json.loads((out / "summary.json").read_text(encoding="utf-8"))
    assert not summary["interrupted"] and summary["workers"] == 1 and summary["seconds"] > 0
