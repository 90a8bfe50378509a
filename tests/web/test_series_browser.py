"""Following a series in a real browser (Chromium through Playwright): from a blurb's
"Part 1 of" to the series page, into its first work, then Next Work to the end (part 3 is
not in the archive, so part 2's Next Work is part 4) and Previous Work back, the bottom
navigation of a work included, with no console error. A screenshot goes to
test-artifacts/."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from browser_support import ARTIFACTS, chromium, console_errors, served

from ficshelf.store.db import Database, open_database
from series_fixtures import SERIES_NAME, import_series_files

pytestmark = pytest.mark.browser


@pytest.fixture
def archive(tmp_path: Path) -> Iterator[str]:
    db: Database = open_database(f"sqlite:///{tmp_path / 'series.db'}")
    try:
        import_series_files(db, tmp_path / "downloads")
        with served(db) as url:
            yield url
    finally:
        db.close()


def _title(tab: Any) -> str:
    return str(tab.locator("h1.work-title").inner_text())


def _follow(tab: Any, link: Any) -> None:
    """Click ``link`` and wait for the page it opens."""
    with tab.expect_navigation():
        link.click()


def test_a_reader_follows_a_series_from_part_to_part(archive: str) -> None:
    with chromium() as browser:
        tab = browser.new_page(viewport={"width": 1200, "height": 900})
        problems = console_errors(tab)
        tab.goto(f"{archive}/works")
        blurb = tab.locator("li.blurb", has_text="The First Letter")
        _follow(tab, blurb.locator(".blurb-series a"))
        assert tab.locator("h1.series-title").inner_text() == SERIES_NAME
        assert tab.locator(".series-held").inner_text() == "Parts 1, 2 and 4 here"
        _follow(tab, tab.locator("h3.blurb-title a", has_text="The First Letter"))
        assert _title(tab) == "The First Letter"
        top = tab.locator("nav.series-nav-top")
        assert top.locator(".series-previous").count() == 0
        assert "Part 1 of" in top.inner_text()
        seen = [_title(tab)]
        while tab.locator("nav.series-nav-top .series-next").count():
            _follow(tab, tab.locator("nav.series-nav-top .series-next"))
            seen.append(_title(tab))
        assert seen == ["The First Letter", "The Second Letter", "The Last Letter"]
        assert "Part 4 of" in tab.locator("nav.series-nav-top").inner_text()
        bottom = tab.locator("nav.series-nav-bottom")
        bottom.scroll_into_view_if_needed()
        assert bottom.is_visible()
        ARTIFACTS.mkdir(exist_ok=True)
        tab.screenshot(path=str(ARTIFACTS / "series-nav.png"), full_page=True)
        _follow(tab, bottom.locator(".series-previous"))
        assert _title(tab) == "The Second Letter"
        _follow(tab, tab.locator("nav.series-nav-top .series-place a"))
        assert tab.locator("h1.series-title").inner_text() == SERIES_NAME
        assert problems == []
