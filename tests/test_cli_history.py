"""Readers' history and the host's commands: ``ficshelf user remove`` deletes the account's
history, ``ficshelf remove`` deletes a work from every reader's, and ``ficshelf copy``
carries every history (and the setting that turned one off) to the copy, as it carries
the other accounts' data."""

from __future__ import annotations

from pathlib import Path

from click.testing import CliRunner

from ficshelf import accounts
from ficshelf.cli import cli
from ficshelf.store.db import open_database
from ficshelf.store.readings import (
    history_on,
    mark_for_later,
    readings_of,
    record_visit,
    set_history,
)
from ficshelf.store.works import save_work
from work_builders import one_chapter_work, source_for

LAMP = "The lamp had not gone out in forty years, and Maren meant to keep it so."
RIDGE = "Snow came early to the ridge, and Ivo counted the sheep twice."


def _library(db_url: str) -> tuple[int, int, int, int]:
    """Two works read by two readers: the works' ids, maren's and ivo's account ids."""
    db = open_database(db_url)
    try:
        with db.begin() as conn:
            lamp = save_work(
                conn, one_chapter_work(LAMP, title="The Lamp"), source_for("l.txt", LAMP)
            ).work_id
            ridge = save_work(
                conn, one_chapter_work(RIDGE, title="Ridge"), source_for("r.txt", RIDGE)
            ).work_id
            maren = accounts.create_account(conn, "maren", "a good password").id
            ivo = accounts.create_account(conn, "ivo", "a good password").id
            for reader in (maren, ivo):
                record_visit(conn, reader, lamp, None)
                record_visit(conn, reader, ridge, None)
            mark_for_later(conn, maren, lamp)
    finally:
        db.close()
    return lamp, ridge, maren, ivo


def _history(db_url: str, user_id: int, later: bool = False) -> list[int]:
    db = open_database(db_url)
    try:
        with db.connect() as conn:
            page = readings_of(conn, user_id, 1, 20, later=later)
            return sorted(entry.work_id for entry in page.items)
    finally:
        db.close()


def test_removing_an_account_or_a_work_takes_its_history(db_url: str) -> None:
    lamp, ridge, maren, ivo = _library(db_url)
    runner = CliRunner()
    gone = runner.invoke(cli, ["user", "remove", "ivo", "--yes", "--db", db_url])
    assert gone.exit_code == 0, gone.output
    assert _history(db_url, ivo) == []
    assert _history(db_url, maren) == sorted([lamp, ridge])
    removed = runner.invoke(cli, ["remove", str(lamp), "--yes", "--db", db_url])
    assert removed.exit_code == 0, removed.output
    assert _history(db_url, maren) == [ridge]
    assert _history(db_url, maren, later=True) == []


def test_a_copy_carries_every_history(db_url: str, tmp_path: Path) -> None:
    lamp, ridge, maren, ivo = _library(db_url)
    db = open_database(db_url)
    try:
        with db.begin() as conn:
            set_history(conn, ivo, False)
    finally:
        db.close()
    target = f"sqlite:///{tmp_path / 'copy.db'}"
    done = CliRunner().invoke(cli, ["copy", target, "--db", db_url])
    assert done.exit_code == 0, done.output
    assert _history(target, maren) == _history(db_url, maren) == sorted([lamp, ridge])
    assert _history(target, maren, later=True) == [lamp]
    assert _history(target, ivo) == sorted([lamp, ridge])
    copy = open_database(target)
    try:
        with copy.connect() as conn:
            assert not history_on(conn, ivo) and history_on(conn, maren)
    finally:
        copy.close()
