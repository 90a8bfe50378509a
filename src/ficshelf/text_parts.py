"""Long texts read in parts: where the reader's pages of a long chapter (and of the entire
work, and of the dialogue view) begin and end.

A chapter of ``chars`` characters of HTML is read in ``part_count(chars)`` parts of at most
about ``PART_CHARS`` characters each, of even length: part ``k`` of ``n`` ends at the
paragraph boundary (the end of a ``<p>``, a ``<div>``, a list, a table, …, or an ``<hr>``)
nearest ``chars * (k + 1) / n``, within half a part of it. The number of parts depends on
the length alone, so a page can say "part 2 of 57", and the entire work's pages can be laid
out (``work_layout``), from the chapters' lengths without reading their text. A paragraph
longer than a part is cut at a space inside it. Each part opens again the elements it
starts inside (a ``<div>`` round the whole chapter, the ``<p>`` a cut fell in); what it
leaves open is closed by the sanitiser the reader passes every part through
(``web.rendering.story_markup``).

The dialogue view's parts (``text_ranges``) are stretches of a work's text, cut between its
paragraphs in the same way.
"""

from __future__ import annotations

import math
import re
from collections.abc import Sequence
from dataclasses import dataclass

PART_CHARS = 100_000
"""The most characters of a part (of HTML, for a chapter; of text, for the dialogue view)
give or take a paragraph: docs/benchmarks.md ("stop 48, long chapters") has the figures
it was chosen from."""

_BLOCK_END = re.compile(
    r"</(?:p|div|blockquote|pre|h[1-6]|ul|ol|dl|table|center)\s*>|<hr\b[^>]*>", re.IGNORECASE
)
_TAG = re.compile(r"<(/?)([A-Za-z][A-Za-z0-9]*)((?:[^>\"']|\"[^\"]*\"|'[^']*')*)>")
_VOID = frozenset({"br", "hr", "col", "wbr", "img", "area", "base", "input", "meta", "link"})
# Markup of paragraphs alone (plain-text stories: ``records.paragraphs_html``): no element
# but a <p> is ever open where a part begins, so no scan of the tags before it is needed.
_NOT_FLAT = re.compile(r"<(?!/?p[\s>]|br[\s/>]|hr[\s/>])", re.IGNORECASE)
_SPACE = re.compile(r"\s")


def part_count(chars: int, size: int | None = None) -> int:
    """The number of parts a text of ``chars`` characters is read in: 1 up to ``size``
    (default ``PART_CHARS``, read when called)."""
    return max(1, math.ceil(chars / (size or PART_CHARS)))


def _outside_tag(html: str, at: int) -> int:
    """``at``, or the end of the tag or character reference ``at`` falls inside."""
    opened = html.rfind("<", 0, at)
    if opened > html.rfind(">", 0, at):
        closed = html.find(">", at)
        return len(html) if closed < 0 else closed + 1
    amp = html.rfind("&", max(0, at - 12), at)
    if amp >= 0 and html.rfind(";", amp, at) < 0:
        end = html.find(";", at, at + 12)
        if end >= 0:
            return end + 1
    return at


def _cut(html: str, target: int, reach: int) -> int:
    """Where a part ending near ``target`` ends: after the paragraph boundary nearest
    ``target`` within ``reach`` characters either side (the first one after it, else the
    last one before it); else after the first space from ``target`` on within ``reach``,
    outside any tag; else at ``target`` itself (outside any tag or reference)."""
    found = _BLOCK_END.search(html, target, target + reach)
    if found is not None:
        return found.end()
    before = [m.end() for m in _BLOCK_END.finditer(html, max(0, target - reach), target)]
    if before:
        return before[-1]
    at = _outside_tag(html, target)
    while at < target + reach:
        space = _SPACE.search(html, at, target + reach)
        if space is None:
            break
        inside = _outside_tag(html, space.start())
        if inside == space.start():
            return inside + 1
        at = inside
    return min(_outside_tag(html, target), len(html))


