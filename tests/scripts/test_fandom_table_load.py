"""``benchmarks/fandom_table_load.py`` runs on this checkout (its probe names private
functions of the fandom stage, so it breaks silently when they move)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_the_benchmark_runs_and_counts_the_table() -> None:
    result = subprocess.run(
        [sys.executable, str(ROOT / "benchmarks" / "fandom_table_load.py"), "--runs", "1"],
        capture_output=True,
        text=True,
        check=False,
        cwd=ROOT / "benchmarks",
    )
    assert result.returncode == 0, result.stderr
    assert "fandoms: " in result.stdout and "indexes:" in result.stdout
