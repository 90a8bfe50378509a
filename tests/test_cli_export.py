"""``ficshelf export``: a work written as EPUB, HTML or text, found by id or title."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import pytest
from click.testing import CliRunner

from ficshelf.cli import cli
from ficshelf.importer import import_paths
from ficshelf.store.db import open_database


@pytest.fixture
def db_url(tmp_path: Path, corpus_dir: Path) -> str:
    url = f"sqlite:///{tmp_path / 'lib.db'}"
    db = open_database(url)
    try:
        import_paths(db, [corpus_dir / "04-three-times-to-the-water.txt"])
    finally:
        db.close()
    return url


def test_export_writes_an_epub_named_after_the_title(
    db_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(cli, ["export", "three times", "--db", db_url])
    assert result.exit_code == 0, result.output
    book = tmp_path / "three-times-to-the-water.epub"
    assert f"wrote {book.name}" in result.output
    names = zipfile.ZipFile(book).namelist()
    assert names[0] == "mimetype" and "EPUB/chapter-003.xhtml" in names


def test_export_formats_and_out(db_url: str, tmp_path: Path) -> None:
    runner = CliRunner()
    out = tmp_path / "water.txt"
    result = runner.invoke(
        cli, ["export", "1", "--format", "txt", "--out", str(out), "--db", db_url]
    )
    assert result.exit_code == 0, result.output
    assert out.read_text().startswith("Three Times to the Water")
    result = runner.invoke(
        cli, ["export", "1", "--format", "html", "--out", str(tmp_path), "--db", db_url]
    )
    assert result.exit_code == 0, result.output
    assert (tmp_path / "three-times-to-the-water.html").read_text().startswith("<!DOCTYPE html>")
    result = runner.invoke(cli, ["export", "1", "--out", "-", "--db", db_url])
    assert result.exit_code == 0, result.output
    assert zipfile.ZipFile(io.BytesIO(result.stdout_bytes)).namelist()[0] == "mimetype"


def test_export_of_no_work_fails(db_url: str) -> None:
    result = CliRunner().invoke(cli, ["export", "no such story", "--db", db_url])
    assert result.exit_code == 1
    assert "no work matches 'no such story'" in result.output
