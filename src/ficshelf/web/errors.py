"""Errors mapped to HTTP statuses in this one place.

``ficshelf.errors.NotFound`` (no such work, chapter, tag or page) is a 404; werkzeug's HTTP
exceptions keep their status (``BadRequest`` from a bad query argument is a 400); anything
unexpected becomes a 500 without details. Requests for a JSON twin (a path ending in
``.json``, or an ``Accept`` header preferring JSON) get the JSON error body
``{"error": {"status": 404, "message": "..."}}``; others get the HTML error page.
"""

from __future__ import annotations

from flask import Flask, Response, jsonify, render_template, request
from werkzeug.exceptions import HTTPException

from ficshelf.errors import NotFound

TITLES = {
    400: "Bad request",
    404: "Not found",
    405: "Method not allowed",
    500: "Something went wrong",
}


def wants_json() -> bool:
    """Return whether the current request asks for JSON rather than a page."""
    if request.path.endswith(".json"):
        return True
    best = request.accept_mimetypes.best_match(["text/html", "application/json"])
    return best == "application/json"


def error_response(status: int, message: str) -> Response:
    """Return the error body for ``status`` with ``message``, as JSON or as an HTML page."""
    if wants_json():
        response = jsonify({"error": {"status": status, "message": message}})
    else:
        title = TITLES.get(status, "Error")
        page = render_template("error.html", status=status, title=title, message=message)
        response = Response(page, mimetype="text/html")
    response.status_code = status
    return response


def _not_found(exc: NotFound) -> Response:
    return error_response(404, str(exc))


def _http_error(exc: HTTPException) -> HTTPException | Response:
    if exc.code is None or exc.code < 400:
        return exc  # routing redirects (a missing trailing slash) are not errors
    if exc.code >= 500:
        message = "The server could not show this page. The error has been logged."
    else:
        message = exc.description or TITLES.get(exc.code, "Error")
    response = error_response(exc.code, message)
    for name, value in exc.get_headers():
        if name.lower() != "content-type":
            response.headers[name] = value
    return response


def register_error_handlers(app: Flask) -> None:
    """Install the status mapping above on ``app``."""
    app.register_error_handler(NotFound, _not_found)
    app.register_error_handler(HTTPException, _http_error)
