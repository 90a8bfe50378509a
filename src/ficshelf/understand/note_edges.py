"""Reading the edges of a text for notes (used by the "notes" stage): the two scanners that
find the notes (``note_doc.Note``) at the edges of a segment (``note_doc.Segment``: the stretch
before the first chapter, then one per chapter) of a text's paragraphs
(``note_doc.Paragraphs``).

* ``scan_front`` walks from the start of a segment down to its first story paragraph: the
  document's title, labelled notes and bylines, epigraphs (quoted lines, verse or a saying with
  their attribution, ``note_epigraph_edges.epigraph_end``), unlabelled notes on their cue words
  (``note_chat``) or in the writer's voice (``note_voice``), a note-like paragraph right above
  front matter (the title line too: ``note_title_lines``) or above an unlabelled note on its
  own (``_note_next``), the writer's last
  word before the scene break that opens the story, a paragraph between front matter and a
  labelled note (``_between_front``), and what may continue a summary
  (``_continues_summary``).
* ``scan_end`` walks back from the end of a segment over the end notes to its last story
  paragraph; a run of notes after the last scene break is placed where notes stand
  (``_tail_notes``), and an informal paragraph right after that break opens the end note on
  its own under it (``_opens_end_note``).

Where ``note_patterns``, ``note_chat``, ``note_voice`` and ``note_epigraphs`` look at one
paragraph, this module looks at a paragraph among its neighbours; ``notes.py`` builds the
stage's layers from what the scanners find. The rules are told in ``notes.py``'s docstring and
docs/notes.md.
"""

from __future__ import annotations

from ficshelf.model import NoteKind
from ficshelf.understand import note_blurbs as blurbs
from ficshelf.understand import note_chat as chat
from ficshelf.understand import note_epigraphs as epi
from ficshelf.understand import note_patterns as pat
from ficshelf.understand import note_voice as voice
from ficshelf.understand.note_doc import (
    Note,
    Paragraphs,
    Segment,
    front_kind,
    named_below,
    story_below,
    voice_of,
)
from ficshelf.understand.note_epigraph_edges import epigraph_end
from ficshelf.understand.note_signatures import is_signature_paragraph
from ficshelf.understand.note_title_lines import is_title, title_under

# Kinds an unlabelled note-like paragraph may continue when it directly follows them.
_CONTINUABLE = frozenset({NoteKind.AUTHORS_NOTE, NoteKind.DISCLAIMER, NoteKind.SUMMARY})
# The cues of a gap in the run of end notes (a break) and of a labelled note.
_NO_CUES = chat.NoteCues(0, 0)
_LABELLED = chat.NoteCues(2, 0)
# The cues of a paragraph in the writer's voice (``note_voice``).
_VOICED = chat.NoteCues(2, 0)
# The cues of a signature alone in its paragraph ("— username"): it continues a note above it.
_SIGNED = chat.NoteCues(1, 0)
_OPENING_QUOTES = "\"“'‘"
# A line closing the block of a labelled note is at most this long (``_in_label_block``).
MAX_BLOCK_LINE_CHARS = 300
# A note runs on over at most this many merely note-like (weak) paragraphs in a row.
MAX_WEAK_RUN = 12
# A run of end notes after the last scene break is looked for when at most this many
# paragraphs follow the break (``_tail_notes``).
MAX_TAIL_PARAGRAPHS = 4
# A paragraph of at most this many words closing an end note is its sign-off ("xoxo").
MAX_SIGN_OFF_WORDS = 2


