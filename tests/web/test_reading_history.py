"""A reader's history through the pages (CSRF checks on): which views are recorded (a
signed-in reader's GET of a work's or a chapter's page; not a HEAD, a JSON twin or a
visitor), what that does to caching, "Continue reading", Mark for Later and Mark as Read,
``/history`` and ``/history?later=1`` with their JSON twins, deleting one entry or all, the
account setting that turns history off, and that no one else sees a reader's history."""

from __future__ import annotations

from typing import Any

import pytest
from account_helpers import PASSWORD, account_app, log_in, log_out, post, sign_up, token
from flask.testing import FlaskClient
from test_docs import documented_keys, unshown_keys
from web_library import Library

from ficshelf import accounts
from ficshelf.store.db import Database


@pytest.fixture
def client(db: Database, library: Library) -> FlaskClient:
    return account_app(db, FICSHELF_PER_PAGE=2).test_client()


def _history(client: FlaskClient, query: str = "") -> dict[str, Any]:
    answer = client.get(f"/history.json{query}")
    assert answer.status_code == 200
    found: dict[str, Any] = answer.get_json()
    return found


def _entries(client: FlaskClient, query: str = "") -> list[tuple[int, int, int | None]]:
    """(work, visits, chapter) of the first page of the reader's history."""
    items = _history(client, query)["readings"]["items"]
    return [(r["work_id"], r["visits"], r["chapter"]) for r in items]


def test_a_signed_in_readers_views_are_recorded_and_nothing_else(
    client: FlaskClient, library: Library
) -> None:
    ridge = f"/works/{library.ridge}"
    client.get(f"{ridge}/chapters/2")  # a visitor: never recorded
    sign_up(client, "maren")
    assert _entries(client) == []
    client.get(f"{ridge}/chapters/2")
    assert _entries(client) == [(library.ridge, 1, 2)]
    client.get(f"{ridge}/chapters/2.json")  # the JSON twin: not a reading
    client.head(f"{ridge}/chapters/3")  # nor a HEAD
    client.get(f"{ridge}.json")
    assert _entries(client) == [(library.ridge, 1, 2)]
    client.get(ridge)  # the work's first page: a visit that keeps the reader's place
    client.get(f"{ridge}?view=full")  # so does the entire work
    assert _entries(client) == [(library.ridge, 3, 2)]
    client.get(f"{ridge}/chapters/3?page=1")  # a chapter's page: the last chapter read
    assert _entries(client) == [(library.ridge, 4, 3)]
    client.get(f"/works/{library.lamp}")  # a one-shot: no chapter
    assert _entries(client)[0] == (library.lamp, 1, None)
    client.get("/works/999")  # no such work: nothing
    client.get(f"{ridge}/chapters/9")
    assert [e[0] for e in _entries(client)] == [library.lamp, library.ridge]
    # a refused comment answers its POST with the work's page: no visit
    post(client, f"{ridge}/comments", {"body": " ", "chapter": "1"}, "/history")
    assert _history(client)["readings"]["items"][1]["visits"] == 4


def test_recorded_pages_stay_private_to_caches(client: FlaskClient, library: Library) -> None:
    """A visitor's page keeps its ETag and 304s and records nothing; a signed-in reader's
    has no ETag (never a 304, so every view is recorded), is private and varies on the
    cookie, even when their browser sends a tag a visitor's page earned."""
    chapter = f"/works/{library.ridge}/chapters/2"
    seen = client.get(chapter)
    tag = seen.headers["ETag"]
    assert "Cookie" in seen.headers["Vary"]
    assert client.get(chapter, headers={"If-None-Match": tag}).status_code == 304
    sign_up(client, "maren")
    for _ in range(2):
        mine = client.get(chapter, headers={"If-None-Match": tag})
        assert mine.status_code == 200
        assert "ETag" not in mine.headers
        assert mine.headers["Cache-Control"] == "private, no-cache"
        assert "Cookie" in mine.headers["Vary"]
    assert _entries(client) == [(library.ridge, 2, 2)]
    listed = client.get("/history")
    assert "ETag" not in listed.headers and listed.headers["Cache-Control"] == "private, no-cache"
    log_out(client)
    again = client.get(chapter, headers={"If-None-Match": tag})
    assert again.status_code == 304  # the visitor's page is what it was


