"""The OPDS catalogue's feeds, timed: how long a page of each feed takes to answer.

Imports the sample corpus (380 stories; or ``--db URL`` of a library already imported, such
as ``sqlite:///ficshelf-demo.db`` or a PostgreSQL one) and requests each feed through the
app's WSGI interface with Flask's test client (the whole answer: the search or count
queries, the XML built and serialised by lxml, the ETag), ``--repeat`` times after one
warm-up request; prints the median and best time, the size and the number of entries of
each, with the machine; then the search page's and the works index's JSON for comparison.

Usage:
  python benchmarks/opds_speed.py                      # a fresh SQLite library of the corpus
  python benchmarks/opds_speed.py --db sqlite:///ficshelf-demo.db --repeat 50
  python benchmarks/opds_speed.py --per-page 100
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path
from urllib.parse import quote

sys.path.insert(0, str(Path(__file__).resolve().parent))

from lxml import etree  # noqa: E402
from machine import print_header  # noqa: E402

from ficshelf.importer import ImportStatus, import_paths  # noqa: E402
from ficshelf.store.browse import tag_counts  # noqa: E402
from ficshelf.store.db import Database, open_database  # noqa: E402
from ficshelf.web.app import create_app  # noqa: E402

CORPUS = Path(__file__).resolve().parents[1] / "examples" / "corpus"
ATOM = "{http://www.w3.org/2005/Atom}"


def feeds(db: Database) -> list[tuple[str, str]]:
    """The feeds to time: (label, path)."""
    with db.connect() as conn:
        fandom = tag_counts(conn, "fandom", 1, 1).items[0].name
    return [
        ("root (navigation)", "/opds"),
        ("newest works, page 1", "/opds/works?sort=added"),
        ("newest works, page 5", "/opds/works?sort=added&page=5"),
        ("most kudos, page 1", "/opds/works?sort=kudos"),
        (f"fandom {fandom!r}", "/opds/works?include=" + quote(f"fandom:{fandom}")),
        ("rating Teen chosen", "/opds/works?include=rating:Teen"),
        ("search 'storm'", "/opds/works?q=storm"),
        ("characters (navigation)", "/opds/tags/character"),
        ("authors (navigation)", "/opds/authors"),
        ("for comparison: /search.json, newest", "/search.json?sort=added"),
        ("for comparison: /works.json", "/works.json"),
    ]


def time_feeds(db: Database, per_page: int, repeat: int) -> None:
    client = create_app(db, {"FICSHELF_PER_PAGE": per_page}).test_client()
    print(f"{'feed':36} {'median':>9} {'best':>9} {'size':>9} {'entries':>7}")
    for label, path in feeds(db):
        answer = client.get(path)
        assert answer.status_code == 200, (path, answer.status_code)
        if path.startswith("/opds"):
            entries = len(etree.fromstring(answer.data).findall(f"{ATOM}entry"))
        else:
            entries = per_page
        times = []
        for _ in range(repeat):
            started = time.perf_counter()
            client.get(path)
            times.append(time.perf_counter() - started)
        print(
            f"{label[:36]:36} {statistics.median(times) * 1000:7.1f}ms"
            f" {min(times) * 1000:7.1f}ms {len(answer.data) / 1024:7.1f}KB {entries:>7}"
        )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", help="a library already imported (default: import the corpus)")
    parser.add_argument("--repeat", type=int, default=20)
    parser.add_argument("--per-page", type=int, default=20)
    args = parser.parse_args()
    print_header(__file__)
    with tempfile.TemporaryDirectory() as folder:
        url = args.db or f"sqlite:///{Path(folder) / 'library.db'}"
        db = open_database(url)
        try:
            if not args.db:
                started = time.perf_counter()
                summary = import_paths(db, [CORPUS])
                took = time.perf_counter() - started
                imported = summary.counts[ImportStatus.IMPORTED]
                print(f"imported {imported} works in {took:.1f} s")
            print(f"{db.dialect}, {args.per_page} works a page, {args.repeat} runs")
            time_feeds(db, args.per_page, args.repeat)
        finally:
            db.close()


if __name__ == "__main__":
    main()
