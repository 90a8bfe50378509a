"""Reader accounts: the rules for names and passwords, argon2 hashing and logging in.

The CLI (``ficshelf user``) and the web pages both call these; the SQL is in
``store.accounts``. Passwords are hashed with argon2id (argon2-cffi's defaults); a hash made
with other parameters is replaced by one with today's when its owner next logs in.

Logging in fails the same way, and takes about the same time, whether the name is unknown
or the password wrong: an unknown name is checked against a dummy hash. Every failure is
recorded by the name tried, and after ``MAX_FAILED_LOGINS`` of them in ``FAILURE_WINDOW``
that name cannot log in until the oldest leaves the window (``TooManyLogins``), whoever
tries, so guessing one reader's password is slow however many addresses the guesser has
(and anyone can lock a name out for that long: a host limits log-ins per address at the
proxy, see docs/deployment.md).

A new password ends every session of the account (``store.accounts.end_sessions``); a
reader changing their own on the web (``change_own_password``) starts a new one for the
browser they did it from.

A host with no mail server gives a reader who forgot their password a one-time link
(``reset_link``, ``ficshelf user reset-link``; ``store.password_resets``) and sends it by
whatever means. The link names the account and holds a random token; a token that is not
the account's live link counts as a failed log-in as that name (so guessing is limited as
log-ins are: ``check_reset``), and setting a password with it (``reset_password``) uses it
up, ends every session of the account and starts one for the reader's browser.
"""

from __future__ import annotations

import re
import secrets
from datetime import datetime, timedelta
from functools import cache

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import Connection

from ficshelf.errors import InvalidInput, LoginFailed, NotFound, TooManyLogins
from ficshelf.store import accounts as stored
from ficshelf.store import password_resets as resets
from ficshelf.store.accounts import Account

NAME_PATTERN = re.compile(r"[A-Za-z0-9][A-Za-z0-9_-]{1,39}")
NAME_RULE = (
    "a name is 2 to 40 letters (A-Z, a-z), digits, '-' or '_', starting with a letter or digit"
)
MIN_PASSWORD = 8
MAX_PASSWORD = 1024  # hashing a megabyte of "password" would tie a worker up
MAX_FAILED_LOGINS = 10
FAILURE_WINDOW = timedelta(minutes=15)
SESSION_LIFETIME = timedelta(days=30)
"""How long a session lasts after log-in (the cookie's own lifetime is the browser's)."""
GENERIC_FAILURE = "That name and password do not match an account."
RESET_HOURS = 24
"""How long a reset link works by default."""
MAX_RESET_HOURS = 24 * 14
INVALID_RESET = (
    "This password reset link does not work: it was used, it expired or a newer one"
    " replaced it. Ask the archive's host for a new one."
)

HASHER = PasswordHasher()


def check_name(name: str) -> str:
    """Return ``name`` stripped when it is a valid account name. Raises ``InvalidInput``."""
    name = name.strip()
    if not NAME_PATTERN.fullmatch(name):
        raise InvalidInput(f"{NAME_RULE}; {name!r} is not one")
    return name


def check_password(password: str) -> str:
    """Return ``password`` when it is long enough (and not absurdly long), and not only
    spaces. Raises ``InvalidInput``."""
    if not password.strip():
        raise InvalidInput("a password cannot be only spaces")
    if not stored.storable(password):
        raise InvalidInput("a password cannot hold a NUL character")
    if len(password) < MIN_PASSWORD:
        raise InvalidInput(f"a password needs at least {MIN_PASSWORD} characters")
    if len(password) > MAX_PASSWORD:
        raise InvalidInput(f"a password has at most {MAX_PASSWORD} characters")
    return password


def hash_password(password: str, hasher: PasswordHasher = HASHER) -> str:
    """Return the argon2 hash of ``password`` (checked by ``check_password``)."""
    return hasher.hash(check_password(password))


@cache
def _dummy_hash() -> str:
    return HASHER.hash(secrets.token_urlsafe(16))


def create_account(
    conn: Connection, name: str, password: str, *, is_admin: bool = False
) -> Account:
    """Create an account. Raises ``InvalidInput`` for a bad name or password and
    ``NameTaken`` when the name (in any case) is another account's."""
    return stored.create_account(conn, check_name(name), hash_password(password), is_admin=is_admin)


def change_password(conn: Connection, name: str, password: str) -> Account:
    """Give the account ``name`` a new password, ending all its sessions. Raises
    ``NotFound``, ``InvalidInput``."""
    account = stored.account_named(conn, name)
    if account is None:
        raise NotFound(f"no account named {name!r}")
    _new_password(conn, account, hash_password(password), name)
    return account


def _new_password(conn: Connection, account: Account, password_hash: str, name: str) -> None:
    """Give ``account`` the password of ``password_hash``: every session of it ends and the
    failed log-ins as ``name`` (the name it was looked up by) are forgotten."""
    stored.set_password_hash(conn, account.id, password_hash)
    stored.end_sessions(conn, account.id)
    stored.clear_failed_logins(conn, name)


