"""A worker that dies costs a retry, never the batch: a real LocalCluster whose worker
process is killed (SIGKILL) mid-run still writes every file; and a partition whose worker
keeps dying is analysed again one file per task, so only the file that kills its worker by
itself is rejected (with a fake client: making Dask give up on a task takes several
restarts)."""

from __future__ import annotations

import logging
import os
import signal
import sys
from collections.abc import Iterator
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest
from batch_inputs import HARBOUR

from ficshelf.ingest.archive import iter_inputs
from ficshelf.ingest.workers import Task
from ficshelf.scale import runner
from ficshelf.scale.stories import Refused, Story
from ficshelf.scale.writer import BatchWriter

distributed = pytest.importorskip("distributed", reason="batches need the extra ficshelf[scale]")


class _Future:
    def __init__(self, value: Any = None, error: Exception | None = None) -> None:
        self.value, self.error = value, error

    def result(self) -> Any:
        if self.error is not None:
            raise self.error
        return self.value


def _killed() -> Exception:
    worker = SimpleNamespace(address="tcp://127.0.0.1:1")
    return distributed.KilledWorker("partition", worker, 3)


class _Client:
    """Runs a task at once; a task holding crash.txt kills its worker; a task holding
    lost.txt loses its result once (its worker died before Dask could move it)."""

    def __init__(self) -> None:
        self.lost = 0

    def submit(self, _function: object, tasks: list[Task], pure: bool = True) -> _Future:
        if any(task.path.endswith("crash.txt") for task in tasks):
            return _Future(error=_killed())
        if any(task.path.endswith("lost.txt") for task in tasks) and not self.lost:
            self.lost += 1
            return _Future(error=distributed.comm.CommClosedError("Stream is closed"))
        return _Future([Story(task.path, "txt", 1, task.digest, {}) for task in tasks])


def test_only_the_file_that_kills_its_worker_is_rejected() -> None:
    tasks = [Task(f"/in/{name}", b"x", "0") for name in ("a.txt", "crash.txt", "c.txt")]
    prepared: list[Task | Refused] = [*tasks]
    client: Any = _Client()
    outcomes = runner._results(client, _Future(error=_killed()), prepared)
    assert [type(o).__name__ for o in outcomes] == ["Story", "Refused", "Story"]
    assert [o.path for o in outcomes] == [t.path for t in tasks]
    refused = outcomes[1]
    assert isinstance(refused, Refused) and "worker analysing it died" in refused.reason


def test_a_lost_result_is_submitted_again() -> None:
    tasks = [Task(f"/in/{name}", b"x", "0") for name in ("a.txt", "lost.txt")]
    client: Any = _Client()
    cancelled = distributed.client.FutureCancelledError("partition", "already forgotten")
    outcomes = runner._results(client, _Future(error=cancelled), [*tasks])
    assert [type(o).__name__ for o in outcomes] == ["Story", "Story"]
    assert client.lost == 1


@pytest.fixture
def two_workers() -> Iterator[Any]:
    """A LocalCluster of two worker processes (each restarted by its nanny if killed)."""
    with distributed.LocalCluster(
        n_workers=2,
        threads_per_worker=1,
        processes=True,
        dashboard_address=None,
        scheduler_kwargs={"dashboard_address": "127.0.0.1:0"},
        silence_logs=logging.CRITICAL,
    ) as cluster:
        yield cluster


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL")
def test_a_worker_killed_mid_run_costs_only_a_retry(two_workers: Any, tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    names = [f"story-{i:03}.txt" for i in range(48)]
    for name in names:
        (corpus / name).write_text(HARBOUR, encoding="utf-8")
    with distributed.Client(two_workers, set_as_default=False) as client:
        pids: dict[str, int] = client.run(os.getpid)
    victim = min(pids.values())
    killed: list[int] = []

    def kill_once(_event: object) -> None:
        if not killed:  # the first file is written: the other partitions are in flight
            os.kill(victim, signal.SIGKILL)
            killed.append(victim)

    out = tmp_path / "tables"
    with BatchWriter(out) as writer:
        summary = runner.run_batch(
            list(iter_inputs([str(corpus)])),
            writer,
            scheduler=two_workers.scheduler_address,
            on_event=kill_once,
        )
    assert killed == [victim]
    assert (summary.stories, summary.rejected) == (len(names), [])
    written = (out / "stories.csv").read_text(encoding="utf-8").splitlines()[1:]
    assert [Path(row.split(",")[0]).name for row in written] == names
    assert (out / "summary.json").exists()
