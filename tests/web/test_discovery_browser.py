"""Discovery in a real browser (Debian's Chromium through Playwright): a reader types a
query, adds an include tag and an exclude tag through the autocomplete, sees the results and
the facet counts change, saves the exclusion and finds it applied on the works index, then
opens "more like this". No console error and no Content-Security-Policy violation may occur.
Screenshots go to test-artifacts/."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from browser_support import ARTIFACTS, chromium, served

from ficshelf.model import Provenance, SourceRecord, TagRecord, TagType, WorkRecord
from ficshelf.store.db import Database, open_database
from ficshelf.store.works import save_work
from work_builders import one_chapter_work, sha

pytestmark = pytest.mark.browser

GULLROCK = "Gullrock Chronicles"
PAIRING = "Maren Holt/Ivo Brandt"
DEATH = "major character death"

# (title, fandom, warning or None, text): invented for this test.
WORKS = [
    (
        "Oil for the Lamp",
        GULLROCK,
        None,
        "Maren trimmed the lamp wick while Ivo hauled oil up the tower stairs. The gulls "
        "circled the lighthouse and the lamp burned gold over the breakers of Gullrock.",
    ),
    (
        "The Last Watch",
        GULLROCK,
        DEATH,
        "Ivo kept the lamp alone that winter. Maren's oilskin still hung by the tower door, "
        "and the gulls of Gullrock cried over the breakers where her boat went down.",
    ),
    (
        "Fog Signal",
        GULLROCK,
        None,
        "Fog rolled over Gullrock and the lamp could not pierce it, so Maren cranked the "
        "horn while Ivo counted the breakers and the gulls huddled on the tower rail.",
    ),
    (
        "Saffron Road",
        "Caravan Tales",
        None,
        "The caravan lamp swung from the lead camel as the traders crossed the dunes, "
        "arguing over saffron, copper and the price of water at the oasis.",
    ),
    (
        "Oasis Night",
        "Caravan Tales",
        None,
        "By the oasis the traders lit one lamp against the dark and told stories of "
        "sandstorms, of copper cities and of camels that could smell water for miles.",
    ),
]


def record(title: str, fandom: str, warning: str | None, text: str) -> WorkRecord:
    tags = [
        TagRecord(TagType.FANDOM, fandom, Provenance.AUTHOR),
        TagRecord(TagType.RATING, "Teen", Provenance.AUTHOR),
    ]
    if fandom == GULLROCK:
        tags += [
            TagRecord(TagType.RELATIONSHIP, PAIRING, Provenance.AUTHOR),
            TagRecord(TagType.CHARACTER, "Maren Holt", Provenance.AUTHOR),
            TagRecord(TagType.CHARACTER, "Ivo Brandt", Provenance.AUTHOR),
        ]
    if warning:
        tags.append(TagRecord(TagType.WARNING, warning, Provenance.AUTHOR))
    return one_chapter_work(text, title=title, tags=tags, dialogue_share=0.1)


@pytest.fixture
def archive(tmp_path: Path) -> Iterator[tuple[str, dict[str, int]]]:
    """The invented works served on 127.0.0.1; yields the base URL and their ids by title."""
    db: Database = open_database(f"sqlite:///{tmp_path / 'discovery.db'}")
    try:
        ids = {}
        for title, fandom, warning, text in WORKS:
            source = SourceRecord(f"/lib/{sha(title)}.txt", sha(text), len(text), "txt")
            with db.begin() as conn:
                ids[title] = save_work(conn, record(title, fandom, warning, text), source).work_id
        with served(db) as url:
            yield url, ids
    finally:
        db.close()


@pytest.fixture
def page(archive: tuple[str, dict[str, int]]) -> Iterator[tuple[Any, list[str]]]:
    """A Chromium page and the list its console errors and CSP violations go to."""
    with chromium() as browser:
        tab = browser.new_page()
        problems: list[str] = []
        tab.on("console", lambda m: problems.append(m.text) if m.type == "error" else None)
        tab.on("pageerror", lambda e: problems.append(str(e)))
        yield tab, problems


def titles(tab: Any, selector: str = ".results .blurb-title a") -> list[str]:
    return [text.strip() for text in tab.locator(selector).all_inner_texts()]


def facet_count(tab: Any, name: str) -> int | None:
    """The count the facet sidebar shows next to tag ``name`` (``None``: not listed)."""
    entry = tab.locator(".facets li", has=tab.locator(f"a.facet-include:text-is('{name}')"))
    if entry.count() == 0:
        return None
    found = re.search(r"\((\d+)\)", entry.first.inner_text())
    assert found, entry.first.inner_text()
    return int(found.group(1))


def pick(tab: Any, field: str, typed: str, ref: str) -> None:
    """Type ``typed`` into a tag filter and choose ``ref`` from the autocomplete list."""
    box = tab.locator(f"#filter-{field}")
    box.click()
    box.press_sequentially(typed, delay=40)
    option = tab.locator(f".suggestions li[data-ref='{ref}']")
    option.wait_for(state="visible", timeout=10_000)
    option.dispatch_event("mousedown")
    assert box.input_value() == ref


def test_discovery_in_a_real_browser(
    archive: tuple[str, dict[str, int]], page: tuple[Any, list[str]]
) -> None:
    base, ids = archive
    tab, problems = page
    ARTIFACTS.mkdir(exist_ok=True)

    tab.goto(f"{base}/works")
    assert "The Last Watch" in titles(tab, ".blurb-title a")

    # the navigation's Tags: every kind of tag, each heading opening all tags of its kind
    with tab.expect_navigation():
        tab.locator("nav.site-nav").get_by_role("link", name="Tags", exact=True).click()
    assert tab.locator("h1").inner_text() == "Tags"
    fandoms = tab.locator("section.tag-type-summary", has=tab.locator("h2", has_text="Fandoms"))
    assert GULLROCK in fandoms.inner_text()
    with tab.expect_navigation():
        fandoms.locator("h2 a").click()
    assert tab.url.endswith("/tags/fandom")
    assert "(3)" in tab.locator("ul.tag-counts li", has_text=GULLROCK).inner_text()

    # a text query: every work mentions a lamp
    tab.goto(f"{base}/search")
    tab.fill("#search-q", "lamp")
    with tab.expect_navigation():
        tab.press("#search-q", "Enter")
    assert sorted(titles(tab)) == sorted(title for title, *_ in WORKS)
    assert facet_count(tab, GULLROCK) == 3
    assert facet_count(tab, "Caravan Tales") == 2

    # an include tag and an exclude tag through the autocomplete
    if tab.locator("details.filters[open]").count() == 0:
        tab.click("details.filters > summary")
    pick(tab, "include", "Gull", f"fandom:{GULLROCK}")
    pick(tab, "exclude", "major", f"warning:{DEATH}")
    with tab.expect_navigation():
        tab.click(".search-line button[type=submit]")
    assert sorted(titles(tab)) == ["Fog Signal", "Oil for the Lamp"]
    assert facet_count(tab, GULLROCK) == 2
    assert facet_count(tab, "Caravan Tales") is None
    assert facet_count(tab, PAIRING) == 2
    tab.screenshot(path=str(ARTIFACTS / "discovery-search.png"), full_page=True)

    # save the exclusion: the works index hides the excluded work from now on
    with tab.expect_navigation():
        tab.click(".save-exclusions button[type=submit]")
    tab.goto(f"{base}/works")
    listed = titles(tab, ".blurb-title a")
    assert "The Last Watch" not in listed and "Oil for the Lamp" in listed

    # more like this, from a work page: the other Gullrock works, each with its reasons
    tab.goto(f"{base}/works/{ids['Oil for the Lamp']}")
    section = tab.locator("section.similar")
    assert section.locator("a", has_text="Fog Signal").count() == 1
    assert "The Last Watch" not in section.inner_text()  # the saved exclusion applies
    with tab.expect_navigation():
        section.locator("a.button", has_text="More works like this").click()
    assert tab.url.endswith(f"/works/{ids['Oil for the Lamp']}/similar")
    first = tab.locator(".similar-entries > .blurb").first
    assert "Fog Signal" in first.inner_text()
    assert f"also {PAIRING}" in first.locator(".similar-why").inner_text()
    tab.screenshot(path=str(ARTIFACTS / "discovery-similar.png"), full_page=True)

    assert not problems, problems


def test_tag_suggestions_by_keyboard(
    archive: tuple[str, dict[str, int]], page: tuple[Any, list[str]]
) -> None:
    """Escape closes the suggestions and ArrowDown opens them again; Enter on a partial
    name highlights the first suggestion instead of searching for the partial name, a
    second Enter picks it, a third searches; text no tag starts with is searched as typed."""
    base, _ = archive
    tab, problems = page
    tab.goto(f"{base}/search")
    tab.locator("details.filters summary").click()
    box = tab.locator("#filter-include")
    suggestions = tab.locator("#suggestions-0")
    box.click()
    box.press_sequentially("mar", delay=40)
    suggestions.wait_for(state="visible", timeout=10_000)
    box.press("Escape")
    assert suggestions.is_hidden()
    box.press("ArrowDown")
    assert suggestions.is_visible()
    assert box.get_attribute("aria-activedescendant") == "suggestions-0-0"
    box.press("Escape")
    box.press("Enter")
    selected = tab.locator("#suggestions-0 li[aria-selected='true']")
    selected.wait_for(state="visible", timeout=10_000)
    assert selected.get_attribute("data-ref") == "character:Maren Holt"
    assert "/search?" not in tab.url  # nothing submitted yet
    box.press("Enter")
    assert box.input_value() == "character:Maren Holt"
    with tab.expect_navigation():
        box.press("Enter")
    assert "include=character%3AMaren+Holt" in tab.url
    tab.locator("details.filters summary").click() if not box.is_visible() else None
    box.fill("qqqzz")
    with tab.expect_navigation():
        box.press("Enter")
    assert "include=qqqzz" in tab.url
    assert not problems, problems


def test_narrow_screens_and_no_scripts(
    archive: tuple[str, dict[str, int]], page: tuple[Any, list[str]]
) -> None:
    """At 375 px no page is wider than the screen (the dialogue view's share table too), and
    the search page offers its tags near the top; without scripts the reading settings and
    the theme button, which need them, are not shown."""
    base, ids = archive
    tab, problems = page
    tab.set_viewport_size({"width": 375, "height": 800})
    work = ids["Oil for the Lamp"]
    for path in (f"/works/{work}", f"/works/{work}/dialogue", "/search?q=lamp"):
        tab.goto(base + path)
        assert tab.evaluate("document.documentElement.scrollWidth") <= 375, path
    tab.goto(f"{base}/search?q=lamp")
    jump = tab.locator(".facets-jump a")
    assert jump.is_visible() and jump.bounding_box()["y"] < 800
    jump.click()
    assert tab.url.endswith("#facets")
    assert 0 <= tab.locator("#facets h2").bounding_box()["y"] < 800  # the tags in view
    tab.goto(f"{base}/works/{work}")
    assert tab.locator("#theme-toggle").is_visible()
    assert tab.locator("#reader-settings button").count() == 5
    assert not problems, problems
    tab.set_viewport_size({"width": 1000, "height": 800})
    tab.goto(f"{base}/search?q=lamp")
    assert tab.locator(".facets-jump").is_hidden()  # the tags are beside the results

    still = tab.context.browser.new_context(java_script_enabled=False).new_page()
    still.goto(f"{base}/works/{work}")
    buttons = still.locator("button").all_inner_texts()
    assert buttons == ["Search"], buttons
    assert still.locator("#reader-settings").is_hidden()
