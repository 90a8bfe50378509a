"""Where "Continue reading" and ``/history`` lead a reader (CSRF checks on): to the part
of a long chapter, to a one-shot's part, never to a chapter the work no longer has (the
two pages agree), following a chapter a re-import moved; and the page titled for what
refused "Mark for Later" while history is off."""

from __future__ import annotations

import pytest
from account_helpers import account_app, post, sign_up
from flask.testing import FlaskClient
from sqlalchemy import update
from test_long_texts import long_middle_chapter, long_one_shot, paragraphs
from web_library import save

from ficshelf.store import schema
from ficshelf.store.db import Database


@pytest.fixture
def reader(db: Database) -> FlaskClient:
    client = account_app(db).test_client()
    sign_up(client, "maren")
    return client


def _page(client: FlaskClient, path: str) -> str:
    answer = client.get(path)
    assert answer.status_code == 200, path
    return answer.get_data(as_text=True)


def test_continue_reading_goes_to_the_part_of_a_long_chapter(
    db: Database, reader: FlaskClient
) -> None:
    work = f"/works/{long_middle_chapter(db)}"
    _page(reader, f"{work}/chapters/2?part=2")
    link = f'href="{work}/chapters/2?part=2">Continue reading: Chapter 2, part 2 of 2</a>'
    assert link in _page(reader, work)
    assert "Continue reading" not in _page(reader, f"{work}/chapters/2?part=2")
    shown = reader.get(f"{work}.json").get_json()["reader"]
    assert (shown["continue_at"], shown["continue_part"]) == (2, {"part": 2, "parts": 2})
    history = _page(reader, "/history")
    assert f'href="{work}/chapters/2?part=2">chapter 2 of 3, part 2 of 2</a>' in history
    _page(reader, f"{work}/chapters/2")  # the chapter's first part: there now
    assert "Continue reading: Chapter 2, part 1 of 2</a>" in _page(reader, work)
    _page(reader, f"{work}/chapters/3")  # a short chapter: no part
    assert f'href="{work}/chapters/3">Continue reading: Chapter 3</a>' in _page(reader, work)
    shown = reader.get(f"{work}.json").get_json()["reader"]
    assert (shown["continue_at"], shown["continue_part"]) == (3, None)


def test_continue_reading_goes_to_a_one_shots_part(db: Database, reader: FlaskClient) -> None:
    work = f"/works/{long_one_shot(db)}"
    assert "Continue reading" not in _page(reader, work)
    _page(reader, f"{work}?part=2")
    assert "Continue reading" not in _page(reader, f"{work}?part=2")  # there already
    _page(reader, work)  # the work's first page: a glance, the place kept
    link = f'href="{work}?part=2">Continue reading: part 2 of 3</a>'
    assert link in _page(reader, work)
    shown = reader.get(f"{work}.json").get_json()["reader"]
    assert (shown["continue_at"], shown["continue_part"]) == (None, {"part": 2, "parts": 3})
    assert f'href="{work}?part=2">part 2 of 3</a>' in _page(reader, "/history")
    _page(reader, f"{work}?part=1")  # back at its start: nothing to continue
    assert "Continue reading" not in _page(reader, work)


def test_history_never_links_a_chapter_the_work_has_not(db: Database, reader: FlaskClient) -> None:
    chapters = [("Ebb", paragraphs(0, 2)), ("Flood", paragraphs(2, 2)), ("Slack", paragraphs(4, 2))]
    work_id = save(db, "Three Tides", chapters, added=2)
    work = f"/works/{work_id}"
    _page(reader, f"{work}/chapters/3")
    with db.begin() as conn:  # a place no chapter has (as a re-import before this left it)
        conn.execute(update(schema.readings).values(chapter=5, part=2))
    history = _page(reader, "/history")
    assert "reading-chapter" not in history and "chapter 5" not in history
    assert "Continue reading" not in _page(reader, work)
    _page(reader, f"{work}/chapters/3")
    # a re-import cuts the first chapter: the place follows its chapter, now the second
    save(db, "Three Tides", chapters[1:], added=3)
    assert f'href="{work}/chapters/2">chapter 2 of 2</a>' in _page(reader, "/history")
    assert f'href="{work}/chapters/2">Continue reading: Chapter 2</a>' in _page(reader, work)
    # and one that cuts that chapter (for two others) clears it
    others = [("Turn", paragraphs(9, 2)), ("Bend", paragraphs(12, 2))]
    save(db, "Three Tides", [chapters[1], *others], added=4)
    assert "reading-chapter" not in _page(reader, "/history")
    assert "Continue reading" not in _page(reader, work)
    assert reader.get("/history.json").get_json()["readings"]["items"][0]["chapter"] is None


def test_mark_for_later_refused_while_history_is_off_says_so(
    db: Database, reader: FlaskClient
) -> None:
    work = f"/works/{long_one_shot(db)}"
    post(reader, "/account/history", {"history": "off"}, "/account")
    refused = post(reader, f"{work}/mark-for-later", {}, work)
    page = refused.get_data(as_text=True)
    assert refused.status_code == 409
    assert "<h1>Your history is off</h1>" in page and "Already taken" not in page
    assert "<title>Your history is off" in page
