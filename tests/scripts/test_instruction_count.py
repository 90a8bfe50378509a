"""``benchmarks/instruction_count.py``: callgrind's count read from its log, the table, and the
whole flow with a stand-in for valgrind."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from script_loading import BENCHMARKS, load_script

instruction_count = load_script("instruction_count", folder=BENCHMARKS)


def test_the_count_is_read_from_the_collected_line() -> None:
    log = "==41== Events    : Ir\n==41== Collected : 18430012345\n==41== \n==41== I refs: 1\n"
    assert instruction_count.collected(log) == 18_430_012_345


def test_a_log_without_one_count_is_an_error() -> None:
    with pytest.raises(ValueError, match="0 'Collected' lines"):
        instruction_count.collected("==41== Events    : Ir\n")


def test_each_tree_is_set_against_the_first(tmp_path: Path) -> None:
    counts = [
        instruction_count.Count(tmp_path / "old", 200_000_000, 1_200_000_000),
        instruction_count.Count(tmp_path / "new", 200_000_000, 1_100_000_000),
    ]
    table = instruction_count.report(counts, 10_000)
    assert "| 1.000 G | 100,000 | +0.00% |" in table[2]
    assert "| 0.900 G | 90,000 | -10.00% |" in table[3]


FAKE_VALGRIND = """\
import os, subprocess, sys
args = sys.argv[1:]
out = next(a for a in args if a.startswith("--callgrind-out-file=")).split("=", 1)[1]
command = [a for a in args if not a.startswith("--")]
done = subprocess.run(command, check=False)
with open(out, "w", encoding="utf-8") as handle:
    keys = ("PYTHONPATH", "PYTHONHASHSEED", "OPENBLAS_NUM_THREADS")
    handle.write(" ".join(os.environ[key] for key in keys))
count = {"read": 2_000_000_000, "analyze": 7_000_000_000, "again": 11_000_000_000}[command[-1]]
sys.stderr.write(f"==7== Events    : Ir\\n==7== Collected : {count}\\n")
sys.exit(done.returncode)
"""

# callgrind_annotate's exclusive counts for a file the stand-in wrote: glibc's malloc.c takes
# 100 M instructions in the analysing run and 300 M in the run that analyses twice
FAKE_ANNOTATE = """\
import sys
malloc = 300_000_000 if ".again." in sys.argv[-1] else 100_000_000
print("--------------------------------------------------------------------------------")
print("12,000,000,000 (100.0%)  PROGRAM TOTALS")
print("  900,000,000 ( 7.50%)  Python/ceval.c:_PyEval_EvalFrameDefault [/usr/lib/libpython3.so]")
print(f"  {malloc:,} ( 1.00%)  ./malloc/./malloc/malloc.c:_int_malloc [/usr/lib/libc.so.6]")
print("  50,000,000 ( 0.40%)  Objects/obmalloc.c:_PyObject_Malloc [/usr/lib/libpython3.so]")
"""


@pytest.fixture
def fake_valgrind(tmp_path: Path) -> Path:
    """A folder holding a stand-in for valgrind: it runs the command it is given and reports a
    fixed count, so the whole flow runs in the suite without valgrind's cost (or valgrind)."""
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    fake = bin_dir / "valgrind"
    fake.write_text(f"#!{sys.executable}\n{FAKE_VALGRIND}", encoding="utf-8")
    fake.chmod(0o755)
    annotate = bin_dir / "callgrind_annotate"
    annotate.write_text(f"#!{sys.executable}\n{FAKE_ANNOTATE}", encoding="utf-8")
    annotate.chmod(0o755)
    return bin_dir


def test_each_tree_runs_the_child_twice_and_counts_the_difference(
    tmp_path: Path, fake_valgrind: Path
) -> None:
    """The child reads and analyses the text with the tree on its path, the hash seed fixed
    and one OpenBLAS thread (no idle workers' spinning counted); the table holds the two
    counts and their difference."""
    story = tmp_path / "story.txt"
    story.write_text(
        "The Lighthouse Keeper\n\nby Wren Adair\n\n"
        + '"Is the lamp lit?" asked Mara. "It is," said Tobin. She smiled at him.\n\n' * 20,
        encoding="utf-8",
    )
    keep = tmp_path / "keep"
    done = subprocess.run(
        [sys.executable, str(BENCHMARKS / "instruction_count.py"), "--text", str(story)]
        + ["--keep", str(keep)],
        capture_output=True,
        text=True,
        check=False,
        env=dict(os.environ, PATH=f"{fake_valgrind}{os.pathsep}{os.environ['PATH']}"),
    )
    assert done.returncode == 0, done.stderr
    src = BENCHMARKS.parent / "src"
    for mode in ("read", "analyze"):
        assert (keep / f"callgrind.0.{mode}.out").read_text(encoding="utf-8") == f"{src} 0 1"
    row = done.stdout.strip().splitlines()[-1]
    assert "| 2.000 G | 7.000 G | 5.000 G |" in row and row.endswith("| +0.00% |")


def test_again_counts_a_second_analysis_and_what_the_first_paid_once(
    tmp_path: Path, fake_valgrind: Path
) -> None:
    """With ``--again`` a third run analyses the text twice: the second table holds the first
    analysis, the repeated one, the first's excess and the repeated one per word, also with
    glibc's malloc.c left out (300 M in the run that analyses twice, 100 M in the other)."""
    story = tmp_path / "story.txt"
    story.write_text("The Kettle\n\n" + "Ada filled the kettle and set it on the stove.\n\n" * 8)
    keep = tmp_path / "keep"
    done = subprocess.run(
        [sys.executable, str(BENCHMARKS / "instruction_count.py"), "--text", str(story)]
        + ["--keep", str(keep), "--again"],
        capture_output=True,
        text=True,
        check=False,
        env=dict(os.environ, PATH=f"{fake_valgrind}{os.pathsep}{os.environ['PATH']}"),
    )
    assert done.returncode == 0, done.stderr
    assert (keep / "callgrind.0.again.out").is_file()
    row = done.stdout.strip().splitlines()[-1]
    assert "| 5.000 G | 4.000 G | 1.000 G |" in row and row.endswith("| +0.00% |")
    words = int(done.stdout.split(" words")[0].rsplit(", ", 1)[1].replace(",", ""))
    assert f"| {3_800_000_000 / words:,.0f} | +0.00% |" in row


def test_the_repeated_analysis_is_also_set_against_the_first_without_malloc(
    tmp_path: Path,
) -> None:
    counts = [
        instruction_count.Count(tmp_path / "old", 2, 1_007, 2_007, 100, 300),
        instruction_count.Count(tmp_path / "new", 2, 1_007, 2_007, 100, 250),
    ]
    table = instruction_count.report_again(counts, 1)
    assert table[2].endswith("| 1,000 (+0.00%) | 800 | +0.00% |")
    assert table[3].endswith("| 1,000 (+0.00%) | 850 | +6.25% |")


def test_without_again_there_is_no_repeated_analysis(tmp_path: Path) -> None:
    count = instruction_count.Count(tmp_path, 200_000_000, 1_200_000_000)
    assert count.again == 0


def test_a_child_that_fails_is_reported(
    tmp_path: Path, fake_valgrind: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("PATH", f"{fake_valgrind}{os.pathsep}{os.environ['PATH']}")
    with pytest.raises(SystemExit, match="failed"):
        instruction_count.count(tmp_path, tmp_path / "missing.txt", tmp_path, "0")
