"""The archive in a real browser: Debian's Chromium driven through Playwright.

Serves the sample corpus (examples/corpus, imported with ``import_paths``) from a local server
on a free port, then reads like a person would: the home page, a multi-chapter work, the
chapter select and the next/previous links, the dark theme and the text size (which must
survive a reload), and a work whose stored markup tries to run script. No console error and
no Content-Security-Policy violation may occur anywhere. Screenshots go to test-artifacts/.
"""

from __future__ import annotations

import zipfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from browser_support import ARTIFACTS, chromium, served
from web_library import build_library

from ficshelf.importer import import_paths
from ficshelf.store import browse
from ficshelf.store.db import Database, open_database
from ficshelf.store.work_lookup import find_work
from ficshelf.store.work_views import WorkBlurb

pytestmark = pytest.mark.browser

INVENTED_WORKS = 5  # build_library saves five works before the corpus is imported


@pytest.fixture
def archive(tmp_path: Path, corpus_dir: Path) -> Iterator[tuple[str, Database]]:
    """The invented test works, then the sample corpus, served on 127.0.0.1; yields the
    base URL and the database."""
    if not any(corpus_dir.glob("*.txt")):
        pytest.skip("the sample corpus in examples/corpus is not there")
    db = open_database(f"sqlite:///{tmp_path / 'browser.db'}")
    try:
        assert build_library(db).hostile == INVENTED_WORKS
        summary = import_paths(db, [corpus_dir])
        assert not summary.rejected, summary.rejected
        with served(db) as url:
            yield url, db
    finally:
        db.close()


@pytest.fixture
def browser() -> Iterator[Any]:
    with chromium() as launched:
        yield launched


def longest_corpus_work(db: Database) -> WorkBlurb:
    """The sample corpus work with the most chapters (the first of them)."""
    with db.connect() as conn:
        works = browse.list_works(conn, 1, per_page=500).items
    corpus = [w for w in works if w.id > INVENTED_WORKS]
    return max(corpus, key=lambda w: (w.chapter_count, -w.id))


def stated_warning_work(db: Database) -> WorkBlurb:
    """A sample corpus work with a warning only its file's metadata states (no passage)."""
    with db.connect() as conn:
        works = browse.list_works(conn, 1, per_page=500).items
    return next(
        w
        for w in works
        if w.id > INVENTED_WORKS
        and any(t.stated and not t.inferred and t.type == "warning" for t in w.tags)
    )


