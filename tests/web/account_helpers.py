"""What the account tests share: an app with CSRF checks on and sign-ups open, reading a
page's CSRF token, signing up and logging in through the forms."""

from __future__ import annotations

import re

from flask import Flask
from flask.testing import FlaskClient
from werkzeug.test import TestResponse

from ficshelf.store.db import Database
from ficshelf.web.app import create_app

PASSWORD = "a good password"


def account_app(db: Database, **config: object) -> Flask:
    """The archive with CSRF protection on (as served) and sign-ups open."""
    settings: dict[str, object] = {"TESTING": True, "FICSHELF_SIGNUP": "open", **config}
    return create_app(db, settings)


def token(client: FlaskClient, path: str = "/login") -> str:
    """The CSRF token of the form on ``path`` (the reader's session's)."""
    page = client.get(path).get_data(as_text=True)
    found = re.search(r'name="csrf_token" value="([^"]+)"', page)
    assert found, f"no CSRF field on {path}"
    return found.group(1)


def post(
    client: FlaskClient, path: str, data: dict[str, str], page: str = "/login"
) -> TestResponse:
    """POST a form to ``path`` with the token a page (``page``) gave."""
    return client.post(path, data={**data, "csrf_token": token(client, page)})


def sign_up(client: FlaskClient, name: str, password: str = PASSWORD) -> TestResponse:
    answer = post(
        client, "/signup", {"name": name, "password": password, "password2": password}, "/signup"
    )
    assert answer.status_code == 303, answer.get_data(as_text=True)
    return answer


def log_in(client: FlaskClient, name: str, password: str = PASSWORD) -> TestResponse:
    return post(client, "/login", {"name": name, "password": password})


def log_out(client: FlaskClient) -> None:
    assert post(client, "/logout", {}, "/").status_code == 303