def scan_front(doc: Paragraphs, seg: Segment, notes: list[Note], find_title: bool) -> int:
    """Append the notes at the start of ``seg`` to ``notes`` (looking for the document's
    title too when ``find_title``); return the index of the first story paragraph
    (``seg.hi`` when there is none)."""
    i = seg.lo
    last: Note | None = None
    noted_above = -2  # a note-like paragraph read as a note by the note under it
    while i < seg.hi:
        if i in doc.breaks:
            last = None
            i += 1
            continue
        s = doc.para(i)
        if find_title and is_title(doc, i, seg):
            notes.append(Note(NoteKind.TITLE, i, i))
            find_title, last = False, None
            i += 1
            continue
        kind = front_kind(s)
        find_title = find_title and kind is not NoteKind.TITLE
        if kind is not None:
            if last is not None and _same_header(doc, last, i, s):
                last.last = i
            else:
                last = Note(kind, i, i)
                notes.append(last)
                last.last = _bare_label_end(doc, i, seg, kind)
            i = last.last + 1
            continue
        end = epigraph_end(doc, i, seg)
        if end > i:
            notes.append(Note(NoteKind.EPIGRAPH, i, end - 1))
            last = None
            i = end
            continue
        if _is_blurb(doc, i, seg, notes, s):
            last = Note(NoteKind.SUMMARY, i, i)
            notes.append(last)
            i += 1
            continue
        cues = _cues(doc, s, range(i + 1, seg.hi))
        continued = _continued(last, i, cues, s)
        if continued is not None and not _continues_summary(doc, i, seg, continued, s):
            continued = None
        if continued is None and _in_label_block(doc, i, seg, last, s):
            continued = last
        if continued is not None and continued.last == noted_above:
            continued = None  # the note that made the one above a note starts its own
        elif continued is not None and continued.first == noted_above + 1 and cues.strength < 2:
            continued = None  # and only a note on its own continues it: story may follow
        if continued is not None:
            continued.last = i
        elif (
            cues.strength == 2
            or _front_note(doc, i, seg, notes, cues, s, find_title)
            or _writer_voice(doc, i, seg, notes, s)
        ):
            last = Note(NoteKind.AUTHORS_NOTE, i, i)
            notes.append(last)
            if cues.strength < 2 and _note_next(doc, i, seg):
                noted_above = i
        elif _between_front(doc, i, seg, notes, s):
            epigraph = epi.is_epigraph_shaped(s)
            last = Note(NoteKind.EPIGRAPH if epigraph else NoteKind.AUTHORS_NOTE, i, i)
            notes.append(last)
        else:
            break
        i += 1
    return i


def _bare_label_end(doc: Paragraphs, i: int, seg: Segment, kind: NoteKind) -> int:
    """Return the last paragraph of a note whose label stands alone on line i ("Summary:",
    "Disclaimer:", ``note_patterns.is_bare_label``): the lines of its block under it, or,
    past a blank line, the one paragraph under it when the end of the chapter, a scene break
    or other front matter follows that paragraph, or it is shaped like a blurb. What tells
    the story (``note_voice.tells_story``) or is front matter of another kind, or labelled,
    is never taken."""
    if kind in (NoteKind.TITLE, NoteKind.BYLINE) or not pat.is_bare_label(doc.para(i)):
        return i

    def value(k: int) -> bool:
        s = doc.para(k)
        return (
            k not in doc.breaks
            and k not in doc.headings
            and front_kind(s) in (None, kind)
            and pat.labelled_kind(s) is None
            and not voice.tells_story(s)
        )

    j = i + 1
    while j < seg.hi and not doc.blank_before(j) and value(j):
        j += 1
    if j > i + 1 or j >= seg.hi or not value(j):
        return j - 1
    after = j + 1
    closed = after >= seg.hi or after in doc.breaks or front_kind(doc.para(after)) is not None
    if closed or blurbs.blurb_shape(doc.para(j)) is not blurbs.Blurb.NONE:
        return j
    return i


