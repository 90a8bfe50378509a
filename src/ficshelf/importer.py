"""Importing stories: the one orchestration function every entry point calls.

``import_inputs`` (and ``import_paths`` over files, folders and zip archives) takes each
input through read → analyse → build record → save → reconcile, reports each outcome as an
``ImportEvent`` to a callback (the CLI's progress bar) and returns an ``ImportSummary``. A
file that cannot be read becomes a ``rejected`` event that names the reason; the rest of the
import goes on.

How a large import runs:

- The importing process reads each file and hashes its bytes; files already stored with the
  same bytes (looked up ``LOOKUP`` paths a statement) are ``unchanged`` without being parsed.
- The others are analysed by ``jobs`` worker processes (``ingest.workers``; in this process
  when ``jobs`` is 1 or there are fewer than ``PARALLEL_FROM`` files), in chunks, up to
  ``AHEAD_FILES`` files or ``AHEAD_BYTES`` bytes ahead of the writer.
- Only the importing process writes: ``BATCH`` analysed works per transaction (fewer once
  the first has waited ``FLUSH_SECONDS``, even while a slow file is still analysed), with each
  search document written once per batch (``store.reindex``), the vocabulary's synonyms set
  once and the library reconciled once for the batch (``library.reconcile_works``). A batch
  the database refuses is saved again one work per transaction, so one bad work is rejected
  alone. Events are reported once their batch is committed, in input order.

A crash or ``kill -9`` leaves every batch either committed whole or not at all; importing
again skips what was committed and completes the rest.
"""

from __future__ import annotations

import logging
import time
from collections import Counter, deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from itertools import islice
from os import PathLike
from typing import Any

from sqlalchemy import Connection
from sqlalchemy.exc import DBAPIError

from ficshelf.errors import IngestError
from ficshelf.ingest.archive import InputFile, Limits, Skipped, iter_inputs
from ficshelf.ingest.workers import (
    Analysed,
    AnalysisPool,
    Pending,
    Rejection,
    Task,
    default_jobs,
    read_task,
)
from ficshelf.ingest.workers import (
    file_hash as file_hash,  # part of this module's interface
)
from ficshelf.library import reconcile_works
from ficshelf.model import RawDocument, SourceRecord
from ficshelf.records import build_work_record
from ficshelf.store.db import Database
from ficshelf.store.lost_connection import lost_connection
from ficshelf.store.reindex import deferred_reindex
from ficshelf.store.tags import set_canonical
from ficshelf.store.works import LeftCopy, SaveOutcome, SaveStatus, find_sources, save_work
from ficshelf.understand import analyze
from ficshelf.vocabulary import synonyms

log = logging.getLogger(__name__)
MAX_PATH_BYTES = 2000  # a source path is a unique key; PostgreSQL indexes keys up to ~2.7 KB
BATCH = 64
"""Analysed works saved per transaction."""
FLUSH_SECONDS = 2.0
"""A batch is committed once its first entry is this old, however few works it holds."""
LOOKUP = 64
"""Files read, hashed and looked up in the database at a time."""
PARALLEL_FROM = 32
"""Imports of fewer files than this are analysed in the importing process."""
CHUNK_FILES = 4
CHUNK_BYTES = 1 << 20
"""A chunk sent to a worker holds up to this many files or (past the first file) bytes."""
AHEAD_FILES = 2 * BATCH
AHEAD_BYTES = 64 << 20
"""How far reading and analysis may run ahead of the writer."""
_SAVED = (SaveStatus.IMPORTED, SaveStatus.UPDATED)


class ImportStatus(StrEnum):
    """What importing one file did."""

    IMPORTED = "imported"
    UPDATED = "updated"
    UNCHANGED = "unchanged"
    DUPLICATE = "duplicate"
    REJECTED = "rejected"
    SKIPPED = "skipped"


@dataclass(frozen=True, slots=True)
class ImportEvent:
    """The outcome for one input: its path, status, the work it maps to, for a rejected
    or skipped file the reason in plain words (``detail``: the same for this input alone,
    naming its file, when ``reason`` is the kind its summary counts), for a re-analysed
    work (``reanalysis``) the tags it gained and lost, and for a copy of a work whose story
    changed, so that it left that work (``left``), that work and the file it belongs to."""

    path: str
    status: ImportStatus
    work_id: int | None = None
    reason: str | None = None
    changes: tuple[str, ...] = ()  # what a re-analysis changed ("+pov:First Person")
    detail: str | None = None  # "its file is gone (/fics/a.html): import the file again …"
    left: LeftCopy | None = None  # the work this changed copy was a copy of, and its file


