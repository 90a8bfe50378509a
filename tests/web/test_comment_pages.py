"""Comments in pages, as on AO3 (CSRF checks on): 20 threads a page, oldest first, a thread
never split, links between the pages, the JSON twin paged the same way, and a reader who
posts, replies, edits or deletes lands on the page that shows what they did."""

from __future__ import annotations

import pytest
from account_helpers import account_app, post, sign_up
from flask.testing import FlaskClient
from web_library import Library

from ficshelf import accounts
from ficshelf.store.comments import add_comment
from ficshelf.store.db import Database


@pytest.fixture
def client(db: Database, library: Library) -> FlaskClient:
    return account_app(db).test_client()


def _threads(db: Database, work: int, n: int, chapter: int | None = None) -> list[int]:
    """``n`` threads by "ivo" on ``work`` (the first with a reply), oldest first."""
    with db.begin() as conn:
        ivo = accounts.create_account(conn, f"ivo{work}{chapter or 0}", "a good password").id
        ids = [add_comment(conn, work, ivo, f"Thread {i}.", chapter=chapter).id for i in range(n)]
        add_comment(conn, work, ivo, "A reply on the first.", parent_id=ids[0])
    return ids


def test_a_work_shows_its_comments_twenty_threads_a_page(
    client: FlaskClient, db: Database, library: Library
) -> None:
    lamp = f"/works/{library.lamp}"
    ids = _threads(db, library.lamp, 45)
    first = client.get(f"{lamp}.json").get_json()
    assert first["comment_pages"] == {"page": 1, "pages": 3, "per_page": 20, "threads": 45}
    assert [t["id"] for t in first["comment_threads"]] == ids[:20]  # oldest first
    assert [r["body"] for r in first["comment_threads"][0]["replies"]] == ["A reply on the first."]
    assert first["comment_count"] == 46  # every page's comments and replies
    last = client.get(f"{lamp}.json?page=3").get_json()
    assert [t["id"] for t in last["comment_threads"]] == ids[40:]
    html = client.get(f"{lamp}?page=2").get_data(as_text=True)
    assert "Thread 20." in html and "Thread 19." not in html and "Thread 40." not in html
    assert html.count('aria-label="Pages of comments"') == 2  # above and below
    assert "Page 2 of 3" in html
    assert f'href="{lamp}?page=1#comments">← Previous' in html
    assert f'href="{lamp}?page=3#comments">Next →' in html
    gone = client.get(f"{lamp}?page=4")
    assert gone.status_code == 404 and f"{lamp}?page=3" in gone.get_data(as_text=True)
    assert client.get(f"{lamp}.json?page=4").status_code == 404


def test_one_page_of_comments_has_no_page_links(
    client: FlaskClient, db: Database, library: Library
) -> None:
    lamp = f"/works/{library.lamp}"
    _threads(db, library.lamp, 20)
    html = client.get(lamp).get_data(as_text=True)
    assert "Pages of comments" not in html and "Thread 19." in html


def test_a_chapter_and_the_entire_work_page_their_own_comments(
    client: FlaskClient, db: Database, library: Library
) -> None:
    ridge = f"/works/{library.ridge}"
    on_two = _threads(db, library.ridge, 21, chapter=2)
    _threads(db, library.ridge, 5)
    chapter = client.get(f"{ridge}/chapters/2.json?page=2").get_json()
    assert [t["id"] for t in chapter["comment_threads"]] == on_two[20:]
    assert chapter["comment_pages"]["pages"] == 2
    html = client.get(f"{ridge}/chapters/2").get_data(as_text=True)
    assert f'href="{ridge}/chapters/2?page=2#comments">Next →' in html
    full = client.get(f"{ridge}.json?view=full").get_json()
    assert full["comment_pages"]["threads"] == 26 and full["comment_count"] == 28
    html = client.get(f"{ridge}?view=full&page=2").get_data(as_text=True)
    assert f'href="{ridge}?page=1&amp;view=full#comments">← Previous' in html


def test_a_reader_lands_on_the_page_that_shows_their_comment(
    client: FlaskClient, db: Database, library: Library
) -> None:
    lamp = f"/works/{library.lamp}"
    ids = _threads(db, library.lamp, 20)
    sign_up(client, "maren")
    new = post(client, f"{lamp}/comments", {"body": "Late to this."}, lamp)
    location = new.headers["Location"]
    assert location.startswith(f"{lamp}?page=2#comment-")  # a new thread: the last page
    assert "Late to this." in client.get(location.split("#")[0]).get_data(as_text=True)
    mine = int(location.rsplit("-", 1)[1])
    reply = post(client, f"{lamp}/comments", {"body": "Me too.", "parent": str(ids[3])}, lamp)
    assert reply.headers["Location"].startswith(f"{lamp}#comment-")  # its thread: page 1
    edit = post(client, f"/comments/{mine}", {"body": "Late, edited."}, f"/comments/{mine}")
    assert edit.headers["Location"] == f"{lamp}?page=2#comment-{mine}"
    shown = client.get(f"/comments/{mine}.json").get_json()["shown_at"]
    assert shown == f"{lamp}?page=2#comment-{mine}"
    # a refused reply comes back in its form on the page of its thread
    refused = post(client, f"{lamp}/comments", {"body": " ", "parent": str(mine)}, lamp)
    assert refused.status_code == 400
    html = refused.get_data(as_text=True)
    assert "Page 2 of 2" in html and '<details class="reply" open>' in html
    # deleting the only thread of the last page goes back to the page before
    page = client.get(f"{lamp}?page=2").get_data(as_text=True)
    assert f'name="next" value="{lamp}?page=1#comments"' in page
    deleted = post(client, f"/comments/{mine}/delete", {}, f"{lamp}?page=2")
    assert deleted.status_code == 303
    assert client.get(f"{lamp}.json").get_json()["comment_pages"]["pages"] == 1
