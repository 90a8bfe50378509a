"""Analysing story files in worker processes, so an import uses every core.

``analyse_file`` does to one file everything an import does before the database: read it
(decode, parse), run the whole understanding pipeline and build the ``WorkRecord`` the store
saves. It never raises for a bad file: it returns a ``Rejection`` naming the reason.

``AnalysisPool(jobs)`` runs ``analyse_file`` over chunks of files: ``submit(tasks)`` returns
a ``Pending`` whose ``outcome(place)`` gives the outcome of one task and ``wait(place,
timeout)`` says whether it is ready. With ``jobs`` 1 no process is started: one thread of
this process analyses the files one at a time, in the order submitted; otherwise ``jobs``
worker processes (forkserver where the platform has it, else spawn) take the files one at a
time. Either way each file's outcome is ready on its own, and the caller does other things
meanwhile (the importer commits what is analysed while a slow file is still being read, the
files before it in its chunk included).
Workers never touch a database: only the importing process writes, so a crash leaves
nothing half-written. A worker that dies (a crash in a C library, the kernel's OOM killer)
breaks the pool; the pool is started again and each file of the chunks it held is analysed
alone, so only a file that kills its worker by itself is rejected (after ``MAX_RESTARTS``
restarts in a row without a file analysed, ``WorkerError``: workers that cannot even start,
for instance because a script that imports without an ``if __name__ == "__main__":`` guard
runs again in each worker). Workers ignore Ctrl-C
(the importing process stops them at once, ``stop()``, when an error or Ctrl-C leaves the
pool's ``with`` block: the files not started are cancelled, the workers terminated, and the
executor's thread joined, so the interpreter's exit finds nothing left to wake; the
importing thread never sleeps on an outcome longer than ``POLL_SECONDS``, so a Ctrl-C the
kernel hands to another thread is handled at once, not when a slow file is done) and exit by
themselves if the importing process is killed (``kill -9``).
"""

from __future__ import annotations

import hashlib
import logging
import multiprocessing
import os
import queue
import signal
import threading
import time
from collections.abc import Callable, Sequence
from concurrent.futures import CancelledError, Future, ProcessPoolExecutor, wait
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass
from types import TracebackType
from typing import TypeVar

from ficshelf.errors import FicshelfError, IngestError, PipelineError, WorkerError
from ficshelf.ingest import read_document
from ficshelf.ingest.archive import InputFile
from ficshelf.ingest.limits import Limits
from ficshelf.model import Analysis, RawDocument, SourceRecord, WorkRecord
from ficshelf.records import build_work_record
from ficshelf.understand import analyze

log = logging.getLogger(__name__)
T = TypeVar("T")
MAX_RESTARTS = 3
"""Restarts of a broken pool in a row, with no file analysed in between, before giving up."""
STOP_SECONDS = 5.0
"""How long ``stop()`` waits for the executor's thread once the workers are terminated."""
POLL_SECONDS = 0.1
"""The longest the importing thread blocks at once on an outcome. Python runs a signal's
handler in the main thread only, when it next runs: the kernel may hand SIGINT to another
thread (the executor's, the progress bar's), and a main thread asleep on a future until a
slow file is done would leave Ctrl-C waiting for it."""


def _result(future: Future[T]) -> T:
    """Return ``future.result()``, waking every ``POLL_SECONDS`` (so Ctrl-C is handled);
    raises what ``result()`` raises."""
    while True:
        try:
            return future.result(timeout=POLL_SECONDS)
        except TimeoutError:
            continue


@dataclass(frozen=True, slots=True)
class Task:
    """One file to analyse: its display path, its bytes, the SHA-256 of the bytes and the
    limits that apply to what it expands to (EPUB)."""

    path: str
    data: bytes
    digest: str
    limits: Limits | None = None


@dataclass(frozen=True, slots=True)
class Analysed:
    """A file read and analysed: the record to save and the source it came from."""

    record: WorkRecord
    source: SourceRecord


@dataclass(frozen=True, slots=True)
class Rejection:
    """A file that cannot be imported, and why in plain words."""

    reason: str


Outcome = Analysed | Rejection


def file_hash(data: bytes) -> str:
    """Return the SHA-256 hex digest of a file's bytes."""
    return hashlib.sha256(data).hexdigest()


def read_task(item: InputFile, limits: Limits | None = None) -> Task | Rejection:
    """Read one listed input file into the ``Task`` that analyses it (its bytes and their
    hash), or return a ``Rejection`` naming why it cannot be read; never raises for a bad
    file."""
    try:
        data = item.read()
    except IngestError as exc:
        return Rejection(exc.reason)
    except Exception as exc:  # one odd file must not stop the whole import
        log.exception("unexpected error reading %s", item.path)
        return Rejection(f"unexpected error: {type(exc).__name__}: {exc}")
    return Task(item.path, data, file_hash(data), limits)


