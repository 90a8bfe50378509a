"""Accounts' security on the web (CSRF checks on): sessions kept on the server (log-out
ends a saved cookie, a new password or a removed account every session), the cookie
holding only a random token, NUL in a name a 404 or a failed log-in (never a 500, on both
backends), ``next`` kept inside the archive's sub-path, account forms refused from
another origin, a script's log-in through ``/login.json``'s token, the secret's length,
sign-up settings in any case, and the reader's own account page (a new password, removing
the account)."""

from __future__ import annotations

import base64
import json
import zlib

import pytest
from account_helpers import PASSWORD, account_app, log_in, log_out, post, sign_up, token
from flask.testing import FlaskClient
from sqlalchemy import func, select
from web_library import Library

from ficshelf import accounts
from ficshelf.errors import ConfigError
from ficshelf.store import schema
from ficshelf.store.accounts import account_named
from ficshelf.store.comments import add_comment
from ficshelf.store.db import Database


@pytest.fixture
def client(db: Database, library: Library) -> FlaskClient:
    return account_app(db).test_client()


def _cookie(client: FlaskClient) -> str:
    found = client.get_cookie("ficshelf_session")
    assert found is not None
    return found.value


def _session_payload(cookie: str) -> dict[str, object]:
    """What the signed (not encrypted) session cookie says: anyone holding it can read it."""
    compressed = cookie.startswith(".")
    data = cookie.lstrip(".").split(".")[0]
    raw = base64.urlsafe_b64decode(data + "=" * (-len(data) % 4))
    loaded: dict[str, object] = json.loads(zlib.decompress(raw) if compressed else raw)
    return loaded


def _as(db: Database, cookie: str) -> FlaskClient:
    other = account_app(db).test_client()
    other.set_cookie("ficshelf_session", cookie)
    return other


def test_a_saved_cookie_is_a_visitors_after_log_out(client: FlaskClient, db: Database) -> None:
    sign_up(client, "maren")
    saved = _cookie(client)
    assert _as(db, saved).get("/login.json").get_json()["user"] == "maren"
    log_out(client)
    assert client.get("/login.json").get_json()["user"] is None
    replayed = _as(db, saved)
    assert replayed.get("/login.json").get_json()["user"] is None
    assert replayed.get("/bookmarks.json").status_code == 401
    with db.connect() as conn:
        assert conn.execute(select(func.count()).select_from(schema.sessions)).scalar_one() == 0


def test_the_cookie_holds_a_random_token_and_the_table_its_hash(
    client: FlaskClient, db: Database
) -> None:
    sign_up(client, "maren")
    payload = _session_payload(_cookie(client))
    token_value = str(payload["_user_id"])
    with db.connect() as conn:
        account = account_named(conn, "maren")
        assert account is not None
        stored = conn.execute(select(schema.sessions.c.token_hash)).scalars().all()
    assert len(token_value) >= 40 and str(account.id) != token_value
    assert account.password_hash[-16:] not in json.dumps(payload)
    assert stored and token_value not in stored  # only its hash is kept
    log_in(account_app(db).test_client(), "maren")  # a second session, another token
    with db.connect() as conn:
        assert conn.execute(select(func.count()).select_from(schema.sessions)).scalar_one() == 2


def test_a_new_password_or_removal_ends_every_session(client: FlaskClient, db: Database) -> None:
    sign_up(client, "maren")
    other = account_app(db).test_client()
    log_in(other, "maren")
    with db.begin() as conn:
        accounts.change_password(conn, "maren", "a new password!")
    assert client.get("/login.json").get_json()["user"] is None
    assert other.get("/login.json").get_json()["user"] is None
    log_in(client, "maren", "a new password!")
    with db.begin() as conn:
        from ficshelf.store.accounts import remove_account

        remove_account(conn, "maren")
    assert client.get("/login.json").get_json()["user"] is None


