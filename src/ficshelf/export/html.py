"""HTML export: the whole work as one self-contained XHTML-compatible HTML file (its style
inline, no script, no image, no link out but the work's source URL)."""

from __future__ import annotations

from html import escape

from ficshelf.export.book import Book, language_tag
from ficshelf.export.pages import STYLE, chapter_body, chapter_heading, title_page


def write_html(book: Book) -> str:
    """Return ``book`` as one HTML document: title page, a contents list for a work of
    several chapters, then every chapter."""
    work = book.work
    total = len(book.chapters)
    parts = [f'<div class="preface">{title_page(work)}</div>']
    if total > 1:
        items = "".join(
            f'<li><a href="#chapter-{c.number}">{escape(chapter_heading(c, total))}</a></li>'
            for c in book.chapters
        )
        parts.append(f'<nav class="toc"><h2>Contents</h2><ol>{items}</ol></nav>')
    for chapter in book.chapters:
        body = chapter_body(work, chapter, chapter_heading(chapter, total))
        parts.append(f'<section class="chapter" id="chapter-{chapter.number}">{body}</section>')
    language = escape(language_tag(book))
    return (
        "<!DOCTYPE html>\n"
        f'<html xmlns="http://www.w3.org/1999/xhtml" lang="{language}">'
        f'<head><meta charset="utf-8"/><title>{escape(work.title)}</title>'
        f"<style>{STYLE}</style></head>"
        f"<body>{''.join(parts)}</body></html>\n"
    )
