"""Without the extra ficshelf[scale], ``ficshelf batch`` says how to install it (exit 2)
and writes nothing; the rest of ficshelf never imports Dask."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from batch_inputs import HARBOUR
from click.testing import CliRunner

from ficshelf.cli import cli

DOCS = Path(__file__).resolve().parents[2] / "docs" / "batch.md"


def test_without_dask_batch_says_how_to_install_it(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setitem(sys.modules, "distributed", None)  # import distributed fails
    (tmp_path / "s.txt").write_text(HARBOUR, encoding="utf-8")
    result = CliRunner().invoke(cli, ["batch", str(tmp_path), "--out", str(tmp_path / "t")])
    assert result.exit_code == 2
    assert "pip install 'ficshelf[scale]'" in result.output
    assert not (tmp_path / "t").exists()


def test_the_docs_quote_the_message_without_dask(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    for name in ("dask", "distributed"):  # neither installed
        monkeypatch.setitem(sys.modules, name, None)
    (tmp_path / "s.txt").write_text(HARBOUR, encoding="utf-8")
    result = CliRunner().invoke(cli, ["batch", str(tmp_path), "--out", str(tmp_path / "t")])
    message = result.output.strip()
    assert message.startswith("Error: ") and "(dask is missing)" in message
    assert f"\n{message}\n" in DOCS.read_text(encoding="utf-8")


def test_the_cli_does_not_import_dask() -> None:
    code = "import sys, ficshelf.cli, ficshelf.scale.runner; print('dask' in sys.modules)"
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert done.stdout.strip() == "False", done.stderr


def test_the_docs_list_every_column_of_stories_csv() -> None:
    from ficshelf.scale.tables import STORIES

    row = next(
        line
        for line in DOCS.read_text(encoding="utf-8").splitlines()
        if line.startswith("| `stories.csv` |")
    )
    listed = [name.split(" (")[0].strip() for name in row.split("|")[3].split(",")]
    assert listed == list(STORIES.columns)
