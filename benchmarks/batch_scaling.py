"""Measure ``ficshelf batch`` (analysis on Dask) against ``analyze`` in one process.

Generates ``--count`` distinct works by varying the tuning stories of the sample corpus
(benchmarks/generate_corpus.py over a folder of links to the stories that ``--stories``
patterns match: by default the tuning stories of ``evaluation.gold``), then times:

* ``analyze`` in this process: read, analyse and ``analysis_to_dict`` each file one after
  another (what ``ficshelf analyze --json`` does per file), with the pipeline's start-up
  (its first story) timed apart;
* ``run_batch`` on a LocalCluster of 1 worker, then of 2 (or ``--workers``; the cluster
  as ``ficshelf batch`` starts it), writing the tables into a temporary folder: the
  cluster's start-up apart, then the batch's wall time (the workers' pipeline start-up
  included) and words per second, and the CPU time of the batch's process and of the
  workers (``client.run``), so that the cost of running on Dask shows even on a machine
  that other work shares (wall-clock figures then measure the sharing too).

Prints the machine and its load average with the figures.

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
from ficshelf.scale.engine import dask_client  # noqa: E402
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


def in_one_process(corpus: Path) -> tuple[int, float, float, float]:
    """Return (words, seconds of the first story, seconds of the others, CPU seconds) of
    ``analyze`` run over every file of ``corpus`` in this process."""
    files = [item for item in iter_inputs([corpus]) if isinstance(item, InputFile)]
    words = 0
    first = 0.0
    started, cpu = time.perf_counter(), time.process_time()
    for i, item in enumerate(files):
        result = analysis_to_dict(analyze(read_document(item.path, item.read())))
        words += result["word_count"]
        if i == 0:
            first = time.perf_counter() - started
    return words, first, time.perf_counter() - started - first, time.process_time() - cpu


def _cpu() -> float:
    return time.process_time()


def on_dask(corpus: Path, out: Path, workers: int) -> str:
    """Run the batch on a fresh LocalCluster of ``workers`` processes; return its line."""
    started = time.perf_counter()
    with dask_client(workers) as client:
        start_up = time.perf_counter() - started
        before, cpu = client.run(_cpu), time.process_time()
        with BatchWriter(out) as writer:
            summary = run_batch(
                list(iter_inputs([corpus])), writer, scheduler=client.scheduler_info()["address"]
            )
        after, cpu = client.run(_cpu), time.process_time() - cpu
    worker_cpu = sum(after[w] - before[w] for w in after)
    assert not summary.rejected
    return (
        f"batch, {workers} worker{'s' if workers > 1 else ''}: cluster start-up {start_up:.1f} s; "
        f"{summary.words:,} words in {summary.seconds:.1f} s ({summary.words_per_second:,.0f} "
        f"words/s, the workers' pipeline start-up included); CPU: workers {worker_cpu:.1f} s "
        f"({summary.words / worker_cpu:,.0f} words per CPU-second), batch process {cpu:.1f} s; "
        f"{load()}"
    )


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
        words, first, rest, cpu = in_one_process(corpus)
        print(
            f"analyze, one process: {words:,} words in {first + rest:.1f} s "
            f"({words / (first + rest):,.0f} words/s; first story {first:.1f} s with the "
            f"pipeline's start-up, then {words / rest:,.0f} words/s); CPU {cpu:.1f} s "
            f"({words / cpu:,.0f} words per CPU-second); {load()}",
            flush=True,
        )
        for workers in args.workers:
            print(on_dask(corpus, Path(tmp) / f"tables-{workers}", workers), flush=True)


if __name__ == "__main__":
    main()
