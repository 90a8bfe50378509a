"""Rewriting the search documents of many works at once (a tag made a synonym, a
``ficshelf reconcile`` that moves or drops links on thousands of works): one batch against
one work at a time, on a (synthetic) library.

For ``--works`` random works (seeded; default 1,000 and 10,000), each measured in its own
transaction, rolled back (the library is left as it was, and every measurement starts from
the same state):

  documents, one by one     ``store.search_index.index_work`` per work: what
                            ``store.reindex.reindex`` did before it wrote them in batches;
  documents, batch          ``store.search_index.index_batch``: the same documents,
                            ``BATCH`` works a statement;
  reindex (documents and    ``store.reindex.reindex``: the batch documents and the tag
  signature tags)           features of the works' "more like this" signatures, what a
                            synonym or ``reconcile`` asks for.

Prints wall-clock and CPU time (of this process: on SQLite all the work, on PostgreSQL the
client's share only) of the best of ``--repeat`` runs, with the load average. Build a
library first with ``benchmarks/synthetic_library.py`` (see benchmarks/similar_refresh.py).

Usage:
  python benchmarks/reindex_batch.py --db sqlite:////tmp/lib100k.db
  python benchmarks/reindex_batch.py --db postgresql://postgres@127.0.0.1:54329/ficshelf_bench
"""

from __future__ import annotations

import argparse
import os
import random
import sys
from collections.abc import Callable
from pathlib import Path

from sqlalchemy import Connection, text

sys.path.insert(0, str(Path(__file__).resolve().parent))

from machine import print_header  # noqa: E402
from similar_refresh import timed  # noqa: E402

from ficshelf.store.db import open_database  # noqa: E402
from ficshelf.store.reindex import reindex  # noqa: E402
from ficshelf.store.search_index import index_batch, index_work  # noqa: E402


def _kinds(ids: list[int]) -> list[tuple[str, Callable[[Connection], object]]]:
    return [
        ("documents, one by one", lambda conn: [index_work(conn, w) for w in ids]),
        ("documents, batch", lambda conn: index_batch(conn, ids)),
        ("reindex (documents + signatures)", lambda conn: reindex(conn, ids)),
    ]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", required=True, help="database URL")
    parser.add_argument("--works", type=int, nargs="+", default=[1000, 10000])
    parser.add_argument("--repeat", type=int, default=2)
    parser.add_argument("--seed", type=int, default=45)
    args = parser.parse_args()
    print_header(__file__)
    db = open_database(args.db, upgrade=False)
    with db.connect() as conn:
        works = int(conn.execute(text("SELECT COUNT(*) FROM works")).scalar_one())
        top = int(conn.execute(text("SELECT MAX(id) FROM works")).scalar_one())
    print(f"database: {db.dialect}, {works:,} works")
    print(f"{'':34} {'wall s':>8} {'CPU s':>8}")
    for count in args.works:
        print(f"{count:,} works")
        ids = sorted(random.Random(args.seed).sample(range(1, top + 1), count))
        for label, run in _kinds(ids):
            wall, cpu = min(timed(db, run) for _ in range(args.repeat))
            print(f"  {label:32} {wall:8.2f} {cpu:8.2f}", flush=True)
    print("load average at end: " + " ".join(f"{x:.1f}" for x in os.getloadavg()))
    db.close()


if __name__ == "__main__":
    main()
