"""Re-analysing stored works with this version's pipeline (``ficshelf reanalyze``).

Importing a file again re-analyses it only when its bytes changed, and ``reconcile`` only
re-runs the library's tag wrangler, so an upgraded pipeline would otherwise never reach the
stories already stored. ``reanalyze_works`` runs them through the import's own machinery
(``importer.analyse_and_save``: worker processes, a batch of works per transaction with a
refused batch saved again one work per transaction, events in order once committed) and
rewrites each work in place (``store.works.rewrite_analysis``): same id and sources, every
person's edit kept, the file's tags read again from the same input, the inferred tags,
characters, speakers and notes from the new analysis.

What is analysed: a plain-text work's stored text (the decoded file, which is all the
pipeline read from it); an HTML or EPUB work's own file, when it is still where it was
imported from with the same bytes (its tags, notes and chapters are in the markup, not in
the stored text). A work whose file is gone or changed is skipped with the reason
(importing the file again analyses it anew).

Series: a re-analysis reads each HTML or EPUB work's series from its file again, so a
library upgraded from before series kept AO3's series page (migration 0016) gets its series
linked to their pages here; ``series_change_lines`` says which series were linked, renamed,
made or emptied.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

from sqlalchemy import Connection

from ficshelf.counted_words import counted, skipped_by_reason
from ficshelf.importer import (
    ImportEvent,
    ImportStatus,
    ImportSummary,
    analyse_and_save,
    file_hash,
    record_synonyms,
)
from ficshelf.ingest import TEXT_SUFFIXES
from ficshelf.ingest.archive import Limits, suffix_of
from ficshelf.ingest.txt import TEXT_FORMAT
from ficshelf.ingest.workers import Analysed, Task
from ficshelf.library import reconcile_works
from ficshelf.store.db import Database
from ficshelf.store.reindex import deferred_reindex
from ficshelf.store.stored_texts import StoredText, stored_texts
from ficshelf.store.tags import work_tags
from ficshelf.store.works import rewrite_analysis


def reanalyze_works(
    db: Database,
    work_ids: Sequence[int],
    on_event: Callable[[ImportEvent], object] | None = None,
    *,
    jobs: int | None = None,
) -> ImportSummary:
    """Re-analyse the works ``work_ids`` (the module docstring), calling ``on_event`` for
    each once committed: ``updated`` with the tags it gained and lost (``changes``:
    "+pov:First Person", "-pov:Third Person"), ``unchanged`` when its tags are the same,
    ``skipped`` when there is nothing to analyse (``reason``: its kind, "its file is gone";
    ``detail``: the same with the file's path and what to do), ``rejected`` when the
    analysis failed. An event's ``path`` is "work 12 (Title)". Returns the summary. Raises
    ``ValueError`` if ``jobs`` is below 1 and ``DBAPIError`` if the connection is lost."""
    run = _Reanalysis(db)
    return analyse_and_save(
        db,
        list(work_ids),
        len(work_ids),
        on_event,
        jobs=jobs,
        look_up=run.look_up,
        save_in=run.save_in,
    )


def _label(work_id: int, title: str | None) -> str:
    return f"work {work_id}" + (f" ({title})" if title else "")


def _file_bytes(stored: StoredText) -> bytes | tuple[str, str]:
    """The bytes of a marked-up work's own file, or why they cannot be read: the kind of
    reason (what the closing lines count) and the reason for this work (with its path)."""
    if stored.path is None:
        return _NO_FILE, f"{_NO_FILE} (import its file again to re-analyse it)"
    try:
        data = Path(stored.path).read_bytes()
    except OSError:
        return _GONE, f"{_GONE} ({stored.path}): import the file again to re-analyse it"
    if file_hash(data) != stored.file_hash:
        return _CHANGED, f"{_CHANGED} ({stored.path}): import it to update"
    return data


_NO_FILE = "no file holds it"
_GONE = "its file is gone"
_CHANGED = "its file changed since it was imported"


class _Reanalysis:
    """One re-analysis: which task is which work, and how a re-analysed work is saved."""

    def __init__(self, db: Database) -> None:
        self.db = db
        self.works: dict[str, tuple[int, str]] = {}  # task path → (work id, label)

    def look_up(self, work_ids: Sequence[int]) -> list[ImportEvent | Task]:
        with self.db.connect() as conn:
            stored = stored_texts(conn, work_ids)
        return [self._task(work_id, stored.get(work_id)) for work_id in work_ids]

    def _task(self, work_id: int, stored: StoredText | None) -> ImportEvent | Task:
        if stored is None:
            return ImportEvent(_label(work_id, None), ImportStatus.REJECTED, reason="no such work")
        label = _label(work_id, stored.title)
        if stored.format == TEXT_FORMAT:
            data = stored.text.encode("utf-8")
            named = stored.path is not None and suffix_of(stored.path) in TEXT_SUFFIXES
            path = stored.path if named and stored.path else f"work-{work_id}.txt"
        else:
            found = _file_bytes(stored)
            if isinstance(found, tuple):
                reason, detail = found
                return ImportEvent(
                    label, ImportStatus.SKIPPED, work_id, reason=reason, detail=detail
                )
            data, path = found, stored.path or label
        self.works[path] = (work_id, label)
        return Task(path, data, file_hash(data), Limits())

    def save_in(self, conn: Connection, works: Sequence[Analysed]) -> list[ImportEvent]:
        """Rewrite each work from its new analysis, then record the vocabulary's synonyms
        and reconcile the library around them, as an import does; each event says how the
        work's tags changed."""
        found = [self.works[work.source.path] for work in works]
        ids = [work_id for work_id, _ in found]
        with deferred_reindex(conn):
            before = {work_id: _shown(conn, work_id) for work_id in ids}
            for (work_id, _), work in zip(found, works, strict=True):
                rewrite_analysis(conn, work_id, work.record)
            record_synonyms(conn, works)
            reconcile_works(conn, ids)
            events = []
            for work_id, label in found:
                now = _shown(conn, work_id)
                changes = tuple(
                    [f"+{tag}" for tag in sorted(now - before[work_id])]
                    + [f"-{tag}" for tag in sorted(before[work_id] - now)]
                )
                status = ImportStatus.UPDATED if changes else ImportStatus.UNCHANGED
                events.append(ImportEvent(label, status, work_id, changes=changes))
        return events


def _shown(conn: Connection, work_id: int) -> set[str]:
    """The tags work ``work_id`` shows, as "type:name" (canonical names)."""
    return {f"{tag.type.value}:{tag.canonical}" for tag in work_tags(conn, work_id)}


SeriesLinks = dict[int, tuple[str, str | None]]
"""Every series' name and AO3 page by id (``store.series_reads.series_links``)."""


def series_change_lines(before: SeriesLinks, after: SeriesLinks) -> list[str]:
    """What a re-analysis did to the library's series, from their names and pages
    ``before`` and ``after`` it: a line for each series linked to its AO3 page ("series 3
    (Gullrock Letters): linked to https://archiveofourown.org/series/501"), then counts
    ("3 series linked to their AO3 pages", "1 series renamed", "1 series made", "1 series
    gone"); nothing when no series changed."""
    linked = [
        (series_id, name, url)
        for series_id, (name, url) in sorted(after.items())
        if url is not None and (series_id not in before or before[series_id][1] != url)
    ]
    renamed = [i for i, (name, _) in after.items() if i in before and before[i][0] != name]
    made = [i for i in after if i not in before]
    gone = [i for i in before if i not in after]
    lines = [f"series {i} ({name}): linked to {url}" for i, name, url in linked]
    if linked:
        pages = "its AO3 page" if len(linked) == 1 else "their AO3 pages"
        lines.append(f"{len(linked):,} series linked to {pages}")
    for count, what in ((renamed, "renamed"), (made, "made"), (gone, "gone")):
        if count:
            lines.append(f"{len(count):,} series {what}")
    return lines


def summary_lines(summary: ImportSummary) -> list[str]:
    """The closing lines of a re-analysis: the works re-analysed (changed or not), those
    skipped and rejected, then the skipped works counted by kind of reason ("skipped: its
    file is gone: 3"; each work's own line names its file)."""
    counts = summary.counts
    changed, unchanged = counts[ImportStatus.UPDATED], counts[ImportStatus.UNCHANGED]
    lines = [
        f"{counted(changed + unchanged, 'work')} re-analysed: {changed:,} changed, "
        f"{unchanged:,} unchanged; {counts[ImportStatus.SKIPPED]:,} skipped, "
        f"{counts[ImportStatus.REJECTED]:,} rejected"
    ]
    skipped = skipped_by_reason(summary.skipped)
    return [*lines, skipped] if skipped else lines
