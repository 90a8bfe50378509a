"""The "notes" stage: front and end matter, chapters, scene breaks and the story body.

Layers (spans in text order):

* ``notes`` — label = a ``NoteKind`` value. A note covers whole paragraphs, from the first
  character of its first paragraph to the last of its last (labels such as "A/N:" included),
  except a title, which covers just the title text ("X" for "Title: X", decoration such as
  "~ X ~" left out).
* ``authors`` — author names inside bylines, label "author".
* ``fandom_mentions`` — fandom names stated in bylines and notes ("A Peter Pan fic by …",
  "first time writing for Little Women"), label = the name as written.
* ``chapters`` — one span per chapter, label = its title ("" when the heading has none; the
  heading word for a bare "Prologue"). A chapter runs from the start of its heading to the end
  of its last story paragraph (notes after that are outside it); a document without headings is
  one chapter from its first to its last story paragraph. Chapters the document brings
  (``doc.chapters``: HTML, EPUB) are used as given.
* ``chapter_headings`` — the heading lines, label = the chapter title as above.
* ``scene_breaks`` — lone lines of symbols ("* * *", "oOo", …).
* ``body`` — one span per story paragraph: every paragraph that is not a note, a heading or a
  scene break.

Notes are only looked for at the edges: from the start of the document (or of a chapter, after
its heading) up to the first story paragraph, and from the end back to the last one. Labelled
notes ("A/N:", "Disclaimer:", "Summary:", "Title:", "Rating:", bylines in their forms: "by X",
"a <Fandom> fic by X", "written by X", "X presents") count on their own; unlabelled ones need
plain cues that they talk about the writing or to the reader, or a writer's chatty register
(first person, sentences opening in lower case, "!!": see ``note_chat.note_cues`` and
``note_chat.is_chatty``), or a score for the writer's voice against the story's own person and
tense (``note_voice.voice_score``: at least ``NOTE_THRESHOLD`` right under front matter or
right after the scene break that ends the story, ``UNPLACED_NOTE_THRESHOLD`` elsewhere). A
paragraph that is a note on counted cue words but tells the story (``note_voice.tells_story``)
is only note-like. A merely note-like paragraph (a weak cue) directly above a
labelled note is a note too: story never stands above front matter. A long stretch of past-tense
narration with a single cue word (``note_chat.is_narration``) never continues a note: it is
the story's first paragraph. Right after other front matter, a lone quoted saying is an epigraph
when the narration below does not answer it (``note_epigraphs.is_lone_epigraph``,
``note_epigraphs.opens_narration``); a story opening on dialogue stays story. Short lines
closed by a bracketed comment on their source ("(a proverb, or so they say)",
``note_epigraphs.ends_in_source_comment``) are an epigraph. A paragraph between other front
matter and a labelled note is front matter too, an epigraph when it is shaped like one, else
an author's note (``_between_front``); a summary is not continued by the story telling itself
or by the writer's voice (``_continues_summary``). A title is a
short line before a byline or other note, or set off by a blank line at the top, or between two
scene-break rules. The one exception to the edges: a paragraph opening with an unambiguous
"A/N" label is a note wherever it stands. The docs page is docs/notes.md.

Chapters the document brings (HTML, EPUB) are scanned the same way, each from its first
paragraph after its heading and back from its last: AO3 keeps notes as markup outside the
chapters, but a story first posted elsewhere keeps its "A/N:", disclaimer and "please review"
inside the chapter text, and those are notes, not story (the reader shows the chapter's own
HTML less those paragraphs, and the notes apart). Only the document's title is never looked
for inside a given chapter. Text outside the given chapters is scanned as in plain text.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass

from ficshelf.model import Analysis, NoteKind, Span
from ficshelf.understand import note_chat as chat
from ficshelf.understand import note_epigraphs as epi
from ficshelf.understand import note_patterns as pat
from ficshelf.understand import note_voice as voice
from ficshelf.understand.chapters import MAX_HEADING_CHARS, Heading, is_scene_break, parse_heading
from ficshelf.understand.pipeline import stage
from ficshelf.understand.text import count_words

# Kinds an unlabelled note-like paragraph may continue when it directly follows them.
_CONTINUABLE = frozenset({NoteKind.AUTHORS_NOTE, NoteKind.DISCLAIMER, NoteKind.SUMMARY})
# The cues of a gap in the run of end notes (a break) and of a labelled note.
_NO_CUES = chat.NoteCues(0, 0)
_LABELLED = chat.NoteCues(2, 0)
# The cues of a paragraph in the writer's voice (``note_voice``).
_VOICED = chat.NoteCues(2, 0)
_TITLE_DECORATION = " \t*_~=#"
_OPENING_QUOTES = "\"“'‘"
MAX_EPIGRAPH_LINES = 8
# An unquoted prose epigraph set apart from its attribution line is at most this long.
MAX_PROSE_EPIGRAPH_CHARS = 300
# A note runs on over at most this many merely note-like (weak) paragraphs in a row.
MAX_WEAK_RUN = 12
# A run of end notes after the last scene break is looked for when at most this many
# paragraphs follow the break (``_tail_notes``).
MAX_TAIL_PARAGRAPHS = 4
# The story's voice (``note_voice.story_voice``) is read from this many paragraphs next to a
# paragraph at its edge.
VOICE_PARAGRAPHS = 6


@dataclass(slots=True)
class _Note:
    kind: NoteKind
    first: int  # paragraph indices, inclusive
    last: int


@dataclass(frozen=True, slots=True)
class _Segment:
    """A run of paragraphs ``lo``..``hi`` (exclusive) after an optional heading paragraph;
    ``given`` when it is a chapter the document brings (its title is never looked for there)."""

    lo: int
    hi: int
    heading: int | None
    given: bool = False


class _Doc:
    """The paragraphs of one text, with the structural facts the scanners ask about."""

    def __init__(self, text: str, paras: tuple[Span, ...]) -> None:
        self.text = text
        self.paras = paras
        self.breaks: set[int] = set()
        self.headings: dict[int, Heading] = {}
        # the story's voice next to an edge (``_voice_of``), by the edge's range
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


def _find_structure(doc: _Doc, numeral_headings: bool) -> None:
    """Fill ``doc.breaks`` and ``doc.headings`` from the short paragraphs."""
    numerals: list[int] = []
    for i, p in enumerate(doc.paras):
        if p.end - p.start > MAX_HEADING_CHARS:
            continue
        line = doc.para(i)
        if is_scene_break(line):
            doc.breaks.add(i)
            continue
        heading = parse_heading(line)
        if heading is not None:
            doc.headings[i] = heading
            if heading.numeral_only:
                numerals.append(i)
    if len(numerals) < 2 or not numeral_headings:
        for i in numerals:
            del doc.headings[i]


def _segments(doc: _Doc, given: tuple[Span, ...]) -> list[_Segment]:
    """Cut the paragraphs into segments: the stretch before the first chapter, then one per
    chapter (detected headings, or the given chapters)."""
    n = len(doc.paras)
    if not given:
        starts = sorted(doc.headings)
        segments = [_Segment(0, starts[0] if starts else n, None)]
        for k, h in enumerate(starts):
            end = starts[k + 1] if k + 1 < len(starts) else n
            segments.append(_Segment(h + 1, end, h))
        return segments
    segments = []
    i = 0
    for chapter in given:
        lo = i
        while i < n and doc.paras[i].end <= chapter.start:
            i += 1
        if i > lo:
            segments.append(_Segment(lo, i, None))
        first = i
        while i < n and doc.paras[i].start < chapter.end:
            i += 1
        if first < i and chapter.label and doc.para(first) == chapter.label:
            doc.headings[first] = Heading(chapter.label)
        heading = first if first < i and first in doc.headings else None
        segments.append(_Segment(first + (heading is not None), i, heading, given=True))
    if i < n:
        segments.append(_Segment(i, n, None))
    return segments


def _is_title(doc: _Doc, i: int, seg: _Segment) -> bool:
    """Return whether paragraph i of the document's front matter is its title line: a short
    line that is not a sentence, followed by a note (byline, disclaimer, …), or by a blank
    line when it opens the document or is in title case, or in title case between two
    scene-break rules."""
    if i + 1 >= seg.hi:
        return False
    line = doc.para(i)
    if not pat.is_title_line(line) or chat.cue_strength(line) == 2 or pat.labelled_kind(line):
        return False
    if i + 1 in doc.breaks:
        # A title set off between rules ("---", "* * *") above and below.
        return i - 1 in doc.breaks and _title_cased(line) and pat.byline(line) is None
    follower = doc.para(i + 1)
    noted = _front_kind(follower) is not None or chat.cue_strength(follower) == 2
    if pat.byline(line) is not None and not noted:
        return False
    if line.rstrip(_TITLE_DECORATION)[-1:] in "!?" and not _title_cased(line):
        return False
    if noted:
        return True
    return doc.blank_before(i + 1) and (i == 0 or _title_cased(line))


def _title_cased(line: str) -> bool:
    words = [w for w in line.split() if len(w) > 3]
    return len(line.split()) > 1 and all(w[0].isupper() for w in words)


def _strip_span(offset: int, s: str, chars: str) -> Span:
    """Return the span of ``s`` (standing at ``offset``) without ``chars`` at either end."""
    left = len(s) - len(s.lstrip(chars))
    right = len(s.rstrip(chars))
    return Span(offset + left, offset + max(left, right))


def _front_kind(s: str) -> NoteKind | None:
    """Return the kind of a labelled, byline or disclaimer paragraph (edges only)."""
    kind = pat.labelled_kind(s)
    if kind is None and pat.byline(s) is not None:
        kind = NoteKind.BYLINE
    if kind is None and pat.is_disclaimer(s) and chat.cue_strength(s) < 2:
        kind = NoteKind.DISCLAIMER
    return kind


def _scan_front(doc: _Doc, seg: _Segment, notes: list[_Note], find_title: bool) -> int:
    """Append the notes at the start of ``seg`` to ``notes`` (looking for the document's
    title too when ``find_title``); return the index of the first story paragraph
    (``seg.hi`` when there is none)."""
    i = seg.lo
    last: _Note | None = None
    while i < seg.hi:
        if i in doc.breaks:
            last = None
            i += 1
            continue
        s = doc.para(i)
        if find_title and _is_title(doc, i, seg):
            notes.append(_Note(NoteKind.TITLE, i, i))
            find_title, last = False, None
            i += 1
            continue
        kind = _front_kind(s)
        find_title = find_title and kind is not NoteKind.TITLE
        if kind is not None:
            if last is not None and _same_header(doc, last, i, s):
                last.last = i
            else:
                last = _Note(kind, i, i)
                notes.append(last)
            i += 1
            continue
        end = _epigraph_end(doc, i, seg)
        if end > i:
            notes.append(_Note(NoteKind.EPIGRAPH, i, end - 1))
            last = None
            i = end
            continue
        cues = _cues(doc, s, range(i + 1, seg.hi))
        continued = _continued(last, i, cues, s)
        if continued is not None and not _continues_summary(doc, i, seg, continued, s):
            continued = None
        if continued is not None:
            continued.last = i
        elif (
            cues.strength == 2
            or _front_note(doc, i, seg, notes, cues, s)
            or _writer_voice(doc, i, seg, notes, s)
        ):
            last = _Note(NoteKind.AUTHORS_NOTE, i, i)
            notes.append(last)
        elif _between_front(doc, i, seg, notes, s):
            epigraph = epi.is_epigraph_shaped(s)
            last = _Note(NoteKind.EPIGRAPH if epigraph else NoteKind.AUTHORS_NOTE, i, i)
            notes.append(last)
        else:
            break
        i += 1
    return i


def _continues_summary(doc: _Doc, i: int, seg: _Segment, note: _Note, s: str) -> bool:
    """Return whether paragraph i (text ``s``), which ``_continued`` lets continue ``note``,
    may do so: any note but a summary, which tells what happens to the story's people; a
    paragraph that tells the story itself (``note_voice.tells_story``: a speech tag, a
    letter, past narration in the third person) is the story's first paragraph, and one in
    the writer's voice ("Hi all! First time writing these two, so be gentle with me.",
    ``note_voice.is_writer_voice`` where notes stand) is an author's note of its own."""
    if note.kind is not NoteKind.SUMMARY:
        return True
    if voice.tells_story(s):
        return False
    return not voice.is_writer_voice(s, _voice_of(doc, range(i + 1, seg.hi)), placed=True)


