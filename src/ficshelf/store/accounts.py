"""Reader accounts in the database: users, their sessions, failed log-ins and the
library's secret.

Only SQL lives here; names are checked and passwords hashed by ``ficshelf.accounts``, which
is what the CLI and the web call. A name is unique however it is cased: ``name_key`` holds
its casefolded form (``name_key``) and the unique constraint is on it. A name PostgreSQL
could not hold (a NUL character) is no account's: looking it up finds nothing, on either
backend, and a failed log-in as it is recorded under a stand-in.

A signed-in session is a random token (``start_session``): the browser's cookie holds the
token, the ``sessions`` table only its SHA-256, so neither a copy of the table nor the
cookie tells anything of the password. Logging out deletes the session
(``end_session``); a new password or removing the account deletes all of its.
"""

from __future__ import annotations

import hashlib
import secrets
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any

from sqlalchemy import Connection, Row, delete, func, insert, select, update
from sqlalchemy.exc import IntegrityError

from ficshelf.errors import NameTaken, NotFound
from ficshelf.store.library_copy import in_utc
from ficshelf.store.portable import confine_failure, insert_new
from ficshelf.store.schema import (
    bookmarks,
    comments,
    kudos,
    login_failures,
    readings,
    sessions,
    settings,
    users,
)

SECRET_KEY = "secret_key"


@dataclass(frozen=True, slots=True)
class Account:
    """An account as the archive shows it; ``password_hash`` never leaves the server."""

    id: int
    name: str
    is_admin: bool
    created_at: datetime
    password_hash: str = field(repr=False)


def name_key(name: str) -> str:
    """The form names are compared in: casefolded ("Maren" and "MAREN" are one name)."""
    return name.strip().casefold()


def storable(text: str) -> bool:
    """Whether both backends can hold ``text``: PostgreSQL's text refuses NUL, and a lone
    surrogate is no UTF-8."""
    if "\x00" in text:
        return False
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def _failure_key(name: str) -> str:
    """``name_key`` of a name tried at log-in, with what no backend can hold replaced."""
    key = name_key(name)
    if not storable(key):
        key = key.replace("\x00", "\ufffd").encode("utf-8", "replace").decode("utf-8")
    return key[:255]


def _account(row: Row[Any]) -> Account:
    return Account(
        id=row.id,
        name=row.name,
        is_admin=bool(row.is_admin),
        created_at=in_utc(row.created_at) or datetime.now(UTC),
        password_hash=row.password_hash,
    )


def create_account(
    conn: Connection, name: str, password_hash: str, *, is_admin: bool = False
) -> Account:
    """Store a new account and return it. Raises ``NameTaken`` when the name (in any case)
    is another account's."""
    now = datetime.now(UTC)
    row = {
        "name": name,
        "name_key": name_key(name),
        "password_hash": password_hash,
        "is_admin": is_admin,
        "created_at": now,
    }
    try:
        with confine_failure(conn):
            new_id = conn.execute(insert(users).values(row).returning(users.c.id)).scalar_one()
    except IntegrityError:
        raise NameTaken(f"The name {name!r} is taken.") from None
    return Account(new_id, name, is_admin, now, password_hash)


def account_named(conn: Connection, name: str) -> Account | None:
    """Return the account called ``name`` in any case, or ``None`` (also for a name no
    account can have, such as one with a NUL character)."""
    if not storable(name) or len(name) > 255:
        return None
    row = conn.execute(select(users).where(users.c.name_key == name_key(name))).first()
    return None if row is None else _account(row)


def account_by_id(conn: Connection, user_id: int) -> Account | None:
    """Return account ``user_id``, or ``None`` (it was removed)."""
    row = conn.execute(select(users).where(users.c.id == user_id)).first()
    return None if row is None else _account(row)


def all_accounts(conn: Connection) -> tuple[Account, ...]:
    """Return every account, by name."""
    rows = conn.execute(select(users).order_by(users.c.name_key))
    return tuple(_account(row) for row in rows)


def set_password_hash(conn: Connection, user_id: int, password_hash: str) -> None:
    """Replace the password hash of account ``user_id`` (its sessions stay: the caller
    ends them, ``end_sessions``). Raises ``NotFound``."""
    done = conn.execute(
        update(users).where(users.c.id == user_id).values(password_hash=password_hash)
    ).rowcount
    if not done:
        raise NotFound(f"no account {user_id}")


@dataclass(frozen=True, slots=True)
class Holdings:
    """What an account holds, as removing it says: the ``kudos``, ``bookmarks`` and
    history entries (``readings``) that go with it, and the ``comments`` (not deleted
    ones) that stay, shown as a deleted account's."""

    kudos: int
    bookmarks: int
    readings: int
    comments: int


