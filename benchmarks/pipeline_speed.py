"""Measure the analysis pipeline: words per second on one core, peak memory, linear scaling.

Builds a novel of ``--words`` words (default 200,000) out of the sample corpus: the story
paragraphs of every sample (notes left out), each sample's paragraphs reshuffled in windows
with a per-chapter seed, one sample per chapter under a "Chapter N: Title" heading, until the
novel is long enough. Each measurement runs in a fresh subprocess pinned to one core, which
reads the novel from a plain-text file:

* speed: the best of ``--repeat`` runs of the full pipeline (``ficshelf.understand.analyze``)
  after a warm-up on one sample, as CPU time of the process (wall time is shown too, but on a
  shared machine it also counts time spent waiting for the core); per-stage CPU times come
  from the runner's own timing log;
* memory: peak RSS of that process (``ru_maxrss``), with its RSS before the first timed run
  (the interpreter, the novel, the pipeline warmed up on 20,000 characters) for comparison,
  and, in another fresh process, the peak of Python allocations during one run
  (``tracemalloc``);
* scaling: the same at 1/4, 1/2 and all of ``--words`` (50k, 100k, 200k by default).

``--profile`` runs the pipeline once under pyinstrument (cProfile when it is not installed)
and prints where the time goes.

Usage: python benchmarks/pipeline_speed.py [--words 200000] [--repeat 3] [--profile]
"""

from __future__ import annotations

import argparse
import json
import logging
import os
import random
import re
import resource
import shutil
import subprocess
import sys
import tempfile
import time
import tracemalloc
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from machine import describe  # noqa: E402

from ficshelf.ingest import read_document  # noqa: E402
from ficshelf.model import RawDocument  # noqa: E402
from ficshelf.understand import analyze, run  # noqa: E402
from ficshelf.understand.text import count_words  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / "examples" / "corpus"
STAGE_LOG = re.compile(r"stage (\S+): ([\d.]+) ms \(([\d.]+) ms CPU\)")


def sample_bodies(corpus: Path = CORPUS) -> list[tuple[str, list[str]]]:
    """Return (title, story paragraphs) of every sample story, notes and headings left out."""
    samples = []
    for path in sorted(corpus.iterdir()):
        if path.suffix not in (".txt", ".html", ".epub"):
            continue
        doc = read_document(str(path), path.read_bytes())
        analysis = run(doc, ["text", "notes"])
        paras = [doc.text[b.start : b.end] for b in analysis.layer("body")]
        title = re.sub(r"^\d+-", "", path.stem).replace("-", " ").title()
        samples.append((title, paras))
    if not samples:
        raise SystemExit(f"no sample stories in {corpus}")
    return samples


def build_novel(words: int, corpus: Path = CORPUS) -> str:
    """Return a novel of about ``words`` words (see the module docstring); deterministic."""
    samples = sample_bodies(corpus)
    parts = ["The Long Anthology\n\nby The Benchmark\n"]
    total = 0
    chapter = 0
    while total < words:
        title, paras = samples[chapter % len(samples)]
        rng = random.Random(chapter)
        body = list(paras)
        window = max(2, len(body) // 4)
        for i in range(0, len(body), window):
            chunk = body[i : i + window]
            rng.shuffle(chunk)
            body[i : i + window] = chunk
        chapter += 1
        kept = []
        for para in body:
            if total >= words:
                break
            kept.append(para)
            total += count_words(para)
        parts.append(f"Chapter {chapter}: {title}\n\n" + "\n\n".join(kept) + "\n")
    return "\n\n".join(parts)


class _StageTimes(logging.Handler):
    """Collects the runner's per-stage CPU times (``stage NAME: X ms (Y ms CPU)``, logged at
    debug level)."""

    def __init__(self) -> None:
        super().__init__(logging.DEBUG)
        self.times: dict[str, float] = {}

    def emit(self, record: logging.LogRecord) -> None:
        match = STAGE_LOG.match(record.getMessage())
        if match:
            self.times[match[1]] = self.times.get(match[1], 0.0) + float(match[3]) / 1000


def _pin_to_one_core() -> None:
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {sorted(os.sched_getaffinity(0))[-1]})


