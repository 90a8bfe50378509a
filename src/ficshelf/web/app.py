"""The Flask application factory.

``create_app(db)`` serves one database: the archive's pages and their JSON twins (see
docs/api.md), with errors mapped to statuses in ``web.errors`` and security headers from
``web.security`` on every response. In production the CLI hands the app to waitress.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from flask import Flask
from flask.json.provider import DefaultJSONProvider

from ficshelf.store.db import Database
from ficshelf.web import errors, rendering, security
from ficshelf.web.request_args import DB_KEY
from ficshelf.web.urls import CONVERTERS
from ficshelf.web.views import (
    dialogue,
    discover,
    evidence,
    exclusions,
    home,
    meta,
    search,
    similar,
    tags,
    works,
)

DEFAULTS: dict[str, Any] = {"FICSHELF_PER_PAGE": 20}


def create_app(db: Database, config: Mapping[str, Any] | None = None) -> Flask:
    """Return the web archive serving ``db``. ``config`` overrides Flask settings and
    ``FICSHELF_PER_PAGE`` (works per page of a list, default 20)."""
    app = Flask(__name__)
    app.config.update(DEFAULTS)
    app.config.update(config or {})
    if isinstance(app.json, DefaultJSONProvider):
        app.json.sort_keys = False  # keep the order the API documents
    app.extensions[DB_KEY] = db
    app.url_map.converters.update(CONVERTERS)
    rendering.install(app)
    security.install(app)
    errors.register_error_handlers(app)
    for blueprint in (
        home.bp,
        works.bp,
        evidence.bp,
        dialogue.bp,
        tags.bp,
        search.bp,
        discover.bp,
        exclusions.bp,
        similar.bp,
        meta.bp,
    ):
        app.register_blueprint(blueprint)
    return app
