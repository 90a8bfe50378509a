"""Kudos, comments and bookmarks through the pages (CSRF checks on): what a reader leaves,
what the work page, blurbs and the readers' pages show of it in HTML and JSON, what
another visitor sees, and that nothing private ever leaves the server."""

from __future__ import annotations

import re

import pytest
from account_helpers import account_app, log_out, post, sign_up
from flask.testing import FlaskClient
from test_docs import documented_keys, unshown_keys
from web_library import Library

from ficshelf.store.db import Database


@pytest.fixture
def client(db: Database, library: Library) -> FlaskClient:
    return account_app(db).test_client()


def _work_page(library: Library) -> str:
    return f"/works/{library.lamp}"


def test_kudos_once_with_names_and_counts(client: FlaskClient, library: Library) -> None:
    page = _work_page(library)
    assert "Log in</a> to leave kudos" in client.get(page).get_data(as_text=True)
    assert client.post(f"{page}/kudos").status_code == 400  # no token, no kudos
    for name in ("maren", "ivo"):
        sign_up(client, name)
        assert post(client, f"{page}/kudos", {"next": page}, page).status_code == 303
        assert post(client, f"{page}/kudos", {}, page).status_code == 303  # again: a no-op
        log_out(client)
    answer = client.get(f"{page}.json").get_json()
    assert answer["kudos_from"] == ["ivo", "maren"]
    assert answer["work"]["archive_kudos"] == 2
    assert answer["reader"] is None
    html = client.get(page).get_data(as_text=True)
    assert "left kudos on this work!" in html
    blurb = next(
        w for w in client.get("/works.json").get_json()["works"]["items"] if w["id"] == library.lamp
    )
    assert blurb["archive_kudos"] == 2 and blurb["kudos"] is None
    sign_up(client, "ana")
    mine = client.get(f"{page}.json").get_json()["reader"]
    assert mine == {
        "name": "ana",
        "kudos_left": False,
        "bookmark": None,
        "history": True,
        "reading": None,  # the JSON twin is no visit
        "continue_at": None,
        "continue_part": None,
    }


def test_a_visitor_cannot_write(client: FlaskClient, library: Library) -> None:
    page = _work_page(library)
    assert post(client, f"{page}/comments", {"body": "hi"}, "/login").status_code == 401
    assert post(client, f"{page}/bookmark", {"note": ""}, "/login").status_code == 401
    assert post(client, f"{page}/kudos", {}, "/login").status_code == 401
    assert client.get(f"{page}/bookmark.json").status_code == 401


def test_comments_replies_edits_and_deletion(client: FlaskClient, library: Library) -> None:
    ridge = f"/works/{library.ridge}"
    sign_up(client, "maren")
    said = post(
        client,
        f"{ridge}/comments",
        {"body": "<script>alert(1)</script>\n\nSecond paragraph.", "chapter": "2"},
        f"{ridge}/chapters/2",
    )
    assert said.status_code == 303
    first = int(re.search(r"#comment-(\d+)", said.headers["Location"]).group(1))  # type: ignore[union-attr]
    html = client.get(f"{ridge}/chapters/2").get_data(as_text=True)
    assert "&lt;script&gt;alert(1)&lt;/script&gt;</p>\n<p>Second paragraph.</p>" in html
    assert "<script>alert(1)" not in html
    assert client.get(f"{ridge}/chapters/1.json").get_json()["comment_threads"] == []
    log_out(client)
    sign_up(client, "ivo")
    post(client, f"{ridge}/comments", {"body": "Agreed!", "parent": str(first)}, ridge)
    threads = client.get(f"{ridge}/chapters/2.json").get_json()["comment_threads"]
    assert [(t["user"], [r["user"] for r in t["replies"]]) for t in threads] == [("maren", ["ivo"])]
    assert threads[0]["replies"][0]["chapter"] == 2  # a reply takes its thread's chapter
    assert post(client, f"/comments/{first}", {"body": "Mine now"}, ridge).status_code == 403
    assert post(client, f"/comments/{first}/delete", {}, ridge).status_code == 403
    assert client.get(f"/comments/{first}.json").get_json()["edit"] is False
    log_out(client)
    sign_up(client, "maren2")
    empty = post(client, f"{ridge}/comments", {"body": "  \n "}, ridge)
    assert empty.status_code == 400
    long = post(client, f"{ridge}/comments", {"body": "x" * 10_001}, ridge)
    assert long.status_code == 400
    assert client.get("/works.json").get_json()["works"]["items"]  # still fine
    blurb = client.get(f"{ridge}.json").get_json()["work"]
    assert blurb["comments"] == 2


def test_editing_and_deleting_ones_own(client: FlaskClient, library: Library) -> None:
    page = _work_page(library)
    sign_up(client, "maren")
    said = post(client, f"{page}/comments", {"body": "First."}, page)
    comment = int(said.headers["Location"].rsplit("-", 1)[1])
    own = client.get(f"/comments/{comment}.json").get_json()
    assert own["edit"] and own["delete"] and own["work"]["id"] == library.lamp
    assert post(client, f"/comments/{comment}", {"body": "Edited."}, page).status_code == 303
    shown = client.get(f"/comments/{comment}.json").get_json()["comment"]
    assert shown["body"] == "Edited." and shown["edited_at"] is not None
    assert post(client, f"/comments/{comment}/delete", {}, page).status_code == 303
    assert client.get(f"/comments/{comment}.json").status_code == 404


