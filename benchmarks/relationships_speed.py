"""Measure the "relationships" and "fandom" stages alone on a long text.

Builds a text of about ``--words`` words by joining the plain-text tuning stories of the
sample corpus (01-11) over and over, runs the stages before them once, then times each of
the two stages (best of ``--repeat`` runs) and prints words per second of CPU time (and the
wall-clock time, which on a busy machine is longer).

Usage: python benchmarks/relationships_speed.py [--words 200000] [--repeat 3]
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from machine import describe  # noqa: E402

from ficshelf.ingest import read_document  # noqa: E402
from ficshelf.model import RawDocument  # noqa: E402
from ficshelf.understand import run  # noqa: E402
from ficshelf.understand.fandom import find_fandoms  # noqa: E402
from ficshelf.understand.pipeline import registered  # noqa: E402
from ficshelf.understand.relationships import find_relationships  # noqa: E402

CORPUS = Path(__file__).resolve().parents[1] / "examples" / "corpus"


def long_text(words: int) -> str:
    paths = [p for p in sorted(CORPUS.glob("*.txt")) if int(p.name[:2]) <= 15]
    stories = [read_document(str(p), p.read_bytes()).text for p in paths]
    parts: list[str] = []
    count = 0
    while count < words:
        for story in stories:
            parts.append(story)
            count += len(story.split())
            if count >= words:
                break
    return "\n\n".join(parts)


def best_of(repeat: int, func: object, analysis: object) -> tuple[float, float]:
    """Best wall-clock and best CPU time of ``repeat`` runs (CPU time is what one core
    spends, whatever else the machine is doing)."""
    wall, cpu = [], []
    for _ in range(repeat):
        began, began_cpu = time.perf_counter(), time.process_time()
        func(analysis)  # type: ignore[operator]
        wall.append(time.perf_counter() - began)
        cpu.append(time.process_time() - began_cpu)
    return min(wall), min(cpu)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--words", type=int, default=200_000)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    print(f"machine: {describe()}")
    text = long_text(args.words)
    words = len(text.split())
    before = []
    for name in registered():
        if name == "relationships":
            break
        before.append(name)
    analysis = run(RawDocument(text, "bench.txt", "txt"), before)
    print(
        f"text: {words:,} words, {len(analysis.layer('mentions')):,} mentions, "
        f"{len(analysis.layer('quotes')):,} quotes"
    )
    for label, func in (("relationships", find_relationships), ("fandom", find_fandoms)):
        wall, cpu = best_of(args.repeat, func, analysis)
        print(
            f"{label}: {cpu * 1000:.0f} ms CPU ({words / cpu:,.0f} words/s per core), "
            f"{wall * 1000:.0f} ms wall"
        )


if __name__ == "__main__":
    main()
