"""Latency of discovery queries on a (synthetic) library: p50/p95/p99 per kind of query.

Kinds measured:

  (d) more-like-this: ``ficshelf.similar.more_like_this`` for random works, 10 results with
      their explanations;
  (a) a text query of one or two words from a random work's text (no facets);
  (b) include 2 tags of a random work (its fandom and one of its characters, relationships
      or additional tags) and exclude 3 (drawn from warnings, ratings and additional tags);
  (c) (b) with facet counts for every tag type;
  all through the search engine (``ficshelf.store.search.search``), first page of 20.

Also prints the sizes of the full-text index and of the "more like this" index (each with
its indexes; their build times are printed by the generator) and, on SQLite, the time to
build the in-memory tag bitmaps the search engine filters with (``store.tag_bitmaps``).
Build a library first with ``benchmarks/synthetic_library.py``. Wall-clock and CPU time
(of this process: on SQLite all the work, on PostgreSQL the client's share only) are both
printed, with the load average, because a shared machine stretches wall-clock times.

Usage:
  python benchmarks/search_latency.py --db sqlite:////tmp/lib100k.db [--queries 300]
  python benchmarks/search_latency.py --db postgresql://postgres@127.0.0.1:54329/ficshelf_bench
"""

from __future__ import annotations

import argparse
import os
import random
import re
import statistics
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path

from sqlalchemy import Connection, text

sys.path.insert(0, str(Path(__file__).resolve().parent))

from machine import print_header  # noqa: E402

from ficshelf.model import TagType  # noqa: E402
from ficshelf.search_query import TagRef  # noqa: E402
from ficshelf.similar import more_like_this  # noqa: E402
from ficshelf.store.db import Database, open_database  # noqa: E402
from ficshelf.store.schema import SEARCH_INDEX_TABLES  # noqa: E402
from ficshelf.store.search import SearchRequest, search  # noqa: E402
from ficshelf.store.similar import work_text  # noqa: E402
from ficshelf.store.tag_bitmaps import warm_tag_bitmaps  # noqa: E402
from ficshelf.store.tags import work_tags  # noqa: E402

SIMILAR_TABLES = ("similar_signatures", "similar_features", "similar_postings")


def similar(conn: Connection, work_id: int) -> str:
    return "hit" if more_like_this(conn, work_id, 10) else "none"


def percentiles(samples: list[float]) -> tuple[float, float, float]:
    """Return p50, p95 and p99 of ``samples`` (milliseconds)."""
    cuts = statistics.quantiles(samples, n=100, method="inclusive")
    return cuts[49], cuts[94], cuts[98]


def timed(
    conn: Connection, run: Callable[[Connection, int], str], keys: list[int], warmup: int
) -> tuple[list[float], list[float], list[str]]:
    """Run ``run`` for each key (after ``warmup`` untimed runs); return the wall-clock and
    the CPU milliseconds (this process) and the outcomes of the timed runs."""
    for key in keys[:warmup]:
        run(conn, key)
    wall, cpu, outcomes = [], [], []
    for key in keys[warmup:]:
        began, began_cpu = time.perf_counter(), time.process_time()
        outcomes.append(run(conn, key))
        cpu.append((time.process_time() - began_cpu) * 1000)
        wall.append((time.perf_counter() - began) * 1000)
    return wall, cpu, outcomes


