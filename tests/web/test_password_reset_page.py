"""The page of a one-time password reset link (CSRF checks on): the form, a new password
set once with the link, every other session ended and this browser signed in; a link that
does not work is a 404 counted as a failed log-in (a 429 after too many), the form refuses
posts without the token or from another site, and the page keeps its address out of
caches and other sites' ``Referer``."""

from __future__ import annotations

import pytest
from account_helpers import PASSWORD, account_app, log_in, post, sign_up
from flask.testing import FlaskClient

from ficshelf import accounts
from ficshelf.store.db import Database


@pytest.fixture
def client(db: Database) -> FlaskClient:
    return account_app(db).test_client()


def _link(db: Database, name: str = "maren") -> str:
    with db.begin() as conn:
        account, token, _ = accounts.reset_link(conn, name)
    return f"/password-reset/{account.name}/{token}"


def test_a_reader_sets_a_new_password_with_the_link(client: FlaskClient, db: Database) -> None:
    sign_up(client, "maren")  # this browser: signed in, a session that must end
    other = account_app(db).test_client()
    link = _link(db)
    page = other.get(link)
    assert page.status_code == 200
    assert page.headers["Cache-Control"] == "no-store"
    assert page.headers["Referrer-Policy"] == "same-origin"  # the token stays on this site
    html = page.get_data(as_text=True)
    assert "Set a new password" in html and "<strong>maren</strong>" in html
    assert f'action="{link}"' in html and 'name="csrf_token"' in html
    twin = other.get(f"{link}.json").get_json()
    assert set(twin) == {"user", "expires_at", "error", "csrf_token"}  # as docs/api.md shows
    assert twin["user"] == "maren" and twin["error"] is None and twin["csrf_token"]
    differ = post(other, link, {"password": "a new password", "password2": "another"}, link)
    assert differ.status_code == 400 and "The two passwords differ." in differ.get_data(
        as_text=True
    )
    done = post(other, link, {"password": "a new password", "password2": "a new password"}, link)
    assert done.status_code == 303 and done.headers["Location"] == "/account?done=reset"
    settings = other.get(done.headers["Location"]).get_data(as_text=True)
    assert "Your new password is set" in settings  # signed in here
    assert client.get("/account.json").status_code == 401  # the other session ended
    assert other.get(link).status_code == 404  # used once
    assert log_in(client, "maren", PASSWORD).status_code == 401
    assert log_in(client, "maren", "a new password").status_code == 303


def test_a_link_that_does_not_work_counts_as_a_failed_log_in(
    client: FlaskClient, db: Database
) -> None:
    sign_up(client, "maren")
    link = _link(db)
    wrong = link[:-4] + "abcd"
    answer = client.get(wrong)
    assert answer.status_code == 404
    assert "host for a new one." in answer.get_data(as_text=True)
    assert client.get(link.replace("/maren/", "/ivo/")).status_code == 404
    for _ in range(accounts.MAX_FAILED_LOGINS - 1):
        client.get(wrong)
    assert client.get(link).status_code == 429  # even the right one, for the window
    assert log_in(client, "maren").status_code == 429


def test_the_form_wants_its_token_and_this_site(client: FlaskClient, db: Database) -> None:
    sign_up(client, "maren")
    link = _link(db)
    fields = {"password": "a new password", "password2": "a new password"}
    assert client.post(link, data=fields).status_code == 400  # no CSRF token
    token = client.get(link).get_data(as_text=True).split('name="csrf_token" value="')[1]
    data = {**fields, "csrf_token": token.split('"')[0]}
    other_site = client.post(link, data=data, headers={"Origin": "https://elsewhere.example"})
    assert other_site.status_code == 403
    assert client.get(link).status_code == 200  # still unused


def test_a_link_that_does_not_work_shows_the_way_on(client: FlaskClient, db: Database) -> None:
    """A used (or expired, or replaced) link's page links the log-in page and says to ask
    the host for a new link, on the link's page and when its form is sent again."""
    sign_up(client, "maren")
    link = _link(db)
    fields = {"password": "a new password", "password2": "a new password"}
    assert post(client, link, fields, link).status_code == 303  # used
    for answer in (client.get(link), post(client, link, fields, link)):
        assert answer.status_code == 404
        assert answer.headers["Cache-Control"] == "no-store"
        html = answer.get_data(as_text=True)
        assert 'class="log-in" href="/login"' in html
        assert "host for a new one." in html
    twin = client.get(f"{link}.json")
    assert twin.status_code == 404 and set(twin.get_json()) == {"error"}
    for _ in range(accounts.MAX_FAILED_LOGINS):
        client.get(link)
    crowded = client.get(link)
    assert crowded.status_code == 429
    assert 'class="log-in" href="/login"' in crowded.get_data(as_text=True)
