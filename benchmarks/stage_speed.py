"""Measure pipeline stages alone: words per second of CPU time on one core, and scaling.

Builds the benchmark novel of ``pipeline_speed.py`` at a quarter, a half and all of
``--words`` words, runs the whole pipeline once on each (so every stage finds the layers it
needs), then times each named stage alone (best of ``--repeat`` runs, CPU time of this
process: on a shared machine wall time also counts the waits for a core) and prints
milliseconds, words per second and how the time per word grew from the smallest to the
largest text (1.00 = linear). ``pipeline_speed.py`` measures the whole pipeline.

Usage: python benchmarks/stage_speed.py [--words 200000] [--repeat 3] [STAGE ...]
       (default: every stage after "notes")
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from machine import describe  # noqa: E402
from pipeline_speed import build_novel  # noqa: E402

from ficshelf.model import Analysis, RawDocument  # noqa: E402
from ficshelf.understand import analyze  # noqa: E402
from ficshelf.understand.pipeline import Stage, registered  # noqa: E402
from ficshelf.understand.text import count_words  # noqa: E402


def best_cpu_seconds(repeat: int, stage: Stage, analysis: Analysis) -> float:
    """Return the fastest of ``repeat`` runs of ``stage`` on ``analysis``, in CPU seconds."""
    times = []
    for _ in range(repeat):
        began = time.process_time()
        stage.func(analysis)
        times.append(time.process_time() - began)
    return min(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("stages", nargs="*", metavar="STAGE", help="stages to time")
    parser.add_argument("--words", type=int, default=200_000)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    stages = registered()
    names = args.stages or [name for name in stages if name not in ("text", "notes")]
    unknown = [name for name in names if name not in stages]
    if unknown:
        parser.error(f"no such stage: {', '.join(unknown)} (known: {', '.join(stages)})")
    print(f"machine: {describe()}")
    analyze(RawDocument(build_novel(500), "warm.txt", "txt"))  # load models and tables
    per_word: dict[str, list[float]] = {name: [] for name in names}
    for share in (4, 2, 1):
        text = build_novel(args.words // share)
        words = count_words(text)
        analysis = analyze(RawDocument(text, "novel.txt", "txt"))
        print(f"text: {words:,} words, {len(analysis.layer('quotes')):,} quotes")
        total = 0.0
        for name in names:
            seconds = best_cpu_seconds(args.repeat, stages[name], analysis)
            total += seconds
            per_word[name].append(seconds / words)
            print(f"  {name:14} {seconds * 1000:8.1f} ms {words / seconds:>12,.0f} words/s")
        print(f"  {'together':14} {total * 1000:8.1f} ms {words / total:>12,.0f} words/s")
    for name, times in per_word.items():
        print(f"time per word, {name}: grew {times[-1] / times[0]:.2f}x from 1/4 to all")


if __name__ == "__main__":
    main()