def change_own_password(conn: Connection, name: str, old: str, new: str) -> tuple[Account, str]:
    """A reader's own change of password: ``old`` must be the account's (checked, and
    limited, as a log-in is), ``new`` a valid password. Every session of the account ends;
    returns the account and the token of a new session for the reader's browser. Raises
    ``LoginFailed`` (the old password is wrong: the caller commits, the failure counts),
    ``TooManyLogins``, ``InvalidInput``."""
    account = authenticate(conn, name, old)
    check_password(new)
    changed = change_password(conn, account.name, new)
    return changed, stored.start_session(conn, changed.id, SESSION_LIFETIME)


def remove_own_account(conn: Connection, name: str, password: str) -> Account:
    """A reader's removal of their own account, ``password`` confirming it (checked as a
    log-in is): as ``ficshelf user remove`` does. Raises ``LoginFailed``,
    ``TooManyLogins``."""
    account = authenticate(conn, name, password)
    return stored.remove_account(conn, account.name)


def authenticate(
    conn: Connection, name: str, password: str, hasher: PasswordHasher = HASHER
) -> Account:
    """Return the account ``name`` when ``password`` is its password, rehashing it when the
    hash's parameters are not ``hasher``'s. Raises ``TooManyLogins`` after too many recent
    failures as ``name``, else ``LoginFailed`` for an unknown name or a wrong password
    (recorded either way). The caller commits ``conn`` whatever happens."""
    name = name.strip()
    _too_many(conn, name)
    account = stored.account_named(conn, name) if name and len(name) <= 255 else None
    if len(password) > MAX_PASSWORD:  # no account has one: check a dummy, for the time
        account, password = None, password[:MAX_PASSWORD]
    stored_hash = account.password_hash if account else _dummy_hash()
    try:
        hasher.verify(stored_hash, password)
        matched = account is not None
    except (VerificationError, InvalidHashError):
        matched = False
    if not matched or account is None:
        stored.record_failed_login(conn, name, FAILURE_WINDOW)
        raise LoginFailed(GENERIC_FAILURE)
    stored.clear_failed_logins(conn, name)
    if hasher.check_needs_rehash(account.password_hash):
        stored.set_password_hash(conn, account.id, hasher.hash(password))
    return account


def reset_link(
    conn: Connection, name: str, hours: int = RESET_HOURS
) -> tuple[Account, str, datetime]:
    """Make a one-time reset link for the account ``name``, valid for ``hours`` (from 1 to
    ``MAX_RESET_HOURS``), replacing any earlier one. Returns the account, the link's token
    and when it expires. Raises ``NotFound``, ``InvalidInput`` for ``hours`` out of range."""
    if not 1 <= hours <= MAX_RESET_HOURS:
        raise InvalidInput(f"a reset link lasts from 1 to {MAX_RESET_HOURS} hours, not {hours}")
    account = stored.account_named(conn, name)
    if account is None:
        raise NotFound(f"no account named {name!r}")
    token, expires = resets.create_reset(conn, account.id, timedelta(hours=hours))
    return account, token, expires


def _too_many(conn: Connection, name: str) -> None:
    if stored.failed_logins(conn, name, FAILURE_WINDOW) >= MAX_FAILED_LOGINS:
        minutes = int(FAILURE_WINDOW.total_seconds() // 60)
        raise TooManyLogins(
            f"Too many failed log-ins as this name: try again in {minutes} minutes."
        )


def check_reset(conn: Connection, name: str, token: str) -> tuple[Account, datetime]:
    """Return the account ``name`` and when its link expires, when ``token`` is its live
    reset link. Raises ``TooManyLogins`` after too many recent failures as ``name``, else
    ``NotFound`` (``INVALID_RESET``) for a token that is not, recorded as a failed log-in:
    the caller commits ``conn`` whatever happens."""
    _too_many(conn, name)
    found = resets.reset_holder(conn, name, token)
    if found is None:
        stored.record_failed_login(conn, name, FAILURE_WINDOW)
        raise NotFound(INVALID_RESET)
    return found


def reset_password(conn: Connection, name: str, token: str, new: str) -> tuple[Account, str]:
    """Set the password of account ``name`` to ``new`` with its reset link ``token``,
    using the link up: every session of the account ends and its failed log-ins are
    forgotten. Returns the account and the token of a new session for the reader's
    browser. Raises as ``check_reset`` does, and ``InvalidInput`` for a bad password (the
    link still works then)."""
    account, _ = check_reset(conn, name, token)
    password_hash = hash_password(new)
    if not resets.use_reset(conn, account.id, token):  # used meanwhile by another request
        raise NotFound(INVALID_RESET)
    _new_password(conn, account, password_hash, name)
    return account, stored.start_session(conn, account.id, SESSION_LIFETIME)