def _between_front(doc: _Doc, i: int, seg: _Segment, notes: list[_Note], s: str) -> bool:
    """Return whether paragraph i (text ``s``) stands between other front matter right
    above it (title, byline, a note) and a labelled note right under it ("Summary:", "A/N:",
    "Disclaimer:"): the front matter is not over yet, so whatever it is, it is front matter
    too (story never stands above front matter). Not when it is plainly the story: a line of
    dialogue ('"Are the boats in?" she asked.', not an epigraph's quoted lines) or a long
    stretch of past-tense narration (``note_chat.is_narration``), above a label the story
    itself may use ("Notes: …" in a ledger). Nor when the label opens the end matter (a short
    chapter or a drabble between its opening note and its closing "A/N: More soon!"): some
    story must stand under the label (``_scan_end`` from the label on finds story)."""
    after = i + 1
    if not notes or notes[-1].last != i - 1 or after >= seg.hi or after in doc.breaks:
        return False
    kind = pat.labelled_kind(doc.para(after))
    if kind is None or kind is NoteKind.TITLE:
        return False
    if s.lstrip("*_ ")[:1] in _OPENING_QUOTES and not epi.is_epigraph_shaped(s):
        return False
    return (
        not chat.is_narration(s, chat.note_cues(s).found)
        and _scan_end(doc, after, seg.hi, []) > after
    )


