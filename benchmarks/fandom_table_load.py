"""How long the fandom stage takes to import and to build its table on first use.

Runs each measurement in a fresh interpreter (so nothing is cached) several times and prints
the median CPU time (the machine may be shared) of: importing ``ficshelf.understand`` (every
stage), reading the table (``FANDOMS``: ``fandoms.toml`` once the table is a file), then the
first call of each lookup the stage makes (building the fandom, character and alias
indexes). ``--src`` points at another checkout's ``src`` to compare.

    .venv/bin/python benchmarks/fandom_table_load.py [--src DIR] [--runs N]
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
from pathlib import Path

from machine import describe

_PROBE = r"""
import json, time
t0 = time.process_time()
import ficshelf.understand  # every stage, the fandom stage among them
import ficshelf.understand.fandom as stage
from ficshelf.understand import fandom_names as names
t1 = time.process_time()
list(names.FANDOMS)
t2 = time.process_time()
names.fandom_index(); names.character_index()
# the stage's note scanner: a dictionary of aliases (in fandom_stated since fandom_finding
# was split, in fandom_finding since it was split from the stage), one regex of them before
try:
    import ficshelf.understand.fandom_stated as finding
except ImportError:
    try:
        import ficshelf.understand.fandom_finding as finding
    except ImportError:
        finding = stage
scanner = getattr(finding, "_aliases_by_first_word", None) or getattr(
    stage, "_aliases_by_first_word", None) or getattr(stage, "_alias_pattern")
scanner()
t3 = time.process_time()
print(json.dumps({"import": t1 - t0, "table": t2 - t1, "indexes": t3 - t2,
                  "fandoms": len(names.fandom_index() and {f.name for f in
                      names.fandom_index().values()})}))
"""


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--src", type=Path, default=Path(__file__).parent.parent / "src")
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    runs = []
    for _ in range(args.runs):
        out = subprocess.run(
            [sys.executable, "-c", _PROBE],
            env={"PYTHONPATH": str(args.src)},
            capture_output=True,
            text=True,
            check=True,
        ).stdout
        runs.append(json.loads(out))
    print(f"machine: {describe()}")
    print(f"source: {args.src}  fandoms: {runs[0]['fandoms']}  runs: {args.runs}")
    for key in ("import", "table", "indexes"):
        print(f"{key:>10}: {statistics.median(r[key] for r in runs) * 1000:7.1f} ms CPU (median)")


if __name__ == "__main__":
    main()