def analyse_file(task: Task) -> Outcome:
    """Read, analyse and build the record of one file. Returns ``Analysed``, or a
    ``Rejection`` naming the reason (unreadable, not a story, a pipeline stage failed, an
    unexpected error); never raises for a bad file."""
    return analyse_task(task, _work_of)


def _work_of(task: Task, doc: RawDocument, analysis: Analysis) -> Analysed:
    source = SourceRecord(
        path=task.path, file_hash=task.digest, size=len(task.data), format=doc.format
    )
    return Analysed(build_work_record(analysis), source)


def analyse_task(task: Task, finish: Callable[[Task, RawDocument, Analysis], T]) -> T | Rejection:
    """Read ``task``'s file, run the whole pipeline over it and return ``finish`` of the
    task, the document and its analysis (what an import or a batch keeps of it). Returns a
    ``Rejection`` naming the reason instead when the file cannot be read, is not a story,
    a pipeline stage fails or ``finish`` meets an unexpected error; never raises for a bad
    file."""
    try:
        doc = read_document(task.path, task.data, task.limits)
        return finish(task, doc, analyze(doc))
    except IngestError as exc:
        return Rejection(exc.reason)
    except PipelineError as exc:
        return Rejection(f"analysis failed: {exc}")
    except FicshelfError as exc:
        return Rejection(str(exc))
    except Exception as exc:  # a bug met by one odd file must not stop the whole batch
        log.exception("unexpected error analysing %s", task.path)
        return Rejection(f"unexpected error: {type(exc).__name__}: {exc}")


Analyse = Callable[[Task], Outcome]


def default_jobs() -> int:
    """Return the number of cores this process may run on (at least 1)."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not on Linux
        return max(1, os.cpu_count() or 1)


def _exit_with_parent() -> None:
    parent = multiprocessing.parent_process()
    if parent is None:
        return
    parent.join()  # returns when the importing process is gone, however it ended
    os._exit(1)  # nobody will read our results


def _start_worker() -> None:
    """Worker initializer: leave Ctrl-C to the importing process, and exit as soon as the
    importing process is gone (even after a ``kill -9``)."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    threading.Thread(target=_exit_with_parent, daemon=True).start()


def _context() -> multiprocessing.context.BaseContext:
    if "forkserver" in multiprocessing.get_all_start_methods():
        context = multiprocessing.get_context("forkserver")
        # Workers fork from a server that has imported the pipeline once.
        context.set_forkserver_preload([__name__])
        return context
    return multiprocessing.get_context("spawn")


class _AnalysisThread:
    """One daemon thread that analyses tasks in the order they are put, each into its own
    future. A daemon, so that Ctrl-C or an error in the caller never waits for a slow file:
    the process exits and the file is analysed again by the next import."""

    def __init__(self, analyse: Analyse) -> None:
        self.analyse = analyse
        self.todo: queue.SimpleQueue[tuple[Task, Future[Outcome]] | None] = queue.SimpleQueue()
        threading.Thread(target=self._run, name="ficshelf-analysis", daemon=True).start()

    def put(self, task: Task) -> Future[Outcome]:
        future: Future[Outcome] = Future()
        self.todo.put((task, future))
        return future

    def stop(self) -> None:
        """Cancel the tasks not started and let the thread end after the one it holds."""
        while True:
            try:
                item = self.todo.get_nowait()
            except queue.Empty:
                break
            if item is not None:
                item[1].cancel()
        self.todo.put(None)

    def _run(self) -> None:
        while (item := self.todo.get()) is not None:
            task, future = item
            if not future.set_running_or_notify_cancel():
                continue
            try:
                future.set_result(self.analyse(task))
            except BaseException as exc:  # handed to the caller, who waits on the future
                future.set_exception(exc)


class Pending:
    """The outcomes of one submitted chunk, in task order, each ready on its own: analysed by
    the worker processes (``in_workers``) or by the pool's thread (``jobs`` 1)."""

    def __init__(
        self,
        pool: AnalysisPool,
        tasks: Sequence[Task],
        each: Sequence[Future[Outcome]],
        *,
        in_workers: bool,
    ) -> None:
        self._pool = pool
        self.tasks = tuple(tasks)
        self._each = tuple(each)
        self._in_workers = in_workers
        self._generation = pool.generation
        self._alone: dict[int, Outcome] = {}  # analysed again alone, after a worker died

    def wait(self, place: int, timeout: float) -> bool:
        """Wait up to ``timeout`` seconds for the outcome of task ``place``; return whether
        ``outcome(place)`` now returns without waiting (but for analysing a file again alone
        after a worker died)."""
        if place in self._alone:
            return True
        future = self._each[place]
        deadline = time.monotonic() + max(0.0, timeout)
        while not future.done():
            left = deadline - time.monotonic()
            if left <= 0:
                return False
            wait([future], timeout=min(left, POLL_SECONDS))
        return True

    def outcome(self, place: int) -> Outcome:
        """Return the outcome of task ``place``, waiting for it if needed. A task a dead
        worker held is analysed again alone (``AnalysisPool.analyse_alone``). Raises
        ``CancelledError`` for a task of the pool's thread cancelled by ``stop()``, and
        ``WorkerError`` when the workers keep dying."""
        known = self._alone.get(place)
        if known is not None:
            return known
        future = self._each[place]
        if not self._in_workers:
            return _result(future)
        try:
            outcome = _result(future)
        except (BrokenProcessPool, CancelledError):  # cancelled: by the restart of a broken pool
            self._pool.restart(self._generation)
            outcome = self._alone[place] = self._pool.analyse_alone(self.tasks[place])
            return outcome
        self._pool.restarts = 0
        return outcome

    def result(self) -> list[Outcome]:
        """Return the outcome of each task, in order, waiting for the workers if needed."""
        return [self.outcome(place) for place in range(len(self.tasks))]


