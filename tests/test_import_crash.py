"""A crash mid-import (kill -9) leaves the database consistent; importing again completes it."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from sqlalchemy import func, select

from ficshelf.store.db import open_database
from ficshelf.store.schema import chapters, sources, works

ROOT = Path(__file__).resolve().parents[1]
COUNT = 300


def _count(url: str) -> int:
    db = open_database(url, upgrade=False)
    try:
        with db.connect() as conn:
            return int(conn.execute(select(func.count()).select_from(works)).scalar_one())
    except Exception:  # the schema may not exist yet in the first instants
        return 0
    finally:
        db.close()


@pytest.mark.slow
def test_kill_9_mid_import_leaves_a_consistent_database(db_url: str, tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    subprocess.run(
        [sys.executable, str(ROOT / "benchmarks" / "generate_corpus.py"), str(corpus)]
        + ["--count", str(COUNT)],
        check=True,
        capture_output=True,
    )
    command = [sys.executable, "-m", "ficshelf", "import", str(corpus), "--db", db_url]
    proc = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 120
    while _count(db_url) < COUNT // 4 and proc.poll() is None and time.monotonic() < deadline:
        time.sleep(0.05)
    assert proc.poll() is None, "the import finished before it could be killed"
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()

    db = open_database(db_url)
    with db.connect() as conn:
        done = conn.execute(select(func.count()).select_from(works)).scalar_one()
        assert 0 < done < COUNT
        # every committed work is whole: its chapters and its source are there
        no_chapter = conn.execute(
            select(func.count())
            .select_from(works)
            .where(~select(chapters.c.id).where(chapters.c.work_id == works.c.id).exists())
        ).scalar_one()
        no_source = conn.execute(
            select(func.count())
            .select_from(works)
            .where(~select(sources.c.id).where(sources.c.work_id == works.c.id).exists())
        ).scalar_one()
        assert no_chapter == 0 and no_source == 0
        if db.dialect == "sqlite":
            assert conn.exec_driver_sql("PRAGMA integrity_check").scalar() == "ok"
            assert conn.exec_driver_sql("PRAGMA foreign_key_check").fetchall() == []
    db.close()

    again = subprocess.run(command + ["--json"], capture_output=True, text=True, check=True)
    statuses = [line.split('"status": "')[1].split('"')[0] for line in again.stdout.splitlines()]
    assert statuses.count("unchanged") == done
    assert statuses.count("imported") == COUNT - done
    assert _count(db_url) == COUNT