def test_continue_reading_on_the_works_page(client: FlaskClient, library: Library) -> None:
    ridge = f"/works/{library.ridge}"
    sign_up(client, "maren")
    first = client.get(ridge).get_data(as_text=True)
    assert "Continue reading" not in first and 'class="mark-later"' in first
    client.get(f"{ridge}/chapters/2")
    page = client.get(ridge).get_data(as_text=True)
    assert f'href="{ridge}/chapters/2">Continue reading: Chapter 2</a>' in page
    assert "Continue reading: Chapter 2" in client.get(f"{ridge}?view=full").get_data(as_text=True)
    assert "Continue reading" not in client.get(f"{ridge}/chapters/2").get_data(as_text=True)
    assert "Continue reading" not in client.get(f"{ridge}/chapters/3").get_data(as_text=True)
    reader = client.get(f"{ridge}.json").get_json()["reader"]
    assert reader["history"] is True and reader["continue_at"] == 3
    assert (reader["reading"]["chapter"], reader["reading"]["marked_for_later"]) == (3, False)
    client.get(f"{ridge}/chapters/1")
    assert "Continue reading" not in client.get(ridge).get_data(as_text=True)  # already there
    one_shot = f"/works/{library.lamp}"
    client.get(one_shot)
    assert "Continue reading" not in client.get(one_shot).get_data(as_text=True)
    assert client.get(f"{one_shot}.json").get_json()["reader"]["continue_at"] is None


def test_mark_for_later_and_as_read(client: FlaskClient, library: Library) -> None:
    ridge, lamp = f"/works/{library.ridge}", f"/works/{library.lamp}"
    sign_up(client, "maren")
    client.get(f"{ridge}/chapters/2")
    assert client.post(f"{ridge}/mark-for-later").status_code == 400  # no CSRF token
    done = post(client, f"{ridge}/mark-for-later", {"next": f"{ridge}/chapters/2"}, ridge)
    assert (done.status_code, done.headers["Location"]) == (303, f"{ridge}/chapters/2")
    page = client.get(ridge).get_data(as_text=True)
    assert 'class="mark-read"' in page and 'class="mark-later"' not in page
    default = post(client, f"{lamp}/mark-for-later", {}, "/history")
    assert default.headers["Location"] == f"{lamp}#reading"
    later = _history(client, "?later=1")
    assert later["later"] is True
    assert [r["work_id"] for r in later["readings"]["items"]] == [library.lamp, library.ridge]
    assert all(r["marked_for_later"] for r in later["readings"]["items"])
    html = client.get("/history?later=1").get_data(as_text=True)
    assert "<h1>Marked for Later</h1>" in html and "Letters from the Ridge" in html
    assert f'href="{ridge}/chapters/2">chapter 2 of 3</a>' in html
    assert (
        post(client, f"{ridge}/mark-as-read", {"next": "/history?later=1"}, "/history").headers[
            "Location"
        ]
        == "/history?later=1"
    )
    assert [r["work_id"] for r in _history(client, "?later=1")["readings"]["items"]] == [
        library.lamp
    ]
    assert library.ridge in [e[0] for e in _entries(client)]  # read: still in the history
    assert post(client, f"{ridge}/mark-as-read", {}, "/history").status_code == 303  # again: no-op
    assert post(client, "/works/999/mark-for-later", {}, "/history").status_code == 404
    assert client.get("/history.json?later=2").status_code == 400


def test_the_history_pages_newest_first_and_paged(client: FlaskClient, library: Library) -> None:
    sign_up(client, "maren")
    order = [library.lamp, library.ridge, library.markup]
    for work in order:
        client.get(f"/works/{work}")
    first = _history(client)
    assert [r["work_id"] for r in first["readings"]["items"]] == [library.markup, library.ridge]
    assert (first["readings"]["total"], first["readings"]["pages"]) == (3, 2)
    assert first["user"] == "maren" and first["history"] is True and first["later"] is False
    second = _history(client, "?page=2")["readings"]["items"]
    assert [r["work_id"] for r in second] == [library.lamp]
    html = client.get("/history").get_data(as_text=True)
    assert 'rel="next" href="/history?page=2"' in html
    assert "Last visited" in html and "visited 1 time" in html
    assert client.get("/history.json?page=3").status_code == 404
    for work in order:  # the later list pages too, keeping ?later=1
        post(client, f"/works/{work}/mark-for-later", {}, "/history")
    html = client.get("/history?later=1").get_data(as_text=True)
    assert 'rel="next" href="/history?page=2&amp;later=1"' in html
    rest = _history(client, "?later=1&page=2")["readings"]["items"]
    assert [r["work_id"] for r in rest] == [library.lamp]


def test_deleting_an_entry_and_clearing(client: FlaskClient, library: Library) -> None:
    sign_up(client, "maren")
    for work in (library.lamp, library.ridge):
        client.get(f"/works/{work}")
    post(client, f"/works/{library.lamp}/mark-for-later", {}, "/history")
    gone = post(client, f"/history/{library.ridge}/delete", {}, "/history")
    assert (gone.status_code, gone.headers["Location"]) == (303, "/history")
    assert [e[0] for e in _entries(client)] == [library.lamp]
    assert post(client, f"/history/{library.ridge}/delete", {}, "/history").status_code == 404
    cleared = post(client, "/history/clear", {}, "/history")
    assert (cleared.status_code, cleared.headers["Location"]) == (303, "/history")
    assert _entries(client) == [] and _entries(client, "?later=1") == []
    assert "No works in your history yet." in client.get("/history").get_data(as_text=True)


