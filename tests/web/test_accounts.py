"""Accounts in the browser's terms (the test client, CSRF checks on): signing up and logging
in and out, the header saying who is signed in, ``next`` kept local, failed log-ins, CSRF on
every form that writes (the exclusions form included), the session cookie's flags and
caching that never hands one reader's page to another."""

from __future__ import annotations

import pytest
from account_helpers import PASSWORD, account_app, log_out, post, sign_up, token
from flask.testing import FlaskClient
from web_library import Library

from ficshelf import accounts
from ficshelf.store.db import Database
from ficshelf.web.app import create_app


@pytest.fixture
def client(db: Database, library: Library) -> FlaskClient:
    return account_app(db).test_client()


def test_sign_up_log_out_and_in_again(client: FlaskClient) -> None:
    assert "Log in" in client.get("/").get_data(as_text=True)
    answer = sign_up(client, "Maren")
    assert answer.headers["Location"] == "/"
    page = client.get("/").get_data(as_text=True)
    assert "Signed in as" in page and ">Maren</a>" in page
    assert client.get("/login.json").get_json()["user"] == "Maren"
    log_out(client)
    form = client.get("/login.json").get_json()
    assert form.pop("csrf_token")  # for a script to post back
    assert form == {
        "user": None,
        "signup": "open",
        "next": "",
        "name": "",
        "error": None,
    }
    back = post(client, "/login", {"name": "maren", "password": PASSWORD, "next": "/works?page=2"})
    assert (back.status_code, back.headers["Location"]) == (303, "/works?page=2")


@pytest.mark.parametrize(
    "target", ["https://evil.example/", "//evil.example/x", "/\\evil.example", "javascript:x"]
)
def test_next_never_leaves_the_archive(client: FlaskClient, target: str) -> None:
    sign_up(client, "maren")
    log_out(client)
    answer = post(client, "/login", {"name": "maren", "password": PASSWORD, "next": target})
    assert answer.headers["Location"] == "/"


def test_a_failed_log_in_says_the_same_for_an_unknown_name(client: FlaskClient) -> None:
    sign_up(client, "maren")
    log_out(client)
    wrong = post(client, "/login", {"name": "maren", "password": "not the password"})
    unknown = post(client, "/login", {"name": "nobody", "password": "not the password"})
    assert wrong.status_code == unknown.status_code == 401
    assert accounts.GENERIC_FAILURE in wrong.get_data(as_text=True)
    assert accounts.GENERIC_FAILURE in unknown.get_data(as_text=True)
    for _ in range(accounts.MAX_FAILED_LOGINS - 1):
        post(client, "/login", {"name": "maren", "password": "not the password"})
    locked = post(client, "/login", {"name": "maren", "password": PASSWORD})
    assert locked.status_code == 429
    assert "Signed in as" not in client.get("/").get_data(as_text=True)


def test_sign_up_refusals(client: FlaskClient, db: Database) -> None:
    sign_up(client, "maren")
    log_out(client)
    taken = post(
        client,
        "/signup",
        {"name": "MAREN", "password": PASSWORD, "password2": PASSWORD},
        "/signup",
    )
    assert taken.status_code == 409 and "taken" in taken.get_data(as_text=True)
    short = post(client, "/signup", {"name": "ivo", "password": "short", "password2": "short"})
    assert short.status_code == 400 and "8 characters" in short.get_data(as_text=True)
    odd = post(client, "/signup", {"name": "<ivo>", "password": PASSWORD, "password2": PASSWORD})
    assert odd.status_code == 400 and "&lt;ivo&gt;" in odd.get_data(as_text=True)
    closed = create_app(db, {"TESTING": True}).test_client()  # the default: closed
    assert closed.get("/signup.json").get_json()["signup"] == "closed"
    assert "Sign-ups are closed" in closed.get("/signup").get_data(as_text=True)
    refused = post(closed, "/signup", {"name": "ivo", "password": PASSWORD, "password2": PASSWORD})
    assert refused.status_code == 403
    assert "Sign up" not in closed.get("/").get_data(as_text=True).split("<main")[0]


