"""Refreshing the "more like this" signatures of many works: one batch against one work at a
time, on a (synthetic) library.

For ``--works`` random works (seeded), each measured in its own transaction, rolled back
(the library is left as it was, and every measurement starts from the same state):

  refresh_tags, batch      ``similar.refresh_tags(conn, ids)``: the tag features of their
                           signatures, as a tag made a synonym or a library fandom asks
                           (``store.reindex``);
  refresh_tags, one by one the same, one call per work;
  index_works, batch       ``similar.index_works``: whole signatures from the stored texts,
                           as an import batch or a re-analysis writes them;
  refresh_work, one by one ``similar.refresh_work`` per work, as a person's tag edit does.

Prints wall-clock and CPU time (of this process: on SQLite all the work, on PostgreSQL the
client's share only) of the best of ``--repeat`` runs, with the load average. Build a
library first with ``benchmarks/synthetic_library.py``.

Usage:
  python benchmarks/similar_refresh.py --db sqlite:////tmp/lib100k.db [--works 1000]
  python benchmarks/similar_refresh.py --db postgresql://postgres@127.0.0.1:54329/ficshelf_bench
"""

from __future__ import annotations

import argparse
import os
import random
import sys
import time
from collections.abc import Callable
from pathlib import Path

from sqlalchemy import Connection, text

sys.path.insert(0, str(Path(__file__).resolve().parent))

from machine import print_header  # noqa: E402

from ficshelf.similar import SavedText, index_works, refresh_tags, refresh_work  # noqa: E402
from ficshelf.store.db import Database, open_database  # noqa: E402
from ficshelf.store.similar import dialogue_share, signed_works, work_text  # noqa: E402


def timed(db: Database, run: Callable[[Connection], object]) -> tuple[float, float]:
    """Wall-clock and CPU seconds of ``run`` in a transaction that is then rolled back."""
    with db.connect() as conn:
        wall, cpu = time.perf_counter(), time.process_time()
        run(conn)
        took = time.perf_counter() - wall, time.process_time() - cpu
        conn.rollback()
    return took


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", required=True, help="database URL")
    parser.add_argument("--works", type=int, default=1000)
    parser.add_argument("--repeat", type=int, default=2)
    parser.add_argument("--seed", type=int, default=44)
    args = parser.parse_args()
    print_header(__file__)
    db = open_database(args.db, upgrade=False)
    with db.connect() as conn:
        works = int(conn.execute(text("SELECT COUNT(*) FROM works")).scalar_one())
        top = int(conn.execute(text("SELECT MAX(id) FROM works")).scalar_one())
        ids = signed_works(conn, random.Random(args.seed).sample(range(1, top + 1), args.works))
        saved = [SavedText(w, work_text(conn, w) or "", dialogue_share(conn, w)) for w in ids]
    print(f"database: {db.dialect}, {works:,} works; {len(ids):,} random works with signatures")
    kinds: list[tuple[str, Callable[[Connection], object]]] = [
        ("refresh_tags, batch", lambda conn: refresh_tags(conn, ids)),
        ("refresh_tags, one by one", lambda conn: [refresh_tags(conn, [w]) for w in ids]),
        ("index_works, batch", lambda conn: index_works(conn, saved)),
        ("refresh_work, one by one", lambda conn: [refresh_work(conn, w) for w in ids]),
    ]
    print(f"{'':26} {'wall s':>8} {'CPU s':>8}")
    for label, run in kinds:
        wall, cpu = min(timed(db, run) for _ in range(args.repeat))
        print(f"{label:26} {wall:8.2f} {cpu:8.2f}")
    print("load average at end: " + " ".join(f"{x:.1f}" for x in os.getloadavg()))
    db.close()


if __name__ == "__main__":
    main()