def test_history_off_records_nothing_and_marks_nothing(
    client: FlaskClient, library: Library
) -> None:
    ridge = f"/works/{library.ridge}"
    sign_up(client, "maren")
    client.get(f"{ridge}/chapters/2")
    assert client.get("/account.json").get_json()["history"] is True
    off = post(client, "/account/history", {"history": "off"}, "/account")
    assert (off.status_code, off.headers["Location"]) == (
        303,
        "/account?done=history-off#history",
    )
    settings = client.get("/account?done=history-off").get_data(as_text=True)
    assert "Your history is off: nothing new is recorded." in settings
    assert "Turn history on" in settings
    assert client.get("/account.json").get_json()["history"] is False
    client.get(f"{ridge}/chapters/3")
    client.get(f"/works/{library.lamp}")
    assert _entries(client) == [(library.ridge, 1, 2)]  # kept, and nothing new
    page = client.get(ridge).get_data(as_text=True)
    assert "Mark for Later" not in page and "Continue reading" not in page
    reader = client.get(f"{ridge}.json").get_json()["reader"]
    assert (reader["history"], reader["reading"], reader["continue_at"]) == (False, None, None)
    refused = post(client, f"{ridge}/mark-for-later", {}, "/history")
    assert refused.status_code == 409
    assert _entries(client, "?later=1") == []
    assert _history(client)["history"] is False
    assert "Your history is off" in client.get("/history").get_data(as_text=True)
    assert post(client, "/account/history", {"history": "maybe"}, "/account").status_code == 400
    other_site = client.post(
        "/account/history",
        data={"history": "on", "csrf_token": token(client, "/account")},
        headers={"Origin": "https://elsewhere.example"},
    )
    assert other_site.status_code == 403
    post(client, "/account/history", {"history": "on"}, "/account")
    client.get(f"{ridge}/chapters/3")
    assert _entries(client) == [(library.ridge, 2, 3)]


def test_a_readers_history_is_theirs_alone(
    client: FlaskClient, library: Library, db: Database
) -> None:
    ridge = f"/works/{library.ridge}"
    sign_up(client, "maren")
    client.get(f"{ridge}/chapters/2")
    post(client, f"{ridge}/mark-for-later", {}, "/history")
    log_out(client)
    with db.begin() as conn:
        accounts.create_account(conn, "Admin", PASSWORD, is_admin=True)
    log_in(client, "Admin")
    assert _entries(client) == [] and _entries(client, "?later=1") == []
    # an admin's forms act on their own history only
    assert post(client, f"/history/{library.ridge}/delete", {}, "/history").status_code == 404
    reader = client.get(f"{ridge}.json").get_json()["reader"]
    assert reader["name"] == "Admin" and reader["reading"] is None
    assert reader["continue_at"] is None
    assert "Continue reading" not in client.get(ridge).get_data(as_text=True)
    for path in ("/users/maren", "/users/maren.json"):
        body = client.get(path).get_data(as_text=True)
        assert "Marked for" not in body and "Last visited" not in body and "visits" not in body
    log_out(client)
    for path in (ridge, f"{ridge}/chapters/2", "/", "/works", f"{ridge}.json", "/opds/works"):
        body = client.get(path).get_data(as_text=True)
        assert "Continue reading" not in body and "mark-for-later" not in body, path
    assert client.get("/history").status_code == 303  # a visitor: to log in
    assert "/login" in client.get("/history").headers["Location"]
    assert client.get("/history.json").status_code == 401
    for path in (
        f"{ridge}/mark-for-later",
        f"{ridge}/mark-as-read",
        f"/history/{library.ridge}/delete",
        "/history/clear",
    ):
        assert post(client, path, {}, "/login").status_code == 401, path
    log_in(client, "maren")
    assert _entries(client) == [(library.ridge, 1, 2)]  # untouched by the admin
    assert _entries(client, "?later=1") == [(library.ridge, 1, 2)]


HISTORY_EXAMPLES = {
    "`/history.json`, `/history.json?later=1`": "/history.json",
    "`/account.json`": "/account.json",
    "`/works/<work_id>.json`, `/works/<work_id>/chapters/<number>.json`": (
        "/works/{ridge}/chapters/2.json"
    ),
}


def test_the_history_examples_show_every_key_sent(client: FlaskClient, library: Library) -> None:
    """As ``test_docs`` checks the other examples: each holds every key sent (a reader with
    a history, a work marked for later)."""
    ridge = f"/works/{library.ridge}"
    sign_up(client, "maren")
    client.get(f"{ridge}/chapters/3")
    post(client, f"{ridge}/mark-for-later", {}, "/history")
    shown = documented_keys(HISTORY_EXAMPLES)
    assert sorted(shown) == sorted(HISTORY_EXAMPLES)
    for heading, keys in shown.items():
        answer = client.get(HISTORY_EXAMPLES[heading].format(ridge=library.ridge))
        assert answer.status_code == 200, heading
        missing = unshown_keys(answer.get_json(), keys)
        assert not missing, f"{heading}: keys sent but not in the example: {missing}"