@pytest.mark.parametrize("name", ["ab\x00c", "\x00", "maren\x00"])
def test_a_nul_in_a_name_is_no_such_name(client: FlaskClient, name: str) -> None:
    """PostgreSQL text cannot hold NUL: the name is simply no account's (the db fixture
    runs this on both backends)."""
    sign_up(client, "maren")
    log_out(client)
    refused = post(client, "/login", {"name": name, "password": PASSWORD})
    assert refused.status_code == 401
    assert "\x00" not in refused.get_data(as_text=True)
    assert client.get("/users/ab%00c").status_code == 404
    assert client.get("/users/maren%00.json").status_code == 404
    signup = post(
        client, "/signup", {"name": name, "password": PASSWORD, "password2": PASSWORD}, "/signup"
    )
    assert signup.status_code == 400
    with_nul = {"name": "ivo", "password": "a good\x00password", "password2": "a good\x00password"}
    assert post(client, "/signup", with_nul, "/signup").status_code == 400
    assert client.get("/login.json").get_json()["user"] is None


def test_next_stays_inside_the_url_prefix(client: FlaskClient, db: Database) -> None:
    prefix = "http://localhost/fics"  # a cookie only for /fics/: no sign-up at /
    with db.begin() as conn:
        accounts.create_account(conn, "maren", PASSWORD)

    def csrf(path: str) -> str:
        page = client.get(path, base_url=prefix).get_data(as_text=True)
        return page.split('name="csrf_token" value="')[1].split('"')[0]

    for wanted, landed in [
        ("/fics/works/4", "/fics/works/4"),
        ("/fics/./works/../tags?x=1", "/fics/tags?x=1"),
        ("/works/4", "/fics/"),
        ("/fics/../works/4", "/fics/"),
        ("/fics/%2e%2e/works/4", "/fics/"),
        ("/fics2/works", "/fics/"),
    ]:
        form = {"name": "maren", "password": PASSWORD, "next": wanted, "csrf_token": csrf("/login")}
        answer = client.post("/login", data=form, base_url=prefix)
        assert (answer.status_code, answer.headers["Location"]) == (303, landed), wanted
        out = client.post("/logout", data={"csrf_token": csrf("/")}, base_url=prefix)
        assert out.status_code == 303
    shown = client.get("/login.json?next=/fics/../works/4", base_url=prefix).get_json()
    assert shown["next"] == ""


def test_account_forms_refuse_another_origin(client: FlaskClient) -> None:
    sign_up(client, "maren")
    log_out(client)
    data = {"name": "maren", "password": PASSWORD, "csrf_token": token(client)}
    for headers in ({"Origin": "http://evil.example"}, {"Sec-Fetch-Site": "cross-site"}):
        refused = client.post("/login", data=data, headers=headers)
        assert refused.status_code == 403
        assert client.get("/login.json").get_json()["user"] is None
    own = client.post("/login", data=data, headers={"Origin": "http://localhost"})
    assert own.status_code == 303
    out = client.post(
        "/logout",
        data={"csrf_token": token(client, "/")},
        headers={"Origin": "http://evil.example"},
    )
    assert out.status_code == 403
    assert client.get("/login.json").get_json()["user"] == "maren"


def test_a_script_logs_in_with_the_token_of_login_json(client: FlaskClient, db: Database) -> None:
    sign_up(client, "maren")
    log_out(client)
    script = account_app(db).test_client()
    form = script.get("/login.json").get_json()
    assert form["csrf_token"] and form["user"] is None
    answer = script.post(
        "/login",
        data={"name": "maren", "password": PASSWORD},
        headers={"X-CSRFToken": form["csrf_token"]},
    )
    assert answer.status_code == 303
    assert script.get("/login.json").get_json()["user"] == "maren"
    assert script.get("/signup.json").get_json()["csrf_token"]


