"""What ``ficshelf show`` prints: a work's metadata as terminal lines or as JSON data."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from ficshelf.jsonable import to_jsonable
from ficshelf.store.browse import WorkDetail

TAG_LABELS = (
    ("rating", "Rating"),
    ("warning", "Warnings"),
    ("category", "Category"),
    ("fandom", "Fandoms"),
    ("relationship", "Relationships"),
    ("character", "Characters"),
    ("freeform", "Additional tags"),
    ("pov", "Point of view"),
    ("tense", "Tense"),
)


def work_json(work: WorkDetail) -> dict[str, Any]:
    """Return the work's metadata as JSON-ready data (the same fields as ``/works/N.json``)."""
    data: dict[str, Any] = to_jsonable(work)
    data["chapters_label"] = work.chapters_label
    return data


def work_lines(work: WorkDetail) -> Iterator[str]:
    """Yield the lines that describe a work in the terminal, AO3's metadata block first."""
    yield f"{work.title}  (work {work.id})"
    yield "by " + (", ".join(work.authors) or "unknown author")
    yield ""
    for tag_type, label in TAG_LABELS:
        tags = work.tags_of(tag_type)
        if tags:
            names = [t.name + (" (inferred)" if t.inferred else "") for t in tags]
            yield f"{label + ':':<17}{', '.join(names)}"
    if work.language:
        yield f"{'Language:':<17}{work.language}"
    if work.series:
        part = f"Part {work.series_part} of " if work.series_part else ""
        yield f"{'Series:':<17}{part}{work.series}"
    stats = [f"Words: {work.word_count:,}", f"Chapters: {work.chapters_label}"]
    if work.published:
        stats.insert(0, f"Published: {work.published.isoformat()}")
    if work.updated:
        stats.insert(1, f"Updated: {work.updated.isoformat()}")
    yield f"{'Stats:':<17}{'  '.join(stats)}"
    yield f"{'Source:':<17}{work.format}" + (f"  {work.url}" if work.url else "")
    if work.summary:
        yield ""
        yield "Summary:"
        yield from ("  " + line for line in work.summary.splitlines())
    if len(work.chapters) > 1:
        yield ""
        yield "Chapters:"
        for chapter in work.chapters:
            yield f"  {chapter.number}. {chapter.title or 'Chapter ' + str(chapter.number)}"
