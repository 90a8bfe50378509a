"""Full-text search over English prose: index build time and size, and query latency for
common words, prefixes and phrases (the words a stop list would drop).

The synthetic libraries (``synthetic_library.py``) are written in invented words, so no
work holds "the" or "to"; this fills a library with passages of real English, the LitBank
samples in ``../shared/data/litbank`` (each passage ``--words`` words, cycled until there are
``--works`` works), builds the search index with the search engine's own
``store.search_index.rebuild_index`` and runs each query through
``store.search.search`` (first page of 20, no facets), ``--runs`` times. Run it with one
version of the code and then another on two fresh databases to compare them.

Usage:
  python benchmarks/english_search.py --db postgresql://postgres@127.0.0.1:54329/english10k \
      [--works 10000] [--words 500] [--runs 20] [--litbank ../shared/data/litbank]
  python benchmarks/english_search.py --db sqlite:////tmp/english10k.db
"""

from __future__ import annotations

import argparse
import hashlib
import statistics
import sys
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from machine import describe  # noqa: E402
from search_latency import database_size, tables_size  # noqa: E402
from synthetic_library import ensure_database  # noqa: E402

from ficshelf.store.authors import get_or_create_authors  # noqa: E402
from ficshelf.store.bulk import BulkWork, insert_works, next_work_id  # noqa: E402
from ficshelf.store.db import open_database  # noqa: E402
from ficshelf.store.schema import SEARCH_INDEX_TABLES  # noqa: E402
from ficshelf.store.search import SearchRequest, search  # noqa: E402
from ficshelf.store.search_index import rebuild_index  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
QUERIES = (
    "the",
    "door",
    '"the door"',
    '"door the"',
    "storm -the",
    "to be or not",
    "said the old man",
    "s*",
    "th*",
    "lan*",
)


def passages(litbank: Path, words: int) -> list[str]:
    """LitBank's sample texts cut into passages of ``words`` words (the last, shorter part
    of each text dropped)."""
    files = sorted((litbank / "coref" / "tsv").glob("*.txt"))
    found = []
    for file in files:
        tokens = file.read_text(encoding="utf-8").split()
        for start in range(0, len(tokens) - words + 1, words):
            found.append(" ".join(tokens[start : start + words]))
    return found


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", required=True, help="database URL (a fresh one is made)")
    parser.add_argument("--works", type=int, default=10_000)
    parser.add_argument("--words", type=int, default=500)
    parser.add_argument("--runs", type=int, default=20)
    parser.add_argument("--litbank", type=Path, default=ROOT.parent / "shared" / "data" / "litbank")
    args = parser.parse_args()
    if not args.litbank.is_dir():
        sys.exit(f"no LitBank at {args.litbank}: nothing to measure")
    print(describe(), flush=True)
    texts = passages(args.litbank, args.words)
    print(f"{len(texts):,} LitBank passages of {args.words} words", flush=True)
    ensure_database(args.db, fresh=True)
    db = open_database(args.db)
    base = datetime(2010, 1, 1, tzinfo=UTC)
    with db.begin() as conn:
        author = get_or_create_authors(conn, ["litbank"])["litbank"]
        first = next_work_id(conn)
        works = []
        for n in range(args.works):
            body = texts[n % len(texts)]
            works.append(
                BulkWork(
                    id=first + n,
                    title=f"Passage {n}",
                    text=body,
                    text_hash=hashlib.sha256(f"{n}:{body}".encode()).hexdigest(),
                    word_count=args.words,
                    author_ids=[author],
                    tag_ids=[],
                    created_at=base + timedelta(minutes=n),
                )
            )
        insert_works(conn, works)
    started = time.perf_counter()
    with db.begin() as conn:
        indexed = rebuild_index(conn)
    took = time.perf_counter() - started
    index_size = tables_size(db, sorted(SEARCH_INDEX_TABLES[db.dialect]))
    print(
        f"index: {indexed:,} works in {took:.1f} s, {index_size / 2**20:.1f} MiB"
        f" (database {database_size(db) / 2**20:.1f} MiB)",
        flush=True,
    )
    print("query | total | median ms | p95 ms")
    with db.connect() as conn:
        for query in QUERIES:
            request = SearchRequest(query=query, facets=False)
            times = []
            for _ in range(args.runs + 2):
                began = time.perf_counter()
                result = search(conn, request)
                times.append((time.perf_counter() - began) * 1000)
            times = times[2:]  # the first runs warm the caches
            p95 = statistics.quantiles(times, n=20, method="inclusive")[18]
            about = "about " if result.total_is_estimate else ""
            print(
                f"{query} | {about}{result.total:,} | {statistics.median(times):.1f} | {p95:.1f}",
                flush=True,
            )
    db.close()


if __name__ == "__main__":
    main()