def _cues(doc: _Doc, s: str, story: range) -> chat.NoteCues:
    """Return the note cues of paragraph text ``s`` (``note_chat.note_cues``). A paragraph
    that is a note on counted cue words alone is taken as merely note-like when it tells the
    story (``note_voice.tells_story``: a speech tag, a letter, past narration in the third
    person) and does not score as the writer's voice against the story paragraphs of
    ``story`` (indices walking away from the edge) either."""
    cues = chat.note_cues(s)
    if (
        cues.strength == 2
        and cues.found
        and voice.tells_story(s)
        and voice.voice_score(s, _voice_of(doc, story)) < voice.NOTE_THRESHOLD
    ):
        return chat.NoteCues(1, cues.found)
    return cues


def _front_note(
    doc: _Doc, i: int, seg: _Segment, notes: list[_Note], cues: chat.NoteCues, s: str
) -> bool:
    """Return whether paragraph i (text ``s``, cues of strength 0 or 1) is a note of the
    front matter: note-like with front matter right under it (``_labelled_next``), or the
    writer's last word before the story (``_closes_front``). Note-like: a weak cue (strength
    1) or the writer's informal first person (``note_chat.is_informal``: "okay so I saw a
    production of this …"), which is worked out at most once. A long stretch of past-tense
    narration with a single cue word (``note_chat.is_narration``) is not note-like here: it
    is the story's first paragraph, above a label the story uses ("Notes: …")."""
    informal = None if cues.strength == 1 else chat.is_informal(s)
    weak = cues.strength == 1 and not chat.is_narration(s, cues.found)
    if (weak or informal) and _labelled_next(doc, i, seg):
        return True
    return _closes_front(doc, i, notes, cues, s, informal)


