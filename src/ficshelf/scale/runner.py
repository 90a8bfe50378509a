"""Running a batch: list the inputs, analyse them on Dask, write the tables in file order.

``run_batch`` sorts the inputs by their display path, cuts the story files into partitions
(``partitions``), reads each partition in this process (the same reading, formats and
limits as ``ficshelf import``: a zip member is read from its archive here, so workers need
no access to the files) and has a Dask worker analyse it (``stories.analyse_partition``),
keeping ``IN_FLIGHT_PER_WORKER`` partitions per worker in flight ahead of the writer, so
memory stays bounded however large the corpus. Outcomes are written and reported in input
order, so the output is the same whatever the number of workers. Once every story is
written, the library's fandom inference runs over the batch (``fandoms``).

A partition's files travel with its task (nothing is scattered to one worker), so when a
worker dies (a crash in a C library, the kernel's OOM killer, ``kill -9``) the scheduler
runs its tasks again on another worker. A partition whose result is lost anyway (its future
cancelled, the connection closed) is submitted again from this process, up to
``RESUBMITS`` times; a partition that keeps killing its workers (Dask's ``KilledWorker``)
is analysed again one file per task, so only a file that kills its worker alone is rejected.
"""

from __future__ import annotations

import logging
import time
from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from ficshelf.errors import IngestError
from ficshelf.ingest.archive import Input, InputFile, Limits, Skipped
from ficshelf.ingest.workers import Rejection, Task, default_jobs, read_task
from ficshelf.scale.engine import dask_client
from ficshelf.scale.fandoms import BatchFandoms
from ficshelf.scale.interrupts import held_interrupts
from ficshelf.scale.partitions import plan_partitions
from ficshelf.scale.stories import Refused, Story, StoryOutcome, analyse_partition
from ficshelf.scale.writer import BatchWriter

if TYPE_CHECKING:
    from distributed import Client, Future

log = logging.getLogger(__name__)

IN_FLIGHT_PER_WORKER = 4
"""Partitions submitted per worker ahead of the one being written."""
RESUBMITS = 3
"""Times a partition (or a file) whose result was lost with its worker is submitted again."""
DIED = "the worker analysing it died (out of memory?)"
GRAPH_HEADROOM = 1 << 20
"""Bytes above a partition's files under which Dask does not warn of a large task graph."""

BatchEvent = Story | Refused | Skipped
"""What happened to one input: analysed, rejected (with the reason) or skipped."""


@dataclass
class BatchSummary:
    """What a batch did: stories analysed, their words and bytes, the files rejected (with
    reasons) and skipped (reasons counted), the seconds it took and the workers it had."""

    stories: int = 0
    words: int = 0
    bytes: int = 0
    rejected: list[Refused] = field(default_factory=list)
    skipped: Counter[str] = field(default_factory=Counter)
    seconds: float = 0.0
    workers: int = 0

    def add(self, event: BatchEvent) -> None:
        """Count one input's outcome."""
        if isinstance(event, Story):
            self.stories += 1
            self.words += int(event.analysis["word_count"])
            self.bytes += event.size
        elif isinstance(event, Refused):
            self.rejected.append(event)
        else:
            self.skipped[event.reason] += 1

    @property
    def files(self) -> int:
        """Every input counted so far: analysed, rejected and skipped."""
        return self.stories + len(self.rejected) + sum(self.skipped.values())

    @property
    def words_per_second(self) -> float:
        """Words analysed per second of the whole batch (0 before any time passed)."""
        return self.words / self.seconds if self.seconds > 0 else 0.0

    def to_dict(self) -> dict[str, Any]:
        """Return the summary as JSON-ready data (``summary.json``)."""
        return {
            "stories": self.stories,
            "words": self.words,
            "bytes": self.bytes,
            "seconds": round(self.seconds, 3),
            "words_per_second": round(self.words_per_second, 1),
            "workers": self.workers,
            "rejected": [{"file": r.path, "reason": r.reason} for r in self.rejected],
            "skipped": dict(sorted(self.skipped.items())),
            "interrupted": False,
        }


def input_path(item: Input) -> str:
    """Return the display path of a listed input (a file, a skipped file or an error)."""
    return item.path


def sorted_inputs(inputs: Sequence[Input]) -> list[Input]:
    """Return the inputs sorted by display path: the order of every table of a batch."""
    return sorted(inputs, key=input_path)


def run_batch(
    inputs: Sequence[Input],
    writer: BatchWriter,
    *,
    workers: int | None = None,
    scheduler: str | None = None,
    limits: Limits | None = None,
    on_event: Callable[[BatchEvent], object] | None = None,
    summary: BatchSummary | None = None,
    on_dashboard: Callable[[str], object] | None = None,
) -> BatchSummary:
    """Analyse every story file of ``inputs`` on Dask and write the tables with ``writer``,
    in order of display path; call ``on_event`` for each input once it is written, and
    ``on_dashboard`` with the URL of the cluster's dashboard once the cluster is up.

    Runs on a ``LocalCluster`` of ``workers`` processes (default: one per core), or on the
    cluster whose scheduler is at ``scheduler``. Fills ``summary`` (a new one by default)
    as it goes, its workers once the cluster is up and its seconds however the run ends
    (Ctrl-C included), and returns it. Raises ``ConfigError`` when Dask is not installed,
    ``FicshelfError`` when the scheduler cannot be reached; a bad file is never raised, it
    is rejected with its reason.
    """
    started = time.perf_counter()
    summary = summary if summary is not None else BatchSummary()
    try:
        _run(
            inputs,
            writer,
            workers or default_jobs(),
            scheduler,
            limits,
            on_event,
            summary,
            on_dashboard,
        )
    finally:
        summary.seconds = time.perf_counter() - started
    writer.summary(summary.to_dict())
    return summary


