"""Reading HTML files: AO3 downloads (format ``ao3-html``) and other saved web pages of a
story (format ``html``), whose story text readability-lxml finds among the navigation,
scripts, sidebars and comment sections."""

from __future__ import annotations

import copy
import logging
import re
from dataclasses import replace

from lxml import etree
from readability import Document
from readability.readability import Unparseable

from ficshelf.errors import EmptyDocument
from ficshelf.ingest.ao3 import is_ao3_download, parse_ao3_work
from ficshelf.ingest.decode import decode_markup
from ficshelf.ingest.markup import (
    ChapterPart,
    MarkupError,
    body_of,
    chapter_title,
    inline_text,
    inner_html,
    layout,
    local_name,
    paragraphs,
    parse_html,
    remove_keeping_tail,
)
from ficshelf.model import GivenMetadata, RawDocument

AO3_FORMAT = "ao3-html"
HTML_FORMAT = "html"

_CHAPTER_HEADING = re.compile(
    r"(?i:chapter|part|prologue|epilogue|interlude)\b|(\d+|[IVXLC]+)([.:]|$)"
)
_HEADINGS = ("h1", "h2", "h3", "h4")
# Boilerplate a reader never wants, removed before readability scores the page.
_BOILERPLATE_TAGS = ("script", "style", "noscript", "nav", "form", "iframe", "template")
_COMMENTS = re.compile(r"\b(comments?|disqus|respond|replies|reviews)\b", re.I)

_log = logging.getLogger(__name__)


def read_html(path: str, data: bytes) -> RawDocument:
    """Read an HTML file: an AO3 download when it is one, else a saved web page.

    Returns the document (text from the story's paragraphs, chapters with their HTML).
    Raises ``DecodeError`` for binary data and ``EmptyDocument`` when there is no story text.
    """
    decoded = decode_markup(data, path)
    try:
        root = parse_html(decoded.text)
    except MarkupError as exc:
        raise EmptyDocument(path, "no story text in it (the HTML is empty)") from exc
    if is_ao3_download(root):
        return ao3_document(root, path, AO3_FORMAT, decoded.encoding)
    return _web_page(root, decoded.text, path, decoded.encoding)


def ao3_document(
    root: etree._Element, path: str, fmt: str, encoding: str, fallback: GivenMetadata | None = None
) -> RawDocument:
    """Return the RawDocument of the AO3 download in ``root``; ``fallback`` fills fields the
    preface leaves empty (an EPUB's package metadata). Raises ``EmptyDocument`` when its
    chapters hold no text."""
    work = parse_ao3_work(root)
    text, chapters = layout(work.chapters)
    if not text.strip():
        raise EmptyDocument(path, "no story text in it (the AO3 download has no chapter text)")
    given = work.given
    if fallback is not None:
        if given.published is not None:
            # The preface's Stats are the authority on dates: no "Updated" there means none.
            fallback = replace(fallback, published=None, updated=None)
        given = merge_given(given, fallback)
    return RawDocument(text, path, fmt, given, chapters, encoding)


def merge_given(primary: GivenMetadata, fallback: GivenMetadata) -> GivenMetadata:
    """Return ``primary`` with its empty fields taken from ``fallback``."""
    values = {}
    for name in GivenMetadata.__dataclass_fields__:
        value = getattr(primary, name)
        values[name] = value if value not in (None, ()) else getattr(fallback, name)
    return GivenMetadata(**values)


def _web_page(root: etree._Element, source: str, path: str, encoding: str) -> RawDocument:
    content = _main_content(root, source)
    title, title_heading = _title(root, content)
    if title_heading is not None:
        remove_keeping_tail(title_heading)
    parts = _split_chapters(content)
    text, chapters = layout(parts)
    if not text.strip():
        raise EmptyDocument(path, "no story text in it (the page has no readable text)")
    return RawDocument(text, path, HTML_FORMAT, GivenMetadata(title=title), chapters, encoding)


def _main_content(root: etree._Element, source: str) -> etree._Element:
    """Return the element holding the story: readability's choice, else the whole body."""
    cleaned = copy.deepcopy(root)
    for element in list(cleaned.iter(*_BOILERPLATE_TAGS)):
        remove_keeping_tail(element, keep_tail=local_name(element) != "script")
    for element in list(cleaned.iter("header", "footer", "aside", "div", "section", "ol", "ul")):
        marker = f"{element.get('id') or ''} {element.get('class') or ''}"
        if local_name(element) in ("header", "footer", "aside") or _COMMENTS.search(marker):
            if element.getparent() is not None:
                remove_keeping_tail(element)
    try:
        summary = Document(etree.tostring(cleaned, encoding="unicode", method="html")).summary(
            html_partial=True
        )
        content = body_of(parse_html(summary))
    except (Unparseable, MarkupError, ValueError) as exc:
        _log.debug("readability found no content (%s); using the whole page", exc)
        return body_of(cleaned)
    if not paragraphs(content):
        return body_of(cleaned)
    return content


def _title(
    root: etree._Element, content: etree._Element
) -> tuple[str | None, etree._Element | None]:
    """Return the page's title and the heading in ``content`` that states it, if any."""
    for heading in content.iter("h1"):
        text = inline_text(heading)
        if text:
            return text, heading
    page_h1 = [t for t in (inline_text(h) for h in root.iter("h1")) if t]
    if len(page_h1) == 1:
        return page_h1[0], None
    for element in root.iter("title"):
        text = inline_text(element)
        if text:
            return text, None
    return None, None


def _split_chapters(content: etree._Element) -> list[ChapterPart]:
    """Split at chapter headings when two or more stand side by side, else one chapter."""
    for parent in content.iter():
        headings = [
            child
            for child in parent
            if local_name(child) in _HEADINGS and _CHAPTER_HEADING.match(inline_text(child))
        ]
        if len(headings) >= 2:
            return _split_at(parent, headings)
    return [ChapterPart(None, paragraphs(content), inner_html(content))]


def _split_at(parent: etree._Element, headings: list[etree._Element]) -> list[ChapterPart]:
    parts: list[ChapterPart] = []
    current: tuple[str | None, list[etree._Element]] = (None, [])
    lead_text = parent.text
    for child in parent:
        if child in headings:
            parts.extend(_part(*current, lead_text))
            lead_text = None
            current = (inline_text(child), [])
            if child.tail and child.tail.strip():
                loose = etree.Element("p")
                loose.text = child.tail
                current[1].append(loose)
        else:
            current[1].append(child)
    parts.extend(_part(*current, lead_text))
    return parts


def _part(
    heading: str | None, elements: list[etree._Element], lead: str | None
) -> list[ChapterPart]:
    holder = etree.Element("div")
    holder.text = lead
    for element in elements:
        holder.append(copy.deepcopy(element))
    paras = paragraphs(holder)
    if heading is None and not paras:
        return []
    return [ChapterPart(chapter_title(heading), paras, inner_html(holder))]
