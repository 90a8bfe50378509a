"""``ficshelf serve``: the archive in the browser (and its JSON API), on waitress, and what
it takes beyond the database and the address: the sub-path and the trusted proxy
(``web.hosting``), the page size, cross-origin reads of the JSON API (``web.cors``), who may
sign up and whether the session cookie is HTTPS-only (``web.accounts``) and the access log
(``web.access_log``). Each option also reads an environment variable, for a
service's unit file."""

from __future__ import annotations

import logging
import sys
import threading
from collections.abc import Callable
from typing import Any, TypeVar

import click

from ficshelf.cli_database import db_option, open_library
from ficshelf.store.db import Database
from ficshelf.web.hosting import MAX_PER_PAGE, Hosting

F = TypeVar("F", bound=Callable[..., object])

ACCESS_LOG_FORMAT = "%(asctime)s %(message)s"


def serve_options(func: F) -> F:
    """Add --url-prefix, --trusted-proxy, --per-page, --cors-origin, --signup,
    --secure-cookies and --access-log/--no-access-log to a command."""
    options = (
        click.option(
            "--url-prefix",
            envvar="FICSHELF_URL_PREFIX",
            show_envvar=True,
            default="",
            metavar="PATH",
            help="The sub-path (/fics) a reverse proxy serves the archive under: every link "
            "and redirect carries it.",
        ),
        click.option(
            "--trusted-proxy",
            envvar="FICSHELF_TRUSTED_PROXY",
            show_envvar=True,
            default=None,
            metavar="ADDRESS",
            help="Read X-Forwarded-For/-Host/-Proto/-Port from this proxy's address only.",
        ),
        click.option(
            "--per-page",
            envvar="FICSHELF_PER_PAGE",
            show_envvar=True,
            type=click.IntRange(1, MAX_PER_PAGE),
            default=20,
            show_default=True,
            help=f"Works a page of a list shows (1 to {MAX_PER_PAGE}).",
        ),
        click.option(
            "--cors-origin",
            "cors_origins",
            envvar="FICSHELF_CORS_ORIGINS",
            show_envvar=True,
            multiple=True,
            metavar="ORIGIN",
            help="Let pages of this origin (https://host, or * for any) read the JSON API "
            "(repeatable; the variable takes several, space-separated). Off by default.",
        ),
        click.option(
            "--signup",
            envvar="FICSHELF_SIGNUP",
            show_envvar=True,
            type=click.Choice(["open", "closed"], case_sensitive=False),
            default="closed",
            show_default=True,
            help="Who may make an account: anyone (open), or only the host with `ficshelf "
            "user add` (closed).",
        ),
        click.option(
            "--secure-cookies/--no-secure-cookies",
            envvar="FICSHELF_SECURE_COOKIES",
            show_envvar=True,
            default=False,
            show_default=True,
            help="Send the session cookie over HTTPS only: set it when readers reach the "
            "archive by https:// (behind a TLS proxy).",
        ),
        click.option(
            "--access-log/--no-access-log",
            default=True,
            show_default=True,
            help="Print a line per request (time, client, method, path, status, duration).",
        ),
    )
    for option in reversed(options):
        func = option(func)
    return func


def show_access_log(on: bool) -> None:
    """Print the ``ficshelf.access`` log lines on stderr (or none, when ``on`` is false)."""
    from ficshelf.web.access_log import LOGGER

    LOGGER.propagate = False
    LOGGER.handlers.clear()
    if not on:
        LOGGER.setLevel(logging.WARNING)
        return
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(logging.Formatter(ACCESS_LOG_FORMAT))
    LOGGER.addHandler(handler)
    LOGGER.setLevel(logging.INFO)


def run_server(
    db: Database,
    hosting: Hosting,
    *,
    per_page: int = 20,
    cors_origins: tuple[str, ...] = (),
    signup: str = "closed",
    secure_cookies: bool = False,
    access_log: bool = True,
) -> None:
    """Serve ``db``'s archive as ``hosting`` says until interrupted, ``signup`` "open" or
    "closed" and the session cookie HTTPS-only with ``secure_cookies``. Raises
    ``ConfigError`` for a bad prefix, page size, origin or sign-up policy. The session
    secret is ``FICSHELF_SECRET_KEY`` when set, else the library's own."""
    from ficshelf.store.tag_bitmaps import warm_tag_bitmaps
    from ficshelf.web.app import create_app
    from ficshelf.web.hosting import serving, url_prefix

    config: dict[str, Any] = {
        "FICSHELF_PER_PAGE": per_page,
        "FICSHELF_CORS_ORIGINS": cors_origins,
        "FICSHELF_SIGNUP": signup,
        "FICSHELF_SECURE_COOKIES": secure_cookies,
    }
    server = serving(create_app(db, config), hosting)
    logging.basicConfig()  # waitress's own warnings, as waitress.serve shows them
    show_access_log(access_log)
    if db.dialect == "sqlite":
        # Tag filters get fast once the tag bitmaps are built; searches work meanwhile.
        threading.Thread(target=warm_tag_bitmaps, args=(db.engine,), daemon=True).start()
    where = f"http://{hosting.host}:{hosting.port}{url_prefix(hosting.url_prefix)}/"
    click.echo(f"Serving the archive at {where} (Ctrl-C to stop)")
    server.run()


@click.command()
@db_option
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to listen on.")
@click.option("--port", default=8000, show_default=True, type=int, help="Port to listen on.")
@click.option(
    "--threads",
    default=8,
    show_default=True,
    type=click.IntRange(min=1),
    help="Requests answered at once (more wait in waitress's queue).",
)
@serve_options
def serve(db_url: str | None, host: str, port: int, threads: int, **options: Any) -> None:
    """Serve the archive in the browser (and its JSON API). docs/deployment.md shows it
    run as a service behind a reverse proxy.

    \b
    Example:
      ficshelf serve --db sqlite:///library.db --port 8080
      ficshelf serve --url-prefix /fics --trusted-proxy 127.0.0.1
      ficshelf serve --signup open --secure-cookies   # behind an https:// proxy
    """
    hosting = Hosting(host, port, threads, options.pop("url_prefix"), options.pop("trusted_proxy"))
    run_server(open_library(db_url), hosting, **options)