def _is_blurb(doc: Paragraphs, i: int, seg: Segment, notes: list[Note], s: str) -> bool:
    """Return whether paragraph i (text ``s``) is an unlabelled summary: right under other
    front matter (title, byline, disclaimer, a note other than a summary it would continue; a
    scene break between allowed), a blurb's shape (``note_blurbs.blurb_shape``: short, no
    dialogue, no "I" or "you", a name, the present tense), naming someone the story under it
    names too (or over a story told in the first person, whose narrator is seldom named),
    and set apart from a story opening in the present by one of: the story under it
    is told in the past, a scene break or other front matter (a labelled note, a note on its
    cues or in the writer's voice) right under it, or a teaser's marks ("What happens when
    …?", a closing "…", "AU", "in which"). A blurb with no verb read as present or past
    (``Blurb.UNTENSED``) needs the break or the front matter under it. A paragraph in the
    writer's voice (a note on its cues, or ``note_voice.is_writer_voice``: "Huge thanks to
    Marigold for reading this over.") is an author's note, unless it carries a teaser's
    marks; the fan writer's tags a summary carries ("Oneshot.", "Hurt/comfort, fluff.",
    "Post-canon, spoilers for the finale.", ``note_blurbs.without_tags``) are left out of
    that test."""
    above = i - 1
    while above >= seg.lo and above in doc.breaks:
        above -= 1
    if not notes or notes[-1].last != above or notes[-1].kind is NoteKind.SUMMARY:
        return False
    shape = blurbs.blurb_shape(s)
    loose = shape is blurbs.Blurb.NONE
    if loose:
        shape = blurbs.blurb_shape(s, loose=True)
        if shape is blurbs.Blurb.NONE:
            return False
    story = voice_of(doc, range(i + 1, seg.hi))
    plot = blurbs.without_tags(s)
    if not plot:
        return False
    if shape is not blurbs.Blurb.TEASER and (
        chat.cue_strength(plot) == 2 or voice.is_writer_voice(plot, story, placed=True)
    ):
        return False
    if _front_under(doc, i, seg):
        return True
    if loose or (not story().first_person and not named_below(doc, i, seg, blurbs.names_in(s))):
        return False
    if shape is blurbs.Blurb.UNTENSED:
        return False
    return shape is blurbs.Blurb.TEASER or blurbs.told_in_past(story_below(doc, i, seg))


def _front_under(doc: Paragraphs, i: int, seg: Segment) -> bool:
    """Return whether a scene break or other front matter (a labelled note, a note on its
    cues or in the writer's voice) stands right under paragraph i."""
    if i + 1 in doc.breaks:
        return True
    if i + 1 >= seg.hi:
        return False
    after = doc.para(i + 1)
    return (
        front_kind(after) is not None
        or chat.cue_strength(after) == 2
        or voice.is_writer_voice(after, voice_of(doc, range(i + 2, seg.hi)), placed=True)
    )


def _in_label_block(doc: Paragraphs, i: int, seg: Segment, last: Note | None, s: str) -> bool:
    """Return whether line i (text ``s``) closes the block of a labelled author's note
    ("A/N: for the prompt 'stranded'." / "Not beta read, sorry."): the line right under the
    note with no blank line between, a blank line (or a break, or the segment's end) right
    under it, at most ``MAX_BLOCK_LINE_CHARS`` long, not opening on a quotation and not
    telling the story (``note_voice.tells_story``). Texts that part paragraphs with single
    line breaks have no blank line under such a line, so their story is never taken in."""
    if (
        last is None
        or last.kind is not NoteKind.AUTHORS_NOTE
        or last.last != i - 1
        or doc.blank_before(i)
        or len(s) > MAX_BLOCK_LINE_CHARS
        or s.lstrip("*_ ")[:1] in _OPENING_QUOTES
        or pat.labelled_kind(doc.para(last.first)) is not NoteKind.AUTHORS_NOTE
    ):
        return False
    after = i + 1
    if after < seg.hi and after not in doc.breaks and not doc.blank_before(after):
        return False
    return not voice.tells_story(s) and not chat.is_narration(s, chat.note_cues(s).found)


