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
    return create_app(db, {"TESTING": True, "FICSHELF_PER_PAGE": PER_PAGE})


@pytest.fixture
def client(app: Flask) -> FlaskClient:
    return app.test_client()
