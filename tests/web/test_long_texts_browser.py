"""Reading a long text in parts in a real browser (Chromium through Playwright): the next
and previous parts, the menu of parts (with scripts it goes at once), an old link to a
chapter's anchor in the entire work followed on to the part it begins on, and the parts'
navigation fitting a phone. Screenshots go to test-artifacts/."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from browser_support import ARTIFACTS, chromium, console_errors, served
from test_long_texts import long_middle_chapter, long_one_shot, markers

from ficshelf.store.db import Database, open_database

pytestmark = pytest.mark.browser


@pytest.fixture
def archive(tmp_path: Path) -> Iterator[tuple[str, int, int]]:
    """A long one-shot (3 parts) and a work whose middle chapter is long (the entire work:
    2 parts, chapter 3 beginning on the second); yields the base URL and their ids."""
    db: Database = open_database(f"sqlite:///{tmp_path / 'long.db'}")
    try:
        one_shot, tides = long_one_shot(db), long_middle_chapter(db)
        with served(db) as url:
            yield url, one_shot, tides
    finally:
        db.close()


def test_a_reader_goes_from_part_to_part(archive: tuple[str, int, int]) -> None:
    url, one_shot, tides = archive
    with chromium() as browser:
        tab = browser.new_page(viewport={"width": 1280, "height": 900})
        problems = console_errors(tab)
        tab.goto(f"{url}/works/{one_shot}")
        assert tab.locator("#part-select").input_value() == "1"
        tab.locator(".part-nav-top a[rel=next]").click()
        tab.wait_for_url(f"{url}/works/{one_shot}?part=2#text-parts")
        assert tab.locator("#part-select").input_value() == "2"
        assert markers(tab.content())[0] > 0  # not the opening paragraphs
        # the menu goes to a part as soon as one is chosen (no "Go" button with scripts)
        assert not tab.locator(".part-jump button").is_visible()
        tab.locator("#part-select").select_option("3")
        tab.wait_for_url(f"{url}/works/{one_shot}?part=3")
        assert "Last words." in tab.content()
        tab.locator(".part-nav-bottom a[rel=prev]").click()
        tab.wait_for_url(f"{url}/works/{one_shot}?part=2#text-parts")
        top = tab.evaluate("document.getElementById('text-parts').getBoundingClientRect().top")
        assert 0 <= top < 100  # the reader lands at the start of the part's text

        # an old link to chapter 3 of the entire work goes on to the part it begins on
        tab.goto(f"{url}/works/{tides}?view=full#chapter-3")
        tab.wait_for_url(f"{url}/works/{tides}?view=full&part=2#chapter-3")
        assert tab.locator("#chapter-3").is_visible()
        assert tab.locator("#part-select").input_value() == "2"
        # a chapter on the part shown is not sent anywhere
        tab.goto(f"{url}/works/{tides}?view=full#chapter-2")
        tab.wait_for_load_state("load")
        assert tab.url == f"{url}/works/{tides}?view=full#chapter-2"
        assert problems == []


def test_the_parts_navigation_fits_a_phone(archive: tuple[str, int, int]) -> None:
    url, one_shot, _ = archive
    ARTIFACTS.mkdir(exist_ok=True)
    with chromium() as browser:
        tab = browser.new_page(viewport={"width": 375, "height": 800})
        tab.goto(f"{url}/works/{one_shot}?part=2")
        tab.locator("#text-parts").scroll_into_view_if_needed()
        tab.screenshot(path=str(ARTIFACTS / "long-text-parts-phone.png"))
        wide = tab.evaluate("document.documentElement.scrollWidth")
        assert wide <= 375
        for nav in (".part-nav-top", ".part-nav-bottom"):
            box = tab.locator(nav).bounding_box()
            assert box is not None and box["x"] >= 0 and box["x"] + box["width"] <= 375
