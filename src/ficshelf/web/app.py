"""The Flask application factory.

``create_app(db)`` serves one database: the archive's pages and their JSON twins (see
docs/api.md), with errors mapped to statuses in ``web.errors`` and security headers from
``web.security`` on every response, conditional GET (``web.http_cache``), cross-origin
reads of the JSON API when a host allows them (``web.cors``) and a line per request on the
``ficshelf.access`` logger (``web.access_log``), and readers' accounts with sessions and
CSRF protection (``web.accounts``). In production the CLI hands the app to
waitress (``web.hosting``).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from flask import Flask
from flask.json.provider import DefaultJSONProvider

from ficshelf.errors import ConfigError
from ficshelf.store.db import Database
from ficshelf.web import accounts, cors, errors, http_cache, rendering, security
from ficshelf.web.access_log import AccessLog
from ficshelf.web.hosting import MAX_PER_PAGE
from ficshelf.web.request_args import DB_KEY
from ficshelf.web.urls import CONVERTERS
from ficshelf.web.views import (
    accounts as account_pages,
)
from ficshelf.web.views import (
    dialogue,
    discover,
    downloads,
    evidence,
    exclusions,
    history,
    home,
    meta,
    opds,
    reader_posts,
    search,
    series,
    similar,
    tags,
    works,
)

DEFAULTS: dict[str, Any] = {"FICSHELF_PER_PAGE": 20, cors.CONFIG_KEY: ()}


def create_app(db: Database, config: Mapping[str, Any] | None = None) -> Flask:
    """Return the web archive serving ``db``. ``config`` overrides Flask settings,
    ``FICSHELF_PER_PAGE`` (works per page of a list, 1 to ``MAX_PER_PAGE``, default 20) and
    ``FICSHELF_CORS_ORIGINS`` (origins allowed to read the JSON API, default none),
    ``FICSHELF_SIGNUP`` ("open" or "closed", the default), ``FICSHELF_SECURE_COOKIES``
    (the session cookie only over HTTPS) and ``SECRET_KEY`` (default:
    ``FICSHELF_SECRET_KEY`` or the library's own, see ``web.accounts``). Raises
    ``ConfigError`` for a page size out of range, an origin that is not one or a sign-up
    policy that is neither."""
    app = Flask(__name__)
    app.config.update(DEFAULTS)
    app.config.update(config or {})
    per_page = app.config["FICSHELF_PER_PAGE"]
    if not isinstance(per_page, int) or not 1 <= per_page <= MAX_PER_PAGE:
        raise ConfigError(f"works per page must be 1 to {MAX_PER_PAGE}, not {per_page!r}")
    try:
        app.config[cors.CONFIG_KEY] = cors.normalised_origins(app.config[cors.CONFIG_KEY])
    except ValueError as exc:
        raise ConfigError(str(exc)) from None
    if isinstance(app.json, DefaultJSONProvider):
        app.json.sort_keys = False  # keep the order the API documents
    app.extensions[DB_KEY] = db
    app.url_map.converters.update(CONVERTERS)
    app.wsgi_app = AccessLog(app.wsgi_app)  # type: ignore[method-assign]
    accounts.install(app, db)
    rendering.install(app)
    http_cache.install(app)
    cors.install(app)
    security.install(app)
    errors.register_error_handlers(app)
    for blueprint in (
        home.bp,
        works.bp,
        series.bp,
        downloads.bp,
        evidence.bp,
        dialogue.bp,
        tags.bp,
        search.bp,
        discover.bp,
        exclusions.bp,
        similar.bp,
        account_pages.bp,
        reader_posts.bp,
        history.bp,
        opds.bp,
        meta.bp,
    ):
        app.register_blueprint(blueprint)
    return app