def _closes_front(
    doc: _Doc, i: int, notes: list[_Note], cues: chat.NoteCues, s: str, informal: bool | None
) -> bool:
    """Return whether paragraph i is the writer's last word before the story: it follows
    other front matter directly (title, byline, a labelled note), the scene break that opens
    the story follows it directly, and it is in the writer's informal first person
    (``note_chat.is_informal``; ``informal`` when already known, else ``None``) or holds a
    weak cue without being a long stretch of past-tense narration (``note_chat.is_narration``:
    a one-paragraph prologue is story)."""
    if not notes or notes[-1].last != i - 1 or i + 1 not in doc.breaks:
        return False
    if chat.is_informal(s) if informal is None else informal:
        return True
    return cues.strength == 1 and not chat.is_narration(s, cues.found)


def _writer_voice(doc: _Doc, i: int, seg: _Segment, notes: list[_Note], s: str) -> bool:
    """Return whether paragraph i of the front matter (text ``s``) is in the writer's voice
    (``note_voice.is_writer_voice``) against the story paragraphs under it; it is placed
    where notes stand when other front matter or its chapter's heading is right above it (a
    scene break between allowed) or the scene break that opens the story is right under it."""
    above = i - 1
    while above >= seg.lo and above in doc.breaks:
        above -= 1
    placed = (
        bool(notes)
        and notes[-1].last == above
        or (seg.heading is not None and above == seg.heading)
        or i + 1 in doc.breaks
    )
    return voice.is_writer_voice(s, _voice_of(doc, range(i + 1, seg.hi)), placed)


