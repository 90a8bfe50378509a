"""The XHTML pieces the EPUB and the HTML export share: a title page like AO3's (title,
authors, tags by type with the inferred ones marked, summary, notes) and each chapter's
body (title, notes, text). Every piece is well-formed XML: stored markup is passed through
``clean_html`` again and re-serialised by lxml as XML."""

from __future__ import annotations

from html import escape

from lxml import etree
from lxml import html as lxml_html

from ficshelf.bylines import author_names
from ficshelf.ingest.sanitize import clean_html
from ficshelf.showing import TAG_LABELS
from ficshelf.store.work_views import ChapterView, NoteView, TagView, WorkDetail
from ficshelf.warning_kinds import warning_groups

HIDDEN_NOTES = frozenset({"title", "byline", "summary"})
"""Note kinds the title page already shows (as the work page leaves them out)."""

INFERRED_LEGEND = "Tags in italics were inferred by ficshelf from the text."

STYLE = """\
body { font-family: serif; line-height: 1.5; margin: 0 5%; }
dl.tags dt { font-weight: bold; float: left; clear: left; margin-right: 0.5em; }
dl.tags dd { margin: 0 0 0.3em 0; }
.inferred { font-style: italic; }
.notes { border-left: 2px solid #999; padding-left: 1em; margin: 1em 0; }
.byline { font-size: 1.1em; }
"""


def xhtml(markup: str) -> str:
    """Return stored HTML sanitised (``clean_html``) and serialised as well-formed XHTML."""
    cleaned = clean_html(markup)
    if not cleaned.strip():
        return ""
    parts = lxml_html.fragments_fromstring(cleaned)
    out: list[str] = []
    for part in parts:
        if isinstance(part, str):
            out.append(escape(part, quote=False))
        else:
            out.append(etree.tostring(part, method="xml", encoding="unicode", with_tail=True))
    return "".join(out)


def _text_paragraphs(text: str) -> str:
    lines = [p.strip() for p in text.split("\n\n") if p.strip()]
    return "".join(
        "<p>" + "<br/>".join(escape(line) for line in p.split("\n")) + "</p>" for p in lines
    )


def _tag(tag: TagView) -> str:
    name = escape(tag.name)
    if tag.inferred:
        return f'<i class="inferred" title="inferred by ficshelf">{name}</i>'
    return name


def _tag_row(label: str, tags: tuple[TagView, ...]) -> str:
    return f"<dt>{escape(label)}:</dt><dd>{', '.join(_tag(t) for t in tags)}</dd>"


def shown_notes(notes: tuple[NoteView, ...]) -> list[NoteView]:
    """Return ``notes`` but those of ``HIDDEN_NOTES`` (the title page shows them)."""
    return [n for n in notes if n.kind not in HIDDEN_NOTES]


def notes_block(notes: tuple[NoteView, ...], heading: str) -> str:
    """Return ``notes`` (``shown_notes``) under ``heading``, or ""."""
    shown = shown_notes(notes)
    if not shown:
        return ""
    body = "".join(xhtml(n.html) if n.html else _text_paragraphs(n.text) for n in shown)
    return f'<div class="notes"><h3>{escape(heading)}</h3>{body}</div>'


def title_page(work: WorkDetail) -> str:
    """Return the title page's body content: title, byline, the tags the archive shows by
    type ("Fandom: …" lines; inferred tags in italics, with a legend; the file's archive
    warnings and ficshelf's inferred content warnings on lines of their own), language, stats,
    summary and the work's front notes."""
    rows: list[str] = []
    for tag_type, label in TAG_LABELS:
        tags = work.tags_of(tag_type)
        if tag_type == "warning":  # two vocabularies, shown apart (``warning_kinds``)
            rows.extend(_tag_row(group.label, group.tags) for group in warning_groups(tags))
        elif tags:
            rows.append(_tag_row(label, tags))
    if work.language:
        rows.append(f"<dt>Language:</dt><dd>{escape(work.language)}</dd>")
    if work.series:
        part = f"Part {work.series_part} of " if work.series_part else ""
        rows.append(f"<dt>Series:</dt><dd>{part}{escape(work.series)}</dd>")
    if work.published:
        rows.append(f"<dt>Published:</dt><dd>{work.published.isoformat()}</dd>")
    if work.updated and work.updated != work.published:
        rows.append(f"<dt>Updated:</dt><dd>{work.updated.isoformat()}</dd>")
    rows.append(f"<dt>Words:</dt><dd>{work.word_count}</dd>")
    rows.append(f"<dt>Chapters:</dt><dd>{work.chapters_label}</dd>")
    parts = [
        f"<h1>{escape(work.title)}</h1>",
        f'<p class="byline">by {escape(author_names(work.authors))}</p>',
        f'<dl class="tags">{"".join(rows)}</dl>',
    ]
    if any(t.inferred for t in work.tags):
        parts.append(f'<p class="legend">{INFERRED_LEGEND}</p>')
    if work.summary:
        parts.append(f'<div class="summary"><h3>Summary</h3>{_text_paragraphs(work.summary)}</div>')
    parts.append(notes_block(work.notes_at("front"), "Notes"))
    return "".join(parts)


def chapter_heading(chapter: ChapterView, total: int) -> str:
    """Return the chapter's heading: its title, "Chapter N" for an untitled chapter of a
    longer work, or "" for an untitled one-shot."""
    if chapter.title:
        return chapter.title
    return f"Chapter {chapter.number}" if total > 1 else ""


def chapter_body(work: WorkDetail, chapter: ChapterView, heading: str) -> str:
    """Return a chapter's body content: its heading (``<h2>``, when any), its front notes,
    its text and its end notes (and the work's end notes after the last chapter)."""
    parts = [f"<h2>{escape(heading)}</h2>" if heading else ""]
    parts.append(notes_block(work.notes_at("front", chapter.number), "Chapter notes"))
    parts.append(f'<div class="chapter-text">{xhtml(chapter.html)}</div>')
    parts.append(notes_block(work.notes_at("end", chapter.number), "Chapter end notes"))
    if chapter.number == len(work.chapters):
        parts.append(notes_block(work.notes_at("end"), "End notes"))
    return "".join(parts)
