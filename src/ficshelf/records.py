"""Turning an analysed document into the ``WorkRecord`` the store saves.

What the file states (an AO3 download's title, authors, tags, notes) wins; the pipeline's
layers fill in the rest (title line, byline, notes found in plain text, chapters). Plain-text
chapters get reader HTML built from their paragraphs; HTML and EPUB chapters keep their own
markup, sanitised.
"""

from __future__ import annotations

import hashlib
import html
import re
import unicodedata
from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from itertools import accumulate

from ficshelf.analysis_records import build_blocks, build_characters, build_quotes
from ficshelf.inferred_tags import infer_tags
from ficshelf.ingest.markup import without_paragraphs
from ficshelf.ingest.sanitize import clean_html
from ficshelf.languages import NO_LANGUAGE, language_code, language_name
from ficshelf.model import (
    Analysis,
    ChapterRecord,
    CharacterRecord,
    NoteKind,
    NoteRecord,
    Placement,
    Provenance,
    Span,
    TagRecord,
    WorkRecord,
)
from ficshelf.stated_tags import stated_tags
from ficshelf.understand.notes import title_of
from ficshelf.understand.text import count_words

_QUOTE_FOLD = str.maketrans({"“": '"', "”": '"', "„": '"', "‘": "'", "’": "'", "‚": "'"})
_LABEL = re.compile(r"^\s*summary\s*[:\-–—]\s*", re.IGNORECASE)
_STEM_PREFIX = re.compile(r"^\d+[\s._-]+")
_ARCHIVE_MEMBER = re.compile(r"\.zip!", re.IGNORECASE)
_ESCAPED_BYTE = re.compile(r"\\x[0-9a-f]{2}")


def text_hash(text: str) -> str:
    """Return the content hash used to recognise duplicates: SHA-256 of the text after
    Unicode compatibility normalisation, folding curly quotes and collapsing white space, so
    the same story in another encoding or with other line endings hashes the same."""
    folded = unicodedata.normalize("NFKC", text).translate(_QUOTE_FOLD)
    return hashlib.sha256(" ".join(folded.split()).encode("utf-8")).hexdigest()


def title_from_path(path: str) -> str:
    """Return a readable title made from a file name (``03-the_long-road.txt`` →
    ``The Long Road``), for works whose file states no title. ``path`` is a display path:
    zip members follow ``archive.zip!``, undecodable bytes are escaped as ``\\xNN``."""
    member = _ARCHIVE_MEMBER.split(path)[-1]
    name = _ESCAPED_BYTE.sub("\ufffd", member.rsplit("/", 1)[-1])
    stem = name.rsplit(".", 1)[0] if "." in name.lstrip(".") else name
    words = _STEM_PREFIX.sub("", stem).replace("_", " ").replace("-", " ").split()
    title = " ".join(words) or stem.strip() or "Untitled"
    return title.title() if title.islower() else title


def _spans(analysis: Analysis, name: str) -> tuple[Span, ...]:
    return analysis.layers.get(name, ())


def _inside(span: Span, outer: Span) -> bool:
    return outer.start <= span.start and span.end <= outer.end


class _Intervals:
    """A set of spans answering "does this span overlap any of them?" in logarithmic time."""

    def __init__(self, spans: Sequence[Span]) -> None:
        ordered = sorted(spans, key=lambda s: s.start)
        self._starts = [s.start for s in ordered]
        self._max_end = list(accumulate((s.end for s in ordered), max))

    def overlaps(self, span: Span) -> bool:
        before = bisect_left(self._starts, span.end)  # spans starting before ``span`` ends
        return before > 0 and self._max_end[before - 1] > span.start


def _by_chapter(items: Sequence[Span], chapters: Sequence[Span]) -> list[list[Span]]:
    """Return, per chapter, the items that lie inside it (one pass, items in order)."""
    starts = [c.start for c in chapters]
    groups: list[list[Span]] = [[] for _ in chapters]
    for item in items:
        index = bisect_right(starts, item.start) - 1
        if index >= 0 and _inside(item, chapters[index]):
            groups[index].append(item)
    return groups


def paragraphs_html(text: str, paragraphs: Sequence[Span], breaks: Sequence[Span] = ()) -> str:
    """Return reader HTML for plain-text paragraphs: each paragraph a ``<p>`` (its line breaks
    kept as ``<br>`` only when the paragraph is made of short lines, as in verse), each scene
    break an ``<hr>``. All text is escaped."""
    out: list[str] = []
    scene_breaks = _Intervals(breaks)
    for para in paragraphs:
        if scene_breaks.overlaps(para):
            out.append('<hr class="scene-break">')
            continue
        lines = [line.strip() for line in text[para.start : para.end].splitlines()]
        lines = [line for line in lines if line]
        if not lines:
            continue
        short = len(lines) > 1 and max(len(line) for line in lines) < 60
        joiner = "<br>\n" if short else " "
        out.append("<p>" + joiner.join(html.escape(line) for line in lines) + "</p>")
    return "\n".join(out)


