"""Cross-origin reads of the JSON API, for a host who allows them (off by default).

With ``FICSHELF_CORS_ORIGINS`` set (``ficshelf serve --cors-origin``: origins such as
``https://reader.example``, or ``*`` for any), a ``GET``/``HEAD`` of a JSON route (a path
ending ``.json``, and ``/health``) from an allowed origin is answered with
``Access-Control-Allow-Origin``, and a preflight ``OPTIONS`` of one with the methods and
headers a reader may use. Cookies are never allowed across origins, so saved exclusions do
not apply to such reads, and pages and the form that writes (``POST /exclusions``) stay
same-origin. Without the setting no CORS header is ever sent.
"""

from __future__ import annotations

from collections.abc import Iterable

from flask import Flask, Response, current_app, request

CONFIG_KEY = "FICSHELF_CORS_ORIGINS"
ANY_ORIGIN = "*"
ALLOWED_METHODS = "GET, HEAD, OPTIONS"
ALLOWED_HEADERS = "Accept, If-None-Match, If-Modified-Since"
EXPOSED_HEADERS = "ETag"
PREFLIGHT_MAX_AGE = "86400"


def normalised_origins(origins: Iterable[str]) -> tuple[str, ...]:
    """Return ``origins`` as the app keeps them: scheme and host (and port) without a
    trailing slash, ``*`` alone if it is among them. Raises ``ValueError`` for an origin
    that is not ``*`` or ``http(s)://host[:port]``."""
    kept: list[str] = []
    for raw in origins:
        origin = raw.strip().rstrip("/")
        if origin == ANY_ORIGIN:
            return (ANY_ORIGIN,)
        scheme, sep, rest = origin.partition("://")
        if scheme not in ("http", "https") or not sep or not rest or "/" in rest:
            raise ValueError(f"an origin is * or scheme://host[:port], not {raw!r}")
        if origin not in kept:
            kept.append(origin)
    return tuple(kept)


def is_json_route(path: str) -> bool:
    """Whether ``path`` (inside the app) is one of the JSON API's."""
    return path.endswith(".json") or path == "/health"


def allowed_origin(origin: str | None) -> str | None:
    """Return the ``Access-Control-Allow-Origin`` value for a request from ``origin``, or
    ``None`` when the app does not allow it."""
    allowed: tuple[str, ...] = current_app.config.get(CONFIG_KEY, ())
    if not origin or not allowed:
        return None
    if ANY_ORIGIN in allowed:
        return ANY_ORIGIN
    return origin if origin in allowed else None


def add_cors_headers(response: Response) -> Response:
    """Add the CORS headers a cross-origin read of the JSON API needs (an
    ``after_request`` hook) and return ``response``."""
    if not current_app.config.get(CONFIG_KEY) or not is_json_route(request.path):
        return response
    if request.method not in ("GET", "HEAD", "OPTIONS"):
        return response
    response.vary.add("Origin")
    value = allowed_origin(request.headers.get("Origin"))
    if value is None:
        return response
    response.headers["Access-Control-Allow-Origin"] = value
    if request.method == "OPTIONS":
        response.headers["Access-Control-Allow-Methods"] = ALLOWED_METHODS
        response.headers["Access-Control-Allow-Headers"] = ALLOWED_HEADERS
        response.headers["Access-Control-Max-Age"] = PREFLIGHT_MAX_AGE
    else:
        response.headers["Access-Control-Expose-Headers"] = EXPOSED_HEADERS
    return response


def install(app: Flask) -> None:
    """Answer allowed cross-origin reads of ``app``'s JSON API."""
    app.after_request(add_cors_headers)