def test_reading_in_a_real_browser(archive: tuple[str, Database], browser: Any) -> None:
    base, db = archive
    multi = longest_corpus_work(db)
    assert multi.chapter_count >= 3, "the corpus should hold a work of three chapters or more"
    ARTIFACTS.mkdir(exist_ok=True)

    context = browser.new_context(viewport={"width": 1280, "height": 900})
    page = context.new_page()
    problems: list[str] = []
    noisy = ("error", "warning")
    page.on("console", lambda m: problems.append(m.text) if m.type in noisy else None)
    page.on("pageerror", lambda exc: problems.append(f"page error: {exc}"))
    page.on("dialog", lambda d: (problems.append(f"dialog: {d.message}"), d.dismiss()))

    # The home page, then the works index, then the longest work by its title link.
    page.goto(f"{base}/")
    assert page.title() == "Home · ficshelf"
    assert page.locator(".counts dd").first.inner_text() != "0"
    page.screenshot(path=str(ARTIFACTS / "home.png"), full_page=True)
    page.get_by_role("link", name="Works", exact=True).click()
    page.wait_for_url(f"{base}/works")
    page.screenshot(path=str(ARTIFACTS / "works.png"), full_page=True)
    page.goto(f"{base}/works/{multi.id}")
    assert page.locator("h1.work-title").inner_text() == multi.title
    assert page.locator("section.chapter").count() == 1
    page.screenshot(path=str(ARTIFACTS / "work-chapter-1.png"), full_page=True)

    # Switch chapter with the select (submits itself), then step with next and previous.
    page.select_option("#chapter-select", "2")
    page.wait_for_url(f"{base}/works/{multi.id}/chapters/2")
    assert page.locator("#chapter-2").count() == 1
    assert page.locator("#chapter-select").input_value() == "2"
    page.locator(".chapter-nav-top").get_by_role("link", name="Next chapter →").click()
    page.wait_for_url(f"{base}/works/{multi.id}/chapters/3")
    page.locator(".chapter-nav-top").get_by_role("link", name="← Previous chapter").click()
    page.wait_for_url(f"{base}/works/{multi.id}/chapters/2")
    page.get_by_role("link", name="Entire work").first.click()
    page.wait_for_url(f"{base}/works/{multi.id}?view=full")
    assert page.locator("section.chapter").count() == multi.chapter_count

    # Dark theme and a larger text size persist across a reload.
    root = page.locator("html")
    light_background = page.evaluate("getComputedStyle(document.body).backgroundColor")
    page.locator("#theme-toggle").click()
    assert root.get_attribute("data-theme") == "dark"
    page.get_by_role("button", name="Larger text").click()
    assert root.get_attribute("data-size") == "4"
    page.get_by_role("button", name="Wide").click()
    page.reload()
    assert root.get_attribute("data-theme") == "dark"
    assert root.get_attribute("data-size") == "4"
    assert root.get_attribute("data-width") == "wide"
    assert page.locator("#theme-toggle").get_attribute("aria-pressed") == "true"
    dark_background = page.evaluate("getComputedStyle(document.body).backgroundColor")
    assert dark_background != light_background
    page.screenshot(path=str(ARTIFACTS / "work-full-dark.png"))
    page.goto(f"{base}/")  # the theme applies on every page
    assert root.get_attribute("data-theme") == "dark"
    page.screenshot(path=str(ARTIFACTS / "home-dark.png"))
    page.locator("#theme-toggle").click()
    assert root.get_attribute("data-theme") == "light"

    # An inferred tag opens the passages behind it, the evidence marked; the dialogue view
    # marks each quote with its speaker's colour and shows each character's share.
    page.goto(f"{base}/works/{multi.id}")
    page.locator(".evidence-link:not(.evidence-link-stated)").first.click()
    page.wait_for_url(f"{base}/works/{multi.id}/evidence/**")
    assert page.locator(".passage mark").count() >= 1
    assert page.locator(".passage mark").first.is_visible()
    page.screenshot(path=str(ARTIFACTS / "evidence.png"), full_page=True)
    # A warning only the file's own tags or notes state has no passage: its evidence page
    # names where the file states it.
    stated = stated_warning_work(db)
    page.goto(f"{base}/works/{stated.id}")
    page.locator(".evidence-link-stated").first.click()
    page.wait_for_url(f"{base}/works/{stated.id}/evidence/warning/**")
    assert page.locator(".evidence-sources li").first.is_visible()
    assert page.locator(".passage").count() == 0
    assert "stated by the file" in page.locator(".evidence-summary").inner_text()
    page.screenshot(path=str(ARTIFACTS / "evidence-stated.png"), full_page=True)
    page.goto(f"{base}/works/{multi.id}")
    page.get_by_role("link", name="Who says what").click()
    page.wait_for_url(f"{base}/works/{multi.id}/dialogue")
    assert page.locator(".dialogue-story .speech").count() >= 5
    assert page.locator(".speaker-shares tbody tr").count() >= 1
    speech_colour = page.evaluate(
        "getComputedStyle(document.querySelector('.dialogue-story .speech')).color"
    )
    plain_colour = page.evaluate(
        "getComputedStyle(document.querySelector('.dialogue-story p')).color"
    )
    assert speech_colour != plain_colour
    page.screenshot(path=str(ARTIFACTS / "dialogue.png"), full_page=True)

    # Markup that tries to run script stays inert (no dialog, no CSP report).
    with db.connect() as conn:
        hostile = find_work(conn, "Hostile Markup")
    assert hostile is not None
    page.goto(f"{base}/works/{hostile.id}")
    assert "Before" in page.locator(".story").inner_text()

    # A phone-sized screen.
    phone = browser.new_context(viewport={"width": 390, "height": 844}, device_scale_factor=2)
    small = phone.new_page()
    small.on("console", lambda m: problems.append(m.text) if m.type == "error" else None)
    small.goto(f"{base}/works/{multi.id}")
    small.screenshot(path=str(ARTIFACTS / "work-phone.png"))
    small.goto(f"{base}/works")
    small.screenshot(path=str(ARTIFACTS / "works-phone.png"))
    phone.close()
    # The narrowest common phone: no page is wider than the screen, the dialogue view's
    # share table (four columns, bars) included.
    narrow = browser.new_context(viewport={"width": 375, "height": 812}).new_page()
    narrow.on("console", lambda m: problems.append(m.text) if m.type == "error" else None)
    for path, shot in (
        (f"/works/{multi.id}", "work-375.png"),
        (f"/works/{multi.id}/dialogue", "dialogue-375.png"),
        ("/search?q=the", "search-375.png"),
    ):
        narrow.goto(f"{base}{path}")
        assert narrow.evaluate("document.documentElement.scrollWidth") <= 375, path
        narrow.screenshot(path=str(ARTIFACTS / shot))
    narrow.context.close()
    context.close()

    assert problems == []


def test_download_link_gives_an_epub(tmp_path: Path, browser: Any) -> None:
    """The work page's "EPUB" download link saves the work as an EPUB (the invented works
    only: no corpus import)."""
    db = open_database(f"sqlite:///{tmp_path / 'downloads.db'}")
    try:
        ridge = build_library(db).ridge
        with served(db) as base:
            context = browser.new_context(accept_downloads=True)
            page = context.new_page()
            page.goto(f"{base}/works/{ridge}")
            link = page.locator(".downloads").get_by_role("link", name="EPUB", exact=True)
            with page.expect_download() as info:
                link.click()
            download = info.value
            assert download.suggested_filename == "letters-from-the-ridge.epub"
            saved = tmp_path / download.suggested_filename
            download.save_as(saved)
            with zipfile.ZipFile(saved) as book:
                assert book.namelist()[0] == "mimetype"
                assert book.read("mimetype") == b"application/epub+zip"
            context.close()
    finally:
        db.close()
