"""Plain-text export: the work's metadata block (as ``ficshelf show`` prints it, inferred
tags marked), its notes and every chapter's text, paragraphs parted by blank lines."""

from __future__ import annotations

from lxml import html as lxml_html

from ficshelf.export.book import Book
from ficshelf.export.pages import chapter_heading, shown_notes
from ficshelf.ingest.markup import paragraphs
from ficshelf.ingest.sanitize import clean_html
from ficshelf.showing import work_lines
from ficshelf.store.work_views import NoteView

RULE = "* * *"


def _paragraphs(markup: str) -> list[str]:
    cleaned = clean_html(markup)
    if not cleaned.strip():
        return []
    return paragraphs(lxml_html.fragment_fromstring(cleaned, create_parent="div"))


def _notes(notes: tuple[NoteView, ...], heading: str) -> list[str]:
    shown = shown_notes(notes)
    if not shown:
        return []
    lines = [f"{heading}:", ""]
    for note in shown:
        lines.extend(p for para in note.text.split("\n\n") if (p := para.strip()))
    return [*lines, ""]


def write_text(book: Book) -> str:
    """Return ``book`` as plain text."""
    work = book.work
    total = len(book.chapters)
    lines = [*work_lines(work), ""]
    if any(t.inferred for t in work.tags):
        lines += ["(inferred): a tag ficshelf inferred from the text.", ""]
    lines += _notes(work.notes_at("front"), "Notes")
    for chapter in book.chapters:
        lines += [RULE, ""]
        heading = chapter_heading(chapter, total)
        if heading:
            lines += [heading, ""]
        lines += _notes(work.notes_at("front", chapter.number), "Chapter notes")
        for paragraph in _paragraphs(chapter.html):
            lines += [paragraph, ""]
        lines += _notes(work.notes_at("end", chapter.number), "Chapter end notes")
    lines += _notes(work.notes_at("end"), "End notes")
    return "\n".join(lines).rstrip("\n") + "\n"
