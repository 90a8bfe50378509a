"""The archive under a sub-path (``ficshelf serve --url-prefix /fics``, through waitress)
in a real browser: the stylesheet and scripts load, the tag autocomplete looks tags up
inside the prefix, the search stays in it and saved exclusions apply there. The browser
reaches nothing outside /fics/ (as behind a proxy that passes only the sub-path on), and no
console error may occur (a missing static file or a failed lookup would be one)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from browser_support import ARTIFACTS, chromium, console_errors, served_by_waitress
from test_discovery_browser import DEATH, GULLROCK, WORKS, pick, record, titles

from ficshelf.model import SourceRecord
from ficshelf.store.db import Database, open_database
from ficshelf.store.works import save_work
from work_builders import sha

pytestmark = pytest.mark.browser


@pytest.fixture
def base(tmp_path: Path) -> Iterator[str]:
    """The invented works of the discovery test served under /fics; yields its URL."""
    db: Database = open_database(f"sqlite:///{tmp_path / 'subpath.db'}")
    try:
        for title, fandom, warning, text in WORKS:
            source = SourceRecord(f"/lib/{sha(title)}.txt", sha(text), len(text), "txt")
            with db.begin() as conn:
                save_work(conn, record(title, fandom, warning, text), source)
        with served_by_waitress(db, url_prefix="/fics") as port:
            yield f"http://127.0.0.1:{port}/fics"
    finally:
        db.close()


def test_an_archive_under_a_sub_path(base: str) -> None:
    with chromium() as browser:
        tab: Any = browser.new_page()
        problems = console_errors(tab)
        # as behind a proxy that passes only /fics/ on: anything else is another site's
        outside = re.compile(r"^http://127\.0\.0\.1:\d+/(?!fics(/|$))")
        tab.route(outside, lambda route: route.fulfill(status=404, body="not the archive"))
        tab.goto(f"{base}/works")
        assert tab.locator("body").evaluate("b => getComputedStyle(b).margin") != "8px"
        tab.goto(f"{base}/search?q=lamp")
        if tab.locator("details.filters[open]").count() == 0:
            tab.click("details.filters > summary")
        pick(tab, "include", "Gull", f"fandom:{GULLROCK}")
        pick(tab, "exclude", "major", f"warning:{DEATH}")
        with tab.expect_navigation():
            tab.click(".search-line button[type=submit]")
        assert tab.url.startswith(f"{base}/search?")
        assert sorted(titles(tab)) == ["Fog Signal", "Oil for the Lamp"]
        with tab.expect_navigation():
            tab.click(".save-exclusions button[type=submit]")
        assert tab.url.startswith(f"{base}/search?")
        tab.goto(f"{base}/works")
        listed = titles(tab, ".blurb-title a")
        assert "The Last Watch" not in listed and "Oil for the Lamp" in listed
        with tab.expect_navigation():
            tab.locator(".blurb-title a", has_text="Oil for the Lamp").click()
        assert tab.url.startswith(f"{base}/works/")
        ARTIFACTS.mkdir(exist_ok=True)
        tab.screenshot(path=str(ARTIFACTS / "subpath-work.png"), full_page=True)
        assert not problems, problems