def _voice_of(doc: _Doc, order: range) -> Callable[[], voice.StoryVoice]:
    """Return a function giving the voice of the story paragraphs next to an edge (worked out
    once per edge, when first asked for)."""
    key = (order.start, order.stop, order.step)

    def get() -> voice.StoryVoice:
        found = doc.voices.get(key)
        if found is None:
            found = doc.voices[key] = _read_voice(doc, order)
        return found

    return get


def _read_voice(doc: _Doc, order: range) -> voice.StoryVoice:
    """Return the voice of the story paragraphs next to an edge: the first
    ``VOICE_PARAGRAPHS`` paragraphs of ``order`` (indices walking away from the edge into the
    story) that are not scene breaks or headings."""
    picked: list[str] = []
    for k in order:
        if len(picked) == VOICE_PARAGRAPHS:
            break
        if k not in doc.breaks and k not in doc.headings:
            picked.append(doc.para(k))
    return voice.story_voice(picked)


def _labelled_next(doc: _Doc, i: int, seg: _Segment) -> bool:
    """Return whether the paragraph after i (in the same segment, no break between) is a
    labelled note, byline or disclaimer, or a title line with one of those right under it:
    story never stands above front matter, so a note-like paragraph there is a note too."""
    j = i + 1
    if j >= seg.hi or j in doc.breaks:
        return False
    if _front_kind(doc.para(j)) is not None:
        return True
    k = j + 1
    return (
        k < seg.hi
        and k not in doc.breaks
        and pat.is_title_line(doc.para(j))
        and _front_kind(doc.para(k)) is not None
    )


def _same_header(doc: _Doc, last: _Note, i: int, s: str) -> bool:
    """Return whether paragraph i (text ``s``) is a header field ("Rating: T") on the line
    right after another one, so that both belong to one note."""
    return (
        last.kind is NoteKind.AUTHORS_NOTE
        and last.last == i - 1
        and not doc.blank_before(i)
        and pat.is_field(s)
        and pat.is_field(doc.para(i - 1))
    )


def _scan_end(doc: _Doc, lo: int, hi: int, notes: list[_Note]) -> int:
    """Append the notes at the end of paragraphs ``lo``..``hi`` to ``notes``; return the
    index after the last story paragraph."""
    tail = _tail_notes(doc, lo, hi)
    # Walk back over note-like paragraphs: (index, labelled kind or None, its cues).
    run: list[tuple[int, NoteKind | None, chat.NoteCues]] = []
    weak_run = 0
    j = hi - 1
    while j >= lo and weak_run <= MAX_WEAK_RUN:
        if j in doc.breaks:
            run.append((j, None, _NO_CUES))
        else:
            s = doc.para(j)
            kind = _front_kind(s)
            if kind is NoteKind.TITLE or kind is NoteKind.BYLINE:
                break
            story = range(j - 1, lo - 1, -1)
            cues = _cues(doc, s, story) if kind is None else _LABELLED
            if cues.strength < 2 and voice.is_writer_voice(
                s, _voice_of(doc, story), placed=j - 1 in doc.breaks or j - 1 in tail
            ):
                cues = _VOICED
            if cues.strength == 0:
                break
            run.append((j, kind, cues))
        weak_run = 0 if run[-1][2].strength == 2 else weak_run + 1
        j -= 1
    run.reverse()
    # The end matter starts at the first paragraph that is a note on its own.
    k = 0
    while k < len(run) and run[k][2].strength < 2:
        k += 1
    last: _Note | None = None
    for index, kind, cues in run[k:]:
        continued = _continued(last, index, cues, doc.para(index)) if kind is None else None
        if cues.strength == 0:
            last = None
        elif continued is not None:
            continued.last = index
        else:
            last = _Note(kind or NoteKind.AUTHORS_NOTE, index, index)
            notes.append(last)
    return run[k][0] if k < len(run) else hi


