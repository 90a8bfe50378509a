"""Where comments show and where a reader lands (CSRF checks on): after commenting,
replying or editing, on the comment itself on the page that shows it; the chapter view
says how many comments are on other chapters and the whole work and links to them; counts
leave deleted comments out; the reply form is folded, deleting asks first, a deleted
comment cannot be answered and a refused comment comes back in its form."""

from __future__ import annotations

import re

import pytest
from account_helpers import account_app, log_in, log_out, post, sign_up
from flask.testing import FlaskClient
from web_library import Library

from ficshelf.store.db import Database


@pytest.fixture
def client(db: Database, library: Library) -> FlaskClient:
    return account_app(db).test_client()


def _said(answer: object) -> int:
    location = answer.headers["Location"]  # type: ignore[attr-defined]
    found = re.search(r"#comment-(\d+)$", location)
    assert found, location
    return int(found.group(1))


def test_a_reader_lands_on_the_comment_where_it_shows(
    client: FlaskClient, library: Library
) -> None:
    ridge, lamp = f"/works/{library.ridge}", f"/works/{library.lamp}"
    sign_up(client, "maren")
    on_two = post(client, f"{ridge}/comments", {"body": "Two!", "chapter": "2"}, ridge)
    assert on_two.status_code == 303
    first = _said(on_two)
    assert on_two.headers["Location"] == f"{ridge}/chapters/2#comment-{first}"
    whole = post(client, f"{ridge}/comments", {"body": "All of it."}, f"{ridge}?view=full")
    assert whole.headers["Location"] == f"{ridge}?view=full#comment-{_said(whole)}"
    # a reply from the chapter view: that chapter; from the entire work: the entire work
    reply = post(client, f"{ridge}/comments", {"body": "Re", "parent": str(first)}, ridge)
    assert reply.headers["Location"] == f"{ridge}/chapters/2#comment-{_said(reply)}"
    full = {"body": "Re again", "parent": str(first), "view": "full"}
    again = post(client, f"{ridge}/comments", full, ridge)
    assert again.headers["Location"] == f"{ridge}?view=full#comment-{_said(again)}"
    # an edit from the comment's own page: back to it in its chapter, not chapter 1
    edited = post(client, f"/comments/{first}", {"body": "Two, edited."}, f"/comments/{first}")
    assert edited.headers["Location"] == f"{ridge}/chapters/2#comment-{first}"
    page = client.get(edited.headers["Location"]).get_data(as_text=True)
    assert f'id="comment-{first}"' in page and "Two, edited." in page
    shown = client.get(f"/comments/{first}.json").get_json()["shown_at"]
    assert shown == f"{ridge}/chapters/2#comment-{first}"
    one_shot = post(client, f"{lamp}/comments", {"body": "Lovely."}, lamp)
    assert one_shot.headers["Location"] == f"{lamp}#comment-{_said(one_shot)}"
    # the forms send no next: the comment's place decides
    html = client.get(f"{ridge}/chapters/2").get_data(as_text=True)
    form = html[html.index('<form class="comment-form"') :]
    assert 'name="next"' not in form[: form.index("</form>")]


def test_the_chapter_view_points_to_the_comments_elsewhere(
    client: FlaskClient, library: Library
) -> None:
    ridge = f"/works/{library.ridge}"
    sign_up(client, "maren")
    post(client, f"{ridge}/comments", {"body": "On two", "chapter": "2"}, ridge)
    post(client, f"{ridge}/comments", {"body": "On three", "chapter": "3"}, ridge)
    post(client, f"{ridge}/comments", {"body": "On three again", "chapter": "3"}, ridge)
    post(client, f"{ridge}/comments", {"body": "On the whole"}, ridge)
    log_out(client)
    answer = client.get(f"{ridge}.json").get_json()
    assert answer["comment_count"] == 0
    assert answer["comments_elsewhere"] == [
        {"chapter": None, "count": 1},
        {"chapter": 2, "count": 1},
        {"chapter": 3, "count": 2},
    ]
    html = client.get(ridge).get_data(as_text=True)
    assert "Comments on chapter 1 (0)" in html
    assert "4 more on" in html
    assert f'href="{ridge}/chapters/3#comments">chapter 3</a> (2)' in html
    assert (
        f'<a class="all-comments" href="{ridge}?view=full#comments">read all comments</a>' in html
    )
    assert f'<dt>Comments:</dt><dd><a href="{ridge}?view=full#comments">4</a>' in html
    three = client.get(f"{ridge}/chapters/3.json").get_json()
    assert three["comment_count"] == 2
    assert [p["chapter"] for p in three["comments_elsewhere"]] == [None, 2]
    full = client.get(f"{ridge}?view=full").get_data(as_text=True)
    assert "Comments (4)" in full and "more on" not in full
    assert '<dt>Comments:</dt><dd><a href="#comments">4</a>' in full
    assert client.get(f"{ridge}.json?view=full").get_json()["comments_elsewhere"] == []


