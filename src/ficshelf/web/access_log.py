"""The access log: one line per request on the ``ficshelf.access`` logger (``INFO``).

``AccessLog`` wraps the WSGI application, so every answer is logged, pages, JSON, static
files and errors alike: the client's address, the method, the path as the client asked for
it (the sub-path a host serves the archive under included, the query string too), the
status and how long the answer took, for example::

    127.0.0.1 "GET /fics/works?page=2" 200 12.4ms

``ficshelf serve`` prints these lines on stderr with the time in front (``--no-access-log``
turns them off); behind a trusted proxy the address is the client's from X-Forwarded-For.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable, Iterable, Iterator
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from _typeshed.wsgi import StartResponse, WSGIApplication, WSGIEnvironment

LOGGER = logging.getLogger("ficshelf.access")


def request_line(environ: WSGIEnvironment) -> str:
    """Return the method and the full path of a request as its client sent them."""
    path = environ.get("SCRIPT_NAME", "") + environ.get("PATH_INFO", "")
    query = environ.get("QUERY_STRING", "")
    return f"{environ.get('REQUEST_METHOD', '-')} {path or '/'}{'?' + query if query else ''}"


class AccessLog:
    """A WSGI middleware logging one line per request once its answer is sent."""

    def __init__(self, app: WSGIApplication) -> None:
        self.app = app

    def __call__(self, environ: WSGIEnvironment, start_response: StartResponse) -> Iterable[bytes]:
        if not LOGGER.isEnabledFor(logging.INFO):
            return self.app(environ, start_response)
        started = time.perf_counter()
        status: list[str] = []

        def recording(code: str, headers: Any, exc_info: Any = None) -> Any:
            status[:] = [code.split(" ", 1)[0]]
            return start_response(code, headers, exc_info)

        try:
            body = self.app(environ, recording)
        except BaseException:
            _log(environ, "500", started)
            raise
        return _LoggedBody(body, lambda: _log(environ, status[0] if status else "-", started))


class _LoggedBody:
    """The answer's body, logging the request when the server closes it (as WSGI servers
    must, whether or not they read it all)."""

    def __init__(self, body: Iterable[bytes], done: Callable[[], None]) -> None:
        self.body = body
        self.done = done

    def __iter__(self) -> Iterator[bytes]:
        return iter(self.body)

    def close(self) -> None:
        try:
            close = getattr(self.body, "close", None)
            if close is not None:
                close()
        finally:
            self.done()


def _log(environ: WSGIEnvironment, status: str, started: float) -> None:
    took = (time.perf_counter() - started) * 1000
    client = environ.get("REMOTE_ADDR", "-")
    LOGGER.info('%s "%s" %s %.1fms', client, request_line(environ), status, took)