@dataclass
class ImportSummary:
    """Counts per status, every rejected file with its reason, and how many files were
    skipped for each reason."""

    counts: Counter[ImportStatus] = field(default_factory=Counter)
    rejected: list[ImportEvent] = field(default_factory=list)
    skipped: Counter[str] = field(default_factory=Counter)

    def add(self, event: ImportEvent) -> None:
        self.counts[event.status] += 1
        if event.status is ImportStatus.REJECTED:
            self.rejected.append(event)
        elif event.status is ImportStatus.SKIPPED:
            self.skipped[event.reason or "skipped"] += 1

    @property
    def total(self) -> int:
        return sum(self.counts.values())


def _rejected(path: str, reason: str) -> ImportEvent:
    return ImportEvent(path, ImportStatus.REJECTED, reason=reason)


def _event(path: str, outcome: SaveOutcome) -> ImportEvent:
    status = ImportStatus(outcome.status.value)
    return ImportEvent(path, status, outcome.work_id, left=outcome.left)


SaveIn = Callable[[Connection, Sequence[Analysed]], list[ImportEvent]]
"""Saves analysed works in the caller's transaction and returns their events, in order."""


def _save_in(conn: Connection, works: Sequence[Analysed]) -> list[SaveOutcome]:
    """Save ``works`` in the caller's transaction: each work, then the vocabulary's synonyms
    of their tags, then the library reconciled around the new and changed ones, with every
    search document written once at the end."""
    with deferred_reindex(conn):
        outcomes = [save_work(conn, work.record, work.source) for work in works]
        record_synonyms(conn, works)
        reconcile_works(conn, [o.work_id for o in outcomes if o.status in _SAVED])
    return outcomes


def record_synonyms(conn: Connection, works: Sequence[Analysed]) -> None:
    """Record the vocabulary's synonyms among the tags of ``works`` ("Teen And Up Audiences"
    → "Teen")."""
    made = dict.fromkeys(syn for work in works for syn in synonyms(work.record.tags))
    for type_, name, canonical in made:
        set_canonical(conn, (type_, name), (type_, canonical))


def _save_files(conn: Connection, works: Sequence[Analysed]) -> list[ImportEvent]:
    outcomes = _save_in(conn, works)
    return [_event(w.source.path, o) for w, o in zip(works, outcomes, strict=True)]


def _save_one(db: Database, work: Analysed, save_in: SaveIn) -> ImportEvent:
    """Save one work in its own transaction; a refusal becomes a rejected event. Raises
    ``DBAPIError`` when the connection was lost or the server refuses connections
    (``store.lost_connection``: the import cannot go on)."""
    path = work.source.path
    try:
        with db.begin() as conn:
            return save_in(conn, [work])[0]
    except DBAPIError as exc:
        if lost_connection(exc) is not None:
            raise  # the database went away: stop rather than reject every file after it
        return _rejected(path, f"database refused it: {exc.orig}")
    except Exception as exc:  # a bug met by one odd file must not stop the whole batch
        if lost_connection(exc) is not None:
            raise
        log.exception("unexpected error saving %s", path)
        return _rejected(path, f"unexpected error: {type(exc).__name__}: {exc}")


def save_batch(
    db: Database, works: Sequence[Analysed], save_in: SaveIn = _save_files
) -> list[ImportEvent]:
    """Save ``works`` in one transaction with ``save_in`` (default: as imported files) and
    return their events, in order. When the database refuses the batch, each work is saved
    again in a transaction of its own, so a bad one is rejected alone. Raises ``DBAPIError``
    when the connection was lost."""
    if not works:
        return []
    if len(works) > 1:
        try:
            with db.begin() as conn:
                return save_in(conn, works)
        except DBAPIError as exc:
            if lost_connection(exc) is not None:
                raise
            log.warning(
                "a batch of %d works was refused (%s); saving them one by one", len(works), exc.orig
            )
        except Exception as exc:
            if lost_connection(exc) is not None:
                raise
            log.exception("a batch of %d works failed; saving them one by one", len(works))
    return [_save_one(db, work, save_in) for work in works]


def import_document(db: Database, doc: RawDocument, source: SourceRecord) -> ImportEvent:
    """Analyse ``doc``, save it as a work and reconcile the library around it, in one
    transaction.

    Returns the event (imported, updated, unchanged or duplicate). Raises ``PipelineError``
    when a stage fails and ``StoreError`` (or SQLAlchemy errors) when the database refuses.
    """
    work = Analysed(build_work_record(analyze(doc)), source)
    with db.begin() as conn:
        return _save_files(conn, [work])[0]


def _too_long(path: str) -> ImportEvent | None:
    size = len(path.encode("utf-8"))
    if size > MAX_PATH_BYTES:
        return _rejected(path, f"path too long to record ({size} bytes; at most {MAX_PATH_BYTES})")
    return None


