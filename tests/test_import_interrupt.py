"""Ctrl-C keeps what was analysed: while a slow file is still being analysed, the stories
before it are committed (a batch waits at most ``FLUSH_SECONDS``), in the importing process
and with worker processes alike (each file's outcome is ready on its own, the files that
share the slow file's chunk included); SIGINT then stops the import at once, without waiting
for the slow file, with the same message on both paths naming what was saved and nothing
else on stderr; the library stays consistent, and importing again finishes the rest."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

import pytest
from sqlalchemy import func, select, text

from ficshelf.store.db import open_database
from ficshelf.store.schema import chapters, sources, works
from slow_analysis import LIMIT

ROOT = Path(__file__).resolve().parents[1]
GOOD = 10
AFTER = 2
STORY = """The Lantern Keeper {n}

by Marigold Ashe

The lamp had gone out twice before midnight. {name} climbed the stairs again, counting them.

"Who's there?" {name} called down into the dark. Nobody answered; the sea did instead.
"""
NAMES = ("Odile", "Maren", "Tamsin", "Ysolde", "Briony", "Cosima", "Delphine", "Esme", "Fenna")

# The CLI with the analyser of slow_analysis.py and PARALLEL_FROM of argv[1].
RUN = """
import functools, os, sys
import slow_analysis
from ficshelf import cli, importer
from ficshelf.ingest.workers import AnalysisPool
os.environ["FICSHELF_TEST_PID"] = str(os.getpid())
importer.AnalysisPool = functools.partial(AnalysisPool, analyse=slow_analysis.analyse_slowly)
importer.PARALLEL_FROM = int(sys.argv[1])
sys.argv = ["ficshelf", *sys.argv[2:]]
cli.main()
"""


def _stories(folder: Path) -> None:
    folder.mkdir()
    names = [f"a{i:02d}" for i in range(1, GOOD + 1)] + [f"t{i:02d}" for i in range(AFTER)]
    for i, name in enumerate(names):
        story = STORY.format(n=i + 1, name=NAMES[i % len(NAMES)])
        (folder / f"{name}.txt").write_text(story, "utf-8")
    (folder / "slow.txt").write_text(STORY.format(n=99, name="Wren"), "utf-8")


def _env(db_file: Path, wait_for: int) -> dict[str, str]:
    paths = [str(ROOT / "tests"), str(ROOT / "src"), os.environ.get("PYTHONPATH", "")]
    return {
        **os.environ,
        "PYTHONPATH": os.pathsep.join(p for p in paths if p),
        "FICSHELF_TEST_DB_FILE": str(db_file),
        "FICSHELF_TEST_WAIT_WORKS": str(wait_for),
    }


@pytest.mark.slow
@pytest.mark.parametrize(
    ("jobs", "parallel_from", "saved"),
    [
        (1, 32, GOOD),  # in the importing process: every story before the slow one
        (2, 1, GOOD),  # workers: the same, the two sharing the slow file's chunk included
    ],
    ids=["one-process", "workers"],
)
def test_ctrl_c_keeps_the_stories_analysed_before_a_slow_file(
    tmp_path: Path, jobs: int, parallel_from: int, saved: int
) -> None:
    folder = tmp_path / "fics"
    _stories(folder)
    db_file = tmp_path / "library.db"
    url = f"sqlite:///{db_file}"
    open_database(url).close()
    args = [str(parallel_from), "import", "--db", url, "--jobs", str(jobs), str(folder)]
    began = time.monotonic()
    run = subprocess.run(
        [sys.executable, "-c", RUN, *args],
        env=_env(db_file, saved),
        capture_output=True,
        text=True,
        timeout=120,
    )
    took = time.monotonic() - began
    total = GOOD + AFTER + 1
    assert run.returncode == 130, run.stderr
    # the slow file sleeps LIMIT seconds after its SIGINT: an import that waited for it (or
    # for the chunk it is in) would take longer than that
    assert took < LIMIT, took
    assert run.stderr.count("\n") == 1, run.stderr  # the message alone: no traceback
    assert f"Interrupted: {saved} of {total} files done ({saved} saved: {saved} imported" in (
        run.stderr
    )
    assert f"Run the same import again to finish the other {total - saved}" in run.stderr

    db = open_database(url, upgrade=False)
    try:
        with db.connect() as conn:
            assert conn.execute(select(func.count()).select_from(works)).scalar_one() == saved
            stored = set(conn.execute(select(sources.c.path)).scalars())
            assert {Path(p).name for p in stored} == {f"a{i:02d}.txt" for i in range(1, saved + 1)}
            orphans = select(func.count()).where(~chapters.c.work_id.in_(select(works.c.id)))
            assert conn.execute(orphans).scalar_one() == 0
            assert conn.execute(text("PRAGMA integrity_check")).scalar_one() == "ok"
    finally:
        db.close()

    again = subprocess.run(
        [sys.executable, "-m", "ficshelf", "import", "--db", url, "--jobs", "1", str(folder)],
        env=_env(db_file, 0),
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert again.returncode == 0, again.stderr
    assert f"{total - saved} imported, 0 updated, {saved} unchanged" in again.stdout


# The CLI with ``module:function`` of argv[1] replaced by one that sends the process SIGINT,
# as Ctrl-C while the command opens the database or lists its files.
AT_START = """
import importlib, os, signal, sys, time
module, name = sys.argv[1].split(":")
def ctrl_c(*args, **kwargs):
    os.kill(os.getpid(), signal.SIGINT)
    time.sleep(30)  # a slow start: Ctrl-C comes while it is still going
setattr(importlib.import_module(module), name, ctrl_c)
from ficshelf import cli
sys.argv = ["ficshelf", *sys.argv[2:]]
cli.main()
"""


@pytest.mark.parametrize(
    ("where", "command", "message"),
    [
        ("ficshelf.cli_import:open_library", "import", "nothing was imported"),
        ("ficshelf.cli_import:collect_inputs", "import", "nothing was imported"),
        ("ficshelf.cli_import:open_existing", "reanalyze", "no work was re-analysed"),
        ("ficshelf.store.stored_texts:all_work_ids", "reanalyze", "no work was re-analysed"),
        ("ficshelf.scale.engine:require_dask", "batch", "nothing was written to"),
        ("ficshelf.cli_batch:iter_inputs", "batch", "nothing was written to"),
    ],
    ids=[
        "import-opening",
        "import-listing",
        "reanalyze-opening",
        "reanalyze-listing",
        "batch-starting",
        "batch-listing",
    ],
)
def test_ctrl_c_at_the_start_exits_130_saying_nothing_was_done(
    tmp_path: Path, where: str, command: str, message: str
) -> None:
    folder = tmp_path / "fics"
    _stories(folder)
    db_file = tmp_path / "library.db"
    url = f"sqlite:///{db_file}"
    open_database(url).close()
    args = {
        "import": ["import", "--db", url, str(folder)],
        "reanalyze": ["reanalyze", "--all", "--db", url],
        "batch": ["batch", str(folder), "--out", str(tmp_path / "tables")],
    }[command]
    run = subprocess.run(
        [sys.executable, "-c", AT_START, where, *args],
        env=_env(db_file, 0),
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert run.returncode == 130, run.stderr
    assert "Aborted" not in run.stderr
    assert run.stderr.count("\n") == 1, run.stderr  # the message alone
    assert run.stderr.startswith("Interrupted before the") and message in run.stderr
    db = open_database(url, upgrade=False)
    try:
        with db.connect() as conn:
            assert conn.execute(select(func.count()).select_from(works)).scalar_one() == 0
    finally:
        db.close()
    assert not (tmp_path / "tables").exists()