def _continues_summary(doc: Paragraphs, i: int, seg: Segment, note: Note, s: str) -> bool:
    """Return whether paragraph i (text ``s``), which ``_continued`` lets continue ``note``,
    may do so: any note but a summary, which tells what happens to the story's people; a
    paragraph that tells the story itself (``note_voice.tells_story``: a speech tag, a
    letter, past narration in the third person) is the story's first paragraph, and one in
    the writer's voice ("Hi all! First time writing these two, so be gentle with me.",
    ``note_voice.is_writer_voice`` where notes stand) is an author's note of its own. Past a
    blank line, only what reads as more of the summary continues it (``_summary_goes_on``)."""
    if note.kind is not NoteKind.SUMMARY:
        return True
    if voice.tells_story(s):
        return False
    if voice.is_writer_voice(s, voice_of(doc, range(i + 1, seg.hi)), placed=True):
        return False
    return not doc.blank_before(i) or _summary_goes_on(doc, i, seg, s)


def _summary_goes_on(doc: Paragraphs, i: int, seg: Segment, s: str) -> bool:
    """Return whether paragraph i (text ``s``), past a blank line under a summary, still
    belongs to it: the front matter goes on under it (a scene break or other front matter,
    ``_front_under``: "(Or: three times …)" above "Written for the … exchange"), or it reads
    as more of the summary itself: a fragment with no verb read as present or past ("A story
    of boats, weather and one very long wait."), a teaser, or a blurb's shape
    (``note_blurbs.blurb_shape``, loose) over a story told in the past, the separation
    ``_is_blurb`` asks of an unlabelled summary too (a present-tense story opens in a blurb's
    shape). Narration with nothing of the front matter under it ("I wrote to him every week
    that winter …", "She is reading his letter again …", "Ilse is reading his letter.") is
    the story's first paragraph, whatever weak cue word ("wrote", "reading") made it
    note-like."""
    if _front_under(doc, i, seg) or blurbs.tenses_of(s) == (0, 0):
        return True
    shape = blurbs.blurb_shape(s, loose=True)
    if shape is blurbs.Blurb.TEASER:
        return True
    return shape is not blurbs.Blurb.NONE and blurbs.told_in_past(story_below(doc, i, seg))


def _between_front(doc: Paragraphs, i: int, seg: Segment, notes: list[Note], s: str) -> bool:
    """Return whether paragraph i (text ``s``) stands between other front matter right
    above it (title, byline, a note) and a labelled note right under it ("Summary:", "A/N:",
    "Disclaimer:"): the front matter is not over yet, so whatever it is, it is front matter
    too (story never stands above front matter). Not when it is plainly the story: a line of
    dialogue ('"Are the boats in?" she asked.', not an epigraph's quoted lines) or a long
    stretch of past-tense narration (``note_chat.is_narration``), above a label the story
    itself may use ("Notes: …" in a ledger). Nor when the label opens the end matter (a short
    chapter or a drabble between its opening note and its closing "A/N: More soon!"): some
    story must stand under the label (``scan_end`` from the label on finds story)."""
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
        and scan_end(doc, after, seg.hi, []) > after
    )


def _cues(doc: Paragraphs, s: str, story: range) -> chat.NoteCues:
    """Return the note cues of paragraph text ``s`` (``note_chat.note_cues``). A paragraph
    that is a note on counted cue words alone is taken as merely note-like when it tells the
    story (``note_voice.tells_story``: a speech tag, a letter, past narration in the third
    person) and does not score as the writer's voice against the story paragraphs of
    ``story`` (indices walking away from the edge) either. A signature alone in its
    paragraph ("— username", ``note_signatures.is_signature_paragraph``) is note-like: it
    continues the note above it."""
    cues = chat.note_cues(s)
    if cues.strength == 0 and is_signature_paragraph(s):
        return _SIGNED
    if (
        cues.strength == 2
        and cues.found
        and voice.tells_story(s)
        and voice.voice_score(s, voice_of(doc, story)) < voice.NOTE_THRESHOLD
    ):
        return chat.NoteCues(1, cues.found)
    return cues


