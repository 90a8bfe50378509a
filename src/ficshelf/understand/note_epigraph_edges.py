"""Epigraphs at the head of a segment, among their neighbours (used by the "notes" stage's
``note_edges.scan_front``): quoted lines with their attribution, verse in one block or two
stanzas, a saying ending in its source, a lone quoted saying over narration that does not
answer it. ``note_epigraphs`` looks at one paragraph; this module at the lines around it.
"""

from __future__ import annotations

from ficshelf.understand import note_blurbs as blurbs
from ficshelf.understand import note_chat as chat
from ficshelf.understand import note_epigraphs as epi
from ficshelf.understand import note_voice as voice
from ficshelf.understand.note_doc import Paragraphs, Segment, front_kind, story_below

_OPENING_QUOTES = "\"“'‘«»"
MAX_EPIGRAPH_LINES = 8
# A verse epigraph with no quotation marks or attribution has at most this many stanzas.
MAX_STANZAS = 2
# A paragraph of prose under a verse epigraph is longer than this.
MIN_PROSE_CHARS = 80
# An unquoted prose epigraph set apart from its attribution line is at most this long.
MAX_PROSE_EPIGRAPH_CHARS = 300


def epigraph_end(doc: Paragraphs, i: int, seg: Segment) -> int:
    """Return the index after an epigraph starting at paragraph i (i when there is none).

    An epigraph is quoted lines ending in an attribution ("— Name"), or short lines of verse
    in one block ending in one, or a short unquoted saying ending in its own attribution
    ("… the names. — a saying of the wolves"), or (right after other front matter) a short
    unquoted paragraph followed by its attribution line, or quoted lines followed by a scene
    break, a heading or the end of the chapter, or (right after other front matter) two or
    more quoted lines in one block, or (right after other front matter) one short quoted
    saying followed by narration that does not answer it, or (right after other front
    matter) a bare saying with no quotation marks or attribution over a scene break or a
    story told in the past (``_bare_saying``).
    """
    j = i
    while j < seg.hi and j - i < MAX_EPIGRAPH_LINES and j not in doc.breaks:
        s = doc.para(j)
        if not epi.is_quoted_line(s):
            break
        j += 1
        if epi.has_inline_attribution(s):
            return j
    quoted = j - i
    below = doc.para(j) if quoted and j < seg.hi and j not in doc.breaks else ""
    if below and (_is_source(below) or epi.is_attribution(below, epi.MAX_QUOTED_SOURCE_WORDS)):
        return j + 1
    if quoted:
        if j == seg.hi or j in doc.breaks:
            return j
        in_one_block = all(not doc.blank_before(k) for k in range(i + 1, j))
        if quoted >= 2 and in_one_block and i > seg.lo and doc.blank_before(j):
            return j
        if quoted == 1 and i > seg.lo and _lone_epigraph(doc, i, j):
            return j
        return i
    if epi.is_unquoted_epigraph(doc.para(i)) or epi.ends_in_source_comment(doc.para(i)):
        return i + 1
    k = i
    while k < seg.hi and k - i < MAX_EPIGRAPH_LINES and k not in doc.breaks:
        if k > i and doc.blank_before(k):
            break
        if _is_source(doc.para(k)):
            return k + 1 if k > i and _verse_block(doc, i, k) else i
        k += 1
    # Right after other front matter: one short unquoted paragraph, then its attribution
    # on a line of its own after a blank line.
    after = i + 1
    if (
        i > seg.lo
        and after < seg.hi
        and after not in doc.breaks
        and doc.paras[i].end - doc.paras[i].start <= MAX_PROSE_EPIGRAPH_CHARS
        and _is_source(doc.para(after))
    ):
        return after + 1
    if _bare_saying(doc, i, seg):
        return after
    return _verse_end(doc, i, seg)