def part_bounds(html: str, index: int, count: int) -> tuple[int, int]:
    """The stretch ``[start, end)`` of ``html`` that part ``index`` (from 0) of ``count``
    holds; the parts of an ``html`` follow each other without gap or overlap, each ending
    within half a part of its even share."""
    if count <= 1:
        return 0, len(html)
    length = len(html)
    reach = max(1, length // count // 2)

    def end_of(k: int) -> int:
        if k >= count - 1:
            return length
        return _cut(html, length * (k + 1) // count, reach)

    start = 0 if index == 0 else end_of(index - 1)
    return start, max(start, end_of(index))


def _open_elements(html: str, at: int) -> list[str]:
    """The start tags of the elements open at offset ``at`` of ``html``, outermost first."""
    if _NOT_FLAT.search(html, 0, at) is None:
        opened = max(html.rfind("<p>", 0, at), html.rfind("<p ", 0, at))
        if opened >= 0 and html.find("</p>", opened, at) < 0:
            return [html[opened : html.index(">", opened) + 1]]
        return []
    stack: list[tuple[str, str]] = []
    for tag in _TAG.finditer(html, 0, at):
        closing, name = tag.group(1), tag.group(2).lower()
        if name in _VOID or tag.group(3).rstrip().endswith("/"):
            continue
        if not closing:
            stack.append((name, tag.group(0)))
            continue
        for depth in range(len(stack) - 1, -1, -1):
            if stack[depth][0] == name:
                del stack[depth:]
                break
    return [start_tag for _, start_tag in stack]


def html_part(html: str, index: int, count: int) -> str:
    """Part ``index`` (from 0) of ``count`` of chapter markup ``html``: its stretch
    (``part_bounds``) led by the start tags of the elements open where it begins."""
    start, end = part_bounds(html, index, count)
    if start == 0:
        return html[:end]
    return "".join(_open_elements(html, start)) + html[start:end]


@dataclass(frozen=True, slots=True)
class Piece:
    """Part ``index`` (from 0) of the ``count`` parts of chapter ``chapter`` (from 1)."""

    chapter: int
    index: int
    count: int

    @property
    def first(self) -> bool:
        return self.index == 0

    @property
    def last(self) -> bool:
        return self.index == self.count - 1


def work_layout(sizes: Sequence[int], size: int | None = None) -> tuple[tuple[Piece, ...], ...]:
    """The pages of an entire work whose chapters are ``sizes`` characters long, in order:
    each chapter's parts (``part_count``) in turn, as many on a page as fit in ``size``
    characters (reckoning each part its even share of its chapter), at least one a page.
    A work of no chapters is one empty page."""
    size = size or PART_CHARS
    pages: list[tuple[Piece, ...]] = []
    page: list[Piece] = []
    used = 0.0
    for number, chars in enumerate(sizes, start=1):
        count = part_count(chars, size)
        share = chars / count
        for index in range(count):
            if page and used + share > size:
                pages.append(tuple(page))
                page, used = [], 0.0
            page.append(Piece(number, index, count))
            used += share
    pages.append(tuple(page))
    return tuple(pages)


def text_ranges(
    text: str, blocks: Sequence[tuple[int, int]], size: int | None = None
) -> tuple[tuple[int, int], ...]:
    """The stretches of ``text`` that its paragraphs ``blocks`` (``(start, end)``, in
    order) fill, as the pages of a view of it: paragraphs follow each other on a page while
    they fit in ``size`` characters, and a paragraph longer than ``size`` is pages of its
    own, of even length, each cut after a space where there is one. Always at least one
    stretch."""
    size = size or PART_CHARS
    ranges: list[tuple[int, int]] = []
    low = high = -1
    for start, end in blocks:
        if end - start > size:
            if low >= 0:
                ranges.append((low, high))
                low = -1
            count = part_count(end - start, size)
            cuts = [start]
            for k in range(1, count):
                target = start + (end - start) * k // count
                space = _SPACE.search(text, target, start + (end - start) * (k + 1) // count)
                cuts.append(space.end() if space else target)
            cuts.append(end)
            ranges.extend(zip(cuts, cuts[1:], strict=False))
            continue
        if low >= 0 and end - low > size:
            ranges.append((low, high))
            low = -1
        if low < 0:
            low = start
        high = end
    if low >= 0:
        ranges.append((low, high))
    return tuple(ranges) or ((0, 0),)
