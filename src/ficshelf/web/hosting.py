"""Serving the archive to others with waitress: the address, the worker threads, the
sub-path a reverse proxy serves it under and the proxy whose X-Forwarded-* headers count.

``serving(app, Hosting(...))`` returns the waitress server ``ficshelf serve`` runs (tests run
the same one on a free port). Under a sub-path (``url_prefix="/fics"``) waitress hands the
app the prefix as ``SCRIPT_NAME``, so every link, redirect, form action, static URL and JSON
link the app builds starts with it, whether the proxy passes the prefix on (``/fics/works``)
or strips it (``/works``): waitress takes either. From the
``trusted_proxy`` address (only) waitress reads X-Forwarded-For, -Host, -Proto and -Port,
so the access log shows the reader's address and the exclusions form's same-site check
sees the host the reader asked for; from any other address those headers are dropped.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from ficshelf.errors import ConfigError

if TYPE_CHECKING:
    from _typeshed.wsgi import WSGIApplication
    from waitress.server import BaseWSGIServer, MultiSocketServer

MAX_PER_PAGE = 100
"""The most works a page of a list may show (the app's ``FICSHELF_PER_PAGE``)."""

PROXY_HEADERS = "x-forwarded-for x-forwarded-host x-forwarded-proto x-forwarded-port"
"""The headers read from a trusted proxy (waitress's ``trusted_proxy_headers``)."""


@dataclass(frozen=True)
class Hosting:
    """How the archive is served: ``url_prefix`` ``""`` or a sub-path such as ``/fics``
    (see ``url_prefix``), ``trusted_proxy`` the address of the reverse proxy in front (or
    ``None``: no X-Forwarded-* header is read)."""

    host: str = "127.0.0.1"
    port: int = 8000
    threads: int = 8
    url_prefix: str = ""
    trusted_proxy: str | None = None


def url_prefix(raw: str | None) -> str:
    """Return the sub-path ``raw`` names as waitress takes it: ``""`` for none (``""`` or
    ``/``), else one leading slash and no trailing one (``fics/`` → ``/fics``). Raises
    ``ConfigError`` for one holding a query, a fragment or a scheme."""
    value = (raw or "").strip().strip("/")
    if not value:
        return ""
    if any(c in value for c in "?#:") or "//" in value:
        raise ConfigError(f"a URL prefix is a path such as /fics, not {raw!r}")
    return "/" + value


def waitress_settings(hosting: Hosting) -> dict[str, Any]:
    """Return the keyword arguments waitress's ``create_server`` takes for ``hosting``."""
    settings: dict[str, Any] = {
        "host": hosting.host,
        "port": hosting.port,
        "threads": hosting.threads,
        "ident": "ficshelf",
        "url_prefix": url_prefix(hosting.url_prefix),
    }
    if hosting.trusted_proxy:
        settings.update(
            trusted_proxy=hosting.trusted_proxy,
            trusted_proxy_headers=PROXY_HEADERS,
            trusted_proxy_count=1,
            clear_untrusted_proxy_headers=True,
        )
    return settings


def serving(app: WSGIApplication, hosting: Hosting) -> BaseWSGIServer | MultiSocketServer:
    """Return a waitress server for ``app`` as ``hosting`` says (``.run()`` serves until
    stopped, ``.close()`` stops it)."""
    from waitress.server import create_server

    return create_server(app, **waitress_settings(hosting))
