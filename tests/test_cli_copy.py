"""``ficshelf copy``: the whole library into an empty database, from the command line."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from ficshelf.accounts import FAILURE_WINDOW, SESSION_LIFETIME, create_account
from ficshelf.cli import cli
from ficshelf.store import schema
from ficshelf.store.accounts import record_failed_login, start_session
from ficshelf.store.db import open_database
from ficshelf.store.library_copy import table_rows

STORY = Path(__file__).resolve().parents[1] / "examples" / "corpus" / "01-ferrymans-fee.txt"


@pytest.fixture
def library(tmp_path: Path) -> str:
    url = f"sqlite:///{tmp_path / 'library.db'}"
    result = CliRunner().invoke(cli, ["import", str(STORY), "--db", url])
    assert result.exit_code == 0, result.output
    return url


def test_copy_says_what_it_copied_and_the_copy_serves_searches(library: str, db_url: str) -> None:
    runner = CliRunner()
    result = runner.invoke(cli, ["copy", db_url, "--db", library])
    assert result.exit_code == 0, result.output
    assert "Copied 1 works (" in result.output and "1 works indexed for search." in result.output
    found = runner.invoke(cli, ["search", "ferryman", "--db", db_url])
    assert "The Ferryman’s Fee" in found.output


def test_copy_refuses_a_target_that_holds_a_library(library: str, tmp_path: Path) -> None:
    runner = CliRunner()
    target = f"sqlite:///{tmp_path / 'copy.db'}"
    assert runner.invoke(cli, ["copy", target, "--db", library]).exit_code == 0
    again = runner.invoke(cli, ["copy", target, "--db", library])
    assert again.exit_code == 2
    assert "the target database is not empty (authors 1, tags" in again.output


def test_copy_refuses_to_copy_a_library_onto_itself(library: str) -> None:
    result = CliRunner().invoke(cli, ["copy", library, "--db", library])
    assert result.exit_code == 2
    assert "the source and the target are the same database" in result.output


def test_copy_needs_an_existing_library(tmp_path: Path) -> None:
    result = CliRunner().invoke(
        cli, ["copy", f"sqlite:///{tmp_path / 'b.db'}", "--db", str(tmp_path / "none.db")]
    )
    assert result.exit_code == 2
    assert "no database at" in result.output
    assert not (tmp_path / "none.db").exists()


def test_ctrl_c_leaves_the_target_empty(
    library: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from ficshelf.store import library_copy

    def stopped(*args: object, **kwargs: object) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr(library_copy, "rebuild_index", stopped)
    target = f"sqlite:///{tmp_path / 'copy.db'}"
    result = CliRunner().invoke(cli, ["copy", target, "--db", library])
    assert result.exit_code == 130
    assert "nothing was copied, and the target database is as empty as it was" in result.output
    retry = CliRunner().invoke(cli, ["copy", target, "--db", library])
    assert retry.exit_code == 130  # still stopped by the patched index: but never "not empty"
    assert "not empty" not in retry.output


def test_copy_wants_a_url_and_an_existing_folder(library: str, tmp_path: Path) -> None:
    runner = CliRunner()
    bare = runner.invoke(cli, ["copy", "notaurl", "--db", library])
    assert bare.exit_code == 2 and "is no database URL" in bare.output
    nowhere = runner.invoke(cli, ["copy", f"sqlite:///{tmp_path / 'no' / 'x.db'}", "--db", library])
    assert nowhere.exit_code == 2 and "create it first" in nowhere.output
    assert not (tmp_path / "no").exists()


def test_the_same_file_spelled_another_way_is_the_same_database(
    library: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = Path(library.removeprefix("sqlite:///")).parent
    monkeypatch.chdir(folder)
    result = CliRunner().invoke(cli, ["copy", "sqlite:///library.db", "--db", library])
    assert result.exit_code == 2
    assert "the source and the target are the same database" in result.output


def _live_rows(url: str) -> tuple[int, int]:
    db = open_database(url)
    try:
        with db.connect() as conn:
            rows = table_rows(conn, [schema.sessions, schema.login_failures])
        return rows["sessions"], rows["login_failures"]
    finally:
        db.close()


def test_sessions_and_failed_log_ins_stay_behind_unless_live(
    library: str, db_url: str, tmp_path: Path
) -> None:
    db = open_database(library)
    try:
        with db.begin() as conn:
            maren = create_account(conn, "maren", "password-m")
            start_session(conn, maren.id, SESSION_LIFETIME)
            record_failed_login(conn, "maren", FAILURE_WINDOW)
    finally:
        db.close()
    runner = CliRunner()
    plain = runner.invoke(cli, ["copy", db_url, "--db", library])
    assert plain.exit_code == 0, plain.output
    assert "Readers sign in again there (--live carries the sessions)." in plain.output
    assert _live_rows(db_url) == (0, 0)
    assert runner.invoke(cli, ["user", "list", "--db", db_url]).output.count("maren") == 1
    live_url = f"sqlite:///{tmp_path / 'live.db'}"
    live = runner.invoke(cli, ["copy", live_url, "--live", "--db", library])
    assert live.exit_code == 0, live.output
    assert "sign in again" not in live.output
    assert _live_rows(live_url) == (1, 1)
