"""Measure import throughput (works/s and MB/s) over a generated corpus.

Generates ``--count`` distinct works by varying the sample corpus (benchmarks/generate_corpus.py),
imports them into a fresh database with the same code path as ``ficshelf import`` (the whole
pipeline, ``--jobs`` worker processes), then imports them again to time the idempotent (all
unchanged) pass. Prints the machine and its load average with the figures, and the CPU time
of the importing process per work (the writer: what bounds throughput with enough cores).

``--db`` takes a SQLite or PostgreSQL URL; a PostgreSQL URL without a database name
(``postgresql://postgres@127.0.0.1:54329/``) gets a fresh database created for the run and
dropped after it.

Usage: python benchmarks/import_throughput.py [--count 10000] [--db URL] [--jobs N]
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

sys.path.insert(0, str(Path(__file__).resolve().parent))

from generate_corpus import generate  # noqa: E402
from machine import describe  # noqa: E402

from ficshelf.importer import ImportStatus, ImportSummary, import_paths  # noqa: E402
from ficshelf.ingest.workers import default_jobs  # noqa: E402
from ficshelf.store.db import normalise_url, open_database  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]


@contextmanager
def database(url: str | None, tmp: Path) -> Iterator[str]:
    """Yield the URL to import into: ``url``, a fresh PostgreSQL database on the server
    ``url`` names when it names no database (dropped afterwards), or a SQLite file."""
    if url is None:
        yield f"sqlite:///{tmp / 'bench.db'}"
        return
    parsed = make_url(normalise_url(url))
    if parsed.get_backend_name() != "postgresql" or parsed.database:
        yield url
        return
    name = f"ficshelf_bench_{uuid.uuid4().hex[:8]}"
    admin = create_engine(parsed.set(database="postgres"), isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    try:
        yield parsed.set(database=name).render_as_string(hide_password=False)
    finally:
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


def load() -> str:
    """The 1, 5 and 15 minute load averages."""
    return "load average " + ", ".join(f"{value:.2f}" for value in os.getloadavg())


def line(
    label: str, summary: ImportSummary, elapsed: float, cpu: float, count: int, size: int
) -> str:
    counts = ", ".join(f"{n} {status.value}" for status, n in sorted(summary.counts.items()))
    return (
        f"{label}: {elapsed:.1f} s ({counts}); {count / elapsed:.0f} works/s, "
        f"{size / 1e6 / elapsed:.2f} MB/s; importing process {cpu * 1000 / count:.1f} ms CPU "
        f"per work; {load()}"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=10_000)
    parser.add_argument("--db", default=None, help="database URL (default: a fresh SQLite file)")
    parser.add_argument("--jobs", type=int, default=None, help="worker processes")
    parser.add_argument("--corpus", type=Path, default=ROOT / "examples" / "corpus")
    args = parser.parse_args()
    jobs = args.jobs or default_jobs()

    with tempfile.TemporaryDirectory(prefix="ficshelf-bench-") as tmp:
        out = Path(tmp) / "corpus"
        size = generate(out, args.count, args.corpus)
        with database(args.db, Path(tmp)) as url:
            db = open_database(url)
            print(f"machine: {describe()}; {load()}")
            print(
                f"database: {db.dialect}; corpus: {args.count} works, {size / 1e6:.1f} MB; "
                f"{jobs} analysis processes"
            )
            started, cpu = time.perf_counter(), time.process_time()
            summary = import_paths(db, [out], jobs=jobs)
            elapsed, cpu = time.perf_counter() - started, time.process_time() - cpu
            print(line("first import", summary, elapsed, cpu, args.count, size), flush=True)
            started, cpu = time.perf_counter(), time.process_time()
            again = import_paths(db, [out], jobs=jobs)
            elapsed, cpu = time.perf_counter() - started, time.process_time() - cpu
            print(line("re-import (idempotent)", again, elapsed, cpu, args.count, size))
            if summary.counts[ImportStatus.REJECTED]:
                print(f"rejected: {summary.rejected[:3]}")
            db.close()


if __name__ == "__main__":
    main()