def tables_size(db: Database, tables: Sequence[str]) -> int:
    """Bytes taken by ``tables`` with their indexes (-1 when SQLite lacks ``dbstat``)."""
    with db.connect() as conn:
        if db.dialect == "postgresql":
            return sum(
                int(conn.execute(text(f"SELECT pg_total_relation_size('{name}')")).scalar_one())
                for name in tables
            )
        names = ", ".join(f"'{name}'" for name in tables)
        try:
            rows = conn.execute(
                text(
                    "SELECT SUM(pgsize) FROM dbstat WHERE name IN "
                    f"(SELECT name FROM sqlite_master WHERE tbl_name IN ({names}))"
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


EXCLUDABLE = (
    TagRef(TagType.WARNING, "major character death"),
    TagRef(TagType.WARNING, "graphic violence"),
    TagRef(TagType.WARNING, "self-harm"),
    TagRef(TagType.WARNING, "suicide"),
    TagRef(TagType.RATING, "Explicit"),
    TagRef(TagType.RATING, "Mature"),
    TagRef(TagType.FREEFORM, "Angst"),
    TagRef(TagType.FREEFORM, "Whump"),
    TagRef(TagType.FREEFORM, "Crack Treated Seriously"),
)
_WORD = re.compile(r"[^\W\d_]{4,}")


def plan_request(
    conn: Connection, work_id: int, rng: random.Random
) -> tuple[SearchRequest, SearchRequest, SearchRequest]:
    """The (a), (b) and (c) requests drawn from work ``work_id`` (its words and tags)."""
    words = _WORD.findall(work_text(conn, work_id) or "") or ["lantern"]
    query = " ".join(rng.sample(words, min(len(words), rng.choice((1, 2)))))
    tags = work_tags(conn, work_id)
    fandoms = [t for t in tags if t.type == TagType.FANDOM]
    others = [
        t for t in tags if t.type in (TagType.CHARACTER, TagType.RELATIONSHIP, TagType.FREEFORM)
    ]
    chosen = (fandoms[:1] or tags[:1]) + rng.sample(others, min(1, len(others)))
    include = tuple(TagRef(t.type, t.name) for t in chosen)
    exclude = tuple(rng.sample(EXCLUDABLE, 3))
    return (
        SearchRequest(query=query, facets=False),
        SearchRequest(include=include, exclude=exclude, facets=False),
        SearchRequest(include=include, exclude=exclude, facets=True),
    )


def run_search(conn: Connection, request: SearchRequest) -> str:
    result = search(conn, request)
    return "hit" if result.hits.total else "none"


def summary(outcomes: list[str]) -> str:
    """How many queries found nothing."""
    empty = sum(1 for outcome in outcomes if outcome == "none")
    return f"{empty} with no result"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", required=True, help="database URL")
    parser.add_argument("--queries", type=int, default=300)
    parser.add_argument("--warmup", type=int, default=30)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--skip-text", action="store_true", help="no (a): no full-text index")
    args = parser.parse_args()
    print_header(__file__)
    db = open_database(args.db)
    with db.connect() as conn:
        works = int(conn.execute(text("SELECT COUNT(*) FROM works")).scalar_one())
        top = int(conn.execute(text("SELECT MAX(id) FROM works")).scalar_one())
        postings = int(conn.execute(text("SELECT COUNT(*) FROM similar_postings")).scalar_one())
    print(f"database: {db.dialect}, {works:,} works, {postings:,} similar postings")
    print(f"database size {database_size(db) / 2**20:,.0f} MiB")
    for label, tables in (
        ("full-text index", sorted(SEARCH_INDEX_TABLES[db.dialect])),
        ("more-like-this index", list(SIMILAR_TABLES)),
    ):
        size = tables_size(db, tables)
        if size >= 0:
            print(f"{label} (tables + indexes) {size / 2**20:,.0f} MiB")
    if db.dialect == "sqlite":
        began = time.perf_counter()
        warm_tag_bitmaps(db.engine)
        print(f"tag bitmaps (SQLite tag filters) built in {time.perf_counter() - began:.1f} s")
    rng = random.Random(args.seed)
    ids = [rng.randint(1, top) for _ in range(args.queries + args.warmup)]
    with db.connect() as conn:
        requests = [plan_request(conn, work_id, rng) for work_id in ids]
    rows: list[tuple[str, list[float], list[float], str]] = []
    kinds: list[tuple[str, Callable[[Connection, int], str]]] = []
    if not args.skip_text:
        kinds.append(("(a) text query", lambda conn, i: run_search(conn, requests[i][0])))
    kinds += [
        ("(b) include 2 + exclude 3", lambda conn, i: run_search(conn, requests[i][1])),
        ("(c) (b) with facets", lambda conn, i: run_search(conn, requests[i][2])),
        ("(d) more like this (10)", lambda conn, i: similar(conn, ids[i])),
    ]
    for label, run in kinds:
        with db.connect() as conn:
            wall, cpu, outcomes = timed(conn, run, list(range(len(ids))), args.warmup)
        rows.append((label, wall, cpu, summary(outcomes)))
    print("load average at end: " + " ".join(f"{x:.1f}" for x in os.getloadavg()))
    print(f"{'':<28} {'wall-clock ms':^26}  {'CPU ms (this process)':^26}")
    print(f"{'':<28} {'p50':>8}{'p95':>9}{'p99':>9}  {'p50':>8}{'p95':>9}{'p99':>9}")
    for label, wall, cpu, note in rows:
        figures = "".join(f"{x:9.1f}" for x in percentiles(wall))
        cpu_figures = "".join(f"{x:9.1f}" for x in percentiles(cpu))
        print(f"{label:<28}{figures}  {cpu_figures}  ({len(wall)} queries; {note})")
    db.close()


if __name__ == "__main__":
    main()
