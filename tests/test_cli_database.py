"""Commands that read a library (show, search, reconcile, tag) on a database that is not
there or holds no works: a clear message, and no empty SQLite file left behind."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner
from sqlalchemy.engine import make_url

from ficshelf.cli import cli


@pytest.fixture
def runner() -> CliRunner:
    return CliRunner()


@pytest.mark.parametrize(
    "args",
    [["show", "12"], ["search", "storm"], ["reconcile"], ["tag", "12", "rating:Teen"]],
)
def test_reading_commands_do_not_create_a_database(
    runner: CliRunner, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, args: list[str]
) -> None:
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("FICSHELF_DB", raising=False)
    result = runner.invoke(cli, args)
    assert result.exit_code == 2, result.output
    assert f"no database at {tmp_path / 'ficshelf.db'}" in result.output
    assert "--db sqlite:///ficshelf-demo.db" in result.output and "FICSHELF_DB" in result.output
    assert not (tmp_path / "ficshelf.db").exists()


def test_an_empty_database_says_so(runner: CliRunner, db_url: str) -> None:
    shown = runner.invoke(cli, ["show", "12", "--db", db_url])
    assert shown.exit_code == 1
    assert "no work matches '12'; the database" in shown.output
    assert "holds no works" in shown.output and "ficshelf-demo.db" in shown.output
    searched = runner.invoke(cli, ["search", "storm", "--db", db_url])
    assert searched.exit_code == 0
    assert "0 works found for storm" in searched.output
    assert "holds no works" in searched.output


def test_a_missing_postgresql_database_says_to_create_it(db_url: str) -> None:
    if not db_url.startswith("postgresql"):
        pytest.skip("a PostgreSQL server's answer")
    missing = make_url(db_url).set(database="ficshelf_not_created").render_as_string(False)
    result = CliRunner().invoke(cli, ["search", "--db", missing, "lamp"])
    assert result.exit_code == 1
    assert "[SQL" not in result.output and "Background on this error" not in result.output
    assert 'database "ficshelf_not_created" does not exist' in result.output
    assert "create it first (createdb)" in result.output