def import_file(db: Database, item: InputFile, limits: Limits | None = None) -> ImportEvent:
    """Import one input file: skip it when its bytes are already stored under its path,
    otherwise read, analyse and save it. Never raises for a bad file: returns a rejected
    event naming the reason instead (a lost database connection is raised)."""
    with AnalysisPool(1) as pool:
        return next(_Importer(db, pool, limits).events([item]))


# What the read-ahead holds for each input, in input order: a finished event, or a task
# with the chunk that analyses it and its place in the chunk.
_Entry = ImportEvent | tuple[Task, Pending, int]


LookUp = Callable[[Sequence[Any]], list[ImportEvent | Task]]
"""Turns a group of inputs into, per input, a finished event or a task to analyse."""


class _Importer:
    """One import: reads and looks up files ahead (``look_up``, default: files by path),
    has them analysed, writes in batches (``save_in``, default: as imported files)."""

    def __init__(
        self,
        db: Database,
        pool: AnalysisPool,
        limits: Limits | None,
        *,
        look_up: LookUp | None = None,
        save_in: SaveIn = _save_files,
    ) -> None:
        self.db = db
        self.pool = pool
        self.limits = limits
        self.look_up: LookUp = look_up or self._looked_up
        self.save_in = save_in

    def _prepare(self, item: InputFile | IngestError | Skipped) -> ImportEvent | Task:
        if isinstance(item, IngestError):
            return _rejected(item.path, item.reason)
        if isinstance(item, Skipped):
            return ImportEvent(item.path, ImportStatus.SKIPPED, reason=item.reason)
        too_long = _too_long(item.path)
        if too_long is not None:
            return too_long
        task = read_task(item, self.limits)
        return _rejected(item.path, task.reason) if isinstance(task, Rejection) else task

    def _looked_up(
        self, items: Sequence[InputFile | IngestError | Skipped]
    ) -> list[ImportEvent | Task]:
        """Read and hash ``items``; files stored with the same bytes become ``unchanged``."""
        prepared = [self._prepare(item) for item in items]
        paths = [p.path for p in prepared if isinstance(p, Task)]
        if not paths:
            return prepared
        with self.db.connect() as conn:
            known = find_sources(conn, paths)
        looked: list[ImportEvent | Task] = []
        for entry in prepared:
            stored = known.get(entry.path) if isinstance(entry, Task) else None
            if isinstance(entry, Task) and stored is not None and stored.file_hash == entry.digest:
                looked.append(ImportEvent(entry.path, ImportStatus.UNCHANGED, stored.work_id))
            else:
                looked.append(entry)
        return looked

    def _entries(self, inputs: Iterable[Any]) -> Iterator[_Entry]:
        """Yield an entry per input, in order, keeping the workers busy ahead of the caller."""
        ahead = _ReadAhead(self.pool)
        items = iter(inputs)
        while group := list(islice(items, LOOKUP)):
            for entry in self.look_up(group):
                ahead.add(entry)
                while ahead.over():
                    yield ahead.pop()
            ahead.send()
        while ahead:
            yield ahead.pop()

    def events(self, inputs: Iterable[Any]) -> Iterator[ImportEvent]:
        """Yield the event of each input, in order, each once its work is committed. A batch
        is committed once it holds ``BATCH`` works or its first entry has waited
        ``FLUSH_SECONDS``, also while the next file is still being analysed."""
        waiting: list[ImportEvent | Analysed] = []
        analysed = 0
        started = time.monotonic()
        for entry in self._entries(inputs):
            item: ImportEvent | Analysed
            if isinstance(entry, ImportEvent):
                item = entry
            else:
                task, pending, place = entry
                left = started + FLUSH_SECONDS - time.monotonic()
                if waiting and not pending.wait(place, left):
                    yield from self._flush(waiting)  # what is ready, while this file runs
                    waiting, analysed = [], 0
                outcome = pending.outcome(place)
                if isinstance(outcome, Rejection):
                    item = _rejected(task.path, outcome.reason)
                else:
                    item = outcome
                    analysed += 1
            if not waiting:
                started = time.monotonic()
            waiting.append(item)
            full = analysed >= BATCH or len(waiting) >= 8 * BATCH
            if full or time.monotonic() - started >= FLUSH_SECONDS:
                yield from self._flush(waiting)
                waiting, analysed = [], 0
        yield from self._flush(waiting)

    def _flush(self, waiting: Sequence[ImportEvent | Analysed]) -> Iterator[ImportEvent]:
        works = [entry for entry in waiting if isinstance(entry, Analysed)]
        saved = iter(save_batch(self.db, works, self.save_in))
        for entry in waiting:
            yield entry if isinstance(entry, ImportEvent) else next(saved)


