"""Exporting works as e-books (``ficshelf export``, the work page's downloads), timed.

Imports the given story files (default: six tuning stories of the sample corpus, one with
three chapters) into a fresh SQLite library in a temporary folder, then exports every work
as EPUB, HTML and plain text with ``ficshelf.export`` (what the command and the download
routes run), and prints each work's words, chapters, the size of each file and the best of
``--repeat`` times to build it (the work read from the library included), with the machine.

Usage:
  python benchmarks/export_speed.py
  python benchmarks/export_speed.py examples/corpus/04-*.txt --repeat 20
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from machine import print_header  # noqa: E402

from ficshelf.export import KINDS, export_book, load_book  # noqa: E402
from ficshelf.importer import import_paths  # noqa: E402
from ficshelf.store.db import open_database  # noqa: E402

CORPUS = Path(__file__).resolve().parents[1] / "examples" / "corpus"
STORIES = ("04-*.txt", "05-*.txt", "06-*.txt", "07-*.txt", "333-*.html", "337-*.html")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "files", nargs="*", type=Path, help="story files (default: six tuning stories)"
    )
    parser.add_argument("--repeat", type=int, default=10)
    args = parser.parse_args()
    files = args.files or [path for pattern in STORIES for path in sorted(CORPUS.glob(pattern))]
    print_header(__file__)
    with tempfile.TemporaryDirectory() as folder:
        db = open_database(f"sqlite:///{Path(folder) / 'library.db'}")
        try:
            import_paths(db, files)
            with db.connect() as conn:
                ids = [row[0] for row in conn.exec_driver_sql("SELECT id FROM works ORDER BY id")]
            print(f"{'work':44} {'words':>7} {'ch':>3}" + "".join(f" {k:>16}" for k in KINDS))
            for work_id in ids:
                cells = []
                for kind in KINDS:
                    best = float("inf")
                    for _ in range(args.repeat):
                        started = time.perf_counter()
                        with db.connect() as conn:
                            book = load_book(conn, work_id)
                        data = export_book(book, kind)
                        best = min(best, time.perf_counter() - started)
                    cells.append(f"{len(data) / 1024:6.1f} KB {best * 1000:5.1f} ms")
                work = book.work
                title = work.title if len(work.title) <= 42 else work.title[:41] + "…"
                print(
                    f"{title:44} {work.word_count:>7,} {len(book.chapters):>3}"
                    + "".join(f" {cell:>16}" for cell in cells)
                )
        finally:
            db.close()


if __name__ == "__main__":
    main()
