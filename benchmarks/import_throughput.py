"""Measure import throughput (works/s and MB/s) over a generated corpus.

Generates ``--count`` distinct works by varying the sample corpus (benchmarks/generate_corpus.py),
imports them into a fresh database with the same code path as ``ficshelf import``, then imports
them again to time the idempotent (all unchanged) pass.

Usage: python benchmarks/import_throughput.py [--count 10000] [--db URL] [--keep DIR]
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from generate_corpus import generate  # noqa: E402
from machine import describe  # noqa: E402

from ficshelf.importer import ImportStatus, import_paths  # noqa: E402
from ficshelf.store.db import open_database  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=10_000)
    parser.add_argument("--db", default=None, help="database URL (default: a fresh SQLite file)")
    parser.add_argument("--corpus", type=Path, default=ROOT / "examples" / "corpus")
    args = parser.parse_args()

    with tempfile.TemporaryDirectory(prefix="ficshelf-bench-") as tmp:
        out = Path(tmp) / "corpus"
        size = generate(out, args.count, args.corpus)
        url = args.db or f"sqlite:///{Path(tmp) / 'bench.db'}"
        db = open_database(url)
        print(f"machine: {describe()}")
        print(f"database: {db.dialect}; corpus: {args.count} works, {size / 1e6:.1f} MB")

        started = time.perf_counter()
        summary = import_paths(db, [out])
        elapsed = time.perf_counter() - started
        imported = summary.counts[ImportStatus.IMPORTED]
        print(
            f"first import: {elapsed:.1f} s, {imported} imported, "
            f"{summary.counts[ImportStatus.REJECTED]} rejected; "
            f"{args.count / elapsed:.0f} works/s, {size / 1e6 / elapsed:.2f} MB/s"
        )

        started = time.perf_counter()
        again = import_paths(db, [out])
        elapsed = time.perf_counter() - started
        print(
            f"re-import (idempotent): {elapsed:.1f} s, "
            f"{again.counts[ImportStatus.UNCHANGED]} unchanged; {args.count / elapsed:.0f} works/s"
        )
        db.close()


if __name__ == "__main__":
    main()
