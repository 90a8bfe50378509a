"""A partition whose worker keeps dying is analysed again one file per task, so only the
file that kills its worker by itself is rejected (with a fake client: killing real workers
takes Dask several restarts)."""

from __future__ import annotations

from types import SimpleNamespace
from typing import Any

import pytest

from ficshelf.ingest.workers import Task
from ficshelf.scale import runner
from ficshelf.scale.stories import Refused, Story

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
    """Runs a task at once; a task holding crash.txt kills its worker."""

    def scatter(self, data: list[list[Task]], hash: bool = True) -> list[list[Task]]:
        return data

    def submit(self, _function: object, tasks: list[Task], pure: bool = True) -> _Future:
        if any(task.path.endswith("crash.txt") for task in tasks):
            return _Future(error=_killed())
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
