"""Fixtures for the web tests: the invented library, the app serving it, a test client."""

from __future__ import annotations

import pytest
from flask import Flask
from flask.testing import FlaskClient
from web_library import PER_PAGE, Library, build_library

from ficshelf.store.db import Database
from ficshelf.web.app import create_app


@pytest.fixture
def library(db: Database) -> Library:
    return build_library(db)


@pytest.fixture
def app(db: Database) -> Flask:
    """The app for tests about pages: CSRF checks are off here (the account tests and
    ``test_csrf`` keep them on)."""
    return create_app(
        db, {"TESTING": True, "FICSHELF_PER_PAGE": PER_PAGE, "WTF_CSRF_ENABLED": False}
    )


@pytest.fixture
def client(app: Flask) -> FlaskClient:
    return app.test_client()
