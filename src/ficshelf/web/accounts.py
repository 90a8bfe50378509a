"""Accounts in the web app: sessions (Flask-Login), CSRF protection (Flask-WTF) and the
secret that signs both.

The secret is ``SECRET_KEY`` from the app's config, else ``FICSHELF_SECRET_KEY`` from the
environment (at least ``MIN_SECRET`` characters: a shorter one is refused), else the
library's own (``store.accounts.library_secret``: made once and kept in the database), so
every waitress thread and process serving one library, and every restart, signs sessions
alike. The session cookie is ``HttpOnly`` and ``SameSite=Lax``,
and ``Secure`` when the host says the site is served over HTTPS
(``FICSHELF_SECURE_COOKIES``: ``ficshelf serve --secure-cookies``).

Every ``POST`` needs the form's CSRF token (``csrf_field()`` in ``_forms.html``), the
exclusions form included; a request without one is a 400. Sessions are kept on the server
(``store.accounts.start_session``): the signed cookie holds only a random token, whose
hash names the session in the database, so logging out ends it for every copy of the
cookie, and changing the password (``ficshelf user password``, or the reader's own on
``/account``) or removing the account ends every session of it.

Who may sign up is ``FICSHELF_SIGNUP``: ``"closed"`` (the default: the host adds accounts
with ``ficshelf user add``) or ``"open"``, in any case.
"""

from __future__ import annotations

import os
from datetime import timedelta
from typing import Any

from flask import Flask, current_app, request
from flask.sessions import SecureCookieSessionInterface
from flask_login import AnonymousUserMixin, LoginManager, UserMixin, current_user
from flask_wtf.csrf import CSRFProtect
from sqlalchemy import Connection

from ficshelf.accounts import SESSION_LIFETIME
from ficshelf.errors import ConfigError
from ficshelf.store.accounts import Account, library_secret, session_account, start_session
from ficshelf.store.db import Database

SIGNUP_KEY = "FICSHELF_SIGNUP"
SECURE_KEY = "FICSHELF_SECURE_COOKIES"
SECRET_ENV = "FICSHELF_SECRET_KEY"
SIGNUP_CHOICES = ("open", "closed")
MIN_SECRET = 32
"""The fewest characters a given secret may have: a short one can be guessed, and whoever
has it can sign cookies."""
MAX_FORM_BYTES = 256 * 1024
"""The largest request body the app reads (``MAX_CONTENT_LENGTH``): forms only, and a
comment is at most ``MAX_COMMENT`` characters."""

csrf = CSRFProtect()


class Reader(UserMixin):  # type: ignore[misc]
    """The signed-in reader as the views see it: id, name, admin flag (no password hash)
    and the token of the session (what the cookie holds)."""

    def __init__(self, account: Account, token: str) -> None:
        self.id = account.id
        self.name = account.name
        self.is_admin = account.is_admin
        self.token = token

    def get_id(self) -> str:
        return self.token


def begin_session(conn: Connection, account: Account) -> Reader:
    """Start a server-side session of ``account`` (committed with ``conn``) and return
    the reader to log in with ``flask_login.login_user``."""
    return Reader(account, start_session(conn, account.id, SESSION_LIFETIME))


class Visitor(AnonymousUserMixin):  # type: ignore[misc]
    """A reader who is not signed in."""

    id = None
    name = None
    is_admin = False


def _load_reader(token: str) -> Reader | None:
    from ficshelf.web.request_args import reading

    with reading() as conn:
        account = session_account(conn, token, SESSION_LIFETIME)
    if account is None:
        return None  # logged out, expired, its password changed or the account removed
    return Reader(account, token)


def signed_in() -> Reader | None:
    """Return the signed-in reader of the current request, or ``None``."""
    user = current_user
    return user if isinstance(user, Reader) else None


def signup_open() -> bool:
    """Whether the app lets visitors create accounts."""
    return bool(current_app.config.get(SIGNUP_KEY) == "open")


def _secret(db: Database, config: dict[str, Any]) -> str:
    given = config.get("SECRET_KEY") or os.environ.get(SECRET_ENV)
    if given:
        if len(str(given)) < MIN_SECRET:
            raise ConfigError(
                f"{SECRET_ENV} needs at least {MIN_SECRET} characters (it signs the session"
                " cookies): make one with  python3 -c 'import secrets;"
                " print(secrets.token_urlsafe(48))'  or leave it unset to use the library's own"
            )
        return str(given)
    with db.begin() as conn:
        return library_secret(conn)


class _ArchiveSessions(SecureCookieSessionInterface):
    """Flask's signed-cookie sessions, the cookie scoped to the archive's own path (``/``,
    or the sub-path a host serves it under), as the exclusions cookie is."""

    def get_cookie_path(self, app: Flask) -> str:
        return request.script_root + "/" if request else super().get_cookie_path(app)


def install(app: Flask, db: Database) -> None:
    """Set up sessions, log-in and CSRF protection on ``app``. Raises ``ConfigError`` for
    a sign-up policy that is neither open nor closed."""
    config = app.config
    config[SIGNUP_KEY] = str(config.get(SIGNUP_KEY) or "closed").strip().lower()
    if config[SIGNUP_KEY] not in SIGNUP_CHOICES:
        raise ConfigError(f"sign-up is open or closed, not {config[SIGNUP_KEY]!r}")
    config["SECRET_KEY"] = _secret(db, config)
    secure = bool(config.get(SECURE_KEY, False))
    config.update(
        SESSION_COOKIE_NAME="ficshelf_session",
        SESSION_COOKIE_HTTPONLY=True,
        SESSION_COOKIE_SAMESITE="Lax",
        SESSION_COOKIE_SECURE=secure,
        REMEMBER_COOKIE_HTTPONLY=True,
        REMEMBER_COOKIE_SAMESITE="Lax",
        REMEMBER_COOKIE_SECURE=secure,
        PERMANENT_SESSION_LIFETIME=timedelta(days=30),
        WTF_CSRF_TIME_LIMIT=None,  # a token is good for the session: a form left open works
    )
    for key in ("MAX_CONTENT_LENGTH", "MAX_FORM_MEMORY_SIZE"):  # Flask's defaults: none, 500 kB
        if config.get(key) is None or config[key] > MAX_FORM_BYTES:
            config[key] = MAX_FORM_BYTES
    app.session_interface = _ArchiveSessions()
    manager = LoginManager()
    manager.anonymous_user = Visitor
    manager.login_view = "accounts.login"
    manager.login_message = "Log in to see that page."
    manager.session_protection = "basic"
    manager.user_loader(_load_reader)
    manager.init_app(app)
    csrf.init_app(app)
    app.jinja_env.globals.update(signup_open=signup_open)