def _front_note(
    doc: Paragraphs,
    i: int,
    seg: Segment,
    notes: list[Note],
    cues: chat.NoteCues,
    s: str,
    find_title: bool,
) -> bool:
    """Return whether paragraph i (text ``s``, cues of strength 0 or 1) is a note of the
    front matter: note-like with front matter right under it (``_labelled_next``), in the
    writer's informal first person with the title line right under it while the title is
    looked for (``find_title``, ``note_title_lines.title_under``: "ok so this is my first
    time posting for …" / "The Long Table"; a weak cue alone is not enough there), or the
    writer's last word before the story (``_closes_front``). Note-like: a weak cue (strength
    1) or the writer's informal first person (``note_chat.is_informal``: "okay so I saw a
    production of this …"), which is worked out at most once. A long stretch of past-tense
    narration with a single cue word (``note_chat.is_narration``) is not note-like here: it
    is the story's first paragraph, above a label the story uses ("Notes: …")."""
    informal = None if cues.strength == 1 else chat.is_informal(s)
    weak = cues.strength == 1 and not chat.is_narration(s, cues.found)
    if (weak or informal) and (_labelled_next(doc, i, seg) or _note_next(doc, i, seg)):
        return True
    if find_title and title_under(doc, i, seg):
        informal = chat.is_informal(s) if informal is None else informal
        if informal:
            return True
    return _closes_front(doc, i, notes, cues, s, informal)


def _note_next(doc: Paragraphs, i: int, seg: Segment) -> bool:
    """Return whether the paragraph after i (same segment, a blank line between) is an
    unlabelled note on its own: cue strength 2, or the writer's voice at the unplaced
    threshold. Story never stands above notes ("ok so I reread this …" / "not beta'd")."""
    j = i + 1
    if j >= seg.hi or j in doc.breaks or not doc.blank_before(j):
        return False
    s = doc.para(j)
    story = range(j + 1, seg.hi)
    return _cues(doc, s, story).strength == 2 or voice.is_writer_voice(
        s, voice_of(doc, story), placed=False
    )