def _run(
    inputs: Sequence[Input],
    writer: BatchWriter,
    workers: int,
    scheduler: str | None,
    limits: Limits | None,
    on_event: Callable[[BatchEvent], object] | None,
    summary: BatchSummary,
    on_dashboard: Callable[[str], object] | None,
) -> None:
    ordered = sorted_inputs(inputs)
    files = [item for item in ordered if isinstance(item, InputFile)]
    fandoms = BatchFandoms()
    with dask_client(workers, scheduler) as client:
        summary.workers = max(1, len(client.nthreads()))
        if on_dashboard is not None:
            on_dashboard(client.dashboard_link)
        partitions = plan_partitions(files, summary.workers)
        analysed = _analysed(client, partitions, limits, summary.workers * IN_FLIGHT_PER_WORKER)
        for item in ordered:
            event: BatchEvent
            if isinstance(item, InputFile):
                event = next(analysed)
            elif isinstance(item, IngestError):
                event = Refused(item.path, item.reason)
            else:
                event = item
            with held_interrupts():  # written and reported, or neither
                if isinstance(event, Story):
                    writer.story(event)
                    fandoms.add(event)
                elif isinstance(event, Refused):
                    writer.rejected(event.path, event.reason)
                summary.add(event)
                if on_event is not None:
                    on_event(event)
    writer.library_fandoms(fandoms.infer())


def _prepare(items: Sequence[InputFile], limits: Limits | None) -> list[Task | Refused]:
    """Read one partition's files (in this process: it reaches the files and archives)."""
    out: list[Task | Refused] = []
    for item in items:
        task = read_task(item, limits)
        out.append(Refused(item.path, task.reason) if isinstance(task, Rejection) else task)
    return out


def _submit(client: Client, tasks: list[Task]) -> Future[list[StoryOutcome]]:
    """Submit one partition with its files inside the task, so the scheduler can run it
    again on another worker if its worker dies (scattered data would die with it)."""
    import dask

    size = sum(len(task.data) for task in tasks) + GRAPH_HEADROOM
    threshold = max(size, dask.utils.parse_bytes(_graph_threshold()))
    with dask.config.set({"distributed.admin.large-graph-warning-threshold": threshold}):
        return client.submit(analyse_partition, tasks, pure=False)


def _graph_threshold() -> str | int:
    import dask

    value: str | int = dask.config.get("distributed.admin.large-graph-warning-threshold")
    return value


def _lost() -> tuple[type[BaseException], ...]:
    """The errors that mean a result was lost with a worker (not that the task failed)."""
    from distributed.client import FutureCancelledError
    from distributed.comm.core import CommClosedError

    return (FutureCancelledError, CommClosedError)


def _analysed(
    client: Client, partitions: Sequence[Sequence[InputFile]], limits: Limits | None, ahead: int
) -> Iterator[StoryOutcome]:
    """Yield the outcome of every file of ``partitions``, in order, with up to ``ahead``
    partitions analysed ahead of the one being yielded."""
    waiting: list[tuple[list[Task | Refused], Future[list[StoryOutcome]] | None]] = []
    sent = 0
    for _ in range(len(partitions)):
        while sent < len(partitions) and len(waiting) < ahead:
            prepared = _prepare(partitions[sent], limits)
            tasks = [t for t in prepared if isinstance(t, Task)]
            waiting.append((prepared, _submit(client, tasks) if tasks else None))
            sent += 1
        prepared, future = waiting.pop(0)
        results = iter(_results(client, future, prepared))
        for entry in prepared:
            yield entry if isinstance(entry, Refused) else next(results)


def _outcomes(
    client: Client, future: Future[list[StoryOutcome]], tasks: list[Task]
) -> list[StoryOutcome] | None:
    """Return the outcomes of ``tasks`` (submitted as ``future``), submitting them again
    when the result was lost with a worker; ``None`` when they keep killing workers."""
    from distributed import KilledWorker

    for attempt in range(RESUBMITS + 1):
        try:
            outcomes: list[StoryOutcome] = future.result()
            return outcomes
        except KilledWorker as exc:
            log.warning("workers died analysing %d file(s): %s", len(tasks), exc)
            return None
        except _lost() as exc:
            if attempt == RESUBMITS:
                log.warning("lost %d file(s) with their workers: %s", len(tasks), exc)
                return None
            log.warning("a worker died; submitting its %d file(s) again: %s", len(tasks), exc)
            future = _submit(client, tasks)
    return None  # pragma: no cover (the loop returns)


def _results(
    client: Client, future: Future[list[StoryOutcome]] | None, prepared: list[Task | Refused]
) -> list[StoryOutcome]:
    """Return the outcomes of one partition's tasks; when its workers died, analyse each
    task alone, so that only a file that kills a worker by itself is rejected."""
    if future is None:
        return []
    tasks = [t for t in prepared if isinstance(t, Task)]
    outcomes = _outcomes(client, future, tasks)
    if outcomes is not None:
        return outcomes
    log.warning("analysing the %d file(s) of a partition one per task", len(tasks))
    alone = [_submit(client, [task]) for task in tasks]
    found: list[StoryOutcome] = []
    for task, one in zip(tasks, alone, strict=True):
        done = _outcomes(client, one, [task])
        found.extend(done if done is not None else [Refused(task.path, DIED)])
    return found