def _chapter_spans(analysis: Analysis) -> tuple[Span, ...]:
    chapters = _spans(analysis, "chapters")
    if chapters:
        return chapters
    return (Span(0, len(analysis.text), ""),)


def build_chapters(analysis: Analysis) -> tuple[ChapterRecord, ...]:
    """Return the work's chapters with reader HTML and body word counts. A chapter the file
    brings keeps its own HTML, less the paragraphs the notes stage found to be notes (a work
    first posted elsewhere keeps its "A/N:" in the chapter text): the reader shows those
    apart, with the other notes (``build_notes``)."""
    doc = analysis.doc
    text = analysis.text
    note_spans = _spans(analysis, "notes")
    notes = _Intervals(note_spans)
    hidden = _Intervals(note_spans + _spans(analysis, "chapter_headings"))
    breaks = _spans(analysis, "scene_breaks")
    spans = _chapter_spans(analysis)
    body = _by_chapter(_spans(analysis, "body"), spans)
    paragraphs = _by_chapter(_spans(analysis, "paragraphs"), spans)
    records = []
    for position, span in enumerate(spans):
        words = sum(count_words(text, b.start, b.end) for b in body[position])
        if doc.chapters and position < len(doc.chapters) and doc.chapters[position].html:
            drop = [text[p.start : p.end] for p in paragraphs[position] if notes.overlaps(p)]
            chapter_html = clean_html(without_paragraphs(doc.chapters[position].html or "", drop))
        else:
            shown = [p for p in paragraphs[position] if not hidden.overlaps(p)]
            chapter_html = paragraphs_html(text, shown, breaks)
        records.append(
            ChapterRecord(
                position=position,
                title=span.label or None,
                start=span.start,
                end=span.end,
                html=chapter_html,
                word_count=words,
            )
        )
    return tuple(records)


def _chapter_of_note(
    note: Span, chapters: Sequence[ChapterRecord], starts: Sequence[int]
) -> int | None:
    """Return the chapter a note in the text belongs to, ``None`` for a note on the whole
    work. In a work of several chapters, a note from a chapter's heading up to the next
    heading belongs to that chapter; notes before the first heading or after the last
    chapter's story are the work's."""
    if len(chapters) < 2:
        return None
    index = bisect_right(starts, note.start) - 1
    if index < 0:
        return None
    last = index == len(chapters) - 1
    return None if last and note.start >= chapters[index].end else index


def build_notes(analysis: Analysis, chapters: Sequence[ChapterRecord]) -> tuple[NoteRecord, ...]:
    """Return the work's notes: those the file gave as structure, then those the pipeline
    found in the text, each placed before or after the work or its chapter."""
    given = [
        NoteRecord(
            kind=n.kind,
            placement=n.placement,
            text=n.text,
            chapter=n.chapter,
            html=clean_html(n.html) if n.html else None,
        )
        for n in analysis.doc.given.notes
    ]
    body = _spans(analysis, "body")
    body_starts = [b.start for b in body]
    starts = [c.start for c in chapters]
    found = []
    for span in _spans(analysis, "notes"):
        chapter = _chapter_of_note(span, chapters, starts)
        if chapter is None:
            before = not body or span.end <= body[0].start
        else:  # before or after the chapter's first story paragraph
            first = bisect_left(body_starts, chapters[chapter].start)
            before = first == len(body) or span.end <= body[first].start
        placement = Placement.FRONT if before else Placement.END
        found.append(
            NoteRecord(
                kind=NoteKind(span.label),
                placement=placement,
                text=analysis.text[span.start : span.end],
                chapter=chapter,
                start=span.start,
                end=span.end,
            )
        )
    return tuple(given + found)


def found_title(analysis: Analysis) -> str | None:
    """Return the work's title: the one the file states, else the title line the notes stage
    found, else ``None`` (``build_work_record`` then makes one from the file name)."""
    if analysis.doc.given.title:
        return analysis.doc.given.title
    return title_of(analysis)


def found_authors(analysis: Analysis) -> tuple[str, ...]:
    """Return the work's authors: those the file states, else the names in its bylines (or
    the name signing an author's note when no byline names one: the notes stage's
    ``authors`` layer), in order of first appearance, without duplicates or empty names."""
    text = analysis.text
    authors = analysis.doc.given.authors or tuple(
        dict.fromkeys(s.text_of(text).strip() for s in _spans(analysis, "authors"))
    )
    return tuple(a for a in authors if a)


