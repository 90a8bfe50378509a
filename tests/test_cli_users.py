"""``ficshelf user``: adding accounts (password by prompt or standard input), listing them,
changing a password, removing one; the messages and exit codes of what it refuses."""

from __future__ import annotations

from pathlib import Path

from click.testing import CliRunner

from ficshelf import accounts
from ficshelf.cli import cli
from ficshelf.errors import LoginFailed
from ficshelf.store.accounts import account_named
from ficshelf.store.bookmarks import save_bookmark
from ficshelf.store.comments import add_comment, comment_threads
from ficshelf.store.db import open_database
from ficshelf.store.kudos import leave_kudos
from ficshelf.store.readings import record_visit
from ficshelf.store.works import save_work
from work_builders import one_chapter_work, source_for


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
    assert (code, out.strip()) == (
        0,
        "Removed account ivo: 0 kudos, 0 bookmarks, 0 history entries; "
        '0 comments kept, shown as "(deleted account)".',
    )
    db = open_database(db_url)
    try:
        with db.connect() as conn:
            assert account_named(conn, "ivo") is None
    finally:
        db.close()


def test_remove_says_what_went_with_the_account(db_url: str) -> None:
    db = open_database(db_url)
    try:
        with db.begin() as conn:
            texts = ("The lamp was lit.", "The ferry left at dawn.")
            works = [
                save_work(
                    conn, one_chapter_work(t, title=f"W{n}"), source_for(f"{n}.txt", t)
                ).work_id
                for n, t in enumerate(texts)
            ]
            ivo = accounts.create_account(conn, "ivo", "a good password").id
            leave_kudos(conn, works[0], ivo)
            save_bookmark(conn, works[1], ivo, note="", tags=[], private=True)
            for work_id in works:
                record_visit(conn, ivo, work_id, None)
            add_comment(conn, works[0], ivo, "Lovely.")
    finally:
        db.close()
    code, out = _run("remove", "ivo", "--yes", "--db", db_url)
    assert (code, out.strip()) == (
        0,
        "Removed account ivo: 1 kudos, 1 bookmark, 2 history entries; "
        '1 comment kept, shown as "(deleted account)".',
    )
    db = open_database(db_url)
    try:
        with db.connect() as conn:
            (kept,) = comment_threads(conn, works[0]).items
            assert (kept.body, kept.user) == ("Lovely.", None)
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