def _closes_front(
    doc: Paragraphs, i: int, notes: list[Note], cues: chat.NoteCues, s: str, informal: bool | None
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


def _writer_voice(doc: Paragraphs, i: int, seg: Segment, notes: list[Note], s: str) -> bool:
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
    return voice.is_writer_voice(s, voice_of(doc, range(i + 1, seg.hi)), placed)


def _labelled_next(doc: Paragraphs, i: int, seg: Segment) -> bool:
    """Return whether the paragraph after i (in the same segment, no break between) is a
    labelled note, byline or disclaimer, or a title line with one of those right under it:
    story never stands above front matter, so a note-like paragraph there is a note too."""
    j = i + 1
    if j >= seg.hi or j in doc.breaks:
        return False
    if front_kind(doc.para(j)) is not None:
        return True
    k = j + 1
    return (
        k < seg.hi
        and k not in doc.breaks
        and pat.is_title_line(doc.para(j))
        and front_kind(doc.para(k)) is not None
    )


def _same_header(doc: Paragraphs, last: Note, i: int, s: str) -> bool:
    """Return whether paragraph i (text ``s``) is a header field ("Rating: T") on the line
    right after another one, so that both belong to one note."""
    return (
        last.kind is NoteKind.AUTHORS_NOTE
        and last.last == i - 1
        and not doc.blank_before(i)
        and pat.is_field(s)
        and pat.is_field(doc.para(i - 1))
    )


def scan_end(doc: Paragraphs, lo: int, hi: int, notes: list[Note]) -> int:
    """Append the notes at the end of paragraphs ``lo``..``hi`` to ``notes``; return the
    index after the last story paragraph."""
    tail = _tail_notes(doc, lo, hi)
    # Walk back over note-like paragraphs: (index, labelled kind or None, its cues).
    run: list[tuple[int, NoteKind | None, chat.NoteCues]] = []
    opened: set[int] = set()  # chatty paragraphs read as notes by the end note under them
    weak_run = 0
    j = hi - 1
    while j >= lo and weak_run <= MAX_WEAK_RUN:
        if j in doc.breaks:
            run.append((j, None, _NO_CUES))
        else:
            s = doc.para(j)
            kind = front_kind(s)
            if kind is NoteKind.TITLE or kind is NoteKind.BYLINE:
                break
            story = range(j - 1, lo - 1, -1)
            cues = _cues(doc, s, story) if kind is None else _LABELLED
            if cues.strength < 2 and voice.is_writer_voice(
                s, voice_of(doc, story), placed=j - 1 in doc.breaks or j - 1 in tail
            ):
                cues = _VOICED
            if cues.strength == 0 and _opens_end_note(doc, j, run):
                cues = _VOICED
                opened.add(j)
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
    last: Note | None = None
    for index, kind, cues in run[k:]:
        continued = _continued(last, index, cues, doc.para(index)) if kind is None else None
        if continued is not None and _new_end_note(doc, index, cues) and index - 1 not in opened:
            continued = None
        if cues.strength == 0:
            last = None
        elif continued is not None:
            continued.last = index
        else:
            last = Note(kind or NoteKind.AUTHORS_NOTE, index, index)
            notes.append(last)
    return run[k][0] if k < len(run) else hi


def _opens_end_note(
    doc: Paragraphs, j: int, run: list[tuple[int, NoteKind | None, chat.NoteCues]]
) -> bool:
    """Return whether end paragraph j, no note on its own, opens the end note under it (one
    note): right after a scene break, informal (``note_chat.is_informal``), over a note on its
    own after a blank line (the last of ``run``, the paragraphs walked back over)."""
    if not run or j - 1 not in doc.breaks:
        return False
    below, kind, cues = run[-1]
    return (
        below == j + 1
        and kind is None
        and cues.strength == 2
        and doc.blank_before(below)
        and chat.is_informal(doc.para(j))
    )


def _new_end_note(doc: Paragraphs, i: int, cues: chat.NoteCues) -> bool:
    """Return whether end-matter paragraph i, a note on its own (``cues`` of strength 2: on its
    cue words or in the writer's voice), starts a note of its own rather than continuing the
    note above it: fan writers part their end notes by blank lines ("A/N: the inn is made
    up." / "Thanks for reading!"), one note a paragraph. Not when no blank line parts the two
    (one block), nor when the paragraph above runs on into it (``runs_on``: an open
    quotation, no closing stop), nor for a sign-off alone in its paragraph ("~wrenna",
    "xoxo", "Love, Wren": a signature, or at most ``MAX_SIGN_OFF_WORDS`` words), which closes
    the note above."""
    return (
        cues.strength == 2
        and i > 0
        and doc.blank_before(i)
        and i - 1 not in doc.breaks
        and not chat.runs_on(doc.para(i - 1))
        and len(doc.para(i).split()) > MAX_SIGN_OFF_WORDS
        and not is_signature_paragraph(doc.para(i))
    )


def _tail_notes(doc: Paragraphs, lo: int, hi: int) -> set[int]:
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
    story = voice_of(doc, before)
    for k in range(b + 1, hi - 1):  # the last paragraph needs no placing by the one after it
        s = doc.para(k)
        if (
            front_kind(s) is None
            and _cues(doc, s, before).strength < 2
            and not voice.is_writer_voice(s, story, placed=True)
        ):
            break
        found.add(k)
    return found


def _continued(last: Note | None, index: int, cues: chat.NoteCues, s: str) -> Note | None:
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
