"""Shared HTML/XHTML handling for the readers: parsing to a namespace-free lxml tree, turning
markup into paragraphs of plain text, and laying chapters out in one text with offsets.

Text extraction follows the way a browser lays text out: runs of ASCII whitespace collapse to
one space, block elements (p, div, blockquote, li, headings, ...) make paragraphs, ``<br>``
breaks a line, ``<pre>`` keeps its whitespace. Paragraphs are separated by a blank line.
"""

from __future__ import annotations

import html
import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from lxml import etree
from lxml import html as lxml_html

from ficshelf.model import GivenChapter

BLOCK_TAGS = frozenset(
    {
        "address", "article", "aside", "blockquote", "body", "caption", "center", "dd",
        "details", "dialog", "div", "dl", "dt", "fieldset", "figcaption", "figure", "footer",
        "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hgroup", "hr", "html", "li",
        "main", "nav", "ol", "p", "pre", "section", "summary", "table", "tbody", "td",
        "tfoot", "th", "thead", "tr", "ul",
    }
)  # fmt: skip
SKIP_TAGS = frozenset(
    {
        "head", "script", "style", "noscript", "template", "title", "meta", "link", "iframe",
        "object", "embed", "svg", "math", "canvas", "audio", "video", "select", "textarea",
        "button", "input",
    }
)  # fmt: skip
HEADING_TAGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})

_SPACE = re.compile(r"[ \t\n\r\f]+")
_BLANK_LINES = re.compile(r"\n{3,}")
_XML_DECLARATION = re.compile(r"^\s*<\?xml[^>]*\?>")
_CHAPTER_HEADING = re.compile(
    r"(?i:chapter)\s+(?:\d+|[IVXLCDM]+)\s*(?:[:.\-\u2013\u2014]\s*(?P<title>.*))?"
)
_PARAGRAPH_SEPARATOR = "\n\n"
_PARAGRAPH_BREAK = re.compile(r"\n[ \t]*\n")


class MarkupError(ValueError):
    """The markup could not be parsed at all (the caller names the file)."""


def parse_html(text: str) -> etree._Element:
    """Parse an HTML document leniently (as a browser would) and return its root element.

    Raises ``MarkupError`` when there is nothing to parse.
    """
    text = _XML_DECLARATION.sub("", text, count=1)
    if not text.strip():
        raise MarkupError("empty document")
    try:
        root = lxml_html.document_fromstring(text)
    except (etree.ParserError, ValueError) as exc:
        raise MarkupError(str(exc)) from exc
    return _strip_namespaces(root)


def parse_xhtml(data: str) -> etree._Element:
    """Parse an XHTML document (EPUB content): as XML when it is well-formed, so self-closing
    tags mean what they say, else leniently as HTML. Returns the root, namespaces removed.

    Raises ``MarkupError`` when there is nothing to parse.
    """
    parser = etree.XMLParser(
        resolve_entities=False, no_network=True, load_dtd=False, huge_tree=False
    )
    try:
        root = etree.fromstring(_XML_DECLARATION.sub("", data, count=1).encode("utf-8"), parser)
    except etree.XMLSyntaxError:
        return parse_html(data)
    return _strip_namespaces(root)


def parse_xml(data: bytes) -> etree._Element:
    """Parse an XML file (EPUB container or package) safely: no entities, no network, no DTD.

    Returns the root with namespaces kept; raises ``MarkupError`` when it is not well-formed.
    """
    parser = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False)
    try:
        return etree.fromstring(data, parser)
    except etree.XMLSyntaxError as exc:
        raise MarkupError(str(exc)) from exc


def local_name(element: etree._Element) -> str:
    """Return the element's tag without namespace, lower-cased ("" for comments and PIs)."""
    tag = element.tag
    if not isinstance(tag, str):
        return ""
    return tag.rpartition("}")[2].lower()


def classes(element: etree._Element) -> list[str]:
    """Return the element's class names."""
    return (element.get("class") or "").split()


def _strip_namespaces(root: etree._Element) -> etree._Element:
    for element in root.iter():
        if isinstance(element.tag, str) and "}" in element.tag:
            element.tag = element.tag.rpartition("}")[2]
        for name in [str(n) for n in element.attrib if "}" in str(n)]:
            value = str(element.attrib.pop(name))
            element.set(name.rpartition("}")[2], value)
    etree.cleanup_namespaces(root)
    return root


def body_of(root: etree._Element) -> etree._Element:
    """Return the document's ``body`` element (the root itself when there is none)."""
    for element in root.iter():
        if local_name(element) == "body":
            return element
    return root


def inline_text(element: etree._Element) -> str:
    """Return the element's text content with whitespace collapsed and trimmed."""
    return _SPACE.sub(" ", "".join(str(t) for t in element.itertext())).strip()


def inner_html(element: etree._Element) -> str:
    """Return the markup inside ``element`` (its text and children, not its own tag)."""
    parts = [html.escape(element.text or "", quote=False)]
    for child in element:
        parts.append(etree.tostring(child, method="html", encoding="unicode", with_tail=True))
    return "".join(parts).strip()


