"""A reader's history in a real browser (Chromium through Playwright, CSRF checks on,
sign-ups open): a reader signs up, reads chapter 2 of a work through the chapter
navigation, marks the work for later and reads a one-shot; the header's "My history" shows
both works with the chapter, "Marked for Later" the first; the work's page then offers
"Continue reading: Chapter 2", which leads there, and "Mark as Read" takes the work off
the list. Another visitor, in a fresh browser context, sees none of it. No console error
or Content-Security-Policy violation anywhere."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from browser_support import ARTIFACTS, chromium, console_errors, served
from web_library import Library, build_library

from ficshelf.store.db import Database, open_database

pytestmark = pytest.mark.browser

PASSWORD = "lamplight-keeper"


@pytest.fixture
def archive(tmp_path: Path) -> Iterator[tuple[str, Library]]:
    db: Database = open_database(f"sqlite:///{tmp_path / 'history.db'}")
    try:
        library = build_library(db)
        with served(db, {"FICSHELF_SIGNUP": "open"}) as url:
            yield url, library
    finally:
        db.close()


def test_a_reader_reads_marks_for_later_and_continues(archive: tuple[str, Library]) -> None:
    url, library = archive
    ridge, lamp = f"{url}/works/{library.ridge}", f"{url}/works/{library.lamp}"
    with chromium() as browser:
        tab = browser.new_page()
        problems = console_errors(tab)
        tab.goto(f"{url}/signup")
        tab.fill("#signup-name", "Maren")
        tab.fill("#signup-password", PASSWORD)
        tab.fill("#signup-password2", PASSWORD)
        tab.click("form.account-form button[type=submit]")
        assert tab.locator(".signed-in").text_content() == "Signed in as Maren"

        tab.goto(ridge)
        assert tab.locator("a.continue-reading").count() == 0  # nothing read yet
        tab.click(".chapter-nav-top a[rel=next]")  # on to chapter 2
        assert tab.url == f"{ridge}/chapters/2"
        tab.click("button.mark-later")
        tab.locator("button.mark-read").wait_for()  # the page again, the work marked
        assert tab.url == f"{ridge}/chapters/2#reading"  # back where the reader was
        tab.goto(lamp)  # a one-shot: in the history, no chapter

        tab.click(".account-menu summary")
        tab.click("text=My history")
        assert tab.url == f"{url}/history"
        entries = tab.locator("li.reading")
        assert entries.count() == 2
        assert "The Lamp" in entries.nth(0).inner_text()  # the last visited first
        ridge_entry = tab.locator(f"#reading-{library.ridge}")
        assert "Letters from the Ridge" in ridge_entry.inner_text()
        assert "chapter 2 of 3" in ridge_entry.locator(".reading-when").inner_text()
        assert "Marked for later" in ridge_entry.inner_text()
        tab.click("nav.history-lists >> text=Marked for Later")
        assert tab.locator("h1").inner_text() == "Marked for Later"
        assert tab.locator("li.reading").count() == 1
        assert "Letters from the Ridge" in tab.locator("li.reading").inner_text()
        ARTIFACTS.mkdir(exist_ok=True)
        tab.screenshot(path=str(ARTIFACTS / "history-marked-for-later.png"), full_page=True)

        tab.click(f"#reading-{library.ridge} .blurb-title a")  # the work's page
        assert tab.url == ridge
        resume = tab.locator("a.continue-reading")
        assert resume.inner_text() == "Continue reading: Chapter 2"
        tab.screenshot(path=str(ARTIFACTS / "history-continue-reading.png"), full_page=False)
        resume.click()
        assert tab.url == f"{ridge}/chapters/2"
        assert "the thaw has come" in tab.locator(".story").inner_text()
        tab.click("button.mark-read")
        tab.locator("button.mark-later").wait_for()  # the page again, the mark gone
        tab.goto(f"{url}/history?later=1")
        assert "Nothing marked for later." in tab.locator("main").inner_text()
        assert problems == []

        other: Any = browser.new_context().new_page()
        seen = console_errors(other)
        other.goto(ridge)
        assert other.locator("nav.reading-actions").count() == 0
        assert "Continue reading" not in other.content()
        other.goto(f"{url}/history")
        assert "/login" in other.url
        other.goto(f"{url}/users/Maren")
        assert "Letters from the Ridge" not in other.locator("main").inner_text()
        assert seen == []
