"""Accounts: sign up, log in, log out, a reader's public page, one's own bookmarks and
account settings (a new password, removing the account), and the page of a one-time
password reset link (``ficshelf user reset-link``).

Log-in and sign-up take ``next``, a path inside this archive to go back to (anything else,
a path outside the sub-path it is served under included, is ignored: ``inside_archive``).
A refused log-in says only that the name and password do not match
(``accounts.GENERIC_FAILURE``), with a 401; too many failures as one name are a 429
(``accounts.MAX_FAILED_LOGINS`` in ``FAILURE_WINDOW``). The account forms, like the
exclusions form, are refused (403) when the browser says they were posted from another
site (``Origin``, ``Sec-Fetch-Site``), on top of the CSRF token every POST needs; the
JSON twins of the log-in and sign-up forms carry that token (``csrf_token``) for a script.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any
from urllib.parse import unquote, urlsplit, urlunsplit

from flask import Blueprint, abort, redirect, request, session, url_for
from flask.typing import ResponseReturnValue
from flask_login import login_user, logout_user
from flask_wtf.csrf import generate_csrf
from werkzeug.exceptions import Forbidden
from werkzeug.wrappers import Response

from ficshelf import accounts
from ficshelf.errors import AccountError, InvalidInput, LoginFailed, NotFound, TooManyLogins
from ficshelf.store.accounts import Account, account_named, end_session
from ficshelf.store.comments import comment_count_of_user
from ficshelf.store.readings import history_on
from ficshelf.web.accounts import Reader, begin_session, signed_in, signup_open
from ficshelf.web.bookmark_filter import listed_bookmarks
from ficshelf.web.errors import error_response, refusal_status
from ficshelf.web.rendering import Format, current_url, page_route, render
from ficshelf.web.request_args import database, reading
from ficshelf.web.urls import local_path

bp = Blueprint("accounts", __name__)


def inside_archive(target: str | None) -> str | None:
    """Return ``target`` when it is a path inside this archive (``urls.local_path``, and
    under the sub-path it is served under, ``..`` and ``.`` segments resolved first), with
    those segments resolved; else ``None``."""
    target = local_path(target)
    if target is None:
        return None
    parts = urlsplit(target)
    kept: list[str] = []
    for segment in parts.path.split("/")[1:]:
        plain = unquote(segment)
        if plain == "..":
            if kept:
                kept.pop()
        elif plain != ".":
            kept.append(segment)
    path = "/" + "/".join(kept)
    root = request.script_root
    if root and path != root and not path.startswith(root + "/"):
        return None
    return urlunsplit(("", "", path, parts.query, parts.fragment))


def next_path(default: str | None = None) -> str:
    """The archive's path of the form's (or query's) ``next``, else ``default`` (the home
    page)."""
    wanted = request.form.get("next") or request.args.get("next")
    return inside_archive(wanted) or default or url_for("home.index")


def same_site() -> None:
    """Refuse (403) an account form the browser says another site posted: by
    ``Sec-Fetch-Site``, or an ``Origin`` of another host (as the exclusions form does)."""
    refusal = "account forms can only be sent from this archive's own pages"
    if request.headers.get("Sec-Fetch-Site", "same-origin") not in ("same-origin", "none"):
        raise Forbidden(refusal)
    origin = request.headers.get("Origin")
    if origin and origin != "null" and urlsplit(origin).netloc != request.host:
        raise Forbidden(refusal)


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
        "next": inside_archive(request.form.get("next") or request.args.get("next")) or "",
        "name": "",
        "error": None,
        "csrf_token": generate_csrf(),
    }
    return render(template, fmt, **{**base, **context}), status


@page_route(bp, "/login")
def login(fmt: Format) -> ResponseReturnValue:
    """The log-in form: ``user`` (the signed-in reader's name, or ``null``), ``signup``
    ("open" or "closed"), ``next`` (where a log-in goes back to), ``name``, ``error``
    (``null``; after a refused log-in, why) and ``csrf_token`` (the session's token, which
    a script posts back with the form, as the session cookie this answer sets)."""
    return _form("login.html", fmt)


@bp.route("/login", methods=["POST"])
def login_post() -> ResponseReturnValue:
    """Log in with form fields ``name`` and ``password``; a 303 to ``next``."""
    same_site()
    name = request.form.get("name", "")
    refused: AccountError | None = None
    with database().begin() as conn:  # a failure is recorded: commit it too
        try:
            account = accounts.authenticate(conn, name, request.form.get("password", ""))
            reader = begin_session(conn, account)
        except (LoginFailed, TooManyLogins) as exc:
            refused = exc
    if refused is not None:
        status = refusal_status(refused)
        shown = name.replace("\x00", "")[:40]
        return _form("login.html", "html", status, name=shown, error=str(refused))
    _sign_in(reader)
    return redirect(next_path(), code=303)


def _sign_in(reader: Reader) -> None:
    _end_this_session()
    session.clear()  # nothing from before the log-in is kept
    login_user(reader)


def _end_this_session() -> None:
    reader = signed_in()
    if reader is not None:
        with database().begin() as conn:
            end_session(conn, reader.token)


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
    same_site()
    if not signup_open():
        abort(403, "Sign-ups are closed on this archive: its host adds accounts.")
    name, password = request.form.get("name", ""), request.form.get("password", "")
    try:
        if password != request.form.get("password2", ""):
            raise InvalidInput("The two passwords differ.")
        with database().begin() as conn:
            reader = begin_session(conn, accounts.create_account(conn, name, password))
    except AccountError as exc:
        status = refusal_status(exc)
        shown = name.replace("\x00", "")[:40]
        return _form("signup.html", "html", status, name=shown, error=str(exc))
    _sign_in(reader)
    return redirect(next_path(), code=303)


@bp.route("/logout", methods=["POST"])
def logout() -> ResponseReturnValue:
    """Log out (a form's POST, so no other site can do it), ending the session on the
    server: a saved copy of the cookie is a visitor's from then on; a 303 to ``next``."""
    same_site()
    _end_this_session()
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


def _settings(
    fmt: Format, reader: Reader, status: int = 200, **context: Any
) -> ResponseReturnValue:
    done = request.args.get("done")
    with reading() as conn:
        keeps_history = history_on(conn, reader.id)
    base = {
        "user": reader.name,
        "error": None,
        "failed": None,
        "done": done,
        "history": keeps_history,
    }
    return render("account.html", fmt, **{**base, **context}), status


def _posting_reader() -> Reader:
    same_site()
    reader = signed_in()
    if reader is None:
        abort(401, "Log in to change your account.")
    return reader


@page_route(bp, "/account")
def settings(fmt: Format) -> ResponseReturnValue:
    """The signed-in reader's account settings: ``user`` (the name), ``done`` ("password"
    after a change of password, "reset" after a new one set with a reset link,
    "history-on" or "history-off" after the history setting changed), ``error`` and
    ``failed`` (which form it is about: "password" or "remove"), and ``history``: whether
    their reading history is on (``views.history``). A visitor is sent to log in (JSON: a
    401)."""
    reader = reader_or_login(fmt)
    if isinstance(reader, Response):
        return reader
    return _settings(fmt, reader)


@bp.route("/account/password", methods=["POST"])
def change_password() -> ResponseReturnValue:
    """Change the signed-in reader's password: form fields ``old``, ``password`` and
    ``password2`` (the same again). Every other session of the account ends; a 303 to
    ``/account``. A wrong old password is a 401 (it counts as a failed log-in: too many
    are a 429), a bad or mismatched new one a 400, each with the page saying why."""
    reader = _posting_reader()
    new = request.form.get("password", "")
    refused: AccountError | None = None
    with database().begin() as conn:  # a wrong old password is recorded: commit it too
        try:
            if new != request.form.get("password2", ""):
                raise InvalidInput("The two new passwords differ.")
            old = request.form.get("old", "")
            account, token = accounts.change_own_password(conn, reader.name, old, new)
        except AccountError as exc:
            refused = exc
    if refused is not None:
        status = refusal_status(refused)
        return _settings("html", reader, status, error=str(refused), failed="password")
    session.clear()
    login_user(Reader(account, token))
    return redirect(url_for("accounts.settings", done="password"), code=303)


@bp.route("/account/remove", methods=["POST"])
def remove_account() -> ResponseReturnValue:
    """Remove the signed-in reader's account, form field ``password`` confirming it: as
    ``ficshelf user remove`` does (kudos, bookmarks and reading history go, comments stay
    as a deleted account's; every session ends); a 303 to the home page. A wrong password is a 401
    (a 429 after too many), with the page saying why."""
    reader = _posting_reader()
    refused: AccountError | None = None
    with database().begin() as conn:
        try:
            accounts.remove_own_account(conn, reader.name, request.form.get("password", ""))
        except AccountError as exc:
            refused = exc
    if refused is not None:
        status = refusal_status(refused)
        return _settings("html", reader, status, error=str(refused), failed="remove")
    logout_user()
    session.clear()
    return redirect(url_for("home.index"), code=303)


def _reset_answer(body: str | Response, status: int = 200) -> Response:
    """The reset page, kept out of caches (its address holds the token; the archive's
    ``Referrer-Policy: same-origin`` keeps it from other sites, and lets Flask-WTF check
    the form's ``Referer`` behind HTTPS)."""
    answer = body if isinstance(body, Response) else Response(body, mimetype="text/html")
    answer.status_code = status
    answer.headers["Cache-Control"] = "no-store"
    return answer


class _LinkRefused(Exception):
    """A reset link that does not work, answered with ``response``."""

    def __init__(self, response: Response) -> None:
        super().__init__(response.status)
        self.response = response


def _refused_link(exc: NotFound | TooManyLogins) -> _LinkRefused:
    """The answer to a reset link that does not work (404; 429 after too many failures):
    the error page saying why (``accounts.INVALID_RESET`` says to ask the host for a new
    link), with a way on: the log-in page, for a reader who knows their password; kept
    out of caches."""
    status = 404 if isinstance(exc, NotFound) else refusal_status(exc)
    page = error_response(status, str(exc), log_in=url_for("accounts.login"))
    return _LinkRefused(_reset_answer(page, status))


def _checked_reset(name: str, token: str) -> tuple[Account, datetime]:
    """The account and expiry of a live reset link; a failure is committed (it counts as
    a failed log-in) before the refusal is raised (``_refused_link``: 404, or 429 after too
    many)."""
    refused: NotFound | TooManyLogins | None = None
    with database().begin() as conn:
        try:
            return accounts.check_reset(conn, name, token)
        except (NotFound, TooManyLogins) as exc:
            refused = exc
    raise _refused_link(refused)


def _reset_form(
    fmt: Format, account: Account, expires: datetime, status: int = 200, error: str | None = None
) -> Response:
    page = render(
        "password_reset.html",
        fmt,
        user=account.name,
        expires_at=expires,
        error=error,
        csrf_token=generate_csrf(),
    )
    return _reset_answer(page, status)


@page_route(bp, "/password-reset/<segment:name>/<segment:token>")
def password_reset(fmt: Format, name: str, token: str) -> ResponseReturnValue:
    """The form where a reader sets a new password with a one-time link from the host
    (``ficshelf user reset-link``): ``user`` (the account's name), ``expires_at`` (when the
    link stops working), ``error`` (``null``) and ``csrf_token``. A link that does not work
    (used, expired, replaced, or never made) is a 404, and counts as a failed log-in as
    that name: 10 in 15 minutes are a 429, as for log-ins; its page links the log-in
    page and says to ask the host for a new link."""
    try:
        account, expires = _checked_reset(name, token)
    except _LinkRefused as refused:
        return refused.response
    return _reset_form(fmt, account, expires)


@bp.route("/password-reset/<segment:name>/<segment:token>", methods=["POST"])
def password_reset_post(name: str, token: str) -> ResponseReturnValue:
    """Set a new password with a reset link: form fields ``password`` and ``password2``
    (the same again). The link is used up, every session of the account ends, and this
    browser is signed in; a 303 to ``/account``. A bad or mismatched password gets the
    form again with why (400; the link still works); a link that does not work is a 404
    (a 429 after too many failures as the name)."""
    same_site()
    try:
        account, expires = _checked_reset(name, token)
    except _LinkRefused as refused:
        return refused.response
    new = request.form.get("password", "")
    try:
        if new != request.form.get("password2", ""):
            raise InvalidInput("The two passwords differ.")
        with database().begin() as conn:
            changed, session_token = accounts.reset_password(conn, account.name, token, new)
    except InvalidInput as exc:
        return _reset_form("html", account, expires, 400, str(exc))
    except (NotFound, TooManyLogins) as exc:  # used meanwhile by another request
        return _refused_link(exc).response
    _sign_in(Reader(changed, session_token))
    return _reset_answer(redirect(url_for("accounts.settings", done="reset"), code=303), 303)