def _tail_notes(doc: _Doc, lo: int, hi: int) -> set[int]:
    """Return the paragraphs right after the last scene break of ``lo``..``hi`` (when at most
    ``MAX_TAIL_PARAGRAPHS`` follow it) that read as notes one after another from the break
    on: labelled, a note on their cues, or in the writer's voice where notes stand (right
    after the break or after another such note). A run of end notes after the break is placed
    where notes stand all along, not only in its first paragraph."""
    b = hi - 1
    while b >= lo and b not in doc.breaks and hi - 1 - b < MAX_TAIL_PARAGRAPHS:
        b -= 1
    found: set[int] = set()
    if b < lo or b not in doc.breaks:
        return found
    before = range(b - 1, lo - 1, -1)  # the story's paragraphs, walking back from the break
    story = _voice_of(doc, before)
    for k in range(b + 1, hi - 1):  # the last paragraph needs no placing by the one after it
        s = doc.para(k)
        if (
            _front_kind(s) is None
            and _cues(doc, s, before).strength < 2
            and not voice.is_writer_voice(s, story, placed=True)
        ):
            break
        found.add(k)
    return found


def _continued(last: _Note | None, index: int, cues: chat.NoteCues, s: str) -> _Note | None:
    """Return the note that an unlabelled paragraph at ``index`` (text ``s``, read as a note
    by ``cues``) continues, or ``None``. It must directly follow the note; a weak one (1)
    continues an author's note, disclaimer or summary, a strong one (2) only an author's note.
    A weak one that is long past-tense narration with a single cue word (``is_narration``)
    continues nothing: it is the story's first paragraph."""
    strength = cues.strength
    if (
        strength
        and last is not None
        and last.last == index - 1
        and last.kind in _CONTINUABLE
        and (strength == 2 or last.last - last.first < MAX_WEAK_RUN)
        and (strength == 1 or last.kind is NoteKind.AUTHORS_NOTE)
        and (strength == 2 or not chat.is_narration(s, cues.found))  # last: it reads it all
    ):
        return last
    return None