def paragraphs(element: etree._Element) -> list[str]:
    """Return the paragraphs of plain text inside ``element``, in reading order.

    Each block element starts a paragraph; ``<br>`` becomes a line break inside one; empty
    paragraphs are dropped.
    """
    collector = _Collector()
    collector.visit(element, pre=False)
    collector.flush()
    return collector.paragraphs


def remove_keeping_tail(element: etree._Element, keep_tail: bool = True) -> None:
    """Remove ``element`` from its parent, keeping the text that follows it (its tail) in
    place unless ``keep_tail`` is false."""
    parent = element.getparent()
    if parent is None:
        return
    tail = element.tail if keep_tail else None
    if tail:
        previous = element.getprevious()
        if previous is not None:
            previous.tail = (previous.tail or "") + tail
        else:
            parent.text = (parent.text or "") + tail
    parent.remove(element)


def without_paragraphs(fragment: str, drop: Sequence[str]) -> str:
    """Return the HTML ``fragment`` (a chapter's inner markup) without the innermost block
    elements whose plain text is made of paragraphs in ``drop`` (the reader shows notes found
    inside a chapter's own text apart from the story). Each paragraph of ``drop`` removes at
    most one block's worth of text, in document order; text outside any block and every other
    element stay as they were. Paragraphs compare with their whitespace collapsed."""
    wanted = Counter(_squeezed(p) for text in drop for p in _PARAGRAPH_BREAK.split(text))
    wanted.pop("", None)
    if not wanted:
        return fragment
    holder = lxml_html.fragment_fromstring(fragment, create_parent="div")
    for element in list(holder.iterdescendants()):
        if local_name(element) not in BLOCK_TAGS or element.getparent() is None:
            continue
        if any(local_name(d) in BLOCK_TAGS for d in element.iterdescendants()):
            continue
        pieces = Counter(_squeezed(p) for p in _PARAGRAPH_BREAK.split(text_of(element)))
        pieces.pop("", None)
        if pieces and all(wanted[p] >= n for p, n in pieces.items()):
            wanted -= pieces
            remove_keeping_tail(element)
    return inner_html(holder)


def _squeezed(text: str) -> str:
    return " ".join(text.split())


def text_of(element: etree._Element) -> str:
    """Return the plain text inside ``element``: its paragraphs separated by blank lines."""
    return _PARAGRAPH_SEPARATOR.join(paragraphs(element))


class _Collector:
    def __init__(self) -> None:
        self.paragraphs: list[str] = []
        self._pieces: list[str] = []
        self._pre = False

    def add(self, text: str | None, pre: bool) -> None:
        if not text:
            return
        if pre:
            self._pre = True
            self._pieces.append(text)
        else:
            self._pieces.append(_SPACE.sub(" ", text))

    def line_break(self) -> None:
        self._pieces.append("\n")

    def flush(self) -> None:
        joined = "".join(self._pieces)
        self._pieces = []
        if self._pre:
            self._pre = False
            text = joined.strip("\n").rstrip()
        else:
            text = "\n".join(line.strip() for line in joined.split("\n")).strip()
            text = _BLANK_LINES.sub("\n\n", text)
        if text.strip():
            self.paragraphs.append(text)

    def visit(self, element: etree._Element, pre: bool) -> None:
        name = local_name(element)
        if name in SKIP_TAGS or not name:
            return
        if name == "br":
            self.line_break()
            return
        block = name in BLOCK_TAGS
        inner_pre = pre or name == "pre"
        if block:
            self.flush()
        self.add(element.text, inner_pre)
        for child in element:
            self.visit(child, inner_pre)
            self.add(child.tail, inner_pre)
        if block:
            self.flush()


def chapter_title(heading: str | None) -> str | None:
    """Return a chapter's title from its heading: ``"Festival"`` for "Chapter 1: Festival",
    ``None`` for a bare "Chapter 1" or no heading, else the heading itself."""
    if heading is None:
        return None
    heading = _SPACE.sub(" ", heading).strip()
    if not heading:
        return None
    match = _CHAPTER_HEADING.fullmatch(heading)
    if match is None:
        return heading
    return (match.group("title") or "").strip() or None


@dataclass(frozen=True, slots=True)
class ChapterPart:
    """One chapter before layout: title, paragraphs of text and its body HTML."""

    title: str | None
    paragraphs: Sequence[str]
    html: str | None


def layout(parts: Iterable[ChapterPart]) -> tuple[str, tuple[GivenChapter, ...]]:
    """Join chapters into one text (blank line between paragraphs and between chapters) and
    return it with a ``GivenChapter`` per part whose offsets cover exactly its text."""
    pieces: list[str] = []
    chapters: list[GivenChapter] = []
    position = 0
    for part in parts:
        body = _PARAGRAPH_SEPARATOR.join(part.paragraphs)
        if body and position:
            pieces.append(_PARAGRAPH_SEPARATOR)
            position += len(_PARAGRAPH_SEPARATOR)
        pieces.append(body)
        chapters.append(GivenChapter(part.title, position, position + len(body), part.html))
        position += len(body)
    return "".join(pieces), tuple(chapters)
