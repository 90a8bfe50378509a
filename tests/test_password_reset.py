"""A one-time password reset link (``ficshelf user reset-link``), for a host with no mail
server: printed by the CLI, its token kept only as a hash, expiring, used once, replaced by
a newer one, ending every session of the account when used, and a token that is not the
account's live link counting as a failed log-in as that name."""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta

import pytest
from click.testing import CliRunner
from sqlalchemy import select, update

from ficshelf import accounts
from ficshelf.cli import cli
from ficshelf.errors import InvalidInput, NotFound, TooManyLogins
from ficshelf.store import schema
from ficshelf.store.accounts import remove_account, session_account, start_session, token_hash
from ficshelf.store.db import Database, open_database

LINK = re.compile(r"^  (\S*)/password-reset/(\S+)/(\S+)$", re.MULTILINE)


def test_the_cli_prints_a_link_and_keeps_only_its_hash(db_url: str) -> None:
    db = open_database(db_url)
    try:
        with db.begin() as conn:
            accounts.create_account(conn, "Maren", "a good password")
    finally:
        db.close()
    result = CliRunner().invoke(
        cli,
        [
            "user",
            "reset-link",
            "maren",
            "--hours",
            "2",
            "--url",
            "https://fics.example/f/",
            "--db",
            db_url,
        ],
    )
    assert result.exit_code == 0, result.output
    assert "A one-time link for Maren to set a new password, valid for 2 hours" in result.output
    found = LINK.search(result.output)
    assert found and found.groups()[:2] == ("https://fics.example/f", "Maren")
    token = found.group(3)
    db = open_database(db_url)
    try:
        with db.connect() as conn:
            (row,) = conn.execute(select(schema.password_resets)).all()
        assert row.token_hash == token_hash(token) and token not in row.token_hash
        left = row.expires_at.replace(tzinfo=row.expires_at.tzinfo or UTC) - datetime.now(UTC)
        assert timedelta(hours=1, minutes=59) < left <= timedelta(hours=2)
    finally:
        db.close()
    bare = CliRunner().invoke(cli, ["user", "reset-link", "Maren", "--db", db_url])
    assert "valid for 24 hours" in bare.output and "\n  /password-reset/Maren/" in bare.output
    assert "Put the archive's address before it" in bare.output
    unknown = CliRunner().invoke(cli, ["user", "reset-link", "nobody", "--db", db_url])
    assert unknown.exit_code != 0 and "no account named 'nobody'" in unknown.output
    too_long = CliRunner().invoke(
        cli, ["user", "reset-link", "Maren", "--hours", "400", "--db", db_url]
    )
    assert too_long.exit_code == 2


def test_a_link_works_once_ends_every_session_and_is_limited(db: Database) -> None:
    with db.begin() as conn:
        maren = accounts.create_account(conn, "maren", "a good password")
        elsewhere = start_session(conn, maren.id, accounts.SESSION_LIFETIME)
        _, old, _ = accounts.reset_link(conn, "maren")
        _, token, _ = accounts.reset_link(conn, "maren")  # replaces the first
        with pytest.raises(NotFound, match="does not work"):
            accounts.check_reset(conn, "maren", old)
        with pytest.raises(NotFound):
            accounts.check_reset(conn, "ivo", token)  # another name: not its link
        with pytest.raises(InvalidInput):
            accounts.reset_password(conn, "maren", token, "short")  # the link still works
        account, mine = accounts.reset_password(conn, "MAREN", token, "a new password")
        assert account.id == maren.id
        assert session_account(conn, elsewhere, accounts.SESSION_LIFETIME) is None
        assert session_account(conn, mine, accounts.SESSION_LIFETIME) is not None
        assert accounts.authenticate(conn, "maren", "a new password").id == maren.id
        with pytest.raises(NotFound):
            accounts.reset_password(conn, "maren", token, "another new one")  # used once
        _, late, _ = accounts.reset_link(conn, "maren", hours=1)
        past = datetime.now(UTC) - timedelta(seconds=1)
        conn.execute(update(schema.password_resets).values(expires_at=past))
        with pytest.raises(NotFound):
            accounts.check_reset(conn, "maren", late)  # expired
        # each failure above counted as a failed log-in as its name: guessing is limited
        for _ in range(accounts.MAX_FAILED_LOGINS):
            with pytest.raises((NotFound, TooManyLogins)):
                accounts.check_reset(conn, "maren", "guess")
        _, fresh, _ = accounts.reset_link(conn, "maren")
        with pytest.raises(TooManyLogins):
            accounts.check_reset(conn, "maren", fresh)


def test_removing_the_account_takes_its_links(db: Database) -> None:
    with db.begin() as conn:
        accounts.create_account(conn, "ivo", "a good password")
        accounts.reset_link(conn, "ivo")
        remove_account(conn, "ivo")
        assert conn.execute(select(schema.password_resets)).all() == []