def child(path: Path, mode: str, repeat: int) -> dict[str, Any]:
    """Run one measurement of the novel in ``path`` in this (fresh) process; return figures."""
    _pin_to_one_core()
    text = path.read_text(encoding="utf-8")
    doc = RawDocument(text, "novel.txt", "txt")
    counted = count_words(text)
    analyze(RawDocument(text[:20_000], "warm-up.txt", "txt"))
    if mode == "memory":
        tracemalloc.start()
        analyze(doc)
        _, peak = tracemalloc.get_traced_memory()
        tracemalloc.stop()
        return {"words": counted, "chars": len(text), "traced_peak_mb": peak / 2**20}
    rss_before_kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    logger = logging.getLogger("ficshelf.understand.pipeline")
    best: tuple[float, float, dict[str, float]] | None = None
    for _ in range(repeat):
        handler = _StageTimes()
        logger.addHandler(handler)
        logger.setLevel(logging.DEBUG)
        began, began_cpu = time.perf_counter(), time.process_time()
        analyze(doc)
        elapsed, cpu = time.perf_counter() - began, time.process_time() - began_cpu
        logger.removeHandler(handler)
        if best is None or cpu < best[1]:
            best = (elapsed, cpu, handler.times)
    assert best is not None
    rss_kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return {
        "words": counted,
        "chars": len(text),
        "seconds": best[0],
        "cpu_seconds": best[1],
        "stages": best[2],
        "max_rss_mb": rss_kb / 1024,
        "rss_before_mb": rss_before_kb / 1024,
    }


def _spawn(path: Path, mode: str, repeat: int) -> dict[str, Any]:
    cmd = [sys.executable, __file__, "--child", mode, "--text", str(path), "--repeat", str(repeat)]
    out = subprocess.run(cmd, check=True, capture_output=True, text=True)
    result: dict[str, Any] = json.loads(out.stdout.strip().splitlines()[-1])
    return result


def profile(words: int) -> None:
    """Print where the time goes in one run (pyinstrument, or cProfile without it)."""
    _pin_to_one_core()
    doc = RawDocument(build_novel(words), "novel.txt", "txt")
    analyze(RawDocument(doc.text[:20_000], "warm-up.txt", "txt"))
    try:
        from pyinstrument import Profiler
    except ImportError:
        import cProfile
        import pstats

        prof = cProfile.Profile()
        prof.runcall(analyze, doc)
        pstats.Stats(prof).sort_stats("cumulative").print_stats(30)
        return
    profiler = Profiler(interval=0.001)
    profiler.start()
    analyze(doc)
    profiler.stop()
    print(profiler.output_text(unicode=True, color=False, show_all=False))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--words", type=int, default=200_000, help="novel length (words)")
    parser.add_argument("--repeat", type=int, default=3, help="runs per size (best is kept)")
    parser.add_argument("--profile", action="store_true", help="profile one run and exit")
    parser.add_argument("--child", choices=["speed", "memory"], help=argparse.SUPPRESS)
    parser.add_argument("--text", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        print(json.dumps(child(args.text, args.child, args.repeat)))
        return
    print(f"Machine: {describe()}; one core (pinned)")
    if args.profile:
        profile(args.words)
        return
    sizes = [args.words // 4, args.words // 2, args.words]
    print(
        f"{'words':>9} {'chars':>10} {'wall s':>7} {'CPU s':>7} {'words/s (CPU)':>14} "
        f"{'peak RSS':>9} {'RSS before':>10}"
    )
    runs = []
    folder = Path(tempfile.mkdtemp(prefix="ficshelf-novel-"))
    novels = {}
    for words in sizes:
        novels[words] = folder / f"novel-{words}.txt"
        novels[words].write_text(build_novel(words), encoding="utf-8")
    for words in sizes:
        r = _spawn(novels[words], "speed", args.repeat)
        runs.append(r)
        rate = r["words"] / r["cpu_seconds"]
        print(
            f"{r['words']:>9,} {r['chars']:>10,} {r['seconds']:>7.2f} {r['cpu_seconds']:>7.2f} "
            f"{rate:>14,.0f} {r['max_rss_mb']:>7.0f}MB {r['rss_before_mb']:>8.0f}MB"
        )
    small, big = runs[0], runs[-1]
    more_words = big["words"] / small["words"]
    more_time = big["cpu_seconds"] / small["cpu_seconds"]
    print(
        f"scaling: {more_words:.1f}x the words took {more_time:.2f}x the CPU time "
        f"(time per word grew {more_time / more_words:.2f}x; 1.00 = linear)"
    )
    memory = _spawn(novels[args.words], "memory", 1)
    print(
        f"peak Python allocations during one run of {memory['words']:,} words (tracemalloc): "
        f"{memory['traced_peak_mb']:.0f} MB"
    )
    print(f"per stage at {big['words']:,} words (CPU):")
    total = sum(big["stages"].values()) or 1.0
    for name, seconds in sorted(big["stages"].items(), key=lambda kv: -kv[1]):
        print(f"  {name:<14} {seconds:7.3f} s {seconds / total:6.1%}")
    shutil.rmtree(folder)


if __name__ == "__main__":
    main()
