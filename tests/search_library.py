"""A small invented library for the search tests, saved through ``save_work``."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import Any

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
from ficshelf.store.db import Database
from ficshelf.store.tags import set_canonical
from ficshelf.store.works import save_work

F, C, R = TagType.FANDOM, TagType.CHARACTER, TagType.RELATIONSHIP
RATING, WARNING, FREE = TagType.RATING, TagType.WARNING, TagType.FREEFORM


def author(tag_type: TagType, name: str) -> TagRecord:
    return TagRecord(tag_type, name, Provenance.AUTHOR)


def inferred(tag_type: TagType, name: str, confidence: float) -> TagRecord:
    return TagRecord(tag_type, name, Provenance.INFERRED, confidence, ((0, 3),))


def save(
    db: Database, title: str, text: str, *, added: int, chapters: int = 1, **fields: Any
) -> int:
    """Save a work whose text is split into ``chapters`` equal parts; added on day ``added``
    of March 2024. Returns its id."""
    words = text.split()
    size = max(1, len(words) // chapters)
    records, start = [], 0
    for position in range(chapters):
        end = (position + 1) * size if position < chapters - 1 else None
        part = " ".join(words[position * size : end])
        records.append(ChapterRecord(position, None, start, start + len(part), f"<p>{part}</p>", 0))
        start += len(part) + 1
    record = WorkRecord(
        title=title,
        authors=fields.pop("authors", ("quillwright",)),
        text=text,
        text_hash=hashlib.sha256(text.encode()).hexdigest(),
        format="txt",
        word_count=fields.pop("word_count", len(words)),
        chapters=tuple(records),
        **fields,
    )
    source = SourceRecord(f"/library/{title}.txt", record.text_hash, len(text), "txt")
    with db.begin() as conn:
        return save_work(conn, record, source, now=datetime(2024, 3, added, tzinfo=UTC)).work_id


@dataclass(frozen=True)
class Shelf:
    """The ids of the invented works."""

    lamp: int  # Gullrock, Maren/Ivo, Teen, storm and lamp; kudos 50, complete one-shot
    ridge: int  # Gullrock (by synonym "GC"), letters in snow, 3 chapters in progress, German
    gale: int  # Gullrock, an inferred major character death (0.4), a gale
    academy: int  # Starfall Academy, Explicit, an inferred relationship (0.9)
    quiet: int  # Starfall Academy, no tags but the fandom, long, hits 900


def build_shelf(db: Database) -> Shelf:
    lamp = save(
        db,
        "The Lamp on Gullrock",
        "The lamp had not gone out in forty years. When the storm came Maren kept the lamp "
        "burning while Ivo rowed out with the oil.",
        added=1,
        summary="A storm, a lamp, and two stubborn keepers.",
        complete=True,
        kudos=50,
        hits=400,
        language="English",
        published=date(2023, 5, 1),
        notes=(NoteRecord(NoteKind.AUTHORS_NOTE, Placement.FRONT, "Written for a winter swap."),),
        tags=(
            author(F, "Gullrock Chronicles"),
            author(RATING, "Teen"),
            author(C, "Maren Holt"),
            author(C, "Ivo Brandt"),
            author(R, "Maren Holt/Ivo Brandt"),
            author(FREE, "Lighthouses"),
        ),
    )
    ridge = save(
        db,
        "Letters from the Ridge",
        "Dear Ivo, the snow came early to the ridge this year. Dear Maren, the thaw has "
        "come and the river is loud. Dear Ivo, I found your scarf in the woodshed.",
        added=2,
        chapters=3,
        complete=False,
        language="Deutsch",
        published=date(2022, 1, 10),
        updated=date(2024, 2, 1),
        tags=(author(F, "GC"), author(RATING, "General"), author(C, "Ivo Brandt")),
    )
    gale = save(
        db,
        "After the Gale",
        "The gale took the boat and the keeper with it. Nobody lit the lamp that night; "
        "the island grieved in the dark.",
        added=3,
        kudos=7,
        published=date(2021, 8, 3),
        tags=(
            author(F, "Gullrock Chronicles"),
            author(RATING, "Mature"),
            inferred(WARNING, "major character death", 0.4),
            author(C, "Maren Holt"),
        ),
    )
    academy = save(
        db,
        "Starfall Exams",
        "Exams at the academy were a storm of their own. Tamsin studied by lamplight "
        "and Oriel pretended not to watch.",
        added=4,
        complete=True,
        tags=(
            author(F, "Starfall Academy"),
            author(RATING, "Explicit"),
            author(C, "Tamsin Vey"),
            inferred(R, "Tamsin Vey/Oriel Marsh", 0.9),
        ),
    )
    quiet = save(
        db,
        "Quiet Halls",
        "The halls were quiet after term ended. " * 40,
        added=5,
        hits=900,
        word_count=5000,
        tags=(author(F, "Starfall Academy"),),
    )
    with db.begin() as conn:
        set_canonical(conn, (F, "GC"), (F, "Gullrock Chronicles"))
    return Shelf(lamp, ridge, gale, academy, quiet)


@dataclass(frozen=True)
class Bay:
    """The ids of four small works chosen for the stop words in (and out of) them."""

    night: int  # "the", the phrase "door the", no word starting with "s"
    shut: int  # "the", "door" but not "door the", "storm", "she", "shut"
    quiet: int  # no "the"; "storm", "to be or not to be"
    gulls: int  # none of these words


def build_bay(db: Database) -> Bay:
    return Bay(
        save(db, "Night Wind", "Wind at the door the whole night long.", added=1),
        save(db, "Shut Door", "The storm kept on. She shut the door and waited.", added=2),
        save(db, "Quiet Bay", "Storm over a quiet bay: to be or not to be.", added=3),
        save(db, "Gulls and Rain", "Gulls circled; rain fell on a pier.", added=4),
    )