class _ReadAhead:
    """Entries read ahead of the writer, in input order: tasks are gathered into chunks
    and submitted to the pool; ``over()`` says when too much is held."""

    def __init__(self, pool: AnalysisPool) -> None:
        self.pool = pool
        self.ready: deque[_Entry] = deque()
        self.unsent: list[ImportEvent | Task] = []
        self.unsent_files = self.unsent_bytes = 0
        self.files = self.bytes = 0

    def __bool__(self) -> bool:
        return bool(self.ready or self.unsent)

    def add(self, entry: ImportEvent | Task) -> None:
        self.unsent.append(entry)
        if isinstance(entry, Task):
            self.unsent_files += 1
            self.unsent_bytes += len(entry.data)
            self.files += 1
            self.bytes += len(entry.data)
            if self.unsent_files >= CHUNK_FILES or self.unsent_bytes >= CHUNK_BYTES:
                self.send()

    def send(self) -> None:
        """Submit the tasks not sent yet as one chunk."""
        tasks = [entry for entry in self.unsent if isinstance(entry, Task)]
        pending = self.pool.submit(tasks) if tasks else None
        place = 0
        for entry in self.unsent:
            if isinstance(entry, Task) and pending is not None:
                self.ready.append((entry, pending, place))
                place += 1
            elif isinstance(entry, ImportEvent):
                self.ready.append(entry)
        self.unsent.clear()
        self.unsent_files = self.unsent_bytes = 0

    def over(self) -> bool:
        return self.files > AHEAD_FILES or self.bytes > AHEAD_BYTES

    def pop(self) -> _Entry:
        if not self.ready:
            self.send()
        entry = self.ready.popleft()
        if not isinstance(entry, ImportEvent):
            self.files -= 1
            self.bytes -= len(entry[0].data)
        return entry


def collect_inputs(
    paths: Iterable[str | PathLike[str]], limits: Limits | None = None
) -> list[InputFile | IngestError | Skipped]:
    """Return every input below ``paths`` (files, folders, zip members) without reading them,
    so a caller can show a progress bar with a total."""
    return list(iter_inputs(paths, limits or Limits()))


def import_inputs(
    db: Database,
    inputs: Sequence[InputFile | IngestError | Skipped],
    on_event: Callable[[ImportEvent], object] | None = None,
    limits: Limits | None = None,
    *,
    jobs: int | None = None,
) -> ImportSummary:
    """Import every collected input, calling ``on_event`` after each one (once it is
    committed); return the summary. ``jobs`` worker processes analyse the files (default:
    one per core; 1 analyses in this process). Raises ``ValueError`` if ``jobs`` is below 1
    and ``DBAPIError`` if the database connection is lost."""
    files = sum(isinstance(item, InputFile) for item in inputs)
    return analyse_and_save(db, inputs, files, on_event, limits=limits, jobs=jobs)


def analyse_and_save(
    db: Database,
    inputs: Iterable[Any],
    files: int,
    on_event: Callable[[ImportEvent], object] | None = None,
    *,
    limits: Limits | None = None,
    jobs: int | None = None,
    look_up: LookUp | None = None,
    save_in: SaveIn = _save_files,
) -> ImportSummary:
    """Run ``inputs`` (``files`` of them to analyse) through the import's machinery: each
    group of inputs looked up (``look_up``, default: files by path), the tasks analysed by
    ``jobs`` workers (in this process below ``PARALLEL_FROM`` files), saved in batches
    (``save_in``), ``on_event`` called for each once committed, in order. Returns the
    summary. Raises ``ValueError`` if ``jobs`` is below 1 and ``DBAPIError`` if the
    database connection is lost."""
    jobs = default_jobs() if jobs is None else jobs
    if jobs < 1:
        raise ValueError("jobs must be at least 1")
    summary = ImportSummary()
    with AnalysisPool(jobs if files >= PARALLEL_FROM else 1) as pool:
        importer = _Importer(db, pool, limits, look_up=look_up, save_in=save_in)
        for event in importer.events(inputs):
            summary.add(event)
            if on_event is not None:
                on_event(event)
    return summary


def import_paths(
    db: Database,
    paths: Iterable[str | PathLike[str]],
    *,
    limits: Limits | None = None,
    on_event: Callable[[ImportEvent], object] | None = None,
    jobs: int | None = None,
) -> ImportSummary:
    """Import files, folders (recursively) and zip archives; return the summary (see
    ``import_inputs`` for ``jobs``).

    Idempotent: importing the same files again reports them unchanged and writes nothing.
    """
    return import_inputs(db, collect_inputs(paths, limits), on_event, limits, jobs=jobs)
