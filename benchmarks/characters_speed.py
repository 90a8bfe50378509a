"""Measure the characters stage alone: words per second and linear scaling.

Builds novels of 1/4, 1/2 and all of ``--words`` words from the sample corpus (the same
builder as ``pipeline_speed.py``), runs the stages the characters stage needs once, then
times ``find_characters`` ``--repeat`` times on each and prints the best, in CPU seconds of
this process (the machine is shared, so wall time is noisier).

Usage: python benchmarks/characters_speed.py [--words 200000] [--repeat 5]
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from machine import describe  # noqa: E402
from pipeline_speed import build_novel  # noqa: E402

from ficshelf.model import RawDocument  # noqa: E402
from ficshelf.understand import run  # noqa: E402
from ficshelf.understand.characters import find_characters  # noqa: E402
from ficshelf.understand.text import count_words  # noqa: E402

BEFORE = ["text", "notes", "language", "dialogue", "narration"]


def best_time(words: int, repeat: int) -> tuple[int, float, int]:
    """Return (words, best CPU seconds of the stage, characters found) for a novel."""
    text = build_novel(words)
    analysis = run(RawDocument(text=text, source="novel.txt", format="txt"), BEFORE)
    best = float("inf")
    found = 0
    for _ in range(repeat):
        began = time.process_time()
        layers = find_characters(analysis)
        best = min(best, time.process_time() - began)
        found = len(layers["characters"])
    return count_words(text), best, found


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--words", type=int, default=200_000)
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    print(f"Machine: {describe()}")
    print(f"{'words':>9} {'seconds':>8} {'words/s':>10} {'characters':>10}")
    rows = []
    for share in (4, 2, 1):
        words, seconds, found = best_time(args.words // share, args.repeat)
        rows.append((words, seconds))
        print(f"{words:>9,} {seconds:>8.3f} {words / seconds:>10,.0f} {found:>10}")
    (w0, s0), (w1, s1) = rows[0], rows[-1]
    print(f"scaling: {w1 / w0:.1f}x the words took {s1 / s0:.2f}x the time")


if __name__ == "__main__":
    main()
