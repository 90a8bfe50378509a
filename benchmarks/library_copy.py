"""Copying a whole library into an empty database (``ficshelf copy``), timed.

Copies the library at ``--from`` into the empty database at ``--to`` with
``store.library_copy.copy_library`` (what the command runs), and prints the rows copied,
the wall-clock time, rows and works a second, and the machine. Build a library first with
``benchmarks/synthetic_library.py``; the target must be empty (a new SQLite file, or
``createdb`` a new PostgreSQL database).

Usage:
  python benchmarks/library_copy.py --from sqlite:////tmp/lib10k.db --to sqlite:////tmp/copy.db
  python benchmarks/library_copy.py --from sqlite:////tmp/lib10k.db \\
      --to postgresql://postgres@127.0.0.1:54329/ficshelf_copy
"""

from __future__ import annotations

import argparse
import os
import resource
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from machine import print_header  # noqa: E402

from ficshelf.store.db import display_url, open_database  # noqa: E402
from ficshelf.store.library_copy import copy_library  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--from", dest="source", required=True, help="the library's URL")
    parser.add_argument("--to", dest="target", required=True, help="an empty database's URL")
    args = parser.parse_args()
    print_header(__file__)
    source = open_database(args.source, create=False)
    target = open_database(args.target)
    try:
        started = time.perf_counter()
        done = copy_library(source, target)
        took = time.perf_counter() - started
    finally:
        source.close()
        target.close()
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"{display_url(args.source)} -> {display_url(args.target)}")
    for name, rows in done.rows.items():
        print(f"  {name:24} {rows:>12,} rows")
    print(
        f"{done.total:,} rows ({done.works:,} works, {done.indexed:,} indexed for search)"
        f" in {took:.1f} s: {done.total / took:,.0f} rows/s, {done.works / took:,.0f} works/s;"
        f" peak RSS {peak:.0f} MB; load average {os.getloadavg()[0]:.1f}"
    )


if __name__ == "__main__":
    main()
