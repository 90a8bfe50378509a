"""Reading the structure of an Archive of Our Own download: the preface (``dl.tags``, title,
byline, summary, notes), the chapters (heading, chapter notes, body, chapter end notes) and the
afterword (end notes).

AO3's HTML download and its EPUB carry the same markup, except that the EPUB is split into
several files and its converter renames the ``meta`` classes, so this parser relies only on
what both keep: ids (``preface``, ``chapters``, ``endnotes``), ``dl.tags``, ``h2.heading``,
``.byline``, ``userstuff`` blocks and the "Summary"/"Notes" labels before each blockquote.
The EPUB reader joins the bodies of its files into one tree and hands it here.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date

from lxml import etree

from ficshelf.ingest.fields import TAG_LABELS, label_key, parse_chapters, parse_count, parse_date
from ficshelf.ingest.markup import (
    ChapterPart,
    chapter_title,
    classes,
    inline_text,
    inner_html,
    local_name,
    paragraphs,
)
from ficshelf.model import GivenMetadata, GivenNote, GivenTag, NoteKind, Placement

# The label AO3 writes in a <p> before each note's blockquote: kind, placement, per chapter?
_NOTE_LABELS: dict[str, tuple[NoteKind, Placement, bool]] = {
    "summary": (NoteKind.SUMMARY, Placement.FRONT, False),
    "notes": (NoteKind.AUTHORS_NOTE, Placement.FRONT, False),
    "end notes": (NoteKind.AUTHORS_NOTE, Placement.END, False),
    "chapter summary": (NoteKind.SUMMARY, Placement.FRONT, True),
    "chapter notes": (NoteKind.AUTHORS_NOTE, Placement.FRONT, True),
    "chapter end notes": (NoteKind.AUTHORS_NOTE, Placement.END, True),
}
_STAT = re.compile(r"(Published|Updated|Completed|Words|Chapters|Kudos|Hits):\s*(\S+)")
_SERIES_PART = re.compile(r"Part\s+(\d+)\s+of\s+(.+)", re.S)
_WORK_URL = re.compile(r"^https?://(?:www\.)?archiveofourown\.org/works/\d+")
_SERIES_URL = re.compile(r"^https?://(?:www\.)?archiveofourown\.org/series/(\d+)(?:[/?#]|$)")


def is_ao3_download(root: etree._Element) -> bool:
    """Return True when the tree is (or holds) an AO3 download: a preface with ``dl.tags``."""
    for element in root.iter():
        if local_name(element) == "dl" and "tags" in classes(element):
            return _inside(element, "preface")
    return False


@dataclass(frozen=True)
class Ao3Work:
    """What an AO3 download states: its metadata and its chapters (not yet laid out)."""

    given: GivenMetadata
    chapters: tuple[ChapterPart, ...]


@dataclass
class _Chapter:
    heading: str | None
    body: etree._Element | None = None


@dataclass
class _State:
    title: str | None = None
    message_title: str | None = None
    authors: list[str] = field(default_factory=list)
    url: str | None = None
    tags: list[GivenTag] = field(default_factory=list)
    language: str | None = None
    series: str | None = None
    series_part: int | None = None
    series_url: str | None = None
    published: date | None = None
    updated: date | None = None
    word_count: int | None = None
    posted: int | None = None
    expected: int | None = None
    complete: bool | None = None
    kudos: int | None = None
    hits: int | None = None
    notes: list[GivenNote] = field(default_factory=list)
    chapters: list[_Chapter] = field(default_factory=list)
    pending_note: str | None = None


def parse_ao3_work(root: etree._Element) -> Ao3Work:
    """Return the metadata and chapters of the AO3 download in ``root``.

    Chapters keep their body HTML as AO3 wrote it (unsanitised); chapter titles drop a
    "Chapter N: " prefix. Never raises for missing parts: what is absent stays empty.
    """
    state = _State()
    _walk(root, state)
    summary = next(
        (n.text for n in state.notes if n.kind is NoteKind.SUMMARY and n.chapter is None), None
    )
    given = GivenMetadata(
        title=state.title or state.message_title,
        authors=tuple(state.authors),
        summary=summary,
        language=state.language,
        published=state.published,
        updated=state.updated,
        url=state.url,
        series=state.series,
        series_part=state.series_part,
        series_url=state.series_url,
        word_count=state.word_count,
        chapters_posted=state.posted,
        chapters_expected=state.expected,
        complete=state.complete,
        tags=tuple(state.tags),
        notes=tuple(state.notes),
        kudos=state.kudos,
        hits=state.hits,
    )
    parts = tuple(
        ChapterPart(
            title=chapter_title(chapter.heading),
            paragraphs=paragraphs(chapter.body) if chapter.body is not None else (),
            html=inner_html(chapter.body) if chapter.body is not None else None,
        )
        for chapter in state.chapters
    )
    return Ao3Work(given, parts)


def _walk(element: etree._Element, state: _State) -> None:
    for child in element:
        if not _handle(child, state):
            _walk(child, state)


def _handle(element: etree._Element, state: _State) -> bool:
    """Take what ``element`` says into ``state``; return True when its content is used up."""
    name = local_name(element)
    names = classes(element)
    if not name or name in ("script", "style", "head"):
        return True
    if name == "dl" and "tags" in names:
        _read_tags(element, state)
        return True
    if name == "p" and "message" in names:
        _read_message(element, state)
        return True
    if name == "h1" and state.title is None and not state.chapters:
        state.title = inline_text(element) or None
        return True
    if "byline" in names:
        if not state.chapters and not state.authors:
            state.authors = _byline(element)
        return True
    if name == "h2" and "heading" in names:
        state.chapters.append(_Chapter(inline_text(element) or None))
        state.pending_note = None
        return True
    if name == "p" and label_key(inline_text(element)) in _NOTE_LABELS:
        state.pending_note = label_key(inline_text(element))
        return True
    if name == "blockquote" and "userstuff" in names:
        _read_note(element, state)
        return True
    if name == "div" and _is_chapter_body(element):
        if not state.chapters or state.chapters[-1].body is not None:
            state.chapters.append(_Chapter(None))  # a one-shot has no chapter heading
        state.chapters[-1].body = element
        state.pending_note = None
        return True
    return "endnote-link" in names or "toc-heading" in names


def _is_chapter_body(element: etree._Element) -> bool:
    return (
        element.get("id") != "chapters"
        and any(c.startswith("userstuff") for c in classes(element))
        and _inside(element, "chapters")
    )


def _inside(element: etree._Element, element_id: str) -> bool:
    parent = element.getparent()
    while parent is not None:
        if parent.get("id") == element_id:
            return True
        parent = parent.getparent()
    return False


def _read_note(element: etree._Element, state: _State) -> None:
    label = state.pending_note
    state.pending_note = None
    if label is None:
        return
    kind, placement, per_chapter = _NOTE_LABELS[label]
    text = "\n\n".join(paragraphs(element))
    if not text:
        return
    chapter = len(state.chapters) - 1 if per_chapter and state.chapters else None
    state.notes.append(GivenNote(kind, text, placement, chapter, inner_html(element)))


def _read_message(element: etree._Element, state: _State) -> None:
    for bold in element.iter("b"):
        state.message_title = inline_text(bold) or None
        break
    for link in element.iter("a"):
        match = _WORK_URL.match(link.get("href") or "")
        if match:
            state.url = match.group(0)


def _byline(element: etree._Element) -> list[str]:
    linked = [inline_text(a) for a in element.iter("a") if a.get("rel") == "author"]
    if linked:
        return [name for name in linked if name]
    text = re.sub(r"^by\s+", "", inline_text(element), flags=re.I)
    return [name.strip() for name in re.split(r",\s*|\s+and\s+", text) if name.strip()]


def _read_tags(dl: etree._Element, state: _State) -> None:
    label: str | None = None
    for child in dl:
        name = local_name(child)
        if name == "dt":
            label = label_key(inline_text(child))
        elif name == "dd" and label is not None:
            _read_field(label, child, state)
            label = None


def _read_field(label: str, dd: etree._Element, state: _State) -> None:
    tag_type = TAG_LABELS.get(label)
    if tag_type is not None:
        names = [inline_text(a) for a in dd.iter("a")] or inline_text(dd).split(", ")
        state.tags.extend(GivenTag(tag_type, n) for n in names if n)
    elif label == "language":
        state.language = inline_text(dd) or None
    elif label == "series":
        _read_series(dd, state)
    elif label == "stats":
        _read_stats(inline_text(dd), state)


def _read_series(dd: etree._Element, state: _State) -> None:
    # "Part 2 of <a>Name</a>, Part 1 of <a>Other</a>": the first series is the work's series.
    match = _SERIES_PART.search(inline_text(dd))
    anchors = list(dd.iter("a"))
    links = [inline_text(a) for a in anchors]
    if anchors:
        state.series_url = series_url(anchors[0].get("href"))
    if match is None:
        state.series = links[0] if links else inline_text(dd) or None
        return
    state.series_part = int(match.group(1))
    state.series = links[0] if links else match.group(2).split(", Part ")[0].strip()


def series_url(href: str | None) -> str | None:
    """Return the AO3 series page ``href`` links, as ``https://archiveofourown.org/series/N``
    (scheme, ``www.`` and anything after the number dropped); ``None`` for any other link."""
    match = _SERIES_URL.match((href or "").strip())
    return f"https://archiveofourown.org/series/{match.group(1)}" if match else None


def _read_stats(text: str, state: _State) -> None:
    for key, value in _STAT.findall(text):
        if key == "Published":
            state.published = parse_date(value)
        elif key in ("Updated", "Completed"):
            state.updated = parse_date(value)
        elif key == "Words":
            state.word_count = parse_count(value)
        elif key == "Kudos":
            state.kudos = parse_count(value)
        elif key == "Hits":
            state.hits = parse_count(value)
        elif key == "Chapters":
            count = parse_chapters(value)
            if count is not None:
                state.posted, state.expected = count.posted, count.expected
                state.complete = count.complete
