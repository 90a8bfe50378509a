"""Count the instructions one analysis takes (valgrind's callgrind): a figure load does not move.

On a shared machine, CPU time moves by ±15% between runs of the same code minutes apart, so a
change of 1–3% cannot be seen in words per second. The number of machine instructions the
interpreter executes for one run is fixed by the code and the text (with ``PYTHONHASHSEED``
fixed and the bytecode compiled beforehand), whatever else the machine is doing; it moves by
well under 0.1% between runs. This script counts it with ``valgrind --tool=callgrind``:

* the text is the benchmark novel of ``pipeline_speed.py`` (``--words``, default 50,000; the
  run under valgrind is ~50 times slower than a normal one), or any plain-text file
  (``--text``);
* each source tree (``--src``, repeatable; default this checkout's ``src``; e.g. a worktree of
  an older commit to compare with) has its bytecode compiled first, then runs in two fresh
  processes under callgrind with ``PYTHONHASHSEED=0``: one imports the pipeline, reads the
  text and warms the pipeline up on its first 2,000 characters (the word tables, the
  patterns and the language model load on first use), the other then also analyses the
  whole text once
  (``ficshelf.understand.analyze``), so that their difference is the analysis alone;
* it prints, per tree, both totals, their difference (the analysis alone) and the
  instructions per word, and each tree's change against the first;
* with ``--again``, a third run analyses the whole text a second time, and a second table
  gives that repeated analysis per word (what ``pipeline_speed.py``'s best of repeated runs
  times, the throughput the pipeline is held to) and the first analysis's excess over it:
  what a process pays once, on the first text that needs it (round speed39: the themes' cue
  branches, each compiled the first time the text comes close to it, about 5% of the first
  analysis of the 50,000-word novel; the warm-up's 2,000 characters reach 20 of its 339);
  that table also gives the repeated analysis with glibc's ``malloc.c`` left out (read from
  the runs' callgrind files with ``callgrind_annotate``): where glibc's allocator finds free
  memory depends on the process's layout, and moves a run by 15–40 M instructions, about
  ±0.5% of the repeated analysis of the 50,000-word novel (round speed40 saw the same ``src``
  read 1.1% apart with it and 0.02% apart without it).

``--keep DIR`` keeps callgrind's output files (``callgrind_annotate`` reads them: which C
functions of the interpreter and of ``re`` the instructions went to).

Usage: python benchmarks/instruction_count.py [--words 50000 | --text FILE] [--src DIR ...]
[--again] [--keep DIR]
"""

from __future__ import annotations

import argparse
import compileall
import os
import re
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from machine import commit_of, describe  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
COLLECTED = re.compile(r"^==\d+== Collected : (\d+)$", re.MULTILINE)
# One function's line of ``callgrind_annotate``: its instructions and its "file:function".
ANNOTATED = re.compile(r"^\s*([\d,]+) \(\s*[\d.]+%\)\s+(\S+)", re.MULTILINE)

# What runs under valgrind: import the pipeline, read the text, warm the pipeline up on the
# text's first ``WARM_UP`` characters (the word tables, the patterns and the language model
# load on first use: what a process pays once, on its first story), then analyse the whole
# text when asked. Kept to the pipeline's own imports, so the first count is the pipeline's, not
# this script's.
WARM_UP = 2_000
CHILD = f"""\
import sys
from ficshelf.model import RawDocument
from ficshelf.understand import analyze
with open(sys.argv[1], encoding="utf-8") as handle:
    text = handle.read()
analyze(RawDocument(text[:{WARM_UP}], "warm-up.txt", "txt"))
for _ in range({{"read": 0, "analyze": 1, "again": 2}}[sys.argv[2]]):
    analyze(RawDocument(text, "novel.txt", "txt"))
"""


@dataclass(frozen=True)
class Count:
    """The instructions of one tree's two runs on one text."""

    src: Path
    imports: int
    total: int
    # the run that analyses the text twice (``--again``), ``None`` when not counted
    twice: int | None = None
    # glibc's malloc.c in the analysing run and in the run that analyses twice (``--again``)
    total_malloc: int = 0
    twice_malloc: int = 0

    @property
    def analysis(self) -> int:
        """Instructions of the analysis alone (the analysing run less the other)."""
        return self.total - self.imports

    @property
    def again(self) -> int:
        """Instructions of the second analysis of the text (0 when it was not counted)."""
        return 0 if self.twice is None else self.twice - self.total

    @property
    def again_without_malloc(self) -> int:
        """The second analysis's instructions less those of glibc's ``malloc.c``."""
        return self.again - (self.twice_malloc - self.total_malloc)


def collected(log: str) -> int:
    """Return the instruction count callgrind's log reports (its "Collected" line)."""
    found = COLLECTED.findall(log)
    if len(found) != 1:
        raise ValueError(f"callgrind's log has {len(found)} 'Collected' lines, expected one")
    return int(found[0])


def in_malloc(out: Path) -> int:
    """Return the instructions that callgrind's output file ``out`` counts in glibc's
    ``malloc.c`` (``callgrind_annotate``, exclusive counts per function)."""
    done = subprocess.run(
        ["callgrind_annotate", "--inclusive=no", "--threshold=100", str(out)],
        capture_output=True,
        text=True,
        check=True,
    )
    return sum(
        int(m.group(1).replace(",", ""))
        for m in ANNOTATED.finditer(done.stdout)
        if "/malloc/" in m.group(2)
    )


