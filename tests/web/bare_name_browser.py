"""The bare-name browser tests' set-up: the sample library of ``bare_name_library`` in a
fresh SQLite database, served, with a Chromium tab that collects console errors."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from browser_support import chromium, console_errors, served

from bare_name_library import library
from ficshelf.store.db import open_database


@contextmanager
def bare_name_tab(tmp_path: Path) -> Iterator[tuple[dict[str, int], str, Any, list[str]]]:
    """Yield the library's works (by key), the server's base URL, a browser tab and the list
    its console errors go to."""
    db = open_database(f"sqlite:///{tmp_path / 'bare.db'}")
    try:
        with db.begin() as conn:
            works = library(conn)
        with served(db) as base, chromium() as browser:
            tab = browser.new_page()
            yield works, base, tab, console_errors(tab)
    finally:
        db.close()