def test_counts_leave_deleted_comments_out(client: FlaskClient, library: Library) -> None:
    lamp = f"/works/{library.lamp}"
    sign_up(client, "maren")
    top = _said(post(client, f"{lamp}/comments", {"body": "Going soon."}, lamp))
    log_out(client)
    sign_up(client, "ivo")
    post(client, f"{lamp}/comments", {"body": "Answer.", "parent": str(top)}, lamp)
    log_out(client)
    log_in(client, "maren")
    assert post(client, f"/comments/{top}/delete", {}, lamp).status_code == 303
    html = client.get(lamp).get_data(as_text=True)
    assert "(Previous comment deleted.)" in html
    assert "Comments (1)" in html
    assert client.get(f"{lamp}.json").get_json()["comment_count"] == 1
    assert client.get(f"{lamp}.json").get_json()["work"]["comments"] == 1
    # nobody answers a deleted comment: no form, and the server refuses
    assert f'name="parent" value="{top}"' not in html
    refused = post(client, f"{lamp}/comments", {"body": "Hello?", "parent": str(top)}, lamp)
    assert refused.status_code == 400
    assert "That comment was deleted: it cannot be answered." in refused.get_data(as_text=True)


def test_what_is_answered_is_refused_before_what_is_written(
    client: FlaskClient, library: Library
) -> None:
    lamp, ridge = f"/works/{library.lamp}", f"/works/{library.ridge}"
    sign_up(client, "maren")
    top = _said(post(client, f"{lamp}/comments", {"body": "Going soon."}, lamp))
    post(client, f"{lamp}/comments", {"body": "Answer.", "parent": str(top)}, lamp)
    post(client, f"/comments/{top}/delete", {}, lamp)
    # an empty reply to a deleted comment: the deletion is what the reader is told (no
    # wording would help), not the empty text, and no form offers to answer it again
    empty = post(client, f"{lamp}/comments", {"body": " ", "parent": str(top)}, lamp)
    assert empty.status_code == 400
    html = empty.get_data(as_text=True)
    assert "it cannot be answered" in html and "cannot be empty" not in html
    # an empty reply to a comment on another work: that comment is not there (404)
    elsewhere = post(client, f"{ridge}/comments", {"body": "", "parent": str(top)}, ridge)
    assert elsewhere.status_code == 404
    assert "cannot be empty" not in elsewhere.get_data(as_text=True)


def test_the_reply_form_is_folded_and_deleting_asks_first(
    client: FlaskClient, library: Library
) -> None:
    lamp = f"/works/{library.lamp}"
    sign_up(client, "maren")
    top = _said(post(client, f"{lamp}/comments", {"body": "Mine."}, lamp))
    html = client.get(lamp).get_data(as_text=True)
    reply = html[html.index('<details class="reply">') :]
    assert reply.index("<summary>Reply</summary>") < reply.index(f'name="parent" value="{top}"')
    fold = html[html.index('<details class="confirm-delete">') :]
    assert fold.index("<summary>Delete</summary>") < fold.index("Yes, delete it</button>")
    comment_page = client.get(f"/comments/{top}").get_data(as_text=True)
    assert '<details class="confirm-delete">' in comment_page


def test_a_refused_comment_comes_back_in_its_form(client: FlaskClient, library: Library) -> None:
    ridge = f"/works/{library.ridge}"
    sign_up(client, "maren")
    spaces = post(client, f"{ridge}/comments", {"body": "   ", "chapter": "2"}, ridge)
    assert spaces.status_code == 400
    html = spaces.get_data(as_text=True)
    assert "A comment cannot be empty." in html
    assert "Chapter 2" in html and 'name="chapter" value="2"' in html  # the page it was on
    long = "word " * 2001
    too_long = post(client, f"{ridge}/comments", {"body": long, "view": "full"}, ridge)
    assert too_long.status_code == 400
    html = too_long.get_data(as_text=True)
    assert "at most 10,000 characters" in html
    assert f">{long}</textarea>" in html  # the reader's text, to shorten
    assert 'name="view" value="full"' in html
    assert f'action="{ridge}/comments"' in html
    top = _said(post(client, f"{ridge}/comments", {"body": "Fine.", "chapter": "2"}, ridge))
    reply = post(client, f"{ridge}/comments", {"body": "\n", "parent": str(top)}, ridge)
    assert reply.status_code == 400
    html = reply.get_data(as_text=True)
    assert '<details class="reply" open>' in html
    # no form on the refused page leads back to the POST-only address
    assert f'value="{ridge}/comments' not in html
    edit = post(client, f"/comments/{top}", {"body": " "}, f"/comments/{top}")
    assert edit.status_code == 400
    assert "A comment cannot be empty." in edit.get_data(as_text=True)
    assert client.get(f"/comments/{top}.json").get_json()["comment"]["body"] == "Fine."
    log_out(client)
    sign_up(client, "ivo")
    assert post(client, f"/comments/{top}", {"body": " "}, f"/comments/{top}").status_code == 403
