"""Measure ``ficshelf batch`` (analysis on Dask) against ``analyze`` in one process.

Generates ``--count`` distinct works by varying the tuning stories of the sample corpus
(benchmarks/generate_corpus.py over a folder of links to the stories that ``--stories``
patterns match: by default the tuning stories of ``evaluation.gold``), then times:

* ``analyze`` in this process: read, analyse and ``analysis_to_dict`` each file one after
  another (what ``ficshelf analyze --json`` does per file), with the pipeline's start-up
  (its first story) timed apart;
* ``run_batch`` with a LocalCluster of 1 worker, then of 2 (or ``--workers``), writing the
  tables into a temporary folder: wall time from the start (cluster start-up and the
  workers' pipeline start-up included) and words per second over the whole run.

Prints the machine and its load average with the figures (the machine may be shared).

Usage: python benchmarks/batch_scaling.py [--count 300] [--workers 1 2] [--stories GLOB ...]
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from generate_corpus import generate  # noqa: E402
from machine import commit_of, describe  # noqa: E402

from ficshelf.evaluation.gold import TUNING_STORIES, matches_any  # noqa: E402
from ficshelf.ingest import iter_inputs, read_document  # noqa: E402
from ficshelf.ingest.archive import InputFile  # noqa: E402
from ficshelf.scale.runner import run_batch  # noqa: E402
from ficshelf.scale.writer import BatchWriter  # noqa: E402
from ficshelf.understand import analyze  # noqa: E402
from ficshelf.understand.report import analysis_to_dict  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / "examples" / "corpus"


def load() -> str:
    """The 1, 5 and 15 minute load averages."""
    return "load average " + ", ".join(f"{value:.2f}" for value in os.getloadavg())


def allowed_samples(folder: Path, patterns: list[str]) -> int:
    """Link the sample stories (.txt, .html) that ``patterns`` match into ``folder``."""
    folder.mkdir()
    count = 0
    for path in sorted(CORPUS.iterdir()):
        if path.suffix in (".txt", ".html") and matches_any(path, patterns):
            (folder / path.name).symlink_to(path)
            count += 1
    return count


def in_one_process(corpus: Path) -> tuple[int, float, float]:
    """Return (words, seconds of the first story, seconds of the others) of ``analyze`` run
    over every file of ``corpus`` in this process."""
    files = [item for item in iter_inputs([corpus]) if isinstance(item, InputFile)]
    words = 0
    first = 0.0
    started = time.perf_counter()
    for i, item in enumerate(files):
        result = analysis_to_dict(analyze(read_document(item.path, item.read())))
        words += result["word_count"]
        if i == 0:
            first = time.perf_counter() - started
    return words, first, time.perf_counter() - started - first


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=300)
    parser.add_argument("--workers", type=int, nargs="+", default=[1, 2])
    parser.add_argument(
        "--stories",
        nargs="+",
        default=list(TUNING_STORIES),
        metavar="GLOB",
        help="sample stories to vary (default: the tuning stories)",
    )
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="ficshelf-batch-bench-") as tmp:
        samples = allowed_samples(Path(tmp) / "samples", args.stories)
        corpus = Path(tmp) / "corpus"
        size = generate(corpus, args.count, Path(tmp) / "samples")
        print(f"machine: {describe()}; commit {commit_of(ROOT)}; {load()}")
        print(f"corpus: {args.count} works varied from {samples} samples, {size / 1e6:.1f} MB")
        words, first, rest = in_one_process(corpus)
        print(
            f"analyze, one process: {words:,} words in {first + rest:.1f} s "
            f"({words / (first + rest):,.0f} words/s; first story {first:.1f} s with the "
            f"pipeline's start-up, then {words / rest:,.0f} words/s); {load()}",
            flush=True,
        )
        inputs = list(iter_inputs([corpus]))
        for workers in args.workers:
            with BatchWriter(Path(tmp) / f"tables-{workers}") as writer:
                summary = run_batch(inputs, writer, workers=workers)
            assert summary.words == words and not summary.rejected
            print(
                f"batch, {workers} worker{'s' if workers > 1 else ''}: {summary.words:,} words "
                f"in {summary.seconds:.1f} s ({summary.words_per_second:,.0f} words/s, "
                f"start-up included; {summary.words_per_second * (first + rest) / words:.2f}×"
                f" analyze); {load()}",
                flush=True,
            )


if __name__ == "__main__":
    main()
