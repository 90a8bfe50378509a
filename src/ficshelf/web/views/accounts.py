"""Accounts: sign up, log in, log out, a reader's public page and one's own bookmarks.

Log-in and sign-up take ``next``, a path on this archive to go back to (anything else is
ignored: ``urls.local_path``). A refused log-in says only that the name and password do
not match (``accounts.GENERIC_FAILURE``), with a 401; too many failures as one name are
a 429 (``accounts.MAX_FAILED_LOGINS`` in ``FAILURE_WINDOW``).
"""

from __future__ import annotations

from typing import Any

from flask import Blueprint, abort, redirect, request, session, url_for
from flask.typing import ResponseReturnValue
from flask_login import login_user, logout_user
from werkzeug.wrappers import Response

from ficshelf import accounts
from ficshelf.errors import AccountError, InvalidInput, LoginFailed, NotFound, TooManyLogins
from ficshelf.store.accounts import account_named
from ficshelf.store.comments import comment_count_of_user
from ficshelf.web.accounts import Reader, signed_in, signup_open
from ficshelf.web.bookmark_filter import listed_bookmarks
from ficshelf.web.errors import refusal_status
from ficshelf.web.rendering import Format, current_url, page_route, render
from ficshelf.web.request_args import database, reading
from ficshelf.web.urls import local_path

bp = Blueprint("accounts", __name__)


def next_path(default: str | None = None) -> str:
    """The local path of the form's (or query's) ``next``, else ``default`` (the home page)."""
    wanted = request.form.get("next") or request.args.get("next")
    return local_path(wanted) or default or url_for("home.index")


def login_url() -> str:
    """The log-in page, coming back to the current page afterwards."""
    return url_for("accounts.login", next=current_url())


def reader_or_login(fmt: Format) -> Reader | Response:
    """The signed-in reader, or the answer for a visitor: a redirect to log in (a page),
    a 401 (JSON)."""
    reader = signed_in()
    if reader is not None:
        return reader
    if fmt == "json":
        abort(401, "Log in to see this.")
    return redirect(login_url(), code=303)


def _form(template: str, fmt: Format, status: int = 200, **context: Any) -> ResponseReturnValue:
    reader = signed_in()
    base = {
        "user": reader.name if reader else None,
        "signup": "open" if signup_open() else "closed",
        "next": local_path(request.form.get("next") or request.args.get("next")) or "",
        "name": "",
        "error": None,
    }
    return render(template, fmt, **{**base, **context}), status


@page_route(bp, "/login")
def login(fmt: Format) -> ResponseReturnValue:
    """The log-in form: ``user`` (the signed-in reader's name, or ``null``), ``signup``
    ("open" or "closed"), ``next`` (where a log-in goes back to), ``name`` and ``error``
    (``null``; after a refused log-in, why)."""
    return _form("login.html", fmt)


@bp.route("/login", methods=["POST"])
def login_post() -> ResponseReturnValue:
    """Log in with form fields ``name`` and ``password``; a 303 to ``next``."""
    name = request.form.get("name", "")
    refused: AccountError | None = None
    with database().begin() as conn:  # a failure is recorded: commit it too
        try:
            account = accounts.authenticate(conn, name, request.form.get("password", ""))
        except (LoginFailed, TooManyLogins) as exc:
            refused = exc
    if refused is not None:
        status = refusal_status(refused)
        return _form("login.html", "html", status, name=name[:40], error=str(refused))
    session.clear()  # nothing from before the log-in is kept
    login_user(Reader(account))
    return redirect(next_path(), code=303)


@page_route(bp, "/signup")
def signup(fmt: Format) -> ResponseReturnValue:
    """The sign-up form (or, when sign-ups are closed, what to do instead): the same
    fields as ``/login.json``."""
    return _form("signup.html", fmt)


@bp.route("/signup", methods=["POST"])
def signup_post() -> ResponseReturnValue:
    """Create an account from ``name``, ``password`` and ``password2`` (the same again)
    and log in; a 303 to ``next``. A 403 when sign-ups are closed; the form again with
    why for a bad name or password (400) or a taken name (409)."""
    if not signup_open():
        abort(403, "Sign-ups are closed on this archive: its host adds accounts.")
    name, password = request.form.get("name", ""), request.form.get("password", "")
    try:
        if password != request.form.get("password2", ""):
            raise InvalidInput("The two passwords differ.")
        with database().begin() as conn:
            account = accounts.create_account(conn, name, password)
    except AccountError as exc:
        status = refusal_status(exc)
        return _form("signup.html", "html", status, name=name[:40], error=str(exc))
    session.clear()
    login_user(Reader(account))
    return redirect(next_path(), code=303)


@bp.route("/logout", methods=["POST"])
def logout() -> ResponseReturnValue:
    """Log out (a form's POST, so no other site can do it); a 303 to ``next``."""
    logout_user()
    session.clear()
    return redirect(next_path(), code=303)


@page_route(bp, "/users/<segment:name>")
def user(fmt: Format, name: str) -> ResponseReturnValue:
    """A reader's page: ``user`` (``name``, ``joined``, ``comments``: how many comments
    they left) and one page of their public ``bookmarks``, newest first (``?page=N``),
    with the ``filter`` asked for (``?tag=``, ``?q=``: ``bookmark_filter``)."""
    with reading() as conn:
        account = account_named(conn, name)
        if account is None:
            raise NotFound(f"no reader named {name!r}")
        listed = listed_bookmarks(conn, account.id, with_private=False)
        count = comment_count_of_user(conn, account.id)
    profile = {"name": account.name, "joined": account.created_at, "comments": count}
    return render("user.html", fmt, user=profile, **listed)


@page_route(bp, "/bookmarks")
def my_bookmarks(fmt: Format) -> ResponseReturnValue:
    """The signed-in reader's own bookmarks, private ones included, newest first
    (``?page=N``, ``?tag=``, ``?q=``): ``user`` (the name), ``bookmarks`` and ``filter``
    (``bookmark_filter``). A visitor is sent to log in
    (JSON: a 401)."""
    reader = reader_or_login(fmt)
    if isinstance(reader, Response):
        return reader
    with reading() as conn:
        listed = listed_bookmarks(conn, reader.id, with_private=True)
    return render("bookmarks.html", fmt, user=reader.name, **listed)