def test_bookmarks_private_stays_private(client: FlaskClient, library: Library) -> None:
    lamp, ridge = _work_page(library), f"/works/{library.ridge}"
    sign_up(client, "ivo")
    post(client, f"{lamp}/bookmark", {"note": "Reread.", "tags": "comfort, Comfort, winter"}, lamp)
    post(
        client, f"{ridge}/bookmark", {"note": "My secret", "tags": "hidden", "private": "1"}, ridge
    )
    mine = client.get("/bookmarks.json").get_json()["bookmarks"]
    assert [(b["work_id"], b["private"]) for b in mine["items"]] == [
        (library.ridge, True),
        (library.lamp, False),
    ]
    assert mine["items"][1]["tags"] == ["comfort", "winter"]
    form = client.get(f"{ridge}/bookmark.json").get_json()
    assert form["bookmark"]["note"] == "My secret"
    log_out(client)
    for path in ("/users/ivo.json", f"{ridge}.json", "/works.json", "/search.json?q=secret"):
        body = client.get(path).get_data(as_text=True)
        assert "My secret" not in body and "hidden" not in body.replace('"hidden":', "")
    public = client.get("/users/ivo.json").get_json()
    assert [b["work_id"] for b in public["bookmarks"]["items"]] == [library.lamp]
    assert client.get(f"{ridge}.json").get_json()["work"]["bookmarks"] == 0
    assert client.get(f"{lamp}.json").get_json()["work"]["bookmarks"] == 1
    sign_up(client, "other")
    assert "My secret" not in client.get("/users/ivo").get_data(as_text=True)
    assert client.get(f"{ridge}/bookmark.json").get_json()["bookmark"] is None


def test_removing_a_bookmark(client: FlaskClient, library: Library) -> None:
    lamp = _work_page(library)
    sign_up(client, "ivo")
    post(client, f"{lamp}/bookmark", {"note": "x"}, lamp)
    assert post(client, f"{lamp}/bookmark/delete", {}, lamp).status_code == 303
    assert client.get(f"{lamp}/bookmark.json").get_json()["bookmark"] is None
    assert post(client, f"{lamp}/bookmark/delete", {}, lamp).status_code == 404


def test_no_hash_ever_leaves_the_server(client: FlaskClient, library: Library) -> None:
    lamp = _work_page(library)
    sign_up(client, "maren")
    post(client, f"{lamp}/kudos", {}, lamp)
    post(client, f"{lamp}/comments", {"body": "Hello."}, lamp)
    post(client, f"{lamp}/bookmark", {"note": "n"}, lamp)
    for path in (
        f"{lamp}.json",
        lamp,
        "/users/maren.json",
        "/bookmarks.json",
        "/login.json",
        "/works.json",
        f"{lamp}/bookmark.json",
        "/comments/1.json",
    ):
        body = client.get(path).get_data(as_text=True)
        assert "argon2" not in body and "password" not in body.replace('name="password', "")


# The docs' examples of the account routes, each route of the invented library.
ACCOUNT_EXAMPLES = {
    "`/login.json`, `/signup.json`": "/login.json",
    "`/users/<name>.json`": "/users/ivo.json",
    "`/bookmarks.json`": "/bookmarks.json",
    "`/account.json`": "/account.json",
    "`/works/<work_id>/bookmark.json`": "/works/{ridge}/bookmark.json",
    "`/comments/<comment_id>.json`": "/comments/{comment}.json",
    "`/works/<work_id>.json`, `/works/<work_id>/chapters/<number>.json`": (
        "/works/{ridge}/chapters/2.json"
    ),
}


def test_the_account_examples_show_every_key_sent(client: FlaskClient, library: Library) -> None:
    """As ``test_docs`` checks the other examples: each holds every key sent (with a
    signed-in reader, a comment thread and a bookmark in the library)."""
    ridge = f"/works/{library.ridge}"
    sign_up(client, "ivo")
    post(client, f"{ridge}/kudos", {}, ridge)
    said = post(client, f"{ridge}/comments", {"body": "Hi", "chapter": "2"}, ridge)
    comment = int(said.headers["Location"].rsplit("-", 1)[1])
    post(client, f"{ridge}/comments", {"body": "Reply", "parent": str(comment)}, ridge)
    post(client, f"/works/{library.lamp}/bookmark", {"note": "x", "tags": "a"}, ridge)
    shown = documented_keys(ACCOUNT_EXAMPLES)
    assert sorted(shown) == sorted(ACCOUNT_EXAMPLES)
    for heading, keys in shown.items():
        route = ACCOUNT_EXAMPLES[heading].format(ridge=library.ridge, comment=comment)
        answer = client.get(route)
        assert answer.status_code == 200, route
        missing = unshown_keys(answer.get_json(), keys)
        assert not missing, f"{heading}: keys sent but not in the example: {missing}"