def holdings_of(conn: Connection, user_id: int) -> Holdings:
    """What account ``user_id`` holds (``Holdings``), one count a table."""

    def count(*where: Any) -> int:
        return int(conn.execute(select(func.count()).where(*where)).scalar_one())

    return Holdings(
        kudos=count(kudos.c.user_id == user_id),
        bookmarks=count(bookmarks.c.user_id == user_id),
        readings=count(readings.c.user_id == user_id),
        comments=count(comments.c.user_id == user_id, comments.c.deleted.is_(False)),
    )


def remove_account(conn: Connection, name: str) -> Account:
    """Remove the account called ``name``: its kudos, bookmarks and reading history go with
    it, its comments stay, shown as a deleted account's. Returns what was removed; raises
    ``NotFound``."""
    account = account_named(conn, name)
    if account is None:
        raise NotFound(f"no account named {name!r}")
    # Said here rather than left to ON DELETE SET NULL, so it holds whatever the backend.
    conn.execute(update(comments).where(comments.c.user_id == account.id).values(user_id=None))
    end_sessions(conn, account.id)
    conn.execute(delete(users).where(users.c.id == account.id))
    return account


def failed_logins(conn: Connection, name: str, window: timedelta) -> int:
    """Return how many log-ins as ``name`` failed in the last ``window``."""
    since = datetime.now(UTC) - window
    query = select(func.count()).where(
        login_failures.c.name_key == _failure_key(name), login_failures.c.failed_at > since
    )
    return int(conn.execute(query).scalar_one())


def record_failed_login(conn: Connection, name: str, window: timedelta) -> None:
    """Record a failed log-in as ``name`` (known or not), dropping failures older than
    ``window`` (of every name: the table holds only the window's)."""
    now = datetime.now(UTC)
    conn.execute(delete(login_failures).where(login_failures.c.failed_at <= now - window))
    conn.execute(insert(login_failures).values(name_key=_failure_key(name), failed_at=now))


def clear_failed_logins(conn: Connection, name: str) -> None:
    """Forget the failed log-ins as ``name`` (after one that succeeded)."""
    conn.execute(delete(login_failures).where(login_failures.c.name_key == _failure_key(name)))


def token_hash(token: str) -> str:
    """The SHA-256 (hex) of a session's or a reset link's ``token``: what the database
    keeps instead of the token."""
    return hashlib.sha256(token.encode("utf-8", "replace")).hexdigest()


def start_session(conn: Connection, user_id: int, lifetime: timedelta) -> str:
    """Begin a session of account ``user_id`` and return its token (for the cookie; only
    its hash is stored). Sessions older than ``lifetime``, of any account, are dropped."""
    now = datetime.now(UTC)
    conn.execute(delete(sessions).where(sessions.c.created_at <= now - lifetime))
    token = secrets.token_urlsafe(32)
    conn.execute(
        insert(sessions).values(token_hash=token_hash(token), user_id=user_id, created_at=now)
    )
    return token


def session_account(conn: Connection, token: str, lifetime: timedelta) -> Account | None:
    """Return the account whose session ``token`` is, or ``None``: no such session (it
    ended, or never was) or one older than ``lifetime``."""
    if not token or len(token) > 100 or not storable(token):
        return None
    since = datetime.now(UTC) - lifetime
    row = conn.execute(
        select(users)
        .join(sessions, sessions.c.user_id == users.c.id)
        .where(sessions.c.token_hash == token_hash(token), sessions.c.created_at > since)
    ).first()
    return None if row is None else _account(row)


def end_session(conn: Connection, token: str) -> None:
    """End the session ``token`` (log-out); nothing happens for one that is not there."""
    conn.execute(delete(sessions).where(sessions.c.token_hash == token_hash(token)))


def end_sessions(conn: Connection, user_id: int) -> int:
    """End every session of account ``user_id``; returns how many there were."""
    return int(conn.execute(delete(sessions).where(sessions.c.user_id == user_id)).rowcount)


def library_secret(conn: Connection) -> str:
    """Return the library's session-signing secret, creating it the first time: every
    server process and thread of one library reads the same one, and it survives restarts."""
    found = conn.execute(select(settings.c.value).where(settings.c.key == SECRET_KEY)).scalar()
    if found:
        return str(found)
    fresh = {"key": SECRET_KEY, "value": secrets.token_urlsafe(48)}
    insert_new(conn, settings, [fresh], unique=[settings.c.key])
    # Another process may have made one first: its secret is the one kept.
    return str(
        conn.execute(select(settings.c.value).where(settings.c.key == SECRET_KEY)).scalar_one()
    )
