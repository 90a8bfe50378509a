"""Measure the "language", "narration", "themes" and "summary" stages alone on long texts.

Builds texts of a quarter, a half and all of ``--words`` words by joining the tuning stories
of the sample corpus (01-15) over and over, runs the stages before them once per text, then
times each of the four stages (best of ``--repeat`` runs, CPU time; the language model is
loaded by a warm-up first) and prints milliseconds and words per second, and how the time per
word grows from the smallest to the largest text (1.00 = linear).

Usage: python benchmarks/narration_themes_speed.py [--words 200000] [--repeat 3]
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Callable, Mapping
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from machine import describe  # noqa: E402

from ficshelf.ingest import read_document  # noqa: E402
from ficshelf.model import Analysis, RawDocument, Span  # noqa: E402
from ficshelf.understand import run  # noqa: E402
from ficshelf.understand.language import detect_language  # noqa: E402
from ficshelf.understand.narration import find_narration  # noqa: E402
from ficshelf.understand.summary import summarise  # noqa: E402
from ficshelf.understand.themes import find_themes  # noqa: E402

CORPUS = Path(__file__).resolve().parents[1] / "examples" / "corpus"
Stage = Callable[[Analysis], Mapping[str, tuple[Span, ...]]]
STAGES: tuple[tuple[str, Stage], ...] = (
    ("language", detect_language),
    ("narration", find_narration),
    ("themes", find_themes),
    ("summary", summarise),
)


def long_text(words: int) -> str:
    """Return the tuning stories joined over and over until they hold ``words`` words."""
    paths = [
        p
        for p in sorted(CORPUS.iterdir())
        if p.suffix in (".txt", ".html", ".epub") and p.name[:2].isdigit() and int(p.name[:2]) <= 15
    ]
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


def best_of(repeat: int, func: Stage, analysis: Analysis) -> float:
    """Return the shortest of ``repeat`` timings of ``func(analysis)``, in CPU seconds of this
    process (on a shared machine wall time also counts the waits for a core)."""
    times = []
    for _ in range(repeat):
        began = time.process_time()
        func(analysis)
        times.append(time.process_time() - began)
    return min(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--words", type=int, default=200_000)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    print(f"machine: {describe()}")
    warm = run(RawDocument(long_text(100), "warm.txt", "txt"), ["text", "notes", "language"])
    assert warm.layer("language")  # the language model is loaded now
    per_word: dict[str, list[float]] = {name: [] for name, _ in STAGES}
    for share in (4, 2, 1):
        text = long_text(args.words // share)
        words = len(text.split())
        analysis = run(RawDocument(text, "bench.txt", "txt"), None)
        print(f"text: {words:,} words")
        total = 0.0
        for name, func in STAGES:
            seconds = best_of(args.repeat, func, analysis)
            total += seconds
            per_word[name].append(seconds / words)
            print(f"  {name:10} {seconds * 1000:7.1f} ms  {words / seconds:>12,.0f} words/s")
        print(f"  {'together':10} {total * 1000:7.1f} ms  {words / total:>12,.0f} words/s")
    for name, times in per_word.items():
        print(f"time per word, {name}: grew {times[-1] / times[0]:.2f}x from 1/4 to all")


if __name__ == "__main__":
    main()