def _epigraph_end(doc: _Doc, i: int, seg: _Segment) -> int:
    """Return the index after an epigraph starting at paragraph i (i when there is none).

    An epigraph is quoted lines ending in an attribution ("— Name"), or short lines of verse
    in one block ending in one, or a short unquoted saying ending in its own attribution
    ("… the names. — a saying of the wolves"), or (right after other front matter) a short
    unquoted paragraph followed by its attribution line, or quoted lines followed by a scene
    break, a heading or the end of the chapter, or (right after other front matter) two or
    more quoted lines in one block, or (right after other front matter) one short quoted
    saying followed by narration that does not answer it.
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
    if quoted and j < seg.hi and j not in doc.breaks and _is_source(doc.para(j)):
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
    return i


def _is_source(para: str) -> bool:
    """Return whether a paragraph names an epigraph's source on a line of its own: an
    attribution ("— Name") or a bracketed comment on it ("(a proverb, or so they say)")."""
    return epi.is_attribution(para) or epi.is_source_comment_line(para)


def _lone_epigraph(doc: _Doc, i: int, after: int) -> bool:
    """Return whether the lone quoted line i (right after other front matter) is an epigraph:
    a short saying (``is_lone_epigraph``) set off by a blank line from narration that does not
    answer it (``opens_narration``). A story opening on dialogue ('"Robbers," says Miss Pole.',
    or a line followed by its reply) stays story."""
    return (
        doc.blank_before(after)
        and epi.is_lone_epigraph(doc.para(i))
        and epi.opens_narration(doc.para(after))
    )


def _verse_block(doc: _Doc, i: int, j: int) -> bool:
    """Return whether paragraphs i..j-1 are short lines of one block (verse before an
    attribution)."""
    return all(
        doc.paras[k].end - doc.paras[k].start <= 200 and (k == i or not doc.blank_before(k))
        for k in range(i, j)
    )


@stage(
    "notes",
    requires=("paragraphs",),
    assigns=(
        "notes",
        "authors",
        "fandom_mentions",
        "chapters",
        "chapter_headings",
        "scene_breaks",
        "body",
    ),
)
def find_matter(analysis: Analysis) -> Mapping[str, tuple[Span, ...]]:
    """Return the notes, authors, fandom_mentions, chapters, chapter_headings, scene_breaks
    and body layers (see the module docstring)."""
    given = tuple(Span(c.start, c.end, c.title or "") for c in analysis.doc.chapters)
    doc = _Doc(analysis.text, analysis.layer("paragraphs"))
    _find_structure(doc, numeral_headings=not given)
    segments = _segments(doc, given)
    if given:
        keep = {seg.heading for seg in segments if seg.heading is not None}
        doc.headings = {i: h for i, h in doc.headings.items() if i in keep}

    notes: list[_Note] = []
    story_ranges: list[tuple[int, int]] = []  # per segment: first and after-last story paragraph
    for seg in segments:
        find_title = seg.lo == 0 and seg.heading is None and not seg.given
        first = _scan_front(doc, seg, notes, find_title=find_title)
        after = _scan_end(doc, first, seg.hi, notes)
        story_ranges.append((first, after))
        for i in range(seg.lo, seg.hi):
            p = doc.paras[i]
            if pat.is_an_label(analysis.text[p.start : min(p.end, p.start + 40)]):
                notes.append(_Note(NoteKind.AUTHORS_NOTE, i, i))
    return _layers(doc, segments, story_ranges, _dedupe(notes), given)


def _dedupe(notes: list[_Note]) -> list[_Note]:
    """Sort notes and drop the ones inside another (a mid-text "A/N" found twice)."""
    notes.sort(key=lambda n: (n.first, -n.last))
    kept: list[_Note] = []
    for note in notes:
        if kept and note.first <= kept[-1].last:
            continue
        kept.append(note)
    return kept


def _layers(
    doc: _Doc,
    segments: list[_Segment],
    story_ranges: list[tuple[int, int]],
    notes: list[_Note],
    given: tuple[Span, ...],
) -> dict[str, tuple[Span, ...]]:
    """Build the stage's layers from the scanners' findings."""
    paras, text = doc.paras, doc.text
    in_note: set[int] = set()
    note_spans: list[Span] = []
    authors: list[Span] = []
    fandoms: list[Span] = []
    for note in notes:
        in_note.update(range(note.first, note.last + 1))
        start, end = paras[note.first].start, paras[note.last].end
        s = text[start:end]
        if note.kind is NoteKind.TITLE:
            field = pat.title_field(s)
            if field is None:
                trimmed = _strip_span(start, s, _TITLE_DECORATION)
                start, end = trimmed.start, trimmed.end
            else:
                start, end = start + field[0], start + field[1]
        note_spans.append(Span(start, end, note.kind.value))
        if note.kind is NoteKind.BYLINE:
            line = pat.byline(s)
            if line is not None:
                authors.extend(Span(start + a, start + b, "author") for a, b in line.names)
                if line.fandom is not None:
                    a, b = line.fandom
                    fandoms.append(Span(start + a, start + b, s[a:b]))
        if note.kind is not NoteKind.TITLE and note.kind is not NoteKind.EPIGRAPH:
            fandoms.extend(Span(start + a, start + b, s[a:b]) for a, b in pat.fandom_mentions(s))

    structural = in_note | doc.breaks | set(doc.headings)
    body = tuple(p for i, p in enumerate(paras) if i not in structural)
    headings = tuple(
        Span(paras[i].start, paras[i].end, h.title) for i, h in sorted(doc.headings.items())
    )
    chapters = given or _chapters(doc, segments, story_ranges, structural)
    return {
        "notes": tuple(note_spans),
        "authors": tuple(authors),
        "fandom_mentions": tuple(sorted(set(fandoms), key=lambda sp: (sp.start, sp.end))),
        "chapters": chapters,
        "chapter_headings": headings,
        "scene_breaks": tuple(paras[i] for i in sorted(doc.breaks)),
        "body": body,
    }


def _chapters(
    doc: _Doc,
    segments: list[_Segment],
    story_ranges: list[tuple[int, int]],
    structural: set[int],
) -> tuple[Span, ...]:
    """Return a chapter span per heading (and for story text before the first heading)."""
    paras = doc.paras
    chapters: list[Span] = []
    for seg, (first, after) in zip(segments, story_ranges, strict=True):
        story = [i for i in range(first, after) if i not in structural]
        if seg.heading is None:
            if story:
                chapters.append(Span(paras[story[0]].start, paras[story[-1]].end, ""))
            continue
        # A heading with no story under it still makes a chapter: up to its last paragraph.
        last = story[-1] if story else max(seg.heading, seg.hi - 1)
        title = doc.headings[seg.heading].title
        chapters.append(Span(paras[seg.heading].start, paras[last].end, title))
    return tuple(chapters)


def title_of(analysis: Analysis) -> str | None:
    """Return the title the text states (the first "title" note, stripped, in title case when
    the line is all capitals), or ``None`` (also when no notes stage ran)."""
    for span in analysis.layers.get("notes", ()):
        if span.label == NoteKind.TITLE.value:
            return unshouted(span.text_of(analysis.text).strip()) or None
    return None


# Words a title in title case keeps in lower case unless they open or close it.
_MINOR_WORDS = frozenset(
    "a an and as at but by for from in into nor of on or the to upon with".split()
)
# A Roman numeral from I to XXXIX ("PART II", "CHAPTER XIV"), maybe with a stop or colon.
_ROMAN = re.compile(r"(?=[IVX])X{0,3}(?:IX|IV|V?I{0,3})[.,:;!?]*")


def _cap(word: str) -> str:
    """Return an all-capitals word with its first letter kept, and the first letter after an
    apostrophe too when more than two letters follow it ("O'Brien", but "Don't", "Mary's")."""
    head, mark, tail = word.partition("'")
    out = head[:1] + head[1:].lower()
    if mark:
        out += mark + (tail[:1] + tail[1:].lower() if len(tail) > 2 else tail.lower())
    return out


def unshouted(title: str) -> str:
    """Return a title set all in capitals ("THE BYGRAVES OF ALDBOROUGH") in title case ("The
    Bygraves of Aldborough"); any other title, or a one-word one ("NASA"), as it is. Roman
    numerals stay in capitals, short function words are lower case inside the title (not
    after a colon), hyphenated parts are each capitalised."""
    words = title.split(" ")
    if any(c.islower() for c in title) or sum(any(c.isalpha() for c in w) for w in words) < 2:
        return title  # not all capitals, or one word that may be an acronym ("NASA")
    out: list[str] = []
    for k, word in enumerate(words):
        inner = 0 < k < len(words) - 1 and not words[k - 1].endswith(":")
        if _ROMAN.fullmatch(word):
            out.append(word)
        elif inner and word.lower() in _MINOR_WORDS:
            out.append(word.lower())
        else:
            out.append("-".join(_cap(part) for part in word.split("-")))
    return " ".join(out)


def authors_of(analysis: Analysis) -> tuple[str, ...]:
    """Return the author names stated in bylines, in order, without repeats."""
    names = (span.text_of(analysis.text) for span in analysis.layer("authors"))
    return tuple(dict.fromkeys(names))


def body_word_count(analysis: Analysis) -> int:
    """Return the number of words in the story body (notes, headings and breaks left out)."""
    text = analysis.text
    return sum(count_words(text, span.start, span.end) for span in analysis.layer("body"))
