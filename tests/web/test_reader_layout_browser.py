"""What readers write, in a real browser (Chromium through Playwright): a 10,000-character
word in a comment, a long note and a long tag wrap instead of stretching the page, on a
desktop and on a phone; the header keeps to one line at 1200 px (a visitor's and a signed-in
reader's) and fits a 375 px phone; a reader who comments on chapter 2 lands on the comment
in chapter 2; the log-in and sign-up links come back to the page. Screenshots go to
test-artifacts/."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from browser_support import ARTIFACTS, chromium, console_errors, served
from web_library import Library, build_library

from ficshelf import accounts
from ficshelf.store.bookmarks import save_bookmark
from ficshelf.store.comments import add_comment
from ficshelf.store.db import Database, open_database

pytestmark = pytest.mark.browser

PASSWORD = "lamplight-keeper"
NAME = "Wordsmith_with_a_long_name_0123456789"  # 37 of the 40 characters a name may have
LONG_WORD = "w" * 10_000
LONG_URL = "https://example.org/" + "path/" * 900
WIDTHS = {"desktop": 1280, "wide": 1200, "phone": 375}


@pytest.fixture
def archive(tmp_path: Path) -> Iterator[tuple[str, Library, int]]:
    """The invented works with a reader whose comment, bookmark note and tag are one long
    word each; yields the base URL, the works and the comment's id."""
    db: Database = open_database(f"sqlite:///{tmp_path / 'layout.db'}")
    try:
        library = build_library(db)
        with db.begin() as conn:
            reader = accounts.create_account(conn, NAME, PASSWORD)
            comment = add_comment(conn, library.lamp, reader.id, LONG_WORD).id
            add_comment(conn, library.lamp, reader.id, LONG_URL, parent_id=comment)
            save_bookmark(
                conn,
                library.lamp,
                reader.id,
                note="n" * 5_000,
                tags=("t" * 100, "comfort read"),
                private=False,
            )
        with served(db, {"FICSHELF_SIGNUP": "open"}) as url:
            yield url, library, comment
    finally:
        db.close()


def _log_in(tab: Any, url: str) -> None:
    tab.goto(f"{url}/login")
    tab.fill("#login-name", NAME)
    tab.fill("#login-password", PASSWORD)
    tab.click("form.account-form button[type=submit]")
    tab.locator(".signed-in").wait_for(state="attached")  # the next page, once it is there


def _page_width(tab: Any) -> int:
    return int(tab.evaluate("document.documentElement.scrollWidth"))


@pytest.mark.parametrize("width", ["desktop", "phone"])
def test_long_words_wrap(archive: tuple[str, Library, int], width: str) -> None:
    url, library, comment = archive
    with chromium() as browser:
        tab = browser.new_page(viewport={"width": WIDTHS[width], "height": 900})
        problems = console_errors(tab)
        _log_in(tab, url)
        for path in (
            f"/works/{library.lamp}",
            f"/comments/{comment}",
            f"/users/{NAME}",
            "/bookmarks",
            f"/works/{library.lamp}/bookmark",
        ):
            tab.goto(url + path)
            assert _page_width(tab) <= WIDTHS[width], path
        ARTIFACTS.mkdir(exist_ok=True)
        tab.goto(f"{url}/users/{NAME}")
        tab.screenshot(path=str(ARTIFACTS / f"long-words-user-{width}.png"))
        tab.goto(f"{url}/works/{library.lamp}#comments")
        tab.screenshot(path=str(ARTIFACTS / f"long-words-comments-{width}.png"))
        assert problems == []


def _rows(tab: Any) -> int:
    """How many lines the header's items take (items whose tops differ by more than half
    the brand's height start a new line)."""
    tops = tab.evaluate(
        """() => Array.from(document.querySelector('.site-header-inner').children)
             .map(e => e.getBoundingClientRect()).map(r => [r.top, r.height])"""
    )
    lines: list[float] = []
    for top, height in tops:
        if not any(abs(top - seen) < height / 2 for seen in lines):
            lines.append(top)
    return len(lines)


def test_the_header_keeps_to_one_line_at_1200_px(archive: tuple[str, Library, int]) -> None:
    url, library, _ = archive
    with chromium() as browser:
        ARTIFACTS.mkdir(exist_ok=True)
        for width in ("wide", "phone"):
            context = browser.new_context(viewport={"width": WIDTHS[width], "height": 700})
            tab = context.new_page()
            tab.goto(f"{url}/works/{library.lamp}")
            assert tab.locator("#theme-toggle").count() == 1
            visitor = _rows(tab)
            tab.screenshot(path=str(ARTIFACTS / f"header-visitor-{width}.png"))
            _log_in(tab, url)
            tab.goto(f"{url}/works/{library.lamp}")
            reader = _rows(tab)
            tab.screenshot(path=str(ARTIFACTS / f"header-signed-in-{width}.png"))
            if width == "wide":
                assert (visitor, reader) == (1, 1)
                # nor does any item wrap inside itself (the links did, in three lines)
                assert tab.evaluate("document.querySelector('.site-header').offsetHeight") < 64
            tab.click(".account-menu summary")  # the folded account links open
            assert tab.locator("form.logout-form button").is_visible()
            tab.screenshot(path=str(ARTIFACTS / f"header-menu-open-{width}.png"))
            assert _page_width(tab) <= WIDTHS[width]
            context.close()


def test_a_reader_lands_on_the_comment_and_comes_back_after_signing_up(
    archive: tuple[str, Library, int],
) -> None:
    url, library, _ = archive
    chapter = f"{url}/works/{library.ridge}/chapters/2"
    with chromium() as browser:
        tab = browser.new_page(viewport={"width": 1280, "height": 800})
        problems = console_errors(tab)
        tab.goto(chapter)
        tab.click(".account-state >> text=Sign up")
        tab.fill("#signup-name", "Maren")
        tab.fill("#signup-password", PASSWORD)
        tab.fill("#signup-password2", PASSWORD)
        tab.click("form.account-form button[type=submit]")
        assert tab.url == chapter  # back where the reader was
        tab.fill("#comment-body-new", "The thaw chapter!")
        tab.click("#comments > form.comment-form button")
        assert tab.url.startswith(f"{chapter}#comment-")
        anchor = tab.url.rsplit("#", 1)[1]
        assert "The thaw chapter!" in tab.locator(f"#{anchor}").inner_text()
        assert tab.locator(f"#{anchor}").is_visible()
        # the reply form is folded until asked for
        assert not tab.locator(".comment-thread textarea").first.is_visible()
        tab.click(".comment-thread details.reply summary")
        tab.locator(".comment-thread textarea").first.fill("And a reply.")
        tab.locator(".comment-thread details.reply button").first.click()
        assert tab.url.startswith(f"{chapter}#comment-")
        # deleting asks first
        tab.locator(f"#{anchor} details.confirm-delete summary").click()
        assert tab.locator(f"#{anchor} .confirm-delete button").is_visible()
        tab.click(".account-menu summary")
        tab.click("form.logout-form button")
        tab.goto(chapter)
        tab.click(".account-state >> text=Log in")
        tab.fill("#login-name", "maren")
        tab.fill("#login-password", PASSWORD)
        tab.click("form.account-form button[type=submit]")
        assert tab.url == chapter
        assert problems == []