@pytest.mark.parametrize(
    ("path", "data"),
    [
        ("/login", {"name": "maren", "password": PASSWORD}),
        ("/signup", {"name": "ivo", "password": PASSWORD, "password2": PASSWORD}),
        ("/logout", {}),
        ("/exclusions", {"add": "fandom:Gullrock Chronicles"}),
        ("/works/1/kudos", {}),
        ("/works/1/comments", {"body": "hello"}),
        ("/works/1/bookmark", {"note": ""}),
    ],
)
def test_every_form_that_writes_needs_its_csrf_token(
    client: FlaskClient, path: str, data: dict[str, str]
) -> None:
    sign_up(client, "maren")
    missing = client.post(path, data=data)
    assert missing.status_code == 400 and "CSRF" in missing.get_data(as_text=True)
    forged = client.post(path, data={**data, "csrf_token": "not-the-token"})
    assert forged.status_code == 400


def test_the_exclusions_form_works_with_its_token(client: FlaskClient, library: Library) -> None:
    saved = post(client, "/exclusions", {"add": "fandom:Gullrock Chronicles"}, "/exclusions")
    assert saved.status_code == 303
    listed = client.get("/exclusions.json").get_json()["exclusions"]
    assert [tag["ref"] for tag in listed] == ["fandom:Gullrock Chronicles"]
    search_page = client.get("/search?q=lamp").get_data(as_text=True)
    assert search_page.count('name="csrf_token"') >= 1 or "Hide" not in search_page


def test_the_session_cookie_is_httponly_lax_and_secure_when_asked(db: Database) -> None:
    plain = account_app(db).test_client()
    cookie = sign_up(plain, "maren").headers["Set-Cookie"]
    assert "HttpOnly" in cookie and "SameSite=Lax" in cookie and "Secure" not in cookie
    secure = account_app(db, FICSHELF_SECURE_COOKIES=True).test_client()
    cookie = sign_up(secure, "ivo").headers["Set-Cookie"]
    assert "Secure" in cookie and "HttpOnly" in cookie


def test_the_secret_is_the_librarys_unless_given(
    db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    first, second = account_app(db), account_app(db)
    assert first.secret_key == second.secret_key  # two processes of one library agree
    maren = first.test_client()
    sign_up(maren, "maren")
    other = second.test_client()  # the same cookie, read by another "process"
    other.set_cookie("ficshelf_session", maren.get_cookie("ficshelf_session").value)  # type: ignore[union-attr]
    assert other.get("/login.json").get_json()["user"] == "maren"
    monkeypatch.setenv("FICSHELF_SECRET_KEY", "from-the-environment-" + "x" * 12)
    assert account_app(db).secret_key == "from-the-environment-" + "x" * 12


def test_a_password_change_ends_the_sessions(client: FlaskClient, db: Database) -> None:
    sign_up(client, "maren")
    with db.begin() as conn:
        accounts.change_password(conn, "maren", "a new password!")
    assert client.get("/login.json").get_json()["user"] is None


def test_signed_in_pages_are_never_cached_for_another(client: FlaskClient) -> None:
    visitor = client.get("/works.json")
    etag = visitor.headers["ETag"]
    assert "Cookie" in visitor.headers["Vary"]
    sign_up(client, "maren")
    mine = client.get("/works.json", headers={"If-None-Match": etag})
    assert mine.status_code == 200  # the visitor's tag does not answer a signed-in reader
    assert "ETag" not in mine.headers
    assert mine.headers["Cache-Control"] == "private, no-cache"
    assert "Cookie" in mine.headers["Vary"]
    page = client.get("/works")
    assert "ETag" not in page.headers and "Signed in as" in page.get_data(as_text=True)


def test_forms_are_private_and_cors_never_allows_credentials(
    db: Database, library: Library
) -> None:
    app = create_app(db, {"TESTING": True, "FICSHELF_CORS_ORIGINS": ["*"]})
    client = app.test_client()
    form = client.get("/login")
    assert form.headers["Cache-Control"] == "private, no-cache" and "ETag" not in form.headers
    answer = client.get("/works.json", headers={"Origin": "https://reader.example"})
    assert answer.headers["Access-Control-Allow-Origin"] == "*"
    assert "Access-Control-Allow-Credentials" not in answer.headers
    assert "Access-Control-Allow-Origin" not in client.post("/login").headers


def test_a_body_too_large_is_refused(client: FlaskClient) -> None:
    tok = token(client)
    answer = client.post("/login", data={"csrf_token": tok, "name": "x" * 300_000})
    assert answer.status_code == 413


def test_my_bookmarks_needs_a_log_in(client: FlaskClient) -> None:
    page = client.get("/bookmarks")
    assert page.status_code == 303 and page.headers["Location"].startswith("/login?next=")
    assert client.get("/bookmarks.json").status_code == 401
    assert client.get("/users/nobody.json").status_code == 404
