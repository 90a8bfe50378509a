"""Importing stories: the one orchestration function every entry point calls.

``import_file`` takes one input file through read → analyse → build record → save, in one
database transaction, and reports what happened as an ``ImportEvent``. ``import_paths`` runs it
over files, folders and zip archives, reporting each event to a callback (the CLI's progress bar)
and returning an ``ImportSummary``. A file that cannot be read becomes a ``rejected`` event that
names the reason; the rest of the batch goes on.
"""

from __future__ import annotations

import hashlib
import logging
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from os import PathLike

from sqlalchemy.exc import DBAPIError

from ficshelf.errors import FicshelfError, IngestError, PipelineError
from ficshelf.ingest import read_document
from ficshelf.ingest.archive import InputFile, Limits, Skipped, iter_inputs
from ficshelf.library import reconcile_work
from ficshelf.model import RawDocument, SourceRecord
from ficshelf.records import build_work_record
from ficshelf.store.db import Database
from ficshelf.store.tags import set_canonical
from ficshelf.store.works import find_source, save_work
from ficshelf.understand import analyze
from ficshelf.vocabulary import synonyms

log = logging.getLogger(__name__)
MAX_PATH_BYTES = 2000  # a source path is a unique key; PostgreSQL indexes keys up to ~2.7 KB


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
    """The outcome for one input: its path, status, the work it maps to and, for a
    rejected or skipped file, the reason in plain words."""

    path: str
    status: ImportStatus
    work_id: int | None = None
    reason: str | None = None


@dataclass
class ImportSummary:
    """Counts per status and every rejected file with its reason."""

    counts: Counter[ImportStatus] = field(default_factory=Counter)
    rejected: list[ImportEvent] = field(default_factory=list)

    def add(self, event: ImportEvent) -> None:
        self.counts[event.status] += 1
        if event.status is ImportStatus.REJECTED:
            self.rejected.append(event)

    @property
    def total(self) -> int:
        return sum(self.counts.values())


def file_hash(data: bytes) -> str:
    """Return the SHA-256 hex digest of a file's bytes."""
    return hashlib.sha256(data).hexdigest()


def import_document(db: Database, doc: RawDocument, source: SourceRecord) -> ImportEvent:
    """Analyse ``doc``, save it as a work and reconcile the library around it
    (``library.reconcile_work``), in one transaction.

    Returns the event (imported, updated, unchanged or duplicate). Raises ``PipelineError``
    when a stage fails and ``StoreError`` (or SQLAlchemy errors) when the database refuses.
    """
    analysis = analyze(doc)
    record = build_work_record(analysis)
    with db.begin() as conn:
        outcome = save_work(conn, record, source)
        for type_, name, canonical in synonyms(record.tags):
            set_canonical(conn, (type_, name), (type_, canonical))
        reconcile_work(conn, outcome.work_id)
    return ImportEvent(source.path, ImportStatus(outcome.status.value), outcome.work_id)


def import_file(db: Database, item: InputFile, limits: Limits | None = None) -> ImportEvent:
    """Import one input file: skip it when its bytes are already stored under its path,
    otherwise read, analyse and save it. Never raises for a bad file: returns a rejected
    event naming the reason instead."""
    try:
        if len(item.path.encode("utf-8")) > MAX_PATH_BYTES:
            size = len(item.path.encode("utf-8"))
            reason = f"path too long to record ({size} bytes; at most {MAX_PATH_BYTES})"
            return ImportEvent(item.path, ImportStatus.REJECTED, reason=reason)
        data = item.read()
        digest = file_hash(data)
        with db.connect() as conn:
            known = find_source(conn, item.path)
        if known is not None and known.file_hash == digest:
            return ImportEvent(item.path, ImportStatus.UNCHANGED, known.work_id)
        doc = read_document(item.path, data, limits)
        source = SourceRecord(path=item.path, file_hash=digest, size=len(data), format=doc.format)
        return import_document(db, doc, source)
    except IngestError as exc:
        return ImportEvent(item.path, ImportStatus.REJECTED, reason=exc.reason)
    except PipelineError as exc:
        return ImportEvent(item.path, ImportStatus.REJECTED, reason=f"analysis failed: {exc}")
    except FicshelfError as exc:
        return ImportEvent(item.path, ImportStatus.REJECTED, reason=str(exc))
    except DBAPIError as exc:
        if exc.connection_invalidated:
            raise  # the database went away: stop rather than reject every file after it
        return ImportEvent(
            item.path, ImportStatus.REJECTED, reason=f"database refused it: {exc.orig}"
        )
    except Exception as exc:  # a bug met by one odd file must not stop the whole batch
        log.exception("unexpected error importing %s", item.path)
        reason = f"unexpected error: {type(exc).__name__}: {exc}"
        return ImportEvent(item.path, ImportStatus.REJECTED, reason=reason)


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
) -> ImportSummary:
    """Import every collected input, calling ``on_event`` after each one; return the summary."""
    summary = ImportSummary()
    for item in inputs:
        if isinstance(item, IngestError):
            event = ImportEvent(item.path, ImportStatus.REJECTED, reason=item.reason)
        elif isinstance(item, Skipped):
            event = ImportEvent(item.path, ImportStatus.SKIPPED, reason=item.reason)
        else:
            event = import_file(db, item, limits)
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
) -> ImportSummary:
    """Import files, folders (recursively) and zip archives; return the summary.

    Idempotent: importing the same files again reports them unchanged and writes nothing.
    """
    return import_inputs(db, collect_inputs(paths, limits), on_event, limits)
