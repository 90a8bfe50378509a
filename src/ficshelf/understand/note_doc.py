"""The paragraphs of one text as the "notes" stage reads them: their scene breaks and headings
(``Paragraphs``), the segments they are cut into (``Segment``), a note the scanners find
(``Note``), and the kind of a labelled, byline or disclaimer paragraph (``front_kind``).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from ficshelf.model import NoteKind, Span
from ficshelf.understand import note_chat as chat
from ficshelf.understand import note_patterns as pat
from ficshelf.understand import note_voice as voice
from ficshelf.understand.chapters import Heading

# The story's voice (``note_voice.story_voice``) and the names and tense of the story under a
# paragraph are read from this many paragraphs next to a paragraph at its edge.
VOICE_PARAGRAPHS = 6
_NAME_WORD = re.compile(r"[A-Z][A-Za-z]+")


@dataclass(slots=True)
class Note:
    """A note found by a scanner: its kind and its paragraphs."""

    kind: NoteKind
    first: int  # paragraph indices, inclusive
    last: int


@dataclass(frozen=True, slots=True)
class Segment:
    """A run of paragraphs ``lo``..``hi`` (exclusive) after an optional heading paragraph;
    ``given`` when it is a chapter the document brings (its title is never looked for there)."""

    lo: int
    hi: int
    heading: int | None
    given: bool = False


class Paragraphs:
    """The paragraphs of one text, with the structural facts the scanners ask about."""

    def __init__(self, text: str, paras: tuple[Span, ...]) -> None:
        self.text = text
        self.paras = paras
        self.breaks: set[int] = set()
        self.headings: dict[int, Heading] = {}
        # the story's voice next to an edge (``voice_of``), by the edge's range
        self.voices: dict[tuple[int, int, int], voice.StoryVoice] = {}

    def para(self, i: int) -> str:
        p = self.paras[i]
        return self.text[p.start : p.end]

    def blank_before(self, i: int) -> bool:
        """Return whether a blank line (or the start of the text) stands before paragraph i."""
        if i == 0:
            return True
        gap = self.text[self.paras[i - 1].end : self.paras[i].start]
        return gap.count("\n") + gap.count("\r") - gap.count("\r\n") >= 2


def front_kind(s: str) -> NoteKind | None:
    """Return the kind of a labelled, byline or disclaimer paragraph (edges only)."""
    kind = pat.labelled_kind(s)
    if kind is None and pat.byline(s) is not None:
        kind = NoteKind.BYLINE
    if kind is None and pat.is_disclaimer(s) and chat.cue_strength(s) < 2:
        kind = NoteKind.DISCLAIMER
    return kind


def story_below(doc: Paragraphs, i: int, seg: Segment) -> list[str]:
    """Return the first ``VOICE_PARAGRAPHS`` paragraphs under paragraph i that are not scene
    breaks or headings."""
    return _story_paragraphs(doc, range(i + 1, seg.hi))


def _story_paragraphs(doc: Paragraphs, order: range) -> list[str]:
    """Return the first ``VOICE_PARAGRAPHS`` paragraphs of ``order`` (indices walking away
    from an edge into the story) that are not scene breaks or headings."""
    picked: list[str] = []
    for k in order:
        if len(picked) == VOICE_PARAGRAPHS:
            break
        if k not in doc.breaks and k not in doc.headings:
            picked.append(doc.para(k))
    return picked


def voice_of(doc: Paragraphs, order: range) -> Callable[[], voice.StoryVoice]:
    """Return a function giving the voice (``note_voice.story_voice``) of the story paragraphs
    next to an edge, those of ``_story_paragraphs`` for ``order``: worked out once per edge,
    when first asked for."""
    key = (order.start, order.stop, order.step)

    def get() -> voice.StoryVoice:
        found = doc.voices.get(key)
        if found is None:
            found = doc.voices[key] = voice.story_voice(_story_paragraphs(doc, order))
        return found

    return get


def named_below(doc: Paragraphs, i: int, seg: Segment, names: set[str]) -> bool:
    """Return whether one of ``names`` is a word of the first ``VOICE_PARAGRAPHS`` paragraphs
    under paragraph i."""
    seen = 0
    for k in range(i + 1, seg.hi):
        if seen == VOICE_PARAGRAPHS:
            break
        if k in doc.breaks:
            continue
        seen += 1
        words = set(_NAME_WORD.findall(doc.para(k)))
        if not names.isdisjoint(words):
            return True
    return False