def _bare_saying(doc: Paragraphs, i: int, seg: Segment) -> bool:
    """Return whether paragraph i, right after other front matter and set off by blank
    lines, is an epigraph with no quotation marks or attribution: a saying's shape
    (``note_epigraphs.is_bare_saying``: short, timeless, no name, no "I" or "she"), not on the
    writer's cue words, with other front matter under it, or a scene break or the end of
    the chapter under it over a story not told in the present (``note_voice.story_voice``:
    the one-line opening of a story told in the present stays story), or a story told in the
    past
    (``note_blurbs.told_in_past``) right under it whose first paragraph opens on a capital
    (not dialogue)."""
    after = i + 1
    if i == seg.lo or not doc.blank_before(i) or not epi.is_bare_saying(doc.para(i)):
        return False
    if chat.cue_strength(doc.para(i)) > 0:
        return False
    if after < seg.hi and after not in doc.breaks and front_kind(doc.para(after)) is not None:
        return True
    below = story_below(doc, i, seg)
    if after >= seg.hi or after in doc.breaks:
        return voice.story_voice(below).past
    return (
        doc.blank_before(after)
        and doc.para(after).lstrip("*_ ")[:1].isupper()
        and blurbs.told_in_past(below)
    )


def _verse_end(doc: Paragraphs, i: int, seg: Segment) -> int:
    """Return the index after a verse epigraph with no quotation marks or attribution that
    starts at line i right after other front matter (i when there is none): one or two
    stanzas of short lines (``note_epigraphs.is_verse_stanza``, ``note_epigraphs.is_verse``)
    set off by blank lines, with the end of the chapter, a scene break, other front matter (a
    labelled note, or one on its cues or in the writer's informal first person), a paragraph
    of prose or a line of dialogue under it."""
    if i == seg.lo or not doc.blank_before(i):
        return i
    lines: list[str] = []
    j = i
    for _stanza in range(MAX_STANZAS):
        k = j + 1
        while k < seg.hi and k - i <= epi.MAX_VERSE_LINES and not doc.blank_before(k):
            k += 1
        if any(n in doc.breaks or n in doc.headings for n in range(j, k)):
            break
        stanza = [doc.para(n) for n in range(j, k)]
        if not epi.is_verse_stanza(stanza):
            break
        lines += stanza
        j = k
        if j >= seg.hi:
            break
    if not epi.is_verse(lines):
        return i
    if j == seg.hi or j in doc.breaks:
        return j
    below = doc.para(j)
    if not doc.blank_before(j):
        return i
    prose = len(below) > MIN_PROSE_CHARS
    speech = below.lstrip("*_ ")[:1] in _OPENING_QUOTES
    note = front_kind(below) is not None or chat.cue_strength(below) == 2
    return j if prose or speech or note or chat.is_informal(below) else i


def _is_source(para: str) -> bool:
    """Return whether a paragraph names an epigraph's source on a line of its own: an
    attribution ("— Name") or a bracketed comment on it ("(a proverb, or so they say)")."""
    return epi.is_attribution(para) or epi.is_source_comment_line(para)


def _lone_epigraph(doc: Paragraphs, i: int, after: int) -> bool:
    """Return whether the lone quoted line i (right after other front matter) is an epigraph:
    a short saying (``is_lone_epigraph``) set off by a blank line from narration that does not
    answer it (``opens_narration``). A story opening on dialogue ('"Robbers," says Miss Pole.',
    or a line followed by its reply) stays story."""
    return (
        doc.blank_before(after)
        and epi.is_lone_epigraph(doc.para(i))
        and epi.opens_narration(doc.para(after))
    )


def _verse_block(doc: Paragraphs, i: int, j: int) -> bool:
    """Return whether paragraphs i..j-1 are short lines of one block (verse before an
    attribution)."""
    return all(
        doc.paras[k].end - doc.paras[k].start <= 200 and (k == i or not doc.blank_before(k))
        for k in range(i, j)
    )
