"""A fake analyser for the import tests: a file named ``slow*`` is not analysed until the
database named by ``FICSHELF_TEST_DB_FILE`` holds ``FICSHELF_TEST_WAIT_WORKS`` works (or
``LIMIT`` seconds pass); then it interrupts the importing process (``FICSHELF_TEST_PID``)
with SIGINT, as Ctrl-C would. Other files are analysed as usual. A module of its own, so that
worker processes can import it by name."""

from __future__ import annotations

import os
import signal
import sqlite3
import time

from ficshelf.ingest.workers import Outcome, Task, analyse_file

LIMIT = 20.0


def works_in(path: str) -> int:
    """Return how many works the SQLite database at ``path`` holds (0 before it has any)."""
    try:
        with sqlite3.connect(f"file:{path}?mode=ro", uri=True, timeout=5) as conn:
            return int(conn.execute("SELECT count(*) FROM works").fetchone()[0])
    except sqlite3.Error:
        return 0


def analyse_slowly(task: Task) -> Outcome:
    """``analyse_file``, but a ``slow*`` file waits for the others to be committed, then
    sends SIGINT to the importing process and waits to be stopped."""
    if os.path.basename(task.path).startswith("slow"):
        wanted = int(os.environ["FICSHELF_TEST_WAIT_WORKS"])
        give_up = time.monotonic() + LIMIT
        while works_in(os.environ["FICSHELF_TEST_DB_FILE"]) < wanted:
            if time.monotonic() > give_up:
                break
            time.sleep(0.05)
        os.kill(int(os.environ["FICSHELF_TEST_PID"]), signal.SIGINT)
        time.sleep(LIMIT)  # a file that is still being analysed when Ctrl-C comes
    return analyse_file(task)
