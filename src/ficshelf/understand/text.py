"""The "text" stage: paragraphs and sentences, plus word helpers.

Layers (spans with an empty label, in text order, never overlapping):

* ``paragraphs`` — blocks separated by blank lines, trimmed of surrounding whitespace. Inside
  a block every line is its own paragraph (one-paragraph-per-line files, title and byline
  lines, verse) unless the file is hard-wrapped (most lines fill a fixed width of 40–100
  characters), where a line running to the width continues onto the next. A file with no blank
  lines at all is handled the same way, so each non-empty line is a paragraph there. CRLF,
  LF and lone CR line breaks are all understood.
* ``sentences`` — each paragraph cut at sentence ends: ``.``, ``!``, ``?``, ellipses and a
  dash closing a quote, followed by any closing quotes or brackets, then a space and a
  character that is not lower case. Titles (Mr., Dr., St. …) and initials do not end one.

Word tokens are not a layer (a span per word would dominate the cost of the pipeline);
``words`` and ``count_words`` find them on demand. Everything is regex-driven and linear.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping

from ficshelf.model import Analysis, Span
from ficshelf.understand.fast_regex import compile_fast
from ficshelf.understand.pipeline import stage

# A line's content: from its first to its last non-space character.
_CONTENT_LINE = re.compile(r"\S(?:[^\r\n]*\S)?")
_WORD = re.compile(r"\w+(?:[-'’]\w+)*")

_ABBREVIATIONS = frozenset(
    """mr mrs ms mx dr st jr sr prof rev fr sgt capt cpt lt col gen maj cmdr adm gov
    pres sen rep hon mt ft vs e.g i.e cf approx dept est fig inc ltd co corp""".split()
)
# Terminal punctuation (runs like "?!", ellipses incl. spaced ". . .", a dash before a closing
# quote), then closing quotes/brackets/emphasis marks, then a space or the end. A match only
# starts where a run starts (the lookbehinds, placed after the first character so that the
# engine can still skip quickly to candidate characters) and never gives back what it took
# (possessive): otherwise every position inside a long run of "." or "-" rescans the run.
# What follows a candidate end is looked at in the same match (a lookahead, so the next
# end can start right there): group 1 the spaces, group 2 the first real character after
# them and any opening quotes or brackets; both are None at the paragraph's end.
_SENTENCE_END = compile_fast(  # (two alternatives: a lookahead of their first marks)
    r"""(?:[.!?…](?<![.!?…].)(?<![.!?…][ ].)(?:[ ]?[.!?…])*+"""
    r"""|[-–—](?<![-–—].)[-–—]*+(?=["”’'»]))"""
    r"""[”’"'»)\]*_]*+(?=\s|\Z)"""
    r"""(?:(?=(\s+)["'“‘«(\[*_]*(\S))|)"""
)
# The word just before a lone period (looked up only there): "Mr", "e.g", "J".
_WORD_BEFORE = re.compile(r"[^\W\d_](?:[\w.]*\w)?\Z")
_ABBREVIATION_CHARS = 12

WRAP_MIN, WRAP_MAX = 40, 100


def wrap_width(lengths: list[int]) -> int | None:
    """Return the width a text is hard-wrapped at, or ``None`` when it is not hard-wrapped.

    Hard-wrapped means: at least four lines, the 90th-percentile line length ``W`` is within
    ``WRAP_MIN``–``WRAP_MAX``, half the lines fill at least 3/4 of ``W`` and almost none
    run well past it.
    """
    n = len(lengths)
    if n < 4:
        return None
    ordered = sorted(lengths)
    width = ordered[int(0.9 * (n - 1))]
    if not WRAP_MIN <= width <= WRAP_MAX:
        return None
    full = sum(1 for length in lengths if length >= 0.75 * width)
    overlong = sum(1 for length in lengths if length > width + 15)
    if full < 0.5 * n or overlong > 0.02 * n:
        return None
    return width


def paragraph_spans(text: str) -> tuple[Span, ...]:
    """Return the paragraphs of ``text`` (see the module docstring) as trimmed spans."""
    lines = [(m.start(), m.end()) for m in _CONTENT_LINE.finditer(text)]
    width = wrap_width([end - start for start, end in lines])
    if width is None:
        return tuple(Span(start, end) for start, end in lines)
    return tuple(_unwrap(text, lines, 0.75 * width))


def _unwrap(text: str, lines: list[tuple[int, int]], full: float) -> Iterator[Span]:
    """Yield the paragraphs of hard-wrapped ``lines``: a line at least ``full`` long runs on
    into the next unless a blank line or a deeper indent stands between them."""
    start, end = lines[0]
    line_begin = start
    prev_indent = _gap_shape(text[:start])[1]
    for next_start, next_end in lines[1:]:
        breaks, indent = _gap_shape(text[end:next_start])
        if breaks >= 2 or end - line_begin < full or indent > prev_indent:
            yield Span(start, end)
            start = next_start
        end, line_begin, prev_indent = next_end, next_start, indent
    yield Span(start, end)


def _gap_shape(gap: str) -> tuple[int, int]:
    """Return the number of line breaks in ``gap`` (whitespace between two lines) and the
    indentation of the line after it."""
    breaks = gap.count("\n") + gap.count("\r") - gap.count("\r\n")
    return breaks, len(gap) - max(gap.rfind("\n"), gap.rfind("\r")) - 1


def sentence_spans(text: str, start: int, end: int) -> list[Span]:
    """Return the sentences of ``text[start:end]`` (one paragraph) as trimmed spans covering
    every non-space character of it."""
    spans: list[Span] = []
    begin = start
    for m in _SENTENCE_END.finditer(text, start, end):
        first = m.group(2)
        if first is None:
            continue  # the paragraph's end: the final sentence is added below
        if first.islower() or first in ".…,;:":
            continue
        stop = m.end()
        if stop <= begin:
            continue
        mark = m.start()
        if text[mark] == "." and (stop - mark == 1 or text[mark + 1] != "."):
            before = text[max(begin, mark - _ABBREVIATION_CHARS) : mark]
            word = _WORD_BEFORE.search(before)
            if word and (word[0].lower() in _ABBREVIATIONS or _is_initial(word[0])):
                continue
        spans.append(Span(begin, stop))
        begin = m.end(1)
    if begin < end:
        spans.append(Span(begin, end))
    return spans


def _is_initial(word: str) -> bool:
    """Return whether ``word`` (before a period) is an initial, as in "J. R. R. Tolkien"."""
    return len(word) == 1 and word.isupper()


def words(text: str, start: int = 0, end: int | None = None) -> Iterator[Span]:
    """Yield a span per word of ``text[start:end]`` (letters and digits, with inner
    apostrophes and hyphens: "don't", "twenty-one")."""
    stop = len(text) if end is None else end
    for m in _WORD.finditer(text, start, stop):
        yield Span(m.start(), m.end())


# The last text ``lowered_text`` lower-cased, with whether its slices lower-case to the slices of
# that (``lowered_slice``); one entry, replaced by the next text asked about.
_LOWERED: tuple[str, str, bool] = ("", "", True)


def _lowered_entry(text: str) -> tuple[str, str, bool]:
    global _LOWERED
    entry = _LOWERED
    if entry[0] is not text:
        low = text.lower()
        # Lower-casing maps each character on its own, but for "İ" (two characters) and a
        # capital sigma (its lower case depends on the letters around it).
        entry = _LOWERED = (text, low, len(low) == len(text) and "Σ" not in text)
    return entry


def lowered_text(text: str) -> str:
    """Return ``text.lower()``, worked out once for a story's text: the themes' prefilter,
    the relationship cues and pronouns and the descriptors' noun counts each read the
    whole text lower-cased (a story's text is one object through the pipeline)."""
    return _lowered_entry(text)[1]


def lowered_slice(text: str, start: int, end: int | None = None) -> str:
    """Return ``text[start:end].lower()``, cut from ``lowered_text(text)`` when that is the same
    string (every character lower-cases to one, none of them by context)."""
    _, low, sliceable = _lowered_entry(text)
    return low[start:end] if sliceable else text[start:end].lower()


def count_words(text: str, start: int = 0, end: int | None = None) -> int:
    """Return the number of words (as ``words`` finds them) in ``text[start:end]``."""
    stop = len(text) if end is None else end
    return len(_WORD.findall(text, start, stop))


@stage("text", assigns=("paragraphs", "sentences"))
def split_text(analysis: Analysis) -> Mapping[str, tuple[Span, ...]]:
    """Return the ``paragraphs`` and ``sentences`` layers of the document."""
    text = analysis.text
    paragraphs = paragraph_spans(text)
    sentences: list[Span] = []
    for para in paragraphs:
        sentences.extend(sentence_spans(text, para.start, para.end))
    return {"paragraphs": paragraphs, "sentences": tuple(sentences)}
