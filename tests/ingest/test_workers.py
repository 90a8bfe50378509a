"""Analysis in worker processes: outcomes in order, the same as in-process, a worker crash
costing only the file that caused it, workers that outlive no importer, and one job
analysing in a thread, each file ready on its own."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import threading
import time
from concurrent.futures import CancelledError
from pathlib import Path

import pytest
from worker_faults import FATAL, die_on_fatal

from ficshelf.errors import WorkerError
from ficshelf.importer import file_hash
from ficshelf.ingest.workers import (
    MAX_RESTARTS,
    Analysed,
    AnalysisPool,
    Rejection,
    Task,
    analyse_file,
)

STORY = """The Tide Clock

by Wren Adair

Chapter 1

"Is it slack water yet?" Ilse asked.

Corin checked the tide clock twice. "Not for an hour," he said.
"""


def task(path: str, text: str) -> Task:
    data = text.encode("utf-8")
    return Task(path, data, file_hash(data))


def test_analyse_file_reads_analyses_and_rejects() -> None:
    good = analyse_file(task("/in/tide.txt", STORY))
    assert isinstance(good, Analysed)
    assert good.record.title == "The Tide Clock"
    assert good.source.path == "/in/tide.txt" and good.source.format == "txt"
    assert good.source.file_hash == file_hash(STORY.encode("utf-8"))
    empty = analyse_file(task("/in/empty.txt", "  \n"))
    assert isinstance(empty, Rejection) and empty.reason
    other = analyse_file(task("/in/notes.json", "{}"))
    assert isinstance(other, Rejection) and "not a story format" in other.reason


def test_workers_give_what_this_process_gives_in_order() -> None:
    tasks = [
        task(f"/in/{n}.txt", STORY.replace("Ilse", name)) for n, name in enumerate(["Ada", "Bo"])
    ] + [task("/in/empty.txt", "")]
    with AnalysisPool(1) as here:
        expected = [outcome for t in tasks for outcome in here.submit([t]).result()]
    with AnalysisPool(2) as pool:
        pending = [pool.submit(tasks[:2]), pool.submit(tasks[2:])]
        found = [outcome for p in pending for outcome in p.result()]
    assert found == expected
    assert [type(o) for o in found] == [Analysed, Analysed, Rejection]


def test_a_worker_crash_costs_only_the_file_that_caused_it() -> None:
    names = ["a.txt", FATAL, "b.txt", "c.txt"]
    with AnalysisPool(2, die_on_fatal) as pool:
        first = pool.submit([task(f"/in/{n}", "") for n in names[:2]])
        second = pool.submit([task(f"/in/{n}", "") for n in names[2:]])
        outcomes = first.result() + second.result()
        reasons = [o.reason for o in outcomes if isinstance(o, Rejection)]
        assert reasons[0] == "read /in/a.txt"
        assert "died" in reasons[1]
        assert reasons[2:] == ["read /in/b.txt", "read /in/c.txt"]
        after = pool.submit([task("/in/d.txt", "")]).result()  # the pool works again
    assert after == [Rejection("read /in/d.txt")]


def test_jobs_must_be_positive() -> None:
    with pytest.raises(ValueError):
        AnalysisPool(0)


def _alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except (FileNotFoundError, ProcessLookupError):
        return False
    return state not in ("Z", "X")


@pytest.mark.skipif(not Path("/proc").is_dir(), reason="reads process states from /proc")
def test_workers_exit_when_the_importer_is_killed() -> None:
    script = (
        "import sys, time\n"
        "sys.path.insert(0, sys.argv[1])\n"
        "from worker_faults import process_id\n"
        "from ficshelf.ingest.workers import AnalysisPool, Task\n"
        "pool = AnalysisPool(2, process_id)\n"
        "tasks = [Task(str(n), b'', '') for n in range(8)]\n"
        "pids = {o.reason for n in range(8) for o in pool.submit(tasks[n:n + 1]).result()}\n"
        "print(' '.join(sorted(pids)), flush=True)\n"
        "time.sleep(120)\n"
    )
    here = str(Path(__file__).parent)
    proc = subprocess.Popen([sys.executable, "-c", script, here], stdout=subprocess.PIPE, text=True)
    assert proc.stdout is not None
    workers = [int(pid) for pid in proc.stdout.readline().split()]
    assert workers and all(_alive(pid) for pid in workers)
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    proc.stdout.close()
    deadline = time.monotonic() + 20
    while any(_alive(pid) for pid in workers) and time.monotonic() < deadline:
        time.sleep(0.1)
    assert not any(_alive(pid) for pid in workers)


def test_workers_that_keep_dying_stop_the_import() -> None:
    with AnalysisPool(2, die_on_fatal) as pool:
        chunks = [pool.submit([task(f"/in/{n}/{FATAL}", "")]) for n in range(MAX_RESTARTS + 2)]
        with pytest.raises(WorkerError, match="--jobs 1"):
            for chunk in chunks:
                chunk.result()


def test_one_job_analyses_in_a_thread_each_file_ready_on_its_own() -> None:
    release = threading.Event()

    def held_on_slow(one: Task) -> Analysed | Rejection:
        if one.path == "slow.txt":
            release.wait(10)
        return analyse_file(one)

    with AnalysisPool(1, analyse=held_on_slow) as pool:
        chunk = [task("a.txt", STORY), task("slow.txt", STORY), task("b.txt", STORY)]
        pending = pool.submit(chunk)
        assert pending.wait(0, 10)  # the first file is ready while the second still runs
        assert isinstance(pending.outcome(0), Analysed)
        assert not pending.wait(1, 0.2)
        release.set()
        assert pending.wait(2, 10)
        assert [type(outcome) for outcome in pending.result()] == [Analysed] * 3


def test_stopping_one_job_cancels_the_files_not_started() -> None:
    started, release = threading.Event(), threading.Event()

    def held(one: Task) -> Analysed | Rejection:
        started.set()
        release.wait(10)
        return Rejection("held")

    pool = AnalysisPool(1, analyse=held)
    pending = pool.submit([task("a.txt", STORY), task("b.txt", STORY)])
    assert started.wait(10)
    pool.stop()  # returns at once, with a file still being analysed
    release.set()
    assert pending.wait(0, 10) and pending.outcome(0) == Rejection("held")
    with pytest.raises(CancelledError):
        pending.outcome(1)


# A SIGINT the kernel hands to another thread than the main one (the executor's, the
# progress bar's): Python runs its handler only when the main thread runs again.
SIGINT_ELSEWHERE = """
import signal, sys, threading, time
from ficshelf.ingest.workers import AnalysisPool, Rejection, Task
def held(task):
    time.sleep(15)
    return Rejection("analysed")
def interrupt_from_this_thread():
    time.sleep(0.5)
    signal.pthread_kill(threading.get_ident(), signal.SIGINT)
pool = AnalysisPool(1, analyse=held)
pending = pool.submit([Task("slow.txt", b"", "")])
threading.Thread(target=interrupt_from_this_thread, daemon=True).start()
began = time.monotonic()
try:
    print(pending.outcome(0).reason)
except KeyboardInterrupt:
    print("interrupted")
print(round(time.monotonic() - began, 1))
"""


def test_ctrl_c_delivered_to_another_thread_stops_a_wait_at_once() -> None:
    run = subprocess.run(
        [sys.executable, "-c", SIGINT_ELSEWHERE], capture_output=True, text=True, timeout=60
    )
    said, took = run.stdout.split()
    assert said == "interrupted", run.stderr
    assert float(took) < 10  # not when the 15-second file is done
