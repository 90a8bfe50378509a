"""Errors mapped to HTTP statuses in this one place.

``ficshelf.errors.NotFound`` (no such work, chapter, tag or page) is a 404, a refusal of the
accounts has the status ``ACCOUNT_STATUSES`` gives it (a 403 for another reader's
comment, a 429 for too many failed log-ins); werkzeug's HTTP
exceptions keep their status (``BadRequest`` from a bad query argument is a 400); anything
unexpected becomes a 500 without details. Requests for a JSON twin (a path ending in
``.json``, or an ``Accept`` header preferring JSON) get the JSON error body
``{"error": {"status": 404, "message": "..."}}``; others get the HTML error page.

A path that fits a route but for an id that cannot be one ("/works/abc.json",
"/works/4/chapters/0") says which work or chapter there is not, as the views do for an id
that is no work's, rather than werkzeug's generic "not found".
"""

from __future__ import annotations

from typing import Any

from flask import Flask, Response, current_app, jsonify, render_template, request
from werkzeug.exceptions import HTTPException
from werkzeug.routing import BaseConverter, Map

from ficshelf.errors import (
    AccountError,
    InvalidInput,
    LoginFailed,
    NameTaken,
    NotFound,
    NotPermitted,
    PastLastPage,
    TooManyLogins,
)
from ficshelf.web.rendering import last_page_url
from ficshelf.web.urls import CONVERTERS, MAX_ID

TITLES = {
    400: "Bad request",
    401: "Log in first",
    403: "Not allowed",
    404: "Not found",
    405: "Method not allowed",
    409: "Already taken",
    413: "Too large",
    429: "Too many attempts",
    500: "Something went wrong",
}

ACCOUNT_STATUSES: dict[type[AccountError], int] = {
    InvalidInput: 400,
    LoginFailed: 401,
    NotPermitted: 403,
    NameTaken: 409,
    TooManyLogins: 429,
}
"""The status of each refusal of the accounts (``ficshelf.errors.AccountError``)."""


class Refusal(HTTPException):
    """A refusal whose error page has a ``title`` of its own rather than its status's
    (``TITLES``: a 409 is "Already taken" for a name, not for a work marked for later while
    history is off): ``raise Refusal(409, "why", title="History is off")``."""

    def __init__(self, code: int, description: str, *, title: str) -> None:
        super().__init__(description)
        self.code = code
        self.title = title


def wants_json() -> bool:
    """Return whether the current request asks for JSON rather than a page."""
    if request.path.endswith(".json"):
        return True
    best = request.accept_mimetypes.best_match(["text/html", "application/json"])
    return best == "application/json"


def error_response(
    status: int,
    message: str,
    last_page: str | None = None,
    *,
    log_in: str | None = None,
    title: str | None = None,
) -> Response:
    """Return the error body for ``status`` with ``message``, as JSON or as an HTML page
    titled ``title`` (default: the status's, ``TITLES``), which links ``last_page``, the
    URL of a list's last page, and ``log_in``, the log-in page, when given."""
    if wants_json():
        response = jsonify({"error": {"status": status, "message": message}})
    else:
        title = title or TITLES.get(status, "Error")
        page = render_template(
            "error.html",
            status=status,
            title=title,
            message=message,
            last_page=last_page,
            log_in=log_in,
        )
        response = Response(page, mimetype="text/html")
    response.status_code = status
    return response


def _not_found(exc: NotFound) -> Response:
    if isinstance(exc, PastLastPage):
        return error_response(404, str(exc), last_page_url(exc.pages, exc.unit))
    return error_response(404, str(exc))


class _AnyId(BaseConverter):
    """Any path segment where a route wants an id, kept as written."""

    regex = r"[^/.]+"


_LENIENT_MAP = "ficshelf.lenient_routes"


def _lenient_routes(app: Flask) -> Map:
    """The app's routes with every id accepting any segment (built once per app)."""
    routes: Map | None = app.extensions.get(_LENIENT_MAP)
    if routes is None:
        converters = {**CONVERTERS, "id": _AnyId}
        routes = Map([rule.empty() for rule in app.url_map.iter_rules()], converters=converters)
        app.extensions[_LENIENT_MAP] = routes
    return routes


def _is_id(raw: Any) -> bool:
    text = str(raw)
    return text.isascii() and text.isdecimal() and 1 <= int(text) <= MAX_ID


def missing_id_message() -> str | None:
    """What the current request's path names that is not there, when it fits a route but
    for an id no work or chapter can have: "no work with id abc", "work 4 has no chapter
    0"; ``None`` for any other path."""
    try:
        _, args = _lenient_routes(current_app).bind("").match(request.path, method="GET")
    except HTTPException:
        return None
    work_id, number = args.get("work_id"), args.get("number")
    if work_id is not None and not _is_id(work_id):
        return f"no work with id {work_id}"
    if number is not None and not _is_id(number):
        return f"work {work_id} has no chapter {number}"
    return None


def _http_error(exc: HTTPException) -> HTTPException | Response:
    if exc.code is None or exc.code < 400:
        return exc  # routing redirects (a missing trailing slash) are not errors
    if exc.code == 404 and request.url_rule is None:
        return error_response(404, missing_id_message() or f"no page at {request.path}")
    if exc.code >= 500:
        message = "The server could not show this page. The error has been logged."
    else:
        message = exc.description or TITLES.get(exc.code, "Error")
    response = error_response(exc.code, message, title=getattr(exc, "title", None))
    for name, value in exc.get_headers():
        if name.lower() != "content-type":
            response.headers[name] = value
    return response


def refusal_status(exc: AccountError) -> int:
    """The HTTP status of a refusal of the accounts (``ACCOUNT_STATUSES``; 400 for others)."""
    return next((s for kind, s in ACCOUNT_STATUSES.items() if isinstance(exc, kind)), 400)


def _refused(exc: AccountError) -> Response:
    return error_response(refusal_status(exc), str(exc))


def register_error_handlers(app: Flask) -> None:
    """Install the status mapping above on ``app``."""
    app.register_error_handler(NotFound, _not_found)
    app.register_error_handler(AccountError, _refused)
    app.register_error_handler(HTTPException, _http_error)