def detected_language(analysis: Analysis) -> str | None:
    """Return the code (ISO 639-1, else 639-3) of the language the language stage detected
    in the story body ("en"), or ``None`` when it could not tell, found no language at all
    (``languages.NO_LANGUAGE``) or did not run."""
    detected = _spans(analysis, "language")
    label = detected[0].label if detected else ""
    return label if label and label != NO_LANGUAGE else None


def story_language(analysis: Analysis) -> str | None:
    """Return the code of the story's language (``languages``: ISO 639-1, else 639-3): the
    one the file states, in any spelling ``language_code`` reads ("English", "Deutsch",
    "en-GB"), else the detected one, else ``None``."""
    return language_code(analysis.doc.given.language) or detected_language(analysis)


def found_language(analysis: Analysis) -> str | None:
    """Return the work's language as the store keeps it: the English name of
    ``story_language`` ("German", whether the file said "Deutsch", "de" or nothing), but the
    file's own words when it states a language no code is known for; ``None`` when neither
    the file nor the text tells."""
    stated = (analysis.doc.given.language or "").strip()
    if stated and language_code(stated) is None:
        return stated
    code = story_language(analysis)
    return language_name(code) if code is not None else None


def dialogue_share(analysis: Analysis, story_words: int) -> float | None:
    """Return the share (0..1) of the ``story_words`` words of the story that stand inside
    quotes of the ``quotes`` layer (quotes in notes left out); ``None`` when the dialogue
    stage did not run or found no quote at all (not measured: a story rarely has none), or
    the story has no words."""
    if not analysis.layers.get("quotes") or story_words <= 0:
        return None
    text = analysis.text
    quoted = sum(
        count_words(text, quote.start, quote.end)
        for quote in analysis.layers["quotes"]
        if quote.label != "note"
    )
    return min(1.0, quoted / story_words)


def work_tags(
    analysis: Analysis, characters: Sequence[CharacterRecord] | None = None
) -> tuple[TagRecord, ...]:
    """Return the tags a stored work gets from its analysis: those the file gives, those
    its tags state in other words (``stated_tags``: the pov a freeform names, the characters
    of its relationship tags) and those the pipeline infers, given ones winning on conflict.
    ``characters`` are the work's character records (built here when not given)."""
    given = analysis.doc.given.tags
    tags = tuple(TagRecord(t.type, t.name, Provenance.AUTHOR) for t in given if t.name.strip())
    tags += stated_tags(tags)
    if characters is None:
        characters = build_characters(analysis, build_quotes(analysis))
    return tags + infer_tags(analysis, characters, given=tags)


def build_work_record(analysis: Analysis) -> WorkRecord:
    """Return the record to store for an analysed document (title, authors, chapters,
    notes, counts, dialogue share and the duplicate-detection hash; the tags the file gives,
    those its tags state in other words (``stated_tags``: the pov a freeform names, the
    characters of its relationship tags) and those the pipeline infers, given ones winning
    on conflict; the paragraphs, characters
    and quotes the reader views show)."""
    doc = analysis.doc
    given = doc.given
    text = analysis.text
    title = found_title(analysis)
    authors = found_authors(analysis)
    summary = given.summary
    if summary is None:
        found = [s for s in _spans(analysis, "notes") if s.label == NoteKind.SUMMARY]
        summary = _LABEL.sub("", found[0].text_of(text)).strip() if found else None
    chapters = build_chapters(analysis)
    counted = sum(c.word_count for c in chapters)
    quotes = build_quotes(analysis)
    characters = build_characters(analysis, quotes)
    tags = work_tags(analysis, characters)
    return WorkRecord(
        title=title or title_from_path(doc.source),
        authors=authors,
        text=text,
        text_hash=text_hash(text),
        format=doc.format,
        word_count=given.word_count if given.word_count is not None else counted,
        chapters=chapters,
        notes=build_notes(analysis, chapters),
        tags=tags,
        summary=summary or None,
        language=found_language(analysis),
        published=given.published,
        updated=given.updated,
        url=given.url,
        series=given.series,
        series_part=given.series_part,
        series_url=given.series_url,
        chapters_expected=given.chapters_expected,
        complete=given.complete,
        blocks=build_blocks(analysis),
        characters=characters,
        quotes=quotes,
        kudos=given.kudos,
        hits=given.hits,
        dialogue_share=dialogue_share(analysis, counted),
    )
