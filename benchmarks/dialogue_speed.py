"""Throughput of the "dialogue" and "speakers" stages on one core.

Builds a long story by concatenating the sample corpus's plain-text stories (each copy with
its names varied, so the characters do not collapse into a handful), runs the stages before
them once, then times each of the two stages alone (CPU time, best of ``--repeat`` runs) and
prints words per second and the machine.

    .venv/bin/python benchmarks/dialogue_speed.py --words 200000
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from collections.abc import Callable, Mapping
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from machine import describe  # noqa: E402

from ficshelf.ingest import read_document  # noqa: E402
from ficshelf.model import Analysis, RawDocument, Span  # noqa: E402
from ficshelf.understand import dialogue, speakers  # noqa: E402
from ficshelf.understand.pipeline import run  # noqa: E402
from ficshelf.understand.text import count_words  # noqa: E402

CORPUS = Path(__file__).resolve().parents[1] / "examples" / "corpus"
SUFFIXES = ["", "a", "o", "ine", "el", "us", "wyn", "ard"]


def build_text(words: int) -> str:
    """Return at least ``words`` words of story text made from the sample corpus."""
    stories = [read_document(str(p), p.read_bytes()).text for p in sorted(CORPUS.glob("*.txt"))]
    parts: list[str] = []
    total = 0
    copy = 0
    while total < words:
        suffix = SUFFIXES[copy % len(SUFFIXES)]
        for story in stories:
            # vary capitalised words so that each copy has its own cast
            varied = " ".join(
                w + suffix if w[:1].isupper() and w[1:].isalpha() else w for w in story.split(" ")
            )
            parts.append(varied)
            total += count_words(varied)
        copy += 1
    return "\n\n".join(parts)


Stage = Callable[[Analysis], Mapping[str, tuple[Span, ...]]]


def best_of(repeat: int, func: Stage, a: Analysis) -> float:
    """Return the fastest of ``repeat`` runs of ``func(a)``, in CPU seconds of this process
    (on a shared machine wall time measures the neighbours too)."""
    times = []
    for _ in range(repeat):
        began = time.process_time()
        func(a)
        times.append(time.process_time() - began)
    return min(times)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--words", type=int, default=200_000)
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    text = build_text(args.words)
    n_words = count_words(text)
    before = ["text", "notes", "language", "dialogue", "narration", "characters"]
    analysis = run(RawDocument(text, "bench.txt", "txt"), before)
    quotes_time = best_of(args.repeat, dialogue.find_quotes, analysis)
    speakers_time = best_of(args.repeat, speakers.attribute_speakers, analysis)
    n_quotes = len(analysis.layer("quotes"))
    print(f"machine: {describe()}, load average {os.getloadavg()[0]:.1f}")
    print("CPU time, best of", args.repeat)
    print(f"text: {n_words:,} words, {len(text):,} characters, {n_quotes:,} quotes")
    for name, seconds in (("dialogue", quotes_time), ("speakers", speakers_time)):
        print(f"{name:9} {seconds * 1000:8.1f} ms  {n_words / seconds:12,.0f} words/s")
    both = quotes_time + speakers_time
    print(f"{'both':9} {both * 1000:8.1f} ms  {n_words / both:12,.0f} words/s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
