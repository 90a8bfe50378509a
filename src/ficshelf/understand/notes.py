"""The "notes" stage: front and end matter, chapters, scene breaks and the story body.

Layers (spans in text order):

* ``notes`` — label = a ``NoteKind`` value. A note covers whole paragraphs, from the first
  character of its first paragraph to the last of its last (labels such as "A/N:" included),
  except a title, which covers just the title text ("X" for "Title: X", decoration such as
  "~ X ~" left out).
* ``authors`` — author names inside bylines, label "author"; when no byline names one, the
  name signing the first author's note that ends in a signature ("— username", "xx username",
  "Love, username": ``note_signatures``), or a disclaimer signed so by a one-word username.
* ``named_titles`` — when no title line gives the work's title, the title an author's note
  names instead ("title is Under the Floorboards bc …", "This one is called The Long Table
  because …": ``note_titles.named_title``), label "title"; at most one span, inside that note.
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
labelled note is a note too: story never stands above front matter; so is one in the
writer's informal first person above the title line (``note_title_lines.title_under``: "ok
so this is my first time posting for …" / "The Long Table"), and an informal one
above an unlabelled note on its own (``note_edges._note_next``), and at the end, right after
the last scene break, one that opens the end note under it (``note_edges._opens_end_note``:
one note). A long stretch of past-tense
narration with a single cue word (``note_chat.is_narration``) never continues a note: it is
the story's first paragraph. Right after other front matter, a lone quoted saying is an epigraph
when the narration below does not answer it (``note_epigraphs.is_lone_epigraph``,
``note_epigraphs.opens_narration``); a story opening on dialogue stays story. Short lines
closed by a bracketed comment on their source ("(a proverb, or so they say)",
``note_epigraphs.ends_in_source_comment``) are an epigraph, and so are one or two stanzas
of short unquoted lines right after other front matter (``note_epigraph_edges``). A label
alone on its line ("Summary:") takes the text under it (``note_edges._bare_label_end``). A
paragraph between other front
matter and a labelled note is front matter too, an epigraph when it is shaped like one, else
an author's note (``note_edges._between_front``); a summary is not continued by the story
telling itself or by the writer's voice (``note_edges._continues_summary``). Right under other
front matter, an unlabelled blurb about the plot (short, present tense, third person, naming
the story's people: ``note_blurbs.blurb_shape``) is a summary when the story under it is told
in the past, or front matter or a scene break stands under it, or it carries a teaser's marks
(``note_edges._is_blurb``). A title is a short line before a byline or other note, or set off
by a blank line at the top or above the first chapter heading, or between two scene-break
rules; a byline is never the title, even as the first line, unless another byline stands
right under it. With no title line, the title an author's note names ("title is X bc …",
"This one is called X because …") is the ``named_titles`` layer (``note_titles``). The one
exception to the edges: a paragraph opening with an unambiguous
"A/N" label is a note wherever it stands. The scanners of the edges are in ``note_edges``
(``scan_front``, ``scan_end``); this module cuts the text into segments and builds the layers
from what they find. The docs page is docs/notes.md.

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

from ficshelf.model import Analysis, NoteKind, Span
from ficshelf.understand import note_patterns as pat
from ficshelf.understand.chapters import MAX_HEADING_CHARS, Heading, is_scene_break, parse_heading
from ficshelf.understand.note_doc import Note, Paragraphs, Segment
from ficshelf.understand.note_edges import scan_end, scan_front
from ficshelf.understand.note_signatures import disclaimer_signature, note_signature
from ficshelf.understand.note_title_lines import TITLE_DECORATION
from ficshelf.understand.note_titles import named_title
from ficshelf.understand.pipeline import stage
from ficshelf.understand.text import count_words


def _find_structure(doc: Paragraphs, numeral_headings: bool) -> None:
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


def _segments(doc: Paragraphs, given: tuple[Span, ...]) -> list[Segment]:
    """Cut the paragraphs into segments: the stretch before the first chapter, then one per
    chapter (detected headings, or the given chapters)."""
    n = len(doc.paras)
    if not given:
        starts = sorted(doc.headings)
        segments = [Segment(0, starts[0] if starts else n, None)]
        for k, h in enumerate(starts):
            end = starts[k + 1] if k + 1 < len(starts) else n
            segments.append(Segment(h + 1, end, h))
        return segments
    segments = []
    i = 0
    for chapter in given:
        lo = i
        while i < n and doc.paras[i].end <= chapter.start:
            i += 1
        if i > lo:
            segments.append(Segment(lo, i, None))
        first = i
        while i < n and doc.paras[i].start < chapter.end:
            i += 1
        if first < i and chapter.label and doc.para(first) == chapter.label:
            doc.headings[first] = Heading(chapter.label)
        heading = first if first < i and first in doc.headings else None
        segments.append(Segment(first + (heading is not None), i, heading, given=True))
    if i < n:
        segments.append(Segment(i, n, None))
    return segments


def _strip_span(offset: int, s: str, chars: str) -> Span:
    """Return the span of ``s`` (standing at ``offset``) without ``chars`` at either end."""
    left = len(s) - len(s.lstrip(chars))
    right = len(s.rstrip(chars))
    return Span(offset + left, offset + max(left, right))


@stage(
    "notes",
    requires=("paragraphs",),
    assigns=(
        "notes",
        "authors",
        "named_titles",
        "fandom_mentions",
        "chapters",
        "chapter_headings",
        "scene_breaks",
        "body",
    ),
)
def find_matter(analysis: Analysis) -> Mapping[str, tuple[Span, ...]]:
    """Return the notes, authors, named_titles, fandom_mentions, chapters, chapter_headings,
    scene_breaks and body layers (see the module docstring)."""
    given = tuple(Span(c.start, c.end, c.title or "") for c in analysis.doc.chapters)
    doc = Paragraphs(analysis.text, analysis.layer("paragraphs"))
    _find_structure(doc, numeral_headings=not given)
    segments = _segments(doc, given)
    if given:
        keep = {seg.heading for seg in segments if seg.heading is not None}
        doc.headings = {i: h for i, h in doc.headings.items() if i in keep}

    notes: list[Note] = []
    story_ranges: list[tuple[int, int]] = []  # per segment: first and after-last story paragraph
    for seg in segments:
        find_title = seg.lo == 0 and seg.heading is None and not seg.given
        first = scan_front(doc, seg, notes, find_title=find_title)
        after = scan_end(doc, first, seg.hi, notes)
        story_ranges.append((first, after))
        for i in range(seg.lo, seg.hi):
            p = doc.paras[i]
            if pat.is_an_label(analysis.text[p.start : min(p.end, p.start + 40)]):
                notes.append(Note(NoteKind.AUTHORS_NOTE, i, i))
    return _layers(doc, segments, story_ranges, _dedupe(notes), given)


def _dedupe(notes: list[Note]) -> list[Note]:
    """Sort notes and drop the ones inside another (a mid-text "A/N" found twice)."""
    notes.sort(key=lambda n: (n.first, -n.last))
    kept: list[Note] = []
    for note in notes:
        if kept and note.first <= kept[-1].last:
            continue
        kept.append(note)
    return kept


def _layers(
    doc: Paragraphs,
    segments: list[Segment],
    story_ranges: list[tuple[int, int]],
    notes: list[Note],
    given: tuple[Span, ...],
) -> dict[str, tuple[Span, ...]]:
    """Build the stage's layers from the scanners' findings."""
    paras, text = doc.paras, doc.text
    in_note: set[int] = set()
    note_spans: list[Span] = []
    authors: list[Span] = []
    signed: list[Span] = []  # names signing an author's note ("— username")
    fandoms: list[Span] = []
    titled = any(note.kind is NoteKind.TITLE for note in notes)
    named: list[Span] = []  # the title an author's note names, when no title line gives one
    for note in notes:
        in_note.update(range(note.first, note.last + 1))
        start, end = paras[note.first].start, paras[note.last].end
        s = text[start:end]
        if note.kind is NoteKind.TITLE:
            field = pat.title_field(s)
            if field is None:
                trimmed = _strip_span(start, s, TITLE_DECORATION)
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
        elif note.kind in _SIGNATURES and not signed:
            sign = _SIGNATURES[note.kind](s)
            if sign is not None:
                signed.append(Span(start + sign[0], start + sign[1], "author"))
        if note.kind is NoteKind.AUTHORS_NOTE and not titled and not named:
            title = named_title(s)
            if title is not None:
                named.append(Span(start + title[0], start + title[1], NoteKind.TITLE.value))
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
        "authors": tuple(authors or signed),
        "named_titles": tuple(named),
        "fandom_mentions": tuple(sorted(set(fandoms), key=lambda sp: (sp.start, sp.end))),
        "chapters": chapters,
        "chapter_headings": headings,
        "scene_breaks": tuple(paras[i] for i in sorted(doc.breaks)),
        "body": body,
    }


def _chapters(
    doc: Paragraphs,
    segments: list[Segment],
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
    """Return the title the text states (the first "title" note, else the title an author's
    note names, the ``named_titles`` layer; stripped, in title case when the line is all
    capitals), or ``None`` (also when no notes stage ran)."""
    layers = analysis.layers
    titles = (s for s in layers.get("notes", ()) if s.label == NoteKind.TITLE.value)
    span = next(titles, None) or next(iter(layers.get("named_titles", ())), None)
    return None if span is None else unshouted(span.text_of(analysis.text).strip()) or None


# The notes whose closing signature names the story's writer when no byline does, each with
# how its signature is read.
_SIGNATURES: dict[NoteKind, Callable[[str], tuple[int, int] | None]] = {
    NoteKind.AUTHORS_NOTE: note_signature,
    NoteKind.DISCLAIMER: disclaimer_signature,
}
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
    """Return the author names stated in bylines (or signing an author's note when no byline
    names one), in order, without repeats."""
    names = (span.text_of(analysis.text) for span in analysis.layer("authors"))
    return tuple(dict.fromkeys(names))


def body_word_count(analysis: Analysis) -> int:
    """Return the number of words in the story body (notes, headings and breaks left out)."""
    text = analysis.text
    return sum(count_words(text, span.start, span.end) for span in analysis.layer("body"))
