"""Layout and touch in a real browser (Debian's Chromium through Playwright): applied
search filters fold into a line so the results show at once, on a desktop and on a 390 px
phone; the "0.95 why?" links are touch-sized; the dialogue view's per-line confidence can be
shown by touch and by keyboard, not only in a tooltip. Screenshots go to test-artifacts/."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from browser_support import ARTIFACTS, chromium, console_errors, served
from web_library import Library, build_library

from ficshelf.importer import import_paths
from ficshelf.store.db import Database, open_database

pytestmark = pytest.mark.browser

DESKTOP = {"width": 1280, "height": 900}
PHONE = {"width": 390, "height": 844}
TARGET = 24  # px: WCAG 2.5.8's least target size
STORY = "01-ferrymans-fee.txt"  # a tuning story of the sample corpus, with dialogue


@pytest.fixture
def archive(tmp_path: Path, corpus_dir: Path) -> Iterator[tuple[str, Library, int]]:
    """The invented works and one sample story (analysed, for its dialogue), served; yields
    the base URL, the invented works' ids and the story's id."""
    if not (corpus_dir / STORY).exists():
        pytest.skip(f"{STORY} is not in examples/corpus")
    db: Database = open_database(f"sqlite:///{tmp_path / 'layout.db'}")
    try:
        library = build_library(db)
        summary = import_paths(db, [corpus_dir / STORY])
        assert not summary.rejected, summary.rejected
        story = library.hostile + 1
        with served(db) as url:
            yield url, library, story
    finally:
        db.close()


@pytest.fixture
def browser() -> Iterator[Any]:
    with chromium() as launched:
        yield launched


@pytest.mark.parametrize(("name", "viewport"), [("desktop", DESKTOP), ("phone", PHONE)])
def test_applied_filters_leave_the_results_in_view(
    archive: tuple[str, Library, int], browser: Any, name: str, viewport: dict[str, int]
) -> None:
    base, _, _ = archive
    tab = browser.new_page(viewport=viewport)
    problems = console_errors(tab)
    tab.goto(f"{base}/search?include=character%3AMaren%20Holt&min_confidence=0.5")
    ARTIFACTS.mkdir(exist_ok=True)
    tab.screenshot(path=str(ARTIFACTS / f"search-filters-{name}.png"))
    found = tab.locator(".list-summary").bounding_box()
    first = tab.locator(".blurb").first.bounding_box()
    assert found is not None and first is not None
    assert found["y"] + found["height"] <= viewport["height"], found  # "1 work found"
    assert first["y"] + 40 <= viewport["height"], first  # the first result's title too
    applied = tab.locator(".applied-filters li").all_inner_texts()
    assert len(applied) == 2
    assert "character:Maren Holt" in applied[0] and "confidence at least 0.5" in applied[1]
    # the folded form opens across the page, not in a narrow column beside an empty half
    tab.click("details.filters > summary")
    grid = tab.locator(".filter-grid").bounding_box()
    form = tab.locator(".search-form").bounding_box()
    assert grid is not None and form is not None
    assert grid["width"] >= form["width"] - 2, (grid, form)
    tab.screenshot(path=str(ARTIFACTS / f"search-filters-open-{name}.png"), full_page=True)
    # removing a filter from the line keeps the other
    tab.locator(".applied-filters .chip-remove").first.click()
    assert "include=" not in tab.url and "min_confidence=0.5" in tab.url
    assert problems == []


def test_evidence_links_are_touch_sized(archive: tuple[str, Library, int], browser: Any) -> None:
    base, library, _ = archive
    tab = browser.new_page(viewport=PHONE, has_touch=True, is_mobile=True)
    tab.goto(f"{base}/works/{library.lamp}")
    links = tab.locator(".evidence-link")
    assert links.count() >= 3
    for index in range(links.count()):
        box = links.nth(index).bounding_box()
        assert box is not None and box["width"] >= TARGET and box["height"] >= TARGET, box
        size = links.nth(index).evaluate("e => parseFloat(getComputedStyle(e).fontSize)")
        assert size >= 12, size
    ARTIFACTS.mkdir(exist_ok=True)
    tab.screenshot(path=str(ARTIFACTS / "evidence-links-phone.png"))


def test_dialogue_confidence_reached_by_touch_and_keyboard(
    archive: tuple[str, Library, int], browser: Any
) -> None:
    base, _, story = archive
    touch = browser.new_page(viewport=PHONE, has_touch=True, is_mobile=True)
    touch.goto(f"{base}/works/{story}/dialogue")
    score = touch.locator(".speech-score").first
    assert not score.is_visible()
    switch = touch.locator("label.score-switch-label").bounding_box()
    assert switch is not None and switch["height"] >= TARGET
    touch.tap("label.score-switch-label")
    assert score.is_visible() and "confidence" in score.inner_text()
    ARTIFACTS.mkdir(exist_ok=True)
    touch.screenshot(path=str(ARTIFACTS / "dialogue-scores-phone.png"))
    keys = browser.new_page(viewport=DESKTOP)
    keys.goto(f"{base}/works/{story}/dialogue")
    keys.focus("#show-scores")
    keys.keyboard.press("Space")
    assert keys.locator(".speech-score").first.is_visible()
