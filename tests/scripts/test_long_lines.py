"""``benchmarks/long_lines.py`` builds the same words as paragraphs and on one line, reads
only the tuning stories, and runs on this checkout."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from ficshelf.evaluation.gold import TUNING_STORIES, matches_any
from script_loading import BENCHMARKS, load_script

ROOT = Path(__file__).resolve().parents[2]


def test_the_two_layouts_hold_the_same_words() -> None:
    bench = load_script("long_lines", folder=BENCHMARKS)
    line, paragraphs = bench.words_texts(20_000)
    assert "\n" not in line and "\n\n" in paragraphs
    assert line.split() == paragraphs.split()
    line, paragraphs = bench.prose_texts(30_000, 'One.\n\nTwo "three."\n  Four.')
    assert "\n" not in line and line.split() == paragraphs.split()


def test_prose_reads_only_tuning_stories(tmp_path: Path) -> None:
    bench = load_script("long_lines", folder=BENCHMARKS)
    for name in ("01-tuned.txt", "16-held.txt", "51-tuned.txt"):
        (tmp_path / name).write_text(name, "utf-8")
    assert bench.tuning_prose(tmp_path).split() == ["01-tuned.txt", "51-tuned.txt"]
    assert matches_any(tmp_path / "01-tuned.txt", TUNING_STORIES)


def test_the_benchmark_runs() -> None:
    result = subprocess.run(
        [sys.executable, str(BENCHMARKS / "long_lines.py"), "--sizes", "0.01"],
        capture_output=True,
        text=True,
        check=False,
        cwd=ROOT,
    )
    assert result.returncode == 0, result.stderr
    assert "machine:" in result.stdout and result.stdout.count("one line") == 3
