"""Builders shared by the tests: small invented works, the files they came from, row counts."""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import Connection, Table, func, select

from ficshelf.model import (
    ChapterRecord,
    NoteKind,
    NoteRecord,
    Placement,
    Provenance,
    SourceRecord,
    TagRecord,
    TagType,
    WorkRecord,
)
from ficshelf.store.works import save_work

LANTERN = (
    "The lamp on Gullrock had not gone out in forty years. Maren Holt meant to keep it so.\n\n"
    "When the storm came, Ivo rowed out with the oil, and they argued about the gulls."
)


def sha(text: str) -> str:
    return hashlib.sha256(text.encode()).hexdigest()


def inferred(tag_type: TagType, name: str, confidence: float, *spans: tuple[int, int]) -> TagRecord:
    return TagRecord(tag_type, name, Provenance.INFERRED, confidence, tuple(spans))


def given(tag_type: TagType, name: str) -> TagRecord:
    return TagRecord(tag_type, name, Provenance.AUTHOR)


def work_record(
    text: str = LANTERN,
    *,
    title: str = "Oil for the Lamp",
    authors: Sequence[str] = ("quillwright",),
    tags: Sequence[TagRecord] = (),
    notes: Sequence[NoteRecord] | None = None,
) -> WorkRecord:
    """A work whose chapters are the blank-line separated parts of ``text``."""
    chapters = []
    start = 0
    for position, part in enumerate(text.split("\n\n")):
        end = start + len(part)
        chapters.append(
            ChapterRecord(position, f"Part {position + 1}", start, end, f"<p>{part}</p>", 0)
        )
        start = end + 2
    if notes is None:
        notes = (NoteRecord(NoteKind.AUTHORS_NOTE, Placement.FRONT, "Thanks for reading!"),)
    return _work(text, title, authors, tags, chapters, notes=tuple(notes))


def one_chapter_work(
    text: str,
    *,
    title: str,
    tags: Sequence[TagRecord] = (),
    authors: Sequence[str] = ("quillwright",),
    dialogue_share: float | None = None,
) -> WorkRecord:
    """A one-chapter work with no title on the chapter and no notes."""
    chapter = ChapterRecord(0, None, 0, len(text), f"<p>{text}</p>", len(text.split()))
    return _work(text, title, authors, tags, [chapter], dialogue_share=dialogue_share)


def _work(
    text: str,
    title: str,
    authors: Sequence[str],
    tags: Sequence[TagRecord],
    chapters: Sequence[ChapterRecord],
    **fields: Any,
) -> WorkRecord:
    return WorkRecord(
        title=title,
        authors=tuple(authors),
        text=text,
        text_hash=sha(text),
        format="txt",
        word_count=len(text.split()),
        chapters=tuple(chapters),
        tags=tuple(tags),
        **fields,
    )


Parts = list[tuple[str | None, str]]  # each chapter's title and text


def chaptered_work(parts: Parts) -> WorkRecord:
    """ "Gullrock" by quillwright, one chapter a part, joined by blank lines (each chapter's
    HTML its text in one paragraph)."""
    text, chapters, start = "", [], 0
    for position, (title, body) in enumerate(parts):
        if text:
            text += "\n\n"
            start = len(text)
        text += body
        chapters.append(
            ChapterRecord(position, title, start, len(text), f"<p>{body}</p>", len(body.split()))
        )
    return _work(text, "Gullrock", ("quillwright",), (), chapters)


def save_chaptered(conn: Connection, parts: Parts) -> int:
    """Save ``chaptered_work(parts)`` from the file gull.txt; its work id."""
    record = chaptered_work(parts)
    return save_work(conn, record, source_for("gull.txt", record.text)).work_id


def source_for(path: str, content: str) -> SourceRecord:
    """The file at ``path`` holding ``content`` (its hash covers the bytes, not the text)."""
    data = content.encode()
    return SourceRecord(
        path=path, file_hash=hashlib.sha256(data).hexdigest(), size=len(data), format="txt"
    )


def as_utc(stamp: datetime) -> datetime:
    """A stored timestamp as an aware UTC datetime (SQLite hands them back naive)."""
    return stamp.replace(tzinfo=UTC) if stamp.tzinfo is None else stamp.astimezone(UTC)


def count(conn: Connection, table: Table) -> int:
    return int(conn.execute(select(func.count()).select_from(table)).scalar_one())
