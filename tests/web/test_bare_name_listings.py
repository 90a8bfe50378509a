"""The works index, tag pages and evidence read a bare character name ("character:Harry")
as the search does (``store.resolved_tags``): the works of each fandom's Harry, the same
notices, a fandom filter to keep to one, "did you mean" once works carry the bare name, and
the evidence of the work's own tag. On both backends, and in a real browser (Chromium via
Playwright) with a saved exclusion."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from bare_name_browser import bare_name_tab
from browser_support import ARTIFACTS
from flask.testing import FlaskClient

from bare_name_library import SALTMARSH, char, given, library, save
from ficshelf.model import TagType
from ficshelf.store.db import Database
from ficshelf.web.app import create_app


def _ids(page: dict[str, Any]) -> set[int]:
    return {work["id"] for work in page["items"]}


def _client(db: Database) -> FlaskClient:
    return create_app(db, {"TESTING": True, "FICSHELF_PER_PAGE": 20}).test_client()


def test_the_works_index_finds_each_fandoms_harry(db: Database) -> None:
    with db.begin() as conn:
        works = library(conn)
    client = _client(db)
    harrys = {works["lamp"], works["pier"], works["dunes"], works["marsh"]}
    data = client.get("/works.json?tag=character:Harry").get_json()
    assert _ids(data["works"]) == harrys
    (notice,) = data["notices"]
    assert notice.startswith("character:Harry finds the Harry of 2 fandoms: Henry Vance")
    (harry,) = data["include"]
    assert {m["fandom"] for m in harry["fandoms"]} == {"Harrowgate Chronicles", SALTMARSH}
    html = client.get("/works?tag=character:Harry").get_data(as_text=True)
    assert "Keep character:Harry to one fandom" in html
    assert "/works?tag=character:Harry&amp;tag=fandom:Saltmarsh+Tales" in html
    narrowed = client.get(f"/works.json?tag=character:Harry&tag=fandom:{SALTMARSH}").get_json()
    assert _ids(narrowed["works"]) == {works["dunes"], works["marsh"]}
    assert narrowed["notices"] == ["character:Harry finds Harry Okafor (Saltmarsh Tales)."]
    assert client.get("/works.json?tag=character:Nobody").status_code == 404


def test_a_tag_page_of_a_bare_name_lists_the_fandoms_works(db: Database) -> None:
    with db.begin() as conn:
        works = library(conn)
    client = _client(db)
    data = client.get("/tags/character/Harry.json").get_json()
    assert data["tag"]["name"] == "Harry"
    assert _ids(data["works"]) == {works["lamp"], works["pier"], works["dunes"], works["marsh"]}
    assert data["notices"][0].startswith("character:Harry finds the Harry of 2 fandoms")
    html = client.get("/tags/character/Harry").get_data(as_text=True)
    assert "No works carry this tag" not in html
    assert "/works?tag=character:Harry&amp;tag=fandom:Saltmarsh+Tales" in html
    with db.begin() as conn:
        stray = save(conn, "Harry walked alone.", [char("Harry")])
        wren = save(conn, "Wren mended nets.", [given(TagType.CHARACTER, f"Wren ({SALTMARSH})")])
    data = client.get("/tags/character/Harry.json").get_json()
    assert _ids(data["works"]) == {stray}
    assert "did you mean character:Henry Vance" in data["notices"][0]
    html = client.get("/tags/character/Harry").get_data(as_text=True)
    assert "Did you mean" in html and 'href="/tags/character/Henry%20Vance"' in html
    listed = client.get("/works?tag=character:Harry").get_data(as_text=True)
    assert "Did you mean" in listed and "/works?tag=character:Henry+Vance" in listed
    # a name only a fandom's tag has is no tag of its own: the works index reads it
    moved = client.get("/tags/character/Wren")
    assert moved.status_code == 302 and moved.headers["Location"] == "/works?tag=character:Wren"
    assert _ids(client.get("/works.json?tag=character:Wren").get_json()["works"]) == {wren}


def test_evidence_by_a_bare_name_is_the_works_own_tag(db: Database) -> None:
    with db.begin() as conn:
        works = library(conn)
    client = _client(db)
    pier = works["pier"]
    moved = client.get(f"/works/{pier}/evidence/character/Harry")
    assert moved.status_code == 302
    assert moved.headers["Location"] == f"/works/{pier}/evidence/character/Henry%20Vance"
    twin = client.get(f"/works/{pier}/evidence/character/Harry.json")
    assert twin.headers["Location"].endswith("/Henry%20Vance.json")
    assert client.get(twin.headers["Location"]).get_json()["tag"]["name"] == "Henry Vance"
    with db.begin() as conn:
        save(conn, "Harry walked alone.", [char("Harry")])  # now a tag works carry
    again = client.get(f"/works/{pier}/evidence/character/Harry")
    assert again.headers["Location"] == f"/works/{pier}/evidence/character/Henry%20Vance"
    missing = client.get(f"/works/{works['kiln']}/evidence/character/Harry.json")
    assert missing.status_code == 404


@pytest.mark.browser
def test_a_reader_follows_a_bare_name_from_a_tag_page(tmp_path: Path) -> None:
    with bare_name_tab(tmp_path) as (works, base, tab, problems):
        tab.goto(f"{base}/tags/character/Harry")
        assert tab.locator(".blurb-title a").count() == 4
        assert tab.locator("p.notice", has_text="2 fandoms").count() == 1
        with tab.expect_navigation():
            tab.locator("p.fandom-choices a", has_text=SALTMARSH).click()
        assert tab.url.startswith(f"{base}/works?tag=character:Harry")
        assert tab.locator(".blurb-title a").count() == 2
        assert tab.locator("p.notice", has_text="finds Harry Okafor").count() == 1
        # save an exclusion on its page: the list then says what it hid
        tab.goto(f"{base}/exclusions")
        tab.fill("#exclude-add", "character:Henry Vance")
        with tab.expect_navigation():
            tab.click(".exclusion-add button[type=submit]")
        tab.goto(f"{base}/works?tag=character:Harry")
        assert tab.locator(".blurb-title a").count() == 2
        note = tab.locator("p.hidden-note").inner_text()
        assert note.startswith("2 more works are hidden here by your saved exclusions")
        ARTIFACTS.mkdir(exist_ok=True)
        tab.screenshot(path=str(ARTIFACTS / "bare-name-works-index.png"), full_page=True)
        links = tab.locator(".blurb-title a").evaluate_all("els => els.map(e => e.href)")
        assert works["pier"] not in {int(h.split("/")[-1]) for h in links}
        assert problems == []
