"""What ``ficshelf show`` and ``ficshelf search`` print: a work's metadata, or a page of
search results, as terminal lines or as JSON data."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

from ficshelf.bylines import author_names
from ficshelf.jsonable import to_jsonable
from ficshelf.store.search import SearchResult
from ficshelf.store.series_reads import SeriesNav
from ficshelf.store.work_views import TagView, WorkDetail
from ficshelf.warning_kinds import warning_groups

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


def work_json(work: WorkDetail, series: SeriesNav | None = None) -> dict[str, Any]:
    """Return the work's metadata as JSON-ready data (the same fields as ``/works/N.json``),
    with ``series_nav``, its place in its series (as the work page's JSON has it)."""
    data: dict[str, Any] = to_jsonable(work)
    data["chapters_label"] = work.chapters_label
    data["series_nav"] = to_jsonable(series)
    return data


def work_lines(work: WorkDetail, series: SeriesNav | None = None) -> Iterator[str]:
    """Yield the lines that describe a work in the terminal, AO3's metadata block first;
    ``series``, the work's place in its series (``ficshelf show``), adds the series' id
    and page here and the works held before and after it (an export, which leaves the
    archive, gives none)."""
    yield f"{work.title}  (work {work.id})"
    yield "by " + author_names(work.authors)
    yield ""
    for tag_type, label in TAG_LABELS:
        tags = work.tags_of(tag_type)
        if tag_type == "warning":  # two vocabularies, shown apart (``warning_kinds``)
            for group in warning_groups(tags):
                names = [t.name + _provenance_mark(t) for t in group.tags]
                yield f"{group.label + ':':<16} {', '.join(names)}"
        elif tags:
            names = [t.name + _provenance_mark(t) for t in tags]
            yield f"{label + ':':<17}{', '.join(names)}"
    if work.language:
        yield f"{'Language:':<17}{work.language}"
    if work.series:
        part = f"Part {work.series_part} of " if work.series_part else ""
        where = f"  (series {series.id}: /series/{series.id})" if series is not None else ""
        yield f"{'Series:':<17}{part}{work.series}{where}"
    if series is not None:
        around = [
            f"{label}: work {other.id} ({other.title})"
            for label, other in (("previous", series.previous), ("next", series.next))
            if other is not None
        ]
        if around:
            yield f"{'':<17}{' · '.join(around)}"
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


def _provenance_mark(tag: TagView) -> str:
    """How the terminal marks who gave a tag: " (inferred)" by ficshelf, " (set by a
    person)" by ``ficshelf tag``, nothing for the file's own (as the web marks them)."""
    if tag.inferred:
        return " (inferred)"
    return " (set by a person)" if tag.edited else ""


def search_lines(result: SearchResult, mark: Callable[[str], str] = str.upper) -> Iterator[str]:
    """Yield the lines that show a page of search results in the terminal: one block per
    work (id, title, authors, fandoms, words, chapters, and the snippet with each matched
    word passed through ``mark``), then the total ("about" when estimated) and the notices."""
    for notice in result.notices:
        yield f"note: {notice}"
    for hit in result.hits.items:
        work = hit.work
        yield f"{work.id:>6}  {work.title}  by {author_names(work.authors)}"
        about = [t.name for t in work.tags_of("fandom")] + [
            f"{work.word_count:,} words",
            f"chapters {work.chapters_label}",
        ]
        yield "        " + " · ".join(about)
        if hit.snippet is not None:
            shown = "".join(mark(text) if matched else text for text, matched in hit.snippet.parts)
            yield "        " + shown
    page = result.hits
    found = f"{page.total:,} work{'' if page.total == 1 else 's'} found"
    if result.total_is_estimate:
        found = f"about {result.total:,} works found"
    if result.query:
        found += f" for {result.query}"
    if result.total_is_estimate:
        found += f" (the best matches among the {page.total:,} newest)"
    if page.pages > 1:
        found += f" (page {page.page} of {page.pages})"
    yield f"{found}, sorted by {result.sort.value}"
