"""What a Dask worker does with one partition of a batch: read each story file with the
ingest code, run the whole pipeline and keep the ``analyze --json`` object.

Runs in the worker processes, so it imports nothing of Dask; a bad file is a
``Rejection`` naming the reason (``ingest.workers.analyse_task``), never an exception that
would fail the whole partition.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from ficshelf.ingest.workers import Rejection, Task, analyse_task
from ficshelf.model import Analysis, RawDocument, TagRecord, TagType
from ficshelf.records import text_hash, work_tags
from ficshelf.understand.report import analysis_to_dict


@dataclass(frozen=True, slots=True)
class Story:
    """One story analysed: its display path, its format ("txt", "html", "ao3", "epub"),
    its size in bytes, the SHA-256 of its bytes, its ``analyze --json`` object, the
    character and fandom tags ``ficshelf import`` would store for it (what the library's
    fandom inference reads) and the text the pipeline analysed, which the analysis's
    offsets index (for plain text the decoded file; for HTML and EPUB the story's text
    extracted from the markup), with its content hash (``records.text_hash``, by which
    ``ficshelf import`` finds duplicates)."""

    path: str
    format: str
    size: int
    digest: str
    analysis: dict[str, Any]
    characters: tuple[TagRecord, ...] = ()
    fandoms: tuple[TagRecord, ...] = ()
    text: str = ""
    text_hash: str = ""


@dataclass(frozen=True, slots=True)
class Refused:
    """A story file that could not be analysed: its display path and the reason."""

    path: str
    reason: str


StoryOutcome = Story | Refused


def _story(task: Task, doc: RawDocument, analysis: Analysis) -> Story:
    tags = work_tags(analysis)
    return Story(
        task.path,
        doc.format,
        len(task.data),
        task.digest,
        analysis_to_dict(analysis),
        tuple(t for t in tags if t.type == TagType.CHARACTER),
        tuple(t for t in tags if t.type == TagType.FANDOM),
        analysis.text,
        text_hash(analysis.text),
    )


def analyse_story(task: Task) -> StoryOutcome:
    """Return the ``Story`` of one file, or ``Refused`` with the reason it cannot be read or
    analysed (as ``ficshelf import`` words it); never raises for a bad file."""
    done = analyse_task(task, _story)
    return Refused(task.path, done.reason) if isinstance(done, Rejection) else done


def analyse_partition(tasks: Sequence[Task]) -> list[StoryOutcome]:
    """Return the outcome of each task of one partition, in order (one Dask task)."""
    return [analyse_story(task) for task in tasks]
