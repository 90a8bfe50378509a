"""What the real-browser tests share: serving a database on a free local port (werkzeug's
server, or waitress as ``ficshelf serve`` runs it) and launching
Debian's Chromium through Playwright (skipped when either is missing). Screenshots go to
``ARTIFACTS``."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest

from ficshelf.store.db import Database
from ficshelf.web.app import create_app
from ficshelf.web.hosting import Hosting, serving

CHROMIUM = Path("/usr/bin/chromium")
ARTIFACTS = Path(__file__).resolve().parents[2] / "test-artifacts"
# As root on a machine with no network: no sandbox, no GPU, no background connections.
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]


@contextmanager
def served(db: Database, config: dict[str, Any] | None = None) -> Iterator[str]:
    """Serve the archive of ``db`` (with the app settings ``config``) on 127.0.0.1 in a
    thread; yield its base URL."""
    from werkzeug.serving import make_server

    server = make_server("127.0.0.1", 0, create_app(db, config), threaded=True)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.port}"
    finally:
        server.shutdown()
        thread.join(timeout=10)
        server.server_close()


@contextmanager
def served_by_waitress(db: Database, **hosting: Any) -> Iterator[int]:
    """Serve the archive of ``db`` with waitress on a free local port, as ``ficshelf
    serve`` does with the ``Hosting`` fields given (``url_prefix``, ``trusted_proxy``);
    yield the port."""
    server = serving(create_app(db), Hosting(port=0, **hosting))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    try:
        yield server.effective_port  # type: ignore[union-attr]
    finally:
        # The worker threads first (one finishing an answer still wakes the loop), then
        # every socket closed from the loop's own thread, which then ends.
        server.task_dispatcher.shutdown()
        channels = server._map  # type: ignore[union-attr]
        server.trigger.pull_trigger(  # type: ignore[union-attr]
            lambda: [channel.close() for channel in list(channels.values())]
        )
        thread.join(timeout=10)


@contextmanager
def chromium() -> Iterator[Any]:
    """Launch headless Chromium through Playwright; yield the browser. Skips the test when
    /usr/bin/chromium or Playwright is not installed."""
    if not CHROMIUM.exists():
        pytest.skip("/usr/bin/chromium is not installed")
    sync_api = pytest.importorskip("playwright.sync_api")
    with sync_api.sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=str(CHROMIUM), headless=True, args=CHROMIUM_ARGS
        )
        try:
            yield browser
        finally:
            browser.close()


def console_errors(tab: Any) -> list[str]:
    """Return a list that collects ``tab``'s console errors and uncaught page errors from
    now on (a test asserts it stays empty)."""
    problems: list[str] = []
    tab.on("console", lambda m: problems.append(m.text) if m.type == "error" else None)
    tab.on("pageerror", lambda e: problems.append(str(e)))
    return problems
