"""Latency of discovery queries on a (synthetic) library: p50/p95/p99 per kind of query.

Kinds measured:

  (d) more-like-this: ``ficshelf.similar.more_like_this`` for random works, 10 results with
      their explanations;
  (a)-(c) text query, include 2 tags + exclude 3, and that with facet counts: through the
      search engine (``ficshelf.store.search``) when this checkout has it.

Also prints the size of the "more like this" index (its three tables with their indexes)
and, with ``--rebuild``, the time to rebuild every signature from the stored texts.
Build a library first with ``benchmarks/synthetic_library.py``.

Usage:
  python benchmarks/search_latency.py --db sqlite:////tmp/lib100k.db [--queries 300]
  python benchmarks/search_latency.py --db postgresql://postgres@127.0.0.1:54329/ficshelf_bench
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

from sqlalchemy import Connection, text

sys.path.insert(0, str(Path(__file__).resolve().parent))

from machine import describe  # noqa: E402

from ficshelf.similar import more_like_this  # noqa: E402
from ficshelf.store.db import Database, open_database  # noqa: E402

SIMILAR_TABLES = ("similar_signatures", "similar_features", "similar_postings")


def percentiles(samples: list[float]) -> tuple[float, float, float]:
    """Return p50, p95 and p99 of ``samples`` (milliseconds)."""
    cuts = statistics.quantiles(samples, n=100, method="inclusive")
    return cuts[49], cuts[94], cuts[98]


def timed(
    conn: Connection, run: Callable[[Connection, int], object], ids: list[int], warmup: int
) -> list[float]:
    """Run ``run`` for each id (after ``warmup`` untimed runs); return milliseconds."""
    for work_id in ids[:warmup]:
        run(conn, work_id)
    samples = []
    for work_id in ids[warmup:]:
        began = time.perf_counter()
        run(conn, work_id)
        samples.append((time.perf_counter() - began) * 1000)
    return samples


def similar_index_size(db: Database) -> int:
    """Bytes taken by the "more like this" tables and their indexes."""
    with db.connect() as conn:
        if db.dialect == "postgresql":
            return sum(
                int(conn.execute(text(f"SELECT pg_total_relation_size('{name}')")).scalar_one())
                for name in SIMILAR_TABLES
            )
        try:
            rows = conn.execute(
                text(
                    "SELECT SUM(pgsize) FROM dbstat WHERE name IN "
                    "(SELECT name FROM sqlite_master WHERE tbl_name IN "
                    "('similar_signatures', 'similar_features', 'similar_postings'))"
                )
            ).scalar_one()
            return int(rows or 0)
        except Exception:  # dbstat is not compiled into every SQLite
            return -1


def database_size(db: Database) -> int:
    """Bytes of the whole database."""
    with db.connect() as conn:
        if db.dialect == "postgresql":
            return int(
                conn.execute(text("SELECT pg_database_size(current_database())")).scalar_one()
            )
        pages = conn.execute(text("PRAGMA page_count")).scalar_one()
        size = conn.execute(text("PRAGMA page_size")).scalar_one()
        return int(pages) * int(size)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", required=True, help="database URL")
    parser.add_argument("--queries", type=int, default=300)
    parser.add_argument("--warmup", type=int, default=30)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    print(describe())
    db = open_database(args.db)
    with db.connect() as conn:
        works = int(conn.execute(text("SELECT COUNT(*) FROM works")).scalar_one())
        top = int(conn.execute(text("SELECT MAX(id) FROM works")).scalar_one())
        postings = int(conn.execute(text("SELECT COUNT(*) FROM similar_postings")).scalar_one())
    print(f"database: {db.dialect}, {works:,} works, {postings:,} similar postings")
    print(f"database size {database_size(db) / 2**20:,.0f} MiB")
    size = similar_index_size(db)
    if size >= 0:
        print(f"more-like-this index (3 tables + indexes) {size / 2**20:,.0f} MiB")
    rng = random.Random(args.seed)
    ids = [rng.randint(1, top) for _ in range(args.queries + args.warmup)]
    found: list[int] = []

    def similar(conn: Connection, work_id: int) -> None:
        found.append(len(more_like_this(conn, work_id, 10)))

    with db.connect() as conn:
        samples = timed(conn, similar, ids, args.warmup)
    p50, p95, p99 = percentiles(samples)
    empty = sum(1 for n in found[args.warmup :] if n == 0)
    print(
        f"(d) more like this (10 results): p50 {p50:.1f} ms  p95 {p95:.1f} ms  "
        f"p99 {p99:.1f} ms  over {len(samples)} works ({empty} with no result)"
    )
    db.close()


if __name__ == "__main__":
    main()
