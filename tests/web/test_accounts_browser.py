"""Accounts in a real browser (Chromium through Playwright, CSRF checks on, sign-ups open):
a reader signs up, logs out and in again, leaves kudos, comments and replies to a comment,
bookmarks a work privately and logs out; then another visitor, in a fresh browser context,
sees the kudos and the comments but not the private bookmark, and is asked to log in to
write. No console error or Content-Security-Policy violation anywhere."""

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
    db: Database = open_database(f"sqlite:///{tmp_path / 'accounts.db'}")
    try:
        library = build_library(db)
        with served(db, {"FICSHELF_SIGNUP": "open"}) as url:
            yield url, library
    finally:
        db.close()


def test_a_reader_signs_up_writes_and_another_visitor_reads(
    archive: tuple[str, Library],
) -> None:
    url, library = archive
    work = f"{url}/works/{library.lamp}"
    with chromium() as browser:
        tab = browser.new_page()
        problems = console_errors(tab)
        tab.goto(work)
        tab.click("text=Log in")  # the header, coming back here
        tab.click("text=Sign up")
        tab.fill("#signup-name", "Maren")
        tab.fill("#signup-password", PASSWORD)
        tab.fill("#signup-password2", PASSWORD)
        tab.click("form.account-form button[type=submit]")
        assert tab.locator(".signed-in").text_content() == "Signed in as Maren"
        tab.click(".account-menu summary")  # the account's links are folded in the header
        tab.click("form.logout-form button")
        assert tab.locator(".signed-in").count() == 0
        tab.goto(work)
        tab.click(".account-state >> text=Log in")
        tab.fill("#login-name", "maren")
        tab.fill("#login-password", PASSWORD)
        tab.click("form.account-form button[type=submit]")
        assert tab.url == work  # back where the reader was
        tab.click("button.kudos-button")
        assert "You left kudos" in tab.locator("#kudos").inner_text()
        assert "Maren left kudos on this work!" in tab.locator(".kudos-names").inner_text()
        tab.fill("#comment-body-new", "The storm scene!\n\nI held my breath.")
        tab.click("#comments form.comment-form:last-of-type button")
        comment = tab.locator("article.comment").first
        assert "I held my breath." in comment.inner_text()
        tab.locator(".comment-thread details.reply summary").first.click()  # folded till asked
        tab.locator(".comment-thread textarea").first.fill("Replying to myself, sorry.")
        tab.locator(".comment-thread form.comment-form button").first.click()
        assert "Replying to myself" in tab.locator(".comment-replies").inner_text()
        tab.fill(f"#bookmark-note-{library.lamp}", "Only for me")
        tab.fill(f"#bookmark-tags-{library.lamp}", "winter, rereads")
        tab.check("input[name=private]")
        tab.click(".bookmark-form button")
        assert tab.locator("#bookmark-heading").inner_text() == "Your bookmark"
        tab.goto(f"{url}/bookmarks")
        assert "Only for me" in tab.locator(".bookmark-list").inner_text()
        assert "Private" in tab.locator(".bookmark-list").inner_text()
        ARTIFACTS.mkdir(exist_ok=True)
        tab.goto(work)
        tab.screenshot(path=str(ARTIFACTS / "accounts-work-signed-in.png"), full_page=True)
        tab.click(".account-menu summary")
        tab.click("form.logout-form button")
        assert problems == []

        other: Any = browser.new_context().new_page()
        seen = console_errors(other)
        other.goto(work)
        assert "Maren left kudos on this work!" in other.locator(".kudos-names").inner_text()
        assert "I held my breath." in other.locator("#comments").inner_text()
        assert "Replying to myself" in other.locator("#comments").inner_text()
        assert "Only for me" not in other.content()
        assert other.locator("button.kudos-button").count() == 0
        assert "to comment" in other.locator("#comments").inner_text()
        other.goto(f"{url}/users/Maren")
        assert "No bookmarks yet." in other.locator("main").inner_text()
        assert "1 comment" not in other.locator("main").inner_text()  # two: 2 comments
        assert "2 comments" in other.locator("main").inner_text()
        other.goto(f"{url}/bookmarks")
        assert "/login" in other.url
        assert seen == []
