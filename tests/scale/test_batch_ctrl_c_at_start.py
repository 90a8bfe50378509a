"""Ctrl-C while a batch's local cluster starts (a real SIGINT to the whole process group,
as a terminal sends it, sent by the worker process as Python starts it, before it is
ready): the batch stops with status 130 and its message alone, no worker's
``KeyboardInterrupt`` and no Dask ``AssertionError: Status.init`` at exit; the message
counts story files, and the files it skips by reason."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from batch_inputs import GOOD, REJECTED

pytest.importorskip("distributed", reason="batches need the extra ficshelf[scale]")
ROOT = Path(__file__).resolve().parents[2]

# Imported by every Python process of the command as it starts: a Dask worker process
# (started by multiprocessing's spawn_main) sends Ctrl-C to them all, then starts slowly.
SITECUSTOMIZE = """
import os, signal, sys, time
if any("spawn_main" in arg for arg in sys.orig_argv):
    os.killpg(os.getpgid(0), signal.SIGINT)
    time.sleep(1)
"""


def test_ctrl_c_while_the_cluster_starts_is_quiet(corpus: Path, tmp_path: Path) -> None:
    out = tmp_path / "tables"
    site = tmp_path / "site"
    site.mkdir()
    (site / "sitecustomize.py").write_text(SITECUSTOMIZE, encoding="utf-8")
    paths = [str(site), str(ROOT / "src"), os.environ.get("PYTHONPATH", "")]
    run = subprocess.run(
        [sys.executable, "-m", "ficshelf", "batch", str(corpus), "--out", str(out)]
        + ["--workers", "1"],
        env={**os.environ, "PYTHONPATH": os.pathsep.join(p for p in paths if p)},
        capture_output=True,
        text=True,
        timeout=180,
        start_new_session=True,  # the SIGINT reaches this command's processes only
    )
    assert run.returncode == 130, run.stderr
    stories = len(GOOD) + len(REJECTED)
    assert run.stderr.splitlines() == [
        f"Interrupted: 0 of {stories} story files written to {out} (0 stories, 0 rejected);"
        " every row in the tables is whole. Run the same command again for the whole batch.",
        "skipped: not a story file (.json): 1",
    ]