class AnalysisPool:
    """Worker processes that analyse files (see the module docstring) with ``analyse`` (a
    module-level function, so workers can import it). Use as a context manager, or call
    ``close()``. Raises ``ValueError`` if ``jobs`` is below 1."""

    def __init__(self, jobs: int, analyse: Analyse = analyse_file) -> None:
        if jobs < 1:
            raise ValueError("jobs must be at least 1")
        self.jobs = jobs
        self.analyse = analyse
        self.generation = 0
        self.restarts = 0  # since the last chunk a worker analysed
        self._executor: ProcessPoolExecutor | None = None
        self._thread: _AnalysisThread | None = None

    def _running(self) -> ProcessPoolExecutor:
        if self._executor is None:
            self._executor = ProcessPoolExecutor(
                max_workers=self.jobs, mp_context=_context(), initializer=_start_worker
            )
        return self._executor

    def submit(self, tasks: Sequence[Task]) -> Pending:
        """Start analysing ``tasks`` (in a worker when ``jobs`` > 1); return their
        ``Pending`` outcomes."""
        if self.jobs == 1:
            if self._thread is None:
                self._thread = _AnalysisThread(self.analyse)
            each = [self._thread.put(task) for task in tasks]
            return Pending(self, tasks, each, in_workers=False)
        try:
            each = [self._running().submit(self.analyse, task) for task in tasks]
        except BrokenProcessPool:
            self.restart(self.generation)
            each = [self._running().submit(self.analyse, task) for task in tasks]
        return Pending(self, tasks, each, in_workers=True)

    def restart(self, generation: int) -> None:
        """Replace a broken pool by a fresh one, unless that was done since ``generation``.
        Raises ``WorkerError`` after ``MAX_RESTARTS`` restarts in a row with no file
        analysed in between (workers that cannot start, or memory too short)."""
        if generation != self.generation:
            return
        if self._executor is not None:
            self._executor.shutdown(wait=False, cancel_futures=True)
        self._executor = None
        self.generation += 1
        self.restarts += 1
        if self.restarts > MAX_RESTARTS:
            raise WorkerError(
                f"the analysis processes died {self.restarts} times in a row; "
                "try again with --jobs 1"
            )
        log.warning("an analysis worker died; restarting the workers")

    def analyse_alone(self, task: Task) -> Outcome:
        """Analyse one file in a worker by itself: a file that kills its worker this way is
        rejected (the pool is restarted for the next one)."""
        generation = self.generation
        try:
            outcome = _result(self._running().submit(self.analyse, task))
        except BrokenProcessPool:
            self.restart(generation)
            return Rejection("the analysis process died while reading it")
        self.restarts = 0
        return outcome

    def close(self) -> None:
        """Stop the workers (pending chunks are cancelled; a file being analysed by the
        thread of ``jobs`` 1 is left to it, and dropped when the process exits)."""
        if self._thread is not None:
            self._thread.stop()
            self._thread = None
        if self._executor is not None:
            self._executor.shutdown(wait=True, cancel_futures=True)
            self._executor = None

    def __enter__(self) -> AnalysisPool:
        return self

    def stop(self) -> None:
        """Stop at once (Ctrl-C, an error): end the worker processes without waiting for the
        files they hold, which the next import analyses again."""
        executor = self._executor
        if executor is not None:
            processes = list(executor._processes.values())
            # (typeshed types this attribute as the thread's wakeup pipe; it is the thread)
            manager: threading.Thread | None = getattr(executor, "_executor_manager_thread", None)
            executor.shutdown(wait=False, cancel_futures=True)
            for process in processes:
                process.terminate()
            for process in processes:
                process.join()
            # The executor's thread sees its workers gone and closes its pipes; joined here,
            # or the interpreter's exit hook may write to a pipe it is closing ("Exception
            # ignored ... OSError: [Errno 9] Bad file descriptor" after the message).
            if manager is not None:
                manager.join(STOP_SECONDS)
            self._executor = None
        self.close()

    def __exit__(
        self,
        kind: type[BaseException] | None,
        value: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        if kind is None:
            self.close()
        else:
            self.stop()
