"""``ficshelf user``: the accounts of the archive's readers, for the host: add one (an
admin too), list them, set a password, give a one-time link to set one, remove one. With
sign-ups closed (``ficshelf serve``'s default) this is how readers get accounts. Every
command works on an existing library (a ``--db`` that names no database is refused, as
``show`` refuses it, rather than a new empty library made)."""

from __future__ import annotations

import sys

import click

from ficshelf.cli_database import db_option, open_existing
from ficshelf.errors import NotFound


def _plural(n: int, one: str, many: str | None = None) -> str:
    return f"{n} {one if n == 1 else (many or one + 's')}"


def _password(from_stdin: bool) -> str:
    """The password: the first line of standard input with ``--password-stdin`` (only
    its line end removed: spaces are part of the password), else asked for twice without
    echo."""
    if from_stdin:
        line = sys.stdin.readline()
        line = line[:-1] if line.endswith("\n") else line
        return line[:-1] if line.endswith("\r") else line
    value: str = click.prompt("Password", hide_input=True, confirmation_prompt=True)
    return value


password_stdin = click.option(
    "--password-stdin",
    is_flag=True,
    help="Read the password from the first line of standard input (for scripts): all of"
    " it but the line end, spaces included.",
)


@click.group("user")
def user_group() -> None:
    """Readers' accounts: add, list, change a password, give a reset link, remove.

    \b
    Example:
      ficshelf user add maren --admin
      ficshelf user list
    """


@user_group.command("add")
@click.argument("name")
@click.option("--admin", is_flag=True, help="An admin may delete any comment.")
@password_stdin
@db_option
def add(name: str, admin: bool, password_stdin: bool, db_url: str | None) -> None:
    """Add an account called NAME (2 to 40 letters, digits, - or _; unique in any case);
    the password (at least 8 characters) is asked for.

    \b
    Example:
      ficshelf user add maren
      echo 'a long passphrase' | ficshelf user add ivo --admin --password-stdin
    """
    from ficshelf.accounts import check_name, create_account

    check_name(name)
    db = open_existing(db_url)
    try:
        password = _password(password_stdin)
        with db.begin() as conn:
            account = create_account(conn, name, password, is_admin=admin)
    finally:
        db.close()
    click.echo(f"Added {'admin ' if account.is_admin else ''}account {account.name}.")


@user_group.command("list")
@db_option
def list_cmd(db_url: str | None) -> None:
    """List the accounts: name, admin or not, the date each was made.

    \b
    Example:
      ficshelf user list --db sqlite:///library.db
    """
    from ficshelf.store.accounts import all_accounts

    db = open_existing(db_url)
    try:
        with db.connect() as conn:
            found = all_accounts(conn)
    finally:
        db.close()
    if not found:
        click.echo("No accounts yet: add one with ficshelf user add NAME.")
    for account in found:
        role = "admin" if account.is_admin else "reader"
        click.echo(f"{account.name}\t{role}\t{account.created_at:%Y-%m-%d}")


@user_group.command("password")
@click.argument("name")
@password_stdin
@db_option
def password_cmd(name: str, password_stdin: bool, db_url: str | None) -> None:
    """Set a new password for the account NAME (every session of it ends: it logs in
    again everywhere).

    \b
    Example:
      ficshelf user password maren
    """
    from ficshelf.accounts import change_password
    from ficshelf.store.accounts import account_named

    db = open_existing(db_url)
    try:
        with db.connect() as conn:  # say "no such account" before asking for a password
            if account_named(conn, name) is None:
                raise NotFound(f"no account named {name!r}")
        password = _password(password_stdin)
        with db.begin() as conn:
            account = change_password(conn, name, password)
    finally:
        db.close()
    click.echo(f"Changed the password of {account.name}.")


@user_group.command("reset-link")
@click.argument("name")
@click.option(
    "--hours",
    type=click.IntRange(1, 24 * 14),
    default=24,
    show_default=True,
    help="How long the link works (at most two weeks).",
)
@click.option(
    "--url",
    "base_url",
    envvar="FICSHELF_PUBLIC_URL",
    metavar="URL",
    help="The archive's address as readers reach it, sub-path included"
    " (https://fics.example.org/fics); without it the link is printed as a path."
    "  [env: FICSHELF_PUBLIC_URL]",
)
@db_option
def reset_link_cmd(name: str, hours: int, base_url: str | None, db_url: str | None) -> None:
    """Print a one-time link where the reader NAME sets a new password, for a host with
    no mail server: send it to them by whatever means. It works once, for --hours; using
    it ends every session of the account. A new link replaces the account's earlier one.

    \b
    Example:
      ficshelf user reset-link maren --url https://fics.example.org
      ficshelf user reset-link ivo --hours 2
    """
    from urllib.parse import quote

    from ficshelf.accounts import reset_link

    db = open_existing(db_url)
    try:
        with db.begin() as conn:
            account, token, expires = reset_link(conn, name, hours)
    finally:
        db.close()
    path = f"/password-reset/{quote(account.name, safe='')}/{token}"
    link = (base_url or "").rstrip("/") + path
    click.echo(
        f"A one-time link for {account.name} to set a new password, valid for"
        f" {hours} hour{'s' if hours != 1 else ''} (until {expires:%Y-%m-%d %H:%M} UTC):"
    )
    click.echo(f"  {link}")
    if not base_url:
        click.echo("Put the archive's address before it (or give --url).")
    click.echo("Send it to them yourself; it works once, and using it ends every session.")


@user_group.command("remove")
@click.argument("name")
@click.option("--yes", is_flag=True, help="Do not ask for confirmation.")
@db_option
def remove(name: str, yes: bool, db_url: str | None) -> None:
    """Remove the account NAME: its kudos, bookmarks, reading history and sessions go,
    its comments stay, shown as a deleted account's; says how many of each.

    \b
    Example:
      ficshelf user remove ivo --yes
    """
    from ficshelf.store.accounts import account_named, holdings_of, remove_account

    if not yes:
        click.confirm(f"Remove the account {name}?", abort=True)
    db = open_existing(db_url)
    try:
        with db.begin() as conn:
            found = account_named(conn, name)
            held = None if found is None else holdings_of(conn, found.id)
            account = remove_account(conn, name)  # (NotFound without one)
    finally:
        db.close()
    assert held is not None
    entries = _plural(held.readings, "history entry", "history entries")
    click.echo(
        f"Removed account {account.name}: {_plural(held.kudos, 'kudos', 'kudos')}, "
        f"{_plural(held.bookmarks, 'bookmark')}, {entries}; "
        f'{_plural(held.comments, "comment")} kept, shown as "(deleted account)".'
    )
