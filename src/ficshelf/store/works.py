"""Saving and deleting works: one ``save_work`` call stores one imported file.

The caller wraps each call, or a batch of calls, in one transaction (``Database.begin()``);
nothing here commits. ``find_source`` and ``find_sources`` let an importer skip a file it has
already stored before parsing it. The search document and the "more like this" signature of
a saved work are written through ``store.reindex``, so a batch inside ``deferred_reindex``
writes each once, from the work's final tags.

How ``save_work`` decides, from the file's path and the hashes of its bytes and its text:

- path known, same file hash: nothing is written (UNCHANGED);
- path known, file changed, same text: only the source row is updated (UNCHANGED);
- path known, file changed, new text, the work is this file's (it was imported from it, or
  no other file shares it): the work is rewritten in place, keeping its id and every editor
  tag link, removals included, and readers' kudos, bookmarks and comments, each comment
  on a chapter following that chapter (``store.comments.follow_chapters``), as the
  chapter readers' histories keep does (``store.readings.follow_chapters``), and a
  person's placing of it in a series (``store.series``) (UPDATED).
  Its duplicates (other files recorded with the old text) stay sources of it, as copies
  of an earlier version: importing one again is UNCHANGED while its bytes are, and once
  they change it is decided like any other file;
- path known, file changed, new text, the file is a duplicate of a work another file
  holds: the work stays as it is (with its editor links) and a new work is inserted for
  this file, which now holds it (IMPORTED);
- path known, new text already another work's: the source row is pointed at that work as a
  duplicate (DUPLICATE); the old work is deleted if no file is left pointing at it, unless a
  person tagged it (an editor link, removals included) or readers left kudos, comments or
  bookmarks on it, in which case it is kept without a source;
- path new, text already stored: a source row is added for the stored work, marked as a
  duplicate (DUPLICATE);
- path new, text new: a new work is inserted (IMPORTED).

A work belongs to one file, the ``sources`` row not marked ``duplicate``: only a change to
that file (or to the last file left pointing at the work) rewrites it.

Another importer may store the same path or text between this one's look-up and its write;
the inserts then skip the duplicate row (see ``store.portable``) and the decision is made
again from what is now stored, so a batch never fails on such a race.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, datetime
from enum import StrEnum
from typing import Any

from sqlalchemy import Connection, bindparam, delete, insert, select, update
from sqlalchemy.exc import IntegrityError

from ficshelf.errors import NotFound, StoreError
from ficshelf.model import Provenance, SourceRecord, WorkRecord
from ficshelf.similar import SavedText
from ficshelf.store import schema
from ficshelf.store.analysis import set_work_analysis
from ficshelf.store.authors import set_work_authors
from ficshelf.store.comments import ChapterKey, commented_chapters, follow_chapters, stored_chapters
from ficshelf.store.portable import confine_failure, fit, insert_new, insert_new_returning_id
from ficshelf.store.readings import chapters_read
from ficshelf.store.readings import follow_chapters as follow_read_chapters
from ficshelf.store.reindex import reindex_saved
from ficshelf.store.series import leave_series, place_work, work_series_edited
from ficshelf.store.similar import forget_work
from ficshelf.store.tags import set_editor_tag, set_pipeline_tags, work_tags

# The tag edits a work page makes live in store.tags; they are offered here too.
__all__ = [
    "KnownSource",
    "SaveOutcome",
    "SaveStatus",
    "delete_work",
    "find_source",
    "find_sources",
    "save_work",
    "set_editor_tag",
    "work_tags",
]

_ATTEMPTS = 5


class SaveStatus(StrEnum):
    """What ``save_work`` did with a file."""

    IMPORTED = "imported"
    UPDATED = "updated"
    UNCHANGED = "unchanged"
    DUPLICATE = "duplicate"


@dataclass(frozen=True, slots=True)
class LeftCopy:
    """A file recorded as a copy of work ``work_id`` whose story changed, so that it left
    that work (it now holds a work of its own, or is a copy of another): the work it was a
    copy of, and the file that work belongs to (``None``: no file does any more)."""

    work_id: int
    owner: str | None


@dataclass(frozen=True, slots=True)
class SaveOutcome:
    """The result of ``save_work``: what it did, the work the file now belongs to, and
    (``left``) the work it was a copy of when it changed and left it."""

    status: SaveStatus
    work_id: int
    left: LeftCopy | None = None


@dataclass(frozen=True, slots=True)
class WorkFile:
    """A file a work was imported from: its path (``archive.zip!member`` for a zip
    member), and whether it is a copy (``duplicate``) rather than the file the work
    belongs to."""

    path: str
    duplicate: bool


def work_files(conn: Connection, work_id: int) -> tuple[WorkFile, ...]:
    """The files work ``work_id`` was imported from: the one it belongs to first, then its
    copies, each in path order (for the command line: the web never shows file paths)."""
    sources = schema.sources
    rows = conn.execute(
        select(sources.c.path, sources.c.duplicate)
        .where(sources.c.work_id == work_id)
        .order_by(sources.c.duplicate, sources.c.path)
    )
    return tuple(WorkFile(path, bool(duplicate)) for path, duplicate in rows)


def _owner(conn: Connection, work_id: int) -> str | None:
    """The file work ``work_id`` belongs to (not a copy), if any."""
    return next((f.path for f in work_files(conn, work_id) if not f.duplicate), None)


@dataclass(frozen=True, slots=True)
class KnownSource:
    """A file already imported: the work it belongs to and the hash of its bytes then."""

    work_id: int
    file_hash: str


# Built once: these run for every file an import looks at.
_FIND_SOURCE = select(schema.sources.c.work_id, schema.sources.c.file_hash).where(
    schema.sources.c.path == bindparam("path")
)
_FIND_TEXT = select(schema.works.c.id).where(schema.works.c.text_hash == bindparam("text_hash"))


def find_source(conn: Connection, path: str) -> KnownSource | None:
    """Return what is stored for the file at ``path``, or ``None`` if it was never imported."""
    row = conn.execute(_FIND_SOURCE, {"path": path}).one_or_none()
    return None if row is None else KnownSource(row.work_id, row.file_hash)


_FIND_SOURCES = select(
    schema.sources.c.path, schema.sources.c.work_id, schema.sources.c.file_hash
).where(schema.sources.c.path.in_(bindparam("paths", expanding=True)))
_SOURCE_CHUNK = 500


def find_sources(conn: Connection, paths: Iterable[str]) -> dict[str, KnownSource]:
    """Return what is stored for each of ``paths`` that was imported before (the others are
    left out), in one statement per ``_SOURCE_CHUNK`` paths."""
    wanted = sorted(set(paths))
    found: dict[str, KnownSource] = {}
    for at in range(0, len(wanted), _SOURCE_CHUNK):
        rows = conn.execute(_FIND_SOURCES, {"paths": wanted[at : at + _SOURCE_CHUNK]})
        found.update({row.path: KnownSource(row.work_id, row.file_hash) for row in rows})
    return found


def save_work(
    conn: Connection, work: WorkRecord, source: SourceRecord, *, now: datetime | None = None
) -> SaveOutcome:
    """Store ``work`` read from the file ``source`` (see the module docstring for the cases).

    ``now`` (default: the current UTC time) stamps new and updated rows. Free-text columns
    are cut to their declared widths. Returns the outcome and the id of the work the file
    belongs to. Raises ``ValueError`` for a blank tag name and ``StoreError`` if concurrent
    writers kept changing the same rows.
    """
    stamp = now or datetime.now(UTC)
    for _ in range(_ATTEMPTS):
        outcome = _attempt(conn, work, source, stamp)
        if outcome is not None:
            return outcome
    raise StoreError(f"{source.path}: concurrent imports kept changing it; not saved")


def delete_work(conn: Connection, work_id: int) -> None:
    """Delete work ``work_id`` with its chapters, notes, sources, tag and author links, the
    kudos, comments and bookmarks readers left on it and its entries in their histories
    (the tags, authors and accounts themselves stay). Raises ``NotFound`` if there is no
    such work."""
    forget_work(conn, work_id)
    leave_series(conn, work_id)
    if not conn.execute(delete(schema.works).where(schema.works.c.id == work_id)).rowcount:
        raise NotFound(f"no work {work_id}")


def _attempt(
    conn: Connection, work: WorkRecord, source: SourceRecord, now: datetime
) -> SaveOutcome | None:
    """Save once; ``None`` means a concurrent writer got in first and nothing was kept."""
    known = find_source(conn, source.path)
    if known is None:
        return _save_new_source(conn, work, source, now)
    if known.file_hash == source.file_hash:
        return SaveOutcome(SaveStatus.UNCHANGED, known.work_id)
    return _save_changed_source(conn, known, work, source, now)


def _save_new_source(
    conn: Connection, work: WorkRecord, source: SourceRecord, now: datetime
) -> SaveOutcome | None:
    existing = _work_id_for_text(conn, work.text_hash)
    if existing is not None:
        if not _insert_source(conn, existing, source, now, duplicate=True):
            return None
        return SaveOutcome(SaveStatus.DUPLICATE, existing)
    work_id = _insert_work(conn, work, now)
    if work_id is None:
        return None
    if not _insert_source(conn, work_id, source, now, duplicate=False):
        conn.execute(delete(schema.works).where(schema.works.c.id == work_id))
        return None
    _write_contents(conn, work_id, work, new=True)
    return SaveOutcome(SaveStatus.IMPORTED, work_id)


def _save_changed_source(
    conn: Connection, known: KnownSource, work: WorkRecord, source: SourceRecord, now: datetime
) -> SaveOutcome | None:
    sources, works = schema.sources, schema.works
    # Conditional on what was read, so a concurrent change to this row means "decide again".
    # Being a write, it also makes every look-up below authoritative on SQLite.
    moved = conn.execute(
        update(sources)
        .where(
            sources.c.path == source.path,
            sources.c.file_hash == known.file_hash,
            sources.c.work_id == known.work_id,
        )
        .values(_source_columns(source, now))
    ).rowcount
    if not moved:
        return None
    current = conn.execute(select(works.c.text_hash).where(works.c.id == known.work_id))
    if current.scalar_one() == work.text_hash:
        return SaveOutcome(SaveStatus.UNCHANGED, known.work_id)
    # Locking the old work (PostgreSQL) holds back a concurrent importer adding a file to
    # it, so the count of its other files below stays true until this transaction ends.
    conn.execute(select(works.c.id).where(works.c.id == known.work_id).with_for_update())
    duplicate = _is_duplicate(conn, source.path)
    left = LeftCopy(known.work_id, _owner(conn, known.work_id)) if duplicate else None
    other = _work_id_for_text(conn, work.text_hash)
    if other is None:
        if not duplicate or not _has_sources(conn, known.work_id, besides=source.path):
            other = _rewrite_work(conn, known.work_id, work, now)
            if other is None:
                if duplicate:  # the last file left: the work is now this one's
                    _point_source(conn, source.path, known.work_id, duplicate=False)
                return SaveOutcome(SaveStatus.UPDATED, known.work_id)
        else:
            new_id = _insert_work(conn, work, now)
            if new_id is not None:
                _point_source(conn, source.path, new_id, duplicate=False)
                _write_contents(conn, new_id, work, new=True)
                return SaveOutcome(SaveStatus.IMPORTED, new_id, left)
            other = _work_id_for_text(conn, work.text_hash)
            if other is None:
                return None  # the concurrent work is gone again: decide again
    _point_source(conn, source.path, other, duplicate=True)
    _drop_if_abandoned(conn, known.work_id)
    return SaveOutcome(SaveStatus.DUPLICATE, other, left if other != known.work_id else None)


def _point_source(conn: Connection, path: str, work_id: int, *, duplicate: bool) -> None:
    sources = schema.sources
    conn.execute(
        update(sources).where(sources.c.path == path).values(work_id=work_id, duplicate=duplicate)
    )


def _is_duplicate(conn: Connection, path: str) -> bool:
    """Whether the file at ``path`` was recorded as a copy of a work another file holds."""
    sources = schema.sources
    found = conn.execute(select(sources.c.duplicate).where(sources.c.path == path)).scalar_one()
    return bool(found)


def _has_sources(conn: Connection, work_id: int, *, besides: str | None = None) -> bool:
    """Whether a file (other than the one at ``besides``) points at work ``work_id``."""
    sources = schema.sources
    query = select(sources.c.id).where(sources.c.work_id == work_id)
    if besides is not None:
        query = query.where(sources.c.path != besides)
    return conn.execute(query.limit(1)).first() is not None


def _has_readers(conn: Connection, work_id: int) -> bool:
    """Whether readers left kudos, comments or bookmarks on work ``work_id``."""
    return any(
        conn.execute(select(table.c.work_id).where(table.c.work_id == work_id).limit(1)).first()
        is not None
        for table in (schema.kudos, schema.comments, schema.bookmarks)
    )


def _drop_if_abandoned(conn: Connection, work_id: int) -> None:
    """Delete work ``work_id`` once no file points at it, unless a person tagged it, placed
    it in a series (or in none) or readers left kudos, comments or bookmarks on it: an
    editor link (a removal included), a person's series or a reader's words are work that
    re-importing cannot bring back."""
    links = schema.work_tags
    edited = conn.execute(
        select(links.c.tag_id)
        .where(links.c.work_id == work_id, links.c.provenance == Provenance.EDITOR.value)
        .limit(1)
    ).first()
    if (
        edited is None
        and not work_series_edited(conn, work_id)
        and not _has_readers(conn, work_id)
        and not _has_sources(conn, work_id)
    ):
        forget_work(conn, work_id)
        leave_series(conn, work_id)
        conn.execute(delete(schema.works).where(schema.works.c.id == work_id))


def _insert_work(conn: Connection, work: WorkRecord, now: datetime) -> int | None:
    """Insert the ``works`` row of ``work``; ``None`` if its text is stored already."""
    return insert_new_returning_id(
        conn,
        schema.works,
        {**_work_columns(work, now), "created_at": now},
        unique=[schema.works.c.text_hash],
    )


def _rewrite_work(conn: Connection, work_id: int, work: WorkRecord, now: datetime) -> int | None:
    """Replace work ``work_id`` with ``work`` in place. Returns ``None``, or the id of the
    work that a concurrent writer stored with the same text meanwhile (nothing rewritten)."""
    works = schema.works
    # read before the chapters are rewritten
    commented = commented_chapters(conn, work_id)
    read = commented or (stored_chapters(conn, work_id) if chapters_read(conn, work_id) else ())
    try:
        with confine_failure(conn):
            conn.execute(
                update(works).where(works.c.id == work_id).values(_work_columns(work, now))
            )
    except IntegrityError:
        other = _work_id_for_text(conn, work.text_hash)
        if other is None:
            raise
        return other
    _write_contents(conn, work_id, work, new=False)
    if commented:
        follow_chapters(conn, work_id, commented, chapter_keys(work))
    if read:  # readers' places follow their chapters too (store.readings)
        follow_read_chapters(conn, work_id, read, chapter_keys(work))
    return None


def chapter_keys(work: WorkRecord) -> tuple[ChapterKey, ...]:
    """The chapters of ``work`` as comments follow them (``store.comments``)."""
    return tuple(
        ChapterKey(chapter.position + 1, chapter.title, work.text[chapter.start : chapter.end])
        for chapter in work.chapters
    )


def _write_contents(conn: Connection, work_id: int, work: WorkRecord, *, new: bool) -> None:
    """Write the chapters, notes, authors, pipeline tags and analysis of a new or rewritten
    work."""
    chapters, notes = schema.chapters, schema.notes
    if not new:
        conn.execute(delete(chapters).where(chapters.c.work_id == work_id))
        conn.execute(delete(notes).where(notes.c.work_id == work_id))
    if work.chapters:
        conn.execute(
            insert(chapters),
            [
                {
                    "work_id": work_id,
                    "position": chapter.position,
                    "title": fit(chapter.title, chapters.c.title),
                    "start": chapter.start,
                    "end": chapter.end,
                    "html": chapter.html,
                    "word_count": chapter.word_count,
                }
                for chapter in work.chapters
            ],
        )
    if work.notes:
        conn.execute(
            insert(notes),
            [
                {
                    "work_id": work_id,
                    "chapter": note.chapter,
                    "kind": note.kind.value,
                    "placement": note.placement.value,
                    "position": position,
                    "text": note.text,
                    "html": note.html,
                    "start": note.start,
                    "end": note.end,
                }
                for position, note in enumerate(work.notes)
            ],
        )
    set_work_authors(conn, work_id, work.authors, new=new)
    if work.series or not new:  # (a new work in no series: nothing to place)
        place_work(conn, work_id, work.series, work.series_part, work.series_url)
    set_pipeline_tags(conn, work_id, work.tags, new=new)
    set_work_analysis(conn, work_id, work, new=new)
    reindex_saved(conn, SavedText(work_id, work.text, work.dialogue_share))


def _work_id_for_text(conn: Connection, text_hash: str) -> int | None:
    found: int | None = conn.execute(_FIND_TEXT, {"text_hash": text_hash}).scalar_one_or_none()
    return found


def _insert_source(
    conn: Connection, work_id: int, source: SourceRecord, now: datetime, *, duplicate: bool
) -> bool:
    """Add the source row (``duplicate``: a copy of a work another file holds); ``False``
    if a concurrent writer stored this path first."""
    row = {
        "work_id": work_id,
        "path": source.path,
        "duplicate": duplicate,
        **_source_columns(source, now),
    }
    return bool(insert_new(conn, schema.sources, [row], unique=[schema.sources.c.path]))


def _source_columns(source: SourceRecord, now: datetime) -> dict[str, Any]:
    return {
        "file_hash": source.file_hash,
        "size": source.size,
        "format": fit(source.format, schema.sources.c.format),
        "imported_at": now,
    }


def _work_columns(work: WorkRecord, now: datetime) -> dict[str, Any]:
    """The ``works`` columns an import sets (all but ``id`` and ``created_at``)."""
    c = schema.works.c
    return {
        "title": fit(work.title, c.title),
        "summary": work.summary,
        "language": fit(work.language, c.language),
        "text": work.text,
        "text_hash": work.text_hash,
        "format": fit(work.format, c.format),
        "word_count": work.word_count,
        "chapter_count": len(work.chapters),
        "chapters_expected": work.chapters_expected,
        "complete": work.complete,
        "published": work.published,
        "updated": work.updated,
        "url": fit(work.url, c.url),
        "series": fit(work.series, c.series),
        "series_part": work.series_part,
        "kudos": _count(work.kudos),
        "hits": _count(work.hits),
        "modified_at": now,
    }


def _count(value: int | None) -> int | None:
    """A count from a file (kudos, hits), or ``None`` when it does not fit an Integer column."""
    return value if value is not None and 0 <= value < 2**31 else None


def rewrite_analysis(
    conn: Connection, work_id: int, work: WorkRecord, *, now: datetime | None = None
) -> None:
    """Replace work ``work_id`` with ``work``, a new analysis of its own stored text
    (``reanalysis``): its columns, chapters, notes, authors, analysis and the file's and
    inferred tags, keeping its id, its sources and every editor link. Raises ``NotFound``
    if there is no such work and ``StoreError`` if ``work``'s text is another work's."""
    if conn.execute(select(schema.works.c.id).where(schema.works.c.id == work_id)).first() is None:
        raise NotFound(f"no work {work_id}")
    other = _rewrite_work(conn, work_id, work, now or datetime.now(UTC))
    if other is not None:
        raise StoreError(f"work {work_id}: its text is work {other}'s")
