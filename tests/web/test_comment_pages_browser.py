"""Pages of comments in a real browser (Chromium through Playwright): the comments' "Next →"
leads to their second page at the comments, and a reader who posts a new thread on a work
with a full first page lands on it, on the last page. Screenshots go to test-artifacts/."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from browser_support import ARTIFACTS, chromium, console_errors, served
from web_library import Library, build_library

from ficshelf import accounts
from ficshelf.store.comments import add_comment
from ficshelf.store.db import Database, open_database

pytestmark = pytest.mark.browser

PASSWORD = "lamplight-keeper"


@pytest.fixture
def archive(tmp_path: Path) -> Iterator[tuple[str, Library]]:
    """The invented works, the lamp with 25 comment threads by "ivo"."""
    db: Database = open_database(f"sqlite:///{tmp_path / 'pages.db'}")
    try:
        library = build_library(db)
        with db.begin() as conn:
            ivo = accounts.create_account(conn, "ivo", PASSWORD).id
            accounts.create_account(conn, "maren", PASSWORD)
            for n in range(25):
                add_comment(conn, library.lamp, ivo, f"Thread number {n}.")
        with served(db) as url:
            yield url, library
    finally:
        db.close()


def _in_view(tab: Any, selector: str) -> bool:
    box = tab.locator(selector).bounding_box()
    height = tab.viewport_size["height"]
    return box is not None and 0 <= box["y"] < height


def test_the_comments_next_link_and_a_new_thread(archive: tuple[str, Library]) -> None:
    url, library = archive
    with chromium() as browser:
        tab = browser.new_page(viewport={"width": 1280, "height": 800})
        problems = console_errors(tab)
        tab.goto(f"{url}/works/{library.lamp}")
        assert tab.locator(".comment-thread").count() == 20
        tab.locator('nav[aria-label="Pages of comments"] a[rel=next]').first.click()
        tab.wait_for_url(f"**/works/{library.lamp}?page=2#comments")
        assert tab.locator(".comment-thread").count() == 5
        assert "Thread number 24." in tab.locator("#comments").inner_text()
        assert _in_view(tab, "#comments-heading")
        tab.goto(f"{url}/login")
        tab.fill("#login-name", "maren")
        tab.fill("#login-password", PASSWORD)
        tab.click("form.account-form button[type=submit]")
        tab.locator(".signed-in").wait_for(state="attached")
        tab.goto(f"{url}/works/{library.lamp}")  # page 1: the form is below the threads
        tab.fill("#comment-body-new", "Late to this, but lovely.")
        tab.locator("#comment-body-new").evaluate("e => e.form.requestSubmit()")
        tab.wait_for_url(f"**/works/{library.lamp}?page=2#comment-*")
        mine = tab.url.rsplit("#", 1)[1]
        assert "Late to this, but lovely." in tab.locator(f"#{mine}").inner_text()
        assert _in_view(tab, f"#{mine}")
        ARTIFACTS.mkdir(exist_ok=True)
        tab.screenshot(path=str(ARTIFACTS / "comment-pages.png"))
        assert problems == []
