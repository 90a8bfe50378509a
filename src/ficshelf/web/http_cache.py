"""Conditional GET: every page and JSON answer carries an ``ETag`` and a client that sends
it back (``If-None-Match``) gets **304 Not Modified** with no body while the answer is the
same.

The tag is a hash of the answer itself, so it changes exactly when what the client would
get changes: a work imported, a tag edited or reconciled, the reader's saved exclusions.
``Cache-Control: no-cache`` lets a browser or proxy keep the answer but ask each time, and
``Vary: Cookie`` keeps a shared cache from giving one reader's filtered lists to another.
Static files get werkzeug's own ``ETag`` and ``Last-Modified``.

A signed-in reader's pages differ from anyone else's (their name, their kudos and
bookmarks), so they get **no** ``ETag`` and ``Cache-Control: private, no-cache``: no
tag one person's page earned can ever answer another's request with a 304, and no shared
cache keeps them. A page holding a form that writes carries the reader's CSRF token, so
it is treated the same way (``g.csrf_token``: Flask-WTF made one for this answer). A view
that says ``no-store`` (the page of a password reset link) keeps it.
"""

from __future__ import annotations

from flask import Flask, Response, g, request

from ficshelf.web.accounts import signed_in

CACHE_CONTROL = "no-cache"
PRIVATE_CACHE_CONTROL = "private, no-cache"


def make_conditional(response: Response) -> Response:
    """Add an ``ETag`` to a successful GET or HEAD answer built in full (an
    ``after_request`` hook) and turn it into a 304 when the request's ``If-None-Match``
    holds it; return the response."""
    if request.method not in ("GET", "HEAD") or response.status_code != 200:
        return response
    if response.direct_passthrough or response.is_streamed or "ETag" in response.headers:
        return response  # a static file: send_file made it conditional already
    response.vary.add("Cookie")
    if signed_in() is not None or "csrf_token" in g:
        if response.headers.get("Cache-Control") != "no-store":  # a reset link's page: never kept
            response.headers["Cache-Control"] = PRIVATE_CACHE_CONTROL
        return response
    response.add_etag()
    response.headers.setdefault("Cache-Control", CACHE_CONTROL)
    response.make_conditional(request)  # in place: a 304 without the body on a match
    return response


def install(app: Flask) -> None:
    """Make every page and JSON answer of ``app`` conditional."""
    app.after_request(make_conditional)
