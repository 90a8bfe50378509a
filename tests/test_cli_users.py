"""``ficshelf user``: adding accounts (password by prompt or standard input), listing them,
changing a password, removing one; the messages and exit codes of what it refuses."""

from __future__ import annotations

from pathlib import Path

from click.testing import CliRunner

from ficshelf import accounts
from ficshelf.cli import cli
from ficshelf.errors import LoginFailed
from ficshelf.store.accounts import account_named
from ficshelf.store.db import open_database


def _run(*args: str, password: str | None = None) -> tuple[int, str]:
    result = CliRunner().invoke(cli, ["user", *args], input=password)
    return result.exit_code, result.output


def test_add_list_password_remove(db_url: str) -> None:
    code, out = _run(
        "add", "Maren", "--admin", "--password-stdin", "--db", db_url, password="a good password\n"
    )
    assert (code, out.strip()) == (0, "Added admin account Maren.")
    code, out = _run("add", "ivo", "--db", db_url, password="another one\nanother one\n")
    assert code == 0, out  # asked twice, hidden
    code, out = _run("list", "--db", db_url)
    assert code == 0
    assert [line.split("\t")[:2] for line in out.strip().splitlines()] == [
        ["ivo", "reader"],
        ["Maren", "admin"],
    ]
    code, out = _run(
        "password", "maren", "--password-stdin", "--db", db_url, password="changed it!\n"
    )
    assert (code, out.strip()) == (0, "Changed the password of Maren.")
    db = open_database(db_url)
    try:
        with db.begin() as conn:
            assert accounts.authenticate(conn, "maren", "changed it!").is_admin
            try:
                accounts.authenticate(conn, "maren", "a good password")
                raise AssertionError("the old password still works")
            except LoginFailed:
                pass
    finally:
        db.close()
    code, out = _run("remove", "ivo", "--yes", "--db", db_url)
    assert (code, out.strip()) == (0, "Removed account ivo.")
    db = open_database(db_url)
    try:
        with db.connect() as conn:
            assert account_named(conn, "ivo") is None
    finally:
        db.close()


def test_what_user_refuses(db_url: str) -> None:
    _run("add", "maren", "--password-stdin", "--db", db_url, password="a good password\n")
    code, out = _run(
        "add", "MAREN", "--password-stdin", "--db", db_url, password="a good password\n"
    )
    assert code == 1 and "taken" in out
    code, out = _run(
        "add", "no spaces", "--password-stdin", "--db", db_url, password="a good password\n"
    )
    assert code == 2 and "2 to 40" in out
    code, out = _run("add", "ivo", "--password-stdin", "--db", db_url, password="short\n")
    assert code == 2 and "8 characters" in out
    code, out = _run(
        "password", "nobody", "--password-stdin", "--db", db_url, password="whatever1\n"
    )
    assert code == 1 and "no account named 'nobody'" in out
    code, out = _run("remove", "nobody", "--yes", "--db", db_url)
    assert code == 1 and "no account" in out
    code, out = _run("remove", "maren", "--db", db_url, password="n\n")
    assert code == 1  # not confirmed: nothing removed
    assert _run("list", "--db", db_url)[1].startswith("maren")


def test_list_says_when_there_are_none(db_url: str) -> None:
    code, out = _run("list", "--db", db_url)
    assert code == 0 and "No accounts yet" in out


def test_password_stdin_keeps_spaces_and_only_spaces_is_refused(db_url: str) -> None:
    code, out = _run("add", "ivo", "--password-stdin", "--db", db_url, password=" " * 8 + "\n")
    assert code == 2 and "only spaces" in out
    code, out = _run(
        "add", "ivo", "--password-stdin", "--db", db_url, password="  spaced out  \r\n"
    )
    assert code == 0, out
    db = open_database(db_url)
    try:
        with db.begin() as conn:
            assert accounts.authenticate(conn, "ivo", "  spaced out  ").name == "ivo"
    finally:
        db.close()


def test_user_commands_refuse_a_database_that_is_not_there(tmp_path: Path) -> None:
    typo = f"sqlite:///{tmp_path / 'typo.db'}"
    code, out = _run("add", "ivo", "--password-stdin", "--db", typo, password="a good password\n")
    assert code == 2 and "typo.db" in out
    assert not (tmp_path / "typo.db").exists()
    for args in (("list",), ("password", "ivo", "--password-stdin"), ("remove", "ivo", "--yes")):
        code, out = _run(*args, "--db", typo, password="a good password\n")
        assert code == 2, args
    assert not (tmp_path / "typo.db").exists()
