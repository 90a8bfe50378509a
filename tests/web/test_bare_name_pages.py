"""A reader filters by the bare name a character goes by ("character:Harry") on the search
page and /search.json: the works of each fandom's Harry are found, the page says which
fandoms matched and links a fandom filter for each; a name some work carries offers the
fandoms' tags instead. On both backends, and in a real browser (Chromium via Playwright)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from bare_name_browser import bare_name_tab
from browser_support import ARTIFACTS

from bare_name_library import HARROWGATE, SALTMARSH, char, library, save
from ficshelf.store.db import Database
from ficshelf.web.app import create_app


def _ids(data: dict[str, Any]) -> set[int]:
    return {hit["work"]["id"] for hit in data["result"]["hits"]["items"]}


def test_search_page_and_json_find_each_fandoms_harry(db: Database) -> None:
    with db.begin() as conn:
        works = library(conn)
    client = create_app(db, {"TESTING": True, "FICSHELF_PER_PAGE": 20}).test_client()
    data = client.get("/search.json?include=character:Harry").get_json()
    assert _ids(data) == {works["lamp"], works["pier"], works["dunes"], works["marsh"]}
    (harry,) = data["result"]["include"]
    assert {m["fandom"] for m in harry["fandoms"]} == {HARROWGATE, SALTMARSH}
    html = client.get("/search?include=character:Harry").get_data(as_text=True)
    assert "Keep character:Harry to one fandom" in html
    assert "include=fandom:Saltmarsh+Tales" in html
    data = client.get(f"/search.json?include=character:Harry&include=fandom:{SALTMARSH}")
    assert _ids(data.get_json()) == {works["dunes"], works["marsh"]}
    data = client.get("/search.json?exclude=character:Harry").get_json()
    assert _ids(data) == {works["kiln"]}
    with db.begin() as conn:
        stray = save(conn, "Harry walked alone.", [char("Harry")])
    html = client.get("/search?include=character:Harry").get_data(as_text=True)
    assert "Did you mean" in html and "include=character:Henry+Vance" in html
    assert _ids(client.get("/search.json?include=character:Harry").get_json()) == {stray}


@pytest.mark.browser
def test_a_reader_narrows_a_bare_name_to_one_fandom(tmp_path: Path) -> None:
    with bare_name_tab(tmp_path) as (works, base, tab, problems):
        tab.goto(f"{base}/search")
        if tab.locator("details.filters[open]").count() == 0:
            tab.click("details.filters > summary")
        tab.fill("#filter-include", "character:Harry")
        with tab.expect_navigation():
            tab.click(".search-line button[type=submit]")
        assert _titles(tab) == 4
        notice = tab.locator("p.notice", has_text="2 fandoms").inner_text()
        assert "Henry Vance" in notice and "Harry Okafor" in notice
        with tab.expect_navigation():
            tab.locator("p.fandom-choices a", has_text=SALTMARSH).click()
        assert _titles(tab) == 2
        assert tab.locator("p.notice", has_text="finds Harry Okafor").count() == 1
        ARTIFACTS.mkdir(exist_ok=True)
        tab.screenshot(path=str(ARTIFACTS / "bare-name-filter.png"), full_page=True)
        assert problems == []
        assert works["dunes"] in {int(h.split("/")[-1]) for h in _links(tab)}


def _titles(tab: Any) -> int:
    return tab.locator(".results .blurb-title a").count()


def _links(tab: Any) -> Iterator[str]:
    for link in tab.locator(".results .blurb-title a").all():
        yield link.get_attribute("href")
