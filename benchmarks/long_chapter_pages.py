"""How big and how slow the reader's pages of a very long chapter are.

Makes one story of ``--megabytes`` MB (25) by concatenating the sample corpus's plain-text
stories over and over, their chapter headings left out, so the whole is one chapter, as a
novel in one plain-text file imports; imports it with ``ficshelf import`` into ``--db``
(a SQLite file in a temporary folder unless given; a library that already holds the story
is used as it is); then fetches each of ``--urls`` (the work page, the entire work, the
chapter, their JSON twins, the dialogue view, and their parts) through the web app in this
process, and prints each answer's status, size and time (best and median of ``--repeat``),
with the machine. ``--part-chars N`` reads the text in parts of N characters instead of
``text_parts.PART_CHARS``; ``--browser`` also times headless Chromium (/usr/bin/chromium,
through Playwright) opening each HTML page from a local server, to its ``load`` event.

Usage:
  python benchmarks/long_chapter_pages.py                         # 25 MB on SQLite
  python benchmarks/long_chapter_pages.py --db sqlite:///long.db  # keep the library
  python benchmarks/long_chapter_pages.py --db postgresql://…/ficshelf_bench
  python benchmarks/long_chapter_pages.py --db sqlite:///long.db --part-chars 50000 --browser
  python benchmarks/long_chapter_pages.py --match '04-*.txt' --db sqlite:///one-story.db
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from machine import print_header  # noqa: E402
from sqlalchemy import select  # noqa: E402

from ficshelf.ingest.decode import decode_text  # noqa: E402
from ficshelf.store import schema  # noqa: E402
from ficshelf.store.db import Database, open_database  # noqa: E402
from ficshelf.understand.chapters import parse_heading  # noqa: E402
from ficshelf.web.app import create_app  # noqa: E402

CORPUS = Path(__file__).resolve().parent.parent / "examples" / "corpus"
TITLE = "The Long Concatenation"
URLS = (
    "/works/{id}",
    "/works/{id}?view=full",
    "/works/{id}/chapters/1",
    "/works/{id}.json",
    "/works/{id}.json?view=full",
    "/works/{id}?part=2",
    "/works/{id}?part={last}",
    "/works/{id}/dialogue",
    "/works/{id}/dialogue.json",
    "/works/{id}/dialogue?part=2",
)


def long_story(megabytes: float, match: str = "*.txt") -> str:
    """The corpus's plain-text stories (those ``match`` names), each without its chapter
    headings, one after another (a blank line between) until the text is ``megabytes`` MB
    of UTF-8, led by a title line."""
    stories = []
    for path in sorted(CORPUS.glob(match)):
        text = decode_text(path.read_bytes(), str(path)).text
        lines = (line for line in text.splitlines() if parse_heading(line.strip()) is None)
        stories.append("\n".join(lines).strip())
    parts, size, limit = [TITLE], 0, int(megabytes * 1_000_000)
    while size < limit:
        for story in stories:
            parts.append(story)
            size += len(story.encode()) + 2
            if size >= limit:
                break
    return "\n\n".join(parts) + "\n"


def imported(url: str, megabytes: float, folder: Path, match: str = "*.txt") -> int:
    """The id of the long story in the library at ``url``, importing it first when the
    library does not hold it."""
    db = open_database(url)
    try:
        with db.connect() as conn:
            found = conn.execute(
                select(schema.works.c.id).where(schema.works.c.title == TITLE)
            ).scalar()
    finally:
        db.close()
    if found is not None:
        return int(found)
    story = folder / "long-concatenation.txt"
    story.write_text(long_story(megabytes, match), encoding="utf-8")
    size = story.stat().st_size
    started = time.perf_counter()
    subprocess.run(
        [sys.executable, "-m", "ficshelf", "import", str(story), "--db", url, "--max-size",
         str(int(size / 1_000_000) + 2)],
        check=True,
    )  # fmt: skip
    print(f"imported {size / 1e6:.1f} MB in {time.perf_counter() - started:.0f} s")
    return imported(url, megabytes, folder, match)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--megabytes", type=float, default=25.0)
    parser.add_argument(
        "--match", default="*.txt", help="the corpus files to concatenate (a glob: 01-*.txt)"
    )
    parser.add_argument("--db", help="database URL (default: a SQLite file, removed after)")
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--urls", nargs="+", default=URLS, help="paths, {id} and {last} filled")
    parser.add_argument("--part-chars", type=int, help="characters a part (default: ficshelf's)")
    parser.add_argument("--browser", action="store_true", help="time Chromium opening the pages")
    args = parser.parse_args()
    if args.part_chars:
        from ficshelf import text_parts

        text_parts.PART_CHARS = args.part_chars
    print_header(__file__)
    with tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        url = args.db or f"sqlite:///{folder / 'long.db'}"
        work_id = imported(url, args.megabytes, folder, args.match)
        db = open_database(url)
        with db.connect() as conn:
            chapters = schema.chapters
            html = conn.execute(
                select(chapters.c.html).where(chapters.c.work_id == work_id)
            ).scalars()
            sizes = ", ".join(f"{len(h):,}" for h in html)
            print(f"database: {db.dialect}; work {work_id}: chapters of {sizes} characters of HTML")
        client = create_app(db).test_client()
        parts = client.get(f"/works/{work_id}.json").get_json().get("text_parts") or {}
        last = parts.get("parts", 1)
        print(f"{'path':48} {'status':>6} {'bytes':>12} {'best':>9} {'median':>9}")
        for pattern in args.urls:
            path = pattern.format(id=work_id, last=last)
            times, size, status = [], 0, 0
            for _ in range(args.repeat):
                started = time.perf_counter()
                answer = client.get(path)
                size, status = len(answer.get_data()), answer.status_code
                times.append(time.perf_counter() - started)
            print(
                f"{path:48} {status:>6} {size:>12,} {min(times):>8.3f}s"
                f" {statistics.median(times):>8.3f}s"
            )
        if args.browser:
            paths = [p.format(id=work_id, last=last) for p in args.urls if ".json" not in p]
            browser_times(db, paths, args.repeat)
        db.close()


def browser_times(db: Database, paths: list[str], repeat: int) -> None:
    """Print how long headless Chromium takes to open each of ``paths`` (to its ``load``
    event, best and median of ``repeat``, each in a fresh context), served by werkzeug
    from ``db``: the server's time to build the page included."""
    from playwright.sync_api import sync_playwright
    from werkzeug.serving import WSGIRequestHandler, make_server

    class Quiet(WSGIRequestHandler):
        def log_request(self, *args: object, **kwargs: object) -> None:
            pass

    server = make_server("127.0.0.1", 0, create_app(db), threaded=True, request_handler=Quiet)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    base = f"http://127.0.0.1:{server.port}"
    print(f"{'Chromium opening':48} {'best':>9} {'median':>9}")
    try:
        with sync_playwright() as playwright:
            browser = playwright.chromium.launch(
                executable_path="/usr/bin/chromium", headless=True, args=["--no-sandbox"]
            )
            for path in paths:
                times = []
                for _ in range(repeat):
                    tab = browser.new_page()  # a fresh context: nothing cached
                    started = time.perf_counter()
                    tab.goto(base + path, wait_until="load", timeout=600_000)
                    times.append(time.perf_counter() - started)
                    tab.close()
                print(f"{path:48} {min(times):>8.3f}s {statistics.median(times):>8.3f}s")
            browser.close()
    finally:
        server.shutdown()
        thread.join(timeout=10)


if __name__ == "__main__":
    main()