def test_a_short_secret_is_refused(db: Database, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("FICSHELF_SECRET_KEY", "x")
    with pytest.raises(ConfigError, match="at least 32 characters"):
        account_app(db)
    monkeypatch.setenv("FICSHELF_SECRET_KEY", "k" * 32)
    assert account_app(db).secret_key == "k" * 32


def test_signup_setting_in_any_case(db: Database) -> None:
    assert account_app(db, FICSHELF_SIGNUP="OPEN").config["FICSHELF_SIGNUP"] == "open"
    assert account_app(db, FICSHELF_SIGNUP=" Closed").config["FICSHELF_SIGNUP"] == "closed"
    with pytest.raises(ConfigError):
        account_app(db, FICSHELF_SIGNUP="maybe")


def test_only_spaces_is_no_password(client: FlaskClient) -> None:
    spaces = {"name": "ivo", "password": " " * 8, "password2": " " * 8}
    answer = post(client, "/signup", spaces, "/signup")
    assert answer.status_code == 400 and "only spaces" in answer.get_data(as_text=True)


def test_the_name_taken_message_starts_with_a_capital(client: FlaskClient) -> None:
    sign_up(client, "ada")
    log_out(client)
    taken = {"name": "ADA", "password": PASSWORD, "password2": PASSWORD}
    answer = post(client, "/signup", taken, "/signup")
    assert answer.status_code == 409
    assert "The name &#39;ADA&#39; is taken." in answer.get_data(as_text=True)


def test_a_reader_changes_their_password_on_the_account_page(
    client: FlaskClient, db: Database
) -> None:
    assert client.get("/account").status_code == 303  # a visitor is sent to log in
    assert client.get("/account.json").status_code == 401
    sign_up(client, "maren")
    assert 'href="/account"' in client.get("/").get_data(as_text=True)
    elsewhere = account_app(db).test_client()
    log_in(elsewhere, "maren")
    wrong = post(
        client,
        "/account/password",
        {"old": "not it at all", "password": "a new password!", "password2": "a new password!"},
        "/account",
    )
    assert wrong.status_code == 401 and "do not match" in wrong.get_data(as_text=True)
    differ = post(
        client,
        "/account/password",
        {"old": PASSWORD, "password": "a new password!", "password2": "another one!!"},
        "/account",
    )
    assert differ.status_code == 400
    done = post(
        client,
        "/account/password",
        {"old": PASSWORD, "password": "a new password!", "password2": "a new password!"},
        "/account",
    )
    assert (done.status_code, done.headers["Location"]) == (303, "/account?done=password")
    assert client.get("/account.json").get_json()["user"] == "maren"  # still signed in here
    assert elsewhere.get("/login.json").get_json()["user"] is None  # ended there
    assert "Your password is changed" in client.get("/account?done=password").get_data(as_text=True)
    log_out(client)
    assert log_in(client, "maren", "a new password!").status_code == 303


def test_a_reader_deletes_their_account(
    client: FlaskClient, db: Database, library: Library
) -> None:
    sign_up(client, "maren")
    with db.begin() as conn:
        maren = account_named(conn, "maren")
        assert maren is not None
        add_comment(conn, library.lamp, maren.id, "Lovely.")
    wrong = post(client, "/account/remove", {"password": "not it at all"}, "/account")
    assert wrong.status_code == 401
    gone = post(client, "/account/remove", {"password": PASSWORD}, "/account")
    assert (gone.status_code, gone.headers["Location"]) == (303, "/")
    assert client.get("/login.json").get_json()["user"] is None
    with db.connect() as conn:
        assert account_named(conn, "maren") is None
        assert conn.execute(select(func.count()).select_from(schema.sessions)).scalar_one() == 0
    page = client.get(f"/works/{library.lamp}?view=full").get_data(as_text=True)
    assert "Lovely." in page and "(deleted account)" in page
    assert post(client, "/account/remove", {"password": PASSWORD}).status_code == 401
