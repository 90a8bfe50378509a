"""A small invented library for the web tests, saved through ``save_work``."""

from __future__ import annotations

import hashlib
import html
from collections.abc import Sequence
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
from ficshelf.store.tags import set_canonical, set_editor_tag
from ficshelf.store.works import save_work

PER_PAGE = 2


def given(tag_type: TagType, name: str) -> TagRecord:
    return TagRecord(tag_type, name, Provenance.AUTHOR)


def inferred(tag_type: TagType, name: str, confidence: float) -> TagRecord:
    return TagRecord(tag_type, name, Provenance.INFERRED, confidence, ((0, 4),))


def save(
    db: Database,
    title: str,
    parts: Sequence[tuple[str | None, str]],
    *,
    added: int,
    front: str = "",
    htmls: Sequence[str] | None = None,
    authors: Sequence[str] = ("quillwright",),
    **fields: Any,
) -> int:
    """Save a work whose chapters are ``parts`` (title, plain text) after ``front`` matter,
    added on day ``added`` of January 2024; return its id. As for a plain-text file, the
    first chapter starts at offset 0, front matter included."""
    text = front
    chapters = []
    for position, (chapter_title, body) in enumerate(parts):
        start = 0 if position == 0 else len(text)
        text += body
        markup = (
            htmls[position]
            if htmls
            else "".join(f"<p>{html.escape(p)}</p>" for p in body.split("\n\n"))
        )
        words = len(body.split())
        chapters.append(ChapterRecord(position, chapter_title, start, len(text), markup, words))
        text += "\n\n"
    record = WorkRecord(
        title=title,
        authors=tuple(authors),
        text=text,
        text_hash=hashlib.sha256(text.encode()).hexdigest(),
        format="txt",
        word_count=sum(c.word_count for c in chapters),
        chapters=tuple(chapters),
        **fields,
    )
    source = SourceRecord(f"/library/{title}.txt", record.text_hash, len(text), record.format)
    with db.begin() as conn:
        outcome = save_work(conn, record, source, now=datetime(2024, 1, added, tzinfo=UTC))
    return outcome.work_id


@dataclass(frozen=True)
class Library:
    """The ids of the invented works."""

    lamp: int  # one-shot with summary, notes, inferred tags and an AO3-style URL
    ridge: int  # three chapters, work in progress, no summary, notes in the text
    markup: int  # a title and author that look like HTML
    synonym: int  # tagged only with a synonym of the lamp's fandom
    hostile: int  # chapter HTML that tries to run script


LAMP_SUMMARY = "A storm, a lamp, and two stubborn keepers."
RIDGE_FRONT = "Letters from the Ridge\nby quillwright\n\nA/N: my first try at this fandom!\n\n"
RIDGE_OPENING = "Dear Ivo, the snow came early to the ridge this year"


def build_library(db: Database) -> Library:
    lamp = save(
        db,
        "The Lamp on Gullrock",
        [(None, "The lamp had not gone out in forty years.\n\nMaren meant to keep it so.")],
        added=1,
        summary=LAMP_SUMMARY,
        language="English",
        published=date(2023, 5, 1),
        updated=date(2023, 6, 2),
        complete=True,
        url="https://example.org/works/1",
        series="Gullrock Tales",
        series_part=2,
        notes=(
            NoteRecord(NoteKind.AUTHORS_NOTE, Placement.FRONT, "Written for a winter swap."),
            NoteRecord(NoteKind.AUTHORS_NOTE, Placement.END, "Thanks for reading, friends."),
        ),
        tags=(
            given(TagType.FANDOM, "Gullrock Chronicles"),
            given(TagType.RATING, "Teen"),
            given(TagType.CHARACTER, "Maren Holt"),
            inferred(TagType.CHARACTER, "Ivo Brandt", 0.83),
            inferred(TagType.RELATIONSHIP, "Maren Holt/Ivo Brandt", 0.71),
            inferred(TagType.WARNING, "profanity", 0.6),
            given(TagType.FREEFORM, "Storms"),
            given(TagType.FREEFORM, "Lighthouses"),
        ),
    )
    ridge_parts = [
        ("Early Snow", f"{RIDGE_OPENING}, and the goats are furious about it.\n\nYours, M."),
        ("The Thaw", "Dear Maren, the thaw has come and the river is loud."),
        (None, "Dear Ivo, I found your scarf in the woodshed."),
    ]
    ridge_notes = (
        NoteRecord(NoteKind.TITLE, Placement.FRONT, "Letters from the Ridge", None, None, 0, 22),
        NoteRecord(NoteKind.BYLINE, Placement.FRONT, "by quillwright", None, None, 23, 37),
        NoteRecord(
            NoteKind.AUTHORS_NOTE,
            Placement.FRONT,
            "A/N: my first try at this fandom!",
            None,
            None,
            39,
            72,
        ),
        NoteRecord(NoteKind.AUTHORS_NOTE, Placement.FRONT, "Snow chapter notes.", chapter=0),
        NoteRecord(NoteKind.AUTHORS_NOTE, Placement.END, "Thaw end notes.", chapter=1),
        NoteRecord(NoteKind.AUTHORS_NOTE, Placement.END, "The work's last word."),
    )
    ridge = save(
        db,
        "Letters from the Ridge",
        ridge_parts,
        added=2,
        front=RIDGE_FRONT,
        complete=False,
        notes=ridge_notes,
        tags=(given(TagType.FANDOM, "Gullrock Chronicles"), given(TagType.RATING, "General")),
    )
    markup = save(
        db,
        "<b>x</b>",
        [(None, "Nothing to see <here>.")],
        added=3,
        authors=("<i>anon</i>",),
        url="javascript:alert(1)",
        tags=(given(TagType.FANDOM, "Starfall Academy"),),
    )
    synonym = save(
        db,
        "Gulls",
        [(None, "The gulls had opinions.")],
        added=4,
        tags=(given(TagType.FANDOM, "GC"), given(TagType.FREEFORM, "Removed Later")),
    )
    hostile = save(
        db,
        "Hostile Markup",
        [(None, "A story with tricks.")],
        added=5,
        htmls=[
            "<p>Before<script>alert('pwned')</script></p>"
            '<p><img src="x.png" onerror="alert(2)">'
            '<a href="javascript:alert(3)">click</a></p>'
            '<p onclick="alert(4)">After</p><iframe src="https://evil.example/"></iframe>'
        ],
        notes=(
            NoteRecord(
                NoteKind.AUTHORS_NOTE,
                Placement.FRONT,
                "A note",
                html='<p>A note<script>alert("note")</script></p>',
            ),
        ),
        tags=(given(TagType.FANDOM, "Starfall Academy"),),
    )
    with db.begin() as conn:
        set_canonical(conn, (TagType.FANDOM, "GC"), (TagType.FANDOM, "Gullrock Chronicles"))
        set_editor_tag(conn, synonym, TagType.FREEFORM, "Removed Later", removed=True)
    return Library(lamp, ridge, markup, synonym, hostile)