def callgrind(src: Path, text: Path, mode: str, out: Path) -> int:
    """Run the child under callgrind with ``src`` first on the path; return its instructions."""
    # numpy's OpenBLAS starts worker threads that spin while they wait for work: callgrind
    # counts their spinning, 30 to 140 M instructions a run (±1% of the repeated analysis of
    # the 50,000-word novel) as the threads happen to be scheduled (round speed39b); one
    # thread has none
    env = dict(
        os.environ,
        PYTHONPATH=str(src),
        PYTHONHASHSEED="0",
        PYTHONDONTWRITEBYTECODE="1",
        OPENBLAS_NUM_THREADS="1",
        OMP_NUM_THREADS="1",
    )
    command = [
        "valgrind",
        "--tool=callgrind",
        f"--callgrind-out-file={out}",
        sys.executable,
        "-c",
        CHILD,
        str(text),
        mode,
    ]
    done = subprocess.run(command, env=env, capture_output=True, text=True, check=False)
    if done.returncode != 0:
        raise SystemExit(f"callgrind run of {src} ({mode}) failed:\n{done.stderr[-2000:]}")
    return collected(done.stderr)


def count(src: Path, text: Path, out_dir: Path, label: str, again: bool = False) -> Count:
    """Compile ``src``'s bytecode, then count its import-only run and its analysing run (and,
    with ``again``, its run that analyses the text twice)."""
    compileall.compile_dir(str(src), quiet=1)
    imports = callgrind(src, text, "read", out_dir / f"callgrind.{label}.read.out")
    total = callgrind(src, text, "analyze", out_dir / f"callgrind.{label}.analyze.out")
    if not again:
        return Count(src, imports, total)
    twice = callgrind(src, text, "again", out_dir / f"callgrind.{label}.again.out")
    return Count(
        src,
        imports,
        total,
        twice,
        in_malloc(out_dir / f"callgrind.{label}.analyze.out"),
        in_malloc(out_dir / f"callgrind.{label}.again.out"),
    )


def _change(value: int, first: int) -> str:
    """Return ``value``'s change against ``first``, in percent."""
    return f"{(value - first) / first * 100 if first else 0.0:+.2f}%"


def _rows(
    counts: list[Count], value: Callable[[Count], int], cells: Callable[[Count], str]
) -> list[str]:
    """Return one table row per tree: its ``cells``, then its ``value``'s change against the
    first tree's."""
    first = value(counts[0])
    return [f"{cells(item)} | {_change(value(item), first)} |" for item in counts]


def report(counts: list[Count], words: int) -> list[str]:
    """Return the table of counts, in billions, each tree's analysis against the first's."""
    header = [
        "| tree | commit | imports and warm-up | with the analysis | analysis alone "
        "| per word | change |",
        "|---|---|---:|---:|---:|---:|---:|",
    ]
    return header + _rows(
        counts,
        lambda item: item.analysis,
        lambda item: (
            f"| {item.src} | {commit_of(item.src) or '-'} | {item.imports / 1e9:.3f} G "
            f"| {item.total / 1e9:.3f} G | {item.analysis / 1e9:.3f} G "
            f"| {item.analysis / max(words, 1):,.0f}"
        ),
    )


def report_again(counts: list[Count], words: int) -> list[str]:
    """Return the table of the repeated analysis (``--again``), in billions: per tree, the
    first analysis, the second, the first's excess (paid once a process), the second per
    word, and the same with glibc's ``malloc.c`` left out, each against the first tree's."""
    header = [
        "| tree | first analysis | repeated analysis | once a process | per word repeated "
        "| malloc left out, per word | change (malloc left out) |",
        "|---|---:|---:|---:|---:|---:|---:|",
    ]
    return header + _rows(
        counts,
        lambda item: item.again_without_malloc,
        lambda item: (
            f"| {item.src} | {item.analysis / 1e9:.3f} G | {item.again / 1e9:.3f} G "
            f"| {(item.analysis - item.again) / 1e9:.3f} G "
            f"| {item.again / max(words, 1):,.0f} ({_change(item.again, counts[0].again)}) "
            f"| {item.again_without_malloc / max(words, 1):,.0f}"
        ),
    )


def novel_file(words: int, directory: Path) -> Path:
    """Write the benchmark novel of ``words`` words into ``directory``; return its path."""
    from pipeline_speed import build_novel

    path = directory / f"novel{words}.txt"
    path.write_text(build_novel(words), encoding="utf-8")
    return path


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--words", type=int, default=50_000, help="novel length (words)")
    parser.add_argument("--text", type=Path, help="count on this plain-text file instead")
    parser.add_argument(
        "--src",
        type=Path,
        action="append",
        help="a source tree to count (repeatable; default: this checkout's src)",
    )
    parser.add_argument("--keep", type=Path, help="keep callgrind's output files here")
    parser.add_argument(
        "--again",
        action="store_true",
        help="also count a second analysis of the text (the repeated analysis, per word)",
    )
    args = parser.parse_args(argv)
    if shutil.which("valgrind") is None:
        raise SystemExit("valgrind is not installed (Debian: apt-get install valgrind)")
    trees = [path.resolve() for path in (args.src or [ROOT / "src"])]
    for tree in trees:
        if not (tree / "ficshelf" / "understand").is_dir():
            raise SystemExit(f"{tree}: not a source tree (no ficshelf/understand in it)")
    from ficshelf.understand.text import count_words

    with tempfile.TemporaryDirectory() as temp:
        out_dir = args.keep or Path(temp)
        out_dir.mkdir(parents=True, exist_ok=True)
        text = args.text or novel_file(args.words, Path(temp))
        words = count_words(text.read_text(encoding="utf-8"))
        print(f"Machine: {describe()}")
        print(f"Text: {text.name if args.text is None else text}, {words:,} words")
        counts = [count(tree, text, out_dir, str(i), args.again) for i, tree in enumerate(trees)]
    print("\n".join(report(counts, words)))
    if args.again:
        print("\n".join(["", *report_again(counts, words)]))


if __name__ == "__main__":
    main()
