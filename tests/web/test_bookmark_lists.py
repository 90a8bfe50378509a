"""Bookmark lists (CSRF checks on): a reader's page and one's own bookmarks filter by one of
the reader's tags and search the notes, tags and titles (``?tag=``, ``?q=``, and their JSON
twins), show each tag apart as a link to its list, and each bookmark with its work's blurb;
nothing private leaks through a filter. The header's log-in and sign-up links come back to
the page."""

from __future__ import annotations

import pytest
from account_helpers import account_app, log_out, post, sign_up
from flask.testing import FlaskClient
from web_library import Library

from ficshelf.store.db import Database


@pytest.fixture
def client(db: Database, library: Library) -> FlaskClient:
    return account_app(db).test_client()


def _bookmark(client: FlaskClient, work: int, **form: str) -> None:
    page = f"/works/{work}"
    assert post(client, f"{page}/bookmark", form, page).status_code == 303


def _ids(answer: dict[str, object]) -> list[int]:
    return [b["work_id"] for b in answer["bookmarks"]["items"]]  # type: ignore[index]


def test_filtering_by_tag_and_searching_the_notes(client: FlaskClient, library: Library) -> None:
    sign_up(client, "ivo")
    _bookmark(client, library.lamp, note="Reread every WINTER.", tags="Comfort read, water,rec")
    _bookmark(client, library.ridge, note="Letters. Winter too", tags="comfort read")
    _bookmark(client, library.markup, note="A secret winter", tags="comfort read", private="1")
    mine = client.get("/bookmarks.json?tag=COMFORT%20READ").get_json()
    assert _ids(mine) == [library.markup, library.ridge, library.lamp]
    assert mine["filter"] == {"tag": "COMFORT READ", "q": ""}
    assert _ids(client.get("/bookmarks.json?tag=water").get_json()) == [library.lamp]
    assert _ids(client.get("/bookmarks.json?q=winter%20letters").get_json()) == [library.ridge]
    assert _ids(client.get("/bookmarks.json?q=gullrock").get_json()) == [library.lamp]  # title
    both = client.get("/bookmarks.json?tag=comfort+read&q=winter").get_json()
    assert _ids(both) == [library.markup, library.ridge, library.lamp]
    assert client.get("/bookmarks.json?tag=nothing").get_json()["bookmarks"]["total"] == 0
    assert _ids(client.get("/bookmarks.json?tag=rec").get_json()) == [library.lamp]
    html = client.get("/bookmarks?tag=winter").get_data(as_text=True)
    assert "No bookmark matches." in html
    assert client.get("/bookmarks.json?q=" + "x" * 201).status_code == 400
    log_out(client)
    public = client.get("/users/ivo.json?q=secret").get_json()
    assert public["bookmarks"]["total"] == 0  # the private one stays private
    public = client.get("/users/ivo.json?tag=comfort%20read").get_json()
    assert _ids(public) == [library.ridge, library.lamp]
    html = client.get("/users/ivo?tag=comfort%20read").get_data(as_text=True)
    assert "2 bookmarks tagged" in html and "A secret winter" not in html
    assert 'href="/users/ivo">show all</a>' in html


def test_tags_are_links_apart_and_each_bookmark_shows_its_blurb(
    client: FlaskClient, library: Library
) -> None:
    sign_up(client, "ivo")
    _bookmark(client, library.lamp, note="n", tags="water, rec")
    html = client.get("/users/ivo").get_data(as_text=True)
    assert '<a class="bookmark-tag" rel="tag" href="/users/ivo?tag=water">water</a>' in html
    assert '<a class="bookmark-tag" rel="tag" href="/users/ivo?tag=rec">rec</a>' in html
    assert "water,rec" not in html.replace(" ", "").replace("\n", "").replace("</a><a", "")
    assert f'<li class="blurb" id="work-{library.lamp}">' in html  # the work's blurb
    assert "A storm, a lamp, and two stubborn keepers." in html  # its summary
    mine = client.get("/bookmarks").get_data(as_text=True)
    assert 'href="/bookmarks?tag=water"' in mine
    item = client.get("/bookmarks.json").get_json()["bookmarks"]["items"][0]
    assert item["work"]["id"] == library.lamp and item["work"]["word_count"] > 0


def test_the_log_in_and_sign_up_links_come_back(client: FlaskClient, library: Library) -> None:
    page = f"/works/{library.ridge}/chapters/2"
    header = client.get(page).get_data(as_text=True).split("<main")[0]
    assert f'href="/login?next={page}"' in header
    assert f'href="/signup?next={page}"' in header
    login = client.get(f"/login?next={page}").get_data(as_text=True).split("<main")[0]
    assert f'href="/signup?next={page}"' in login
    answer = post(
        client,
        "/signup",
        {
            "name": "maren",
            "password": "a good password",
            "password2": "a good password",
            "next": page,
        },
        "/signup",
    )
    assert answer.headers["Location"] == page


def test_a_refused_bookmark_comes_back_in_its_form(client: FlaskClient, library: Library) -> None:
    lamp = f"/works/{library.lamp}"
    sign_up(client, "ivo")
    many = ", ".join(f"tag{n}" for n in range(30))
    answer = post(
        client, f"{lamp}/bookmark", {"note": "Keep me", "tags": many, "private": "1"}, lamp
    )
    assert answer.status_code == 400
    html = answer.get_data(as_text=True)
    assert "A bookmark has at most 25 tags." in html
    assert ">Keep me</textarea>" in html and f'value="{many}"' in html
    assert 'name="private" value="1" checked' in html
    assert client.get(f"{lamp}/bookmark.json").get_json()["bookmark"] is None
