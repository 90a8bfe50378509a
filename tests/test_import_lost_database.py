"""A PostgreSQL database that goes away mid-import (or mid-re-analysis) stops the command
with one line naming the problem and what was saved, status 1, instead of ~14 KB of the
failed statement; running it again finishes the rest. The server really cuts the connection:
``pg_terminate_backend`` on the importing connection, in the middle of a batch, with the
database closed to new connections until the test opens it again."""

from __future__ import annotations

import logging
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner
from sqlalchemy import create_engine, func, select, text
from sqlalchemy.engine import make_url

from ficshelf import importer, reanalysis
from ficshelf.cli import cli
from ficshelf.store.db import normalise_url, open_database
from ficshelf.store.schema import works

FILES = 8
STORY = """The Keeper of Light {n}

by Marigold Ashe

The lamp had gone out twice before midnight. {name} climbed the stairs again, counting them.
"Who's there?" {name} called down into the dark. Nobody answered; the sea did instead.
"""
NAMES = ("Odile", "Maren", "Tamsin", "Ysolde", "Briony", "Cosima", "Delphine", "Esme")


@pytest.fixture
def pg_url(db_url: str) -> str:
    if not db_url.startswith("postgresql"):
        pytest.skip("a lost connection is a PostgreSQL server's (SQLite has none)")
    return db_url


class Outage:
    """Cuts the server's connections to the test database (and keeps new ones out)."""

    def __init__(self, url: str) -> None:
        parsed = make_url(normalise_url(url))
        self.name = parsed.database
        self.admin = create_engine(parsed.set(database="postgres"), isolation_level="AUTOCOMMIT")

    def cut(self) -> None:
        """End every server process of the database (the importing one in its transaction)."""
        with self.admin.connect() as admin:
            admin.execute(text(f'ALTER DATABASE "{self.name}" ALLOW_CONNECTIONS false'))
            admin.execute(
                text(
                    "SELECT pg_terminate_backend(pid) FROM pg_stat_activity"
                    " WHERE datname = :name AND pid <> pg_backend_pid()"
                ),
                {"name": self.name},
            )

    def end(self) -> None:
        with self.admin.connect() as admin:
            admin.execute(text(f'ALTER DATABASE "{self.name}" ALLOW_CONNECTIONS true'))
        self.admin.dispose()


@pytest.fixture
def outage(pg_url: str) -> Iterator[Outage]:
    cut = Outage(pg_url)
    yield cut
    cut.end()


def _stories(folder: Path) -> Path:
    folder.mkdir()
    for i in range(FILES):
        story = STORY.format(n=i + 1, name=NAMES[i])
        (folder / f"s{i:02d}.txt").write_text(story, "utf-8")
    return folder


def _stored(url: str) -> int:
    db = open_database(url)
    try:
        with db.connect() as conn:
            return int(conn.execute(select(func.count()).select_from(works)).scalar_one())
    finally:
        db.close()


def _cut_in_third_batch(
    monkeypatch: pytest.MonkeyPatch, outage: Outage, target: Any, name: str
) -> None:
    """Wrap ``target.name`` (called once a work, inside a batch's transaction) so that the
    connection is cut in the middle of the third batch of two: before its first work is
    written, after the first two batches were committed."""
    real = getattr(target, name)
    calls = []

    def write(*args: Any, **kwargs: Any) -> Any:
        calls.append(1)
        if len(calls) == 5:
            outage.cut()
        return real(*args, **kwargs)

    monkeypatch.setattr(target, name, write)


def _assert_one_clear_error(
    stderr: str, saved_line: Sequence[str], caplog: pytest.LogCaptureFixture
) -> None:
    """One line on stderr, and nothing logged (the CLI shows warnings on stderr): no
    traceback of a batch that "failed" and was then saved one work at a time."""
    assert [r.getMessage() for r in caplog.records if r.levelno >= logging.WARNING] == []
    lines = [line for line in stderr.splitlines() if line.strip()]
    last = lines[-1]
    assert last.startswith("Error: the connection to the database was lost or refused ("), last
    for words in saved_line:
        assert words in last, last
    assert "[SQL:" not in stderr and "Traceback" not in stderr and len(stderr) < 2000


def test_import_stops_with_what_was_saved(
    pg_url: str,
    outage: Outage,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    caplog: pytest.LogCaptureFixture,
) -> None:
    folder = _stories(tmp_path / "fics")
    monkeypatch.setattr(importer, "BATCH", 2)
    _cut_in_third_batch(monkeypatch, outage, importer, "save_work")
    result = CliRunner().invoke(cli, ["import", "--db", pg_url, "--jobs", "1", str(folder)])
    assert result.exit_code == 1, result.output
    _assert_one_clear_error(
        result.stderr,
        ["4 of 8 files done (4 saved: 4 imported, 0 updated)", "Run the same import again"],
        caplog,
    )
    outage.end()
    monkeypatch.undo()
    assert _stored(pg_url) == 4
    again = CliRunner().invoke(cli, ["import", "--db", pg_url, "--jobs", "1", str(folder)])
    assert again.exit_code == 0, again.output
    assert "4 imported, 0 updated, 4 unchanged" in again.output
    assert _stored(pg_url) == FILES


def test_reanalyze_stops_with_what_was_saved(
    pg_url: str,
    outage: Outage,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    caplog: pytest.LogCaptureFixture,
) -> None:
    folder = _stories(tmp_path / "fics")
    first = CliRunner().invoke(cli, ["import", "--db", pg_url, "--jobs", "1", str(folder)])
    assert first.exit_code == 0, first.output
    monkeypatch.setattr(importer, "BATCH", 2)
    _cut_in_third_batch(monkeypatch, outage, reanalysis, "rewrite_analysis")
    result = CliRunner().invoke(cli, ["reanalyze", "--all", "--db", pg_url, "--jobs", "1"])
    assert result.exit_code == 1, result.output
    _assert_one_clear_error(result.stderr, ["4 of 8 works done", "Run it again"], caplog)
    outage.end()
    monkeypatch.undo()
    again = CliRunner().invoke(cli, ["reanalyze", "--all", "--db", pg_url, "--jobs", "1"])
    assert again.exit_code == 0, again.output
