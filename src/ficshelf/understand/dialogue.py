"""The "dialogue" stage.

Layers:

* ``quotes`` — one span per quotation, in text order, never overlapping. The span covers
  the quoted words *without* their quotation marks (``text[start:end]`` is what a gold file's
  quote ``text`` holds). A line split by a tag (``"Hi," she said, "how are you?"``) is two
  quotes. Label "" for a quote in the story body, "note" for one inside a note or epigraph.
  Score = confidence that it is dialogue (1.0 for balanced double quotes).

How quotations are found:

* **The story's marks.** A story quotes speech with double marks (``"`` ``“”`` ``«»`` ``„``)
  unless it opens more quotations with single marks (``'`` ``‘``) than double marks could
  (half their number), as British-style stories do, nested double quotations and all (a
  single mark right after a word opens a term, ``is it 'Sir' now?``, and is not counted); the
  other kind then only nests inside quotations and is left alone. A story with more
  guillemets than other double marks quotes with « » (or » «) alone and nests “ ” in them,
  as French does; the stages after this one read such a story in curly double marks
  (``story_marks``). Apostrophes are never
  marks: inside words ("don't"), elisions at a word's start ("'em", "'en", "'tis",
  "'70s", a dropped "h": "'ouse", "'orrible", a fragment that only an "h" makes a word;
  in a story that opens its quotations with ‘, any ’ at a word's start: "’ear", "’E"),
  and a mark after a letter ("the Smiths' house", "goin'")
  closes a single-quoted quotation only when no later closing mark in the paragraph could.
  Such a mark with a word in lower case after it that is no tag ("the horses' shoes",
  not "the girls' she said") never closes a quotation that opened a paragraph or a clause
  (after punctuation), as speech does: the speech goes on to a later mark (British logical
  punctuation, ``'the goats' halters back'.``, puts every closer after a letter) or to the
  paragraph's end. A quotation opened after a word ("a 'workshop' and") is a term and may
  close so.
* **Opening or closing.** Each mark is read from what stands on either side of it (space or
  punctuation before and a word after: opening; the reverse: closing), then from its shape
  (“ opens, ” closes). A straight mark with spaces on both sides (tokenised text) toggles.
  Guillemets set off by spaces inside them (French spacing, ``« Oui », dit-il``) open and
  close by their shape; unspaced, they are read from their sides like the rest, so that
  German ``»Ja«, sagte er`` reads too.
  An opening mark met while a quotation is open in the middle of a sentence (after a word or
  a comma), with two closing marks ahead, opens a quotation nested in the same marks (``"I
  read the "Times," and slept"``); a straight one after a comma or a sentence's end with no
  closing mark ahead is a closer typed with its space on the wrong side (``"Hi, "she
  said``); anywhere else it means the previous one lost its closing mark: it ends there,
  with a lower score.
* **Paragraphs bound quotations.** A quotation still open at its paragraph's end ends there.
  When the next paragraph opens with a quotation mark this is a speech over several
  paragraphs (one quote per paragraph, as LitBank and the gold files annotate it, score 0.9).
  When instead the next paragraph with marks (within ``MAX_CONTINUATION`` paragraphs) starts
  with a *closing* mark (or, in tokenised text, a spaced straight mark that may close), the
  quotation runs on to it as one span (a text split into one sentence per line). Otherwise
  it is unbalanced: it ends at its paragraph's end with score 0.6, so a stray mark never
  swallows the rest of a book. A paragraph whose first mark closes a quotation that nothing
  opened starts one at the paragraph's start (score 0.6).
* **Lost closing marks.** A quotation that lost its closing mark (it ends at its
  paragraph's end or at the next opening mark) and is more than ``MAX_UNCLOSED_WORDS``
  words long is dropped: no reader could tell where the speech ended and the narration
  went on (an epigraph whose closing mark was lost, then the chapter). A shorter one that
  ends with a speech tag after a comma, "?" or "!" (``"Anyone in? she called. "I have
  milk."``) ends before the tag: the mark lost stood there. A closed quotation keeps such
  words ("it was late, I said, and …"), which speech quotes often.
* **Dialogue, not mentions.** A closed quotation inside a sentence of narration may only
  mention words (a term, a name, a title, a scare quote: ``the so-called "experts"``); such
  quotations are left out, as ``speech_or_mention`` decides.
* **Stage directions.** A bracketed direction after a sentence's end inside a quotation
  (``"Lizzy! (calling to his sisters) Joan is out."``: a participle, "to" or "aside" first)
  is narration: the quotation is two quotes around it.
* **Dashes.** A story that opens its speeches with dashes instead of quotation marks
  (``— Come up, he said.``) is read by ``dash_dialogue`` instead (see there); its quotes
  leave the dash out.

Quotes inside heading and scene-break paragraphs are left out; quotes in notes are labelled
"note". Everything runs in two regex passes over the text (dash openers, marks) plus a loop
over the marks found, each looking at a bounded window around its quotation.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from itertools import islice

from ficshelf.model import Analysis, Span
from ficshelf.understand.dash_dialogue import (
    dash_openers,
    dash_quote_spans,
    uses_dash_dialogue,
)
from ficshelf.understand.fast_regex import compile_fast
from ficshelf.understand.frozen_init import setter_init
from ficshelf.understand.name_tables import ENGLISH_WORDS, GIVEN_NAMES
from ficshelf.understand.pipeline import stage
from ficshelf.understand.speech_or_mention import is_speech, tag_follows
from ficshelf.understand.speech_verbs import is_speech_verb
from ficshelf.understand.story_marks import (
    DOUBLE_MARKS,
    QUOTE_MARKS,
    double_marked_analysis,
    uses_guillemets,
)

NOTE = "note"
MAX_CONTINUATION = 12
MAX_UNCLOSED_WORDS = 60

SCORE_BALANCED = 1.0
SCORE_SINGLE = 0.95
SCORE_SPEECH_RUNS_ON = 0.9
SCORE_UNBALANCED = 0.6

_OPEN, _CLOSE, _EITHER = 1, 2, 3

_OPENING_CHARS = "“‘«„‚‹"
_CLOSING_CHARS = "”’»›"
_STRAIGHT = "\"'"
# What may stand before an opening mark / after a closing one (besides space and other marks).
_BEFORE_OPENING = "([{—–-/*_~"
_AFTER_CLOSING = ".,;:!?)]}—–-…*_~/"

_DOUBLE = re.compile(r'["“”«»„]')
_GUILLEMETS = re.compile(r"[«»]")
# What follows a mark that reads as an apostrophe ending a word (when no tag follows).
_LOWER_WORD_AFTER = re.compile(r"[ \t]+[a-z]")
# A stage direction in brackets after a sentence's end inside a quotation: "Lizzy! (calling
# to his sisters) Joan is out." It starts with a participle, "to" or "aside" in lower case.
_STAGE_DIRECTION = compile_fast(
    r"(?<=[.!?…])[ \t]+\((?:[a-z]+ing|to|aside)\b[^()\"“”\n]{0,80}\)[ \t]+(?=\S)"
)
_WORDS = re.compile(r"\w+")
# A speech tag ending a quotation that lost its closing mark: after a comma, "?", "!" or a
# dash, a subject and a verb of speaking in the past or present ("she called", "said the
# boy", "Mr. Lamb asked"), up to three words in lower case ("he said softly to Ann") and a
# stop, then nothing: ``"Is anybody home? she called. "I've brought eggs."``.
_SUBJECT = (
    r"(?:he|she|they|I|we|(?:the|his|her|my|their|our)[ \t]+[a-z]+"
    r"|(?:Mr|Mrs|Ms|Miss|Dr)\.?[ \t]+[A-Z][a-z]+|(?!(?:And|But|Then|So|Or|Now|Oh|Yes|No)\b)"
    r"[A-Z][a-z]+(?:[ \t]+[A-Z][a-z]+)?)"
)
_LOST_TAG = re.compile(
    r"(?<=[,!?…—–-])[ \t]+(?:" + _SUBJECT + r"[ \t]+(?P<verb>\w+)"
    r"|(?P<first>\w+)[ \t]+" + _SUBJECT + r")"
    r"(?:[ \t]+[a-z]+){0,3}[.,!]?[ \t]*\Z"
)
# Forms of a verb of speaking that tag speech (past or present): "asked", "says", "spoke".
_TAG_FORM = re.compile(r"\w+(?:ed|s)|said|spoke|told|began|thought|sang|went", re.I)
# A sentence's end in narration: a stop and a space (not a stop a closing mark follows).
_SENTENCE_END = re.compile(r"[.!?…][ \t]")
# A letter or a digit (``str.isalnum``: a word character but the underscore).
_ALNUM = re.compile(r"[^\W_]")
# A single mark, but not one between two word characters ("don't", "O'Neill").
_SINGLE = re.compile(r"(?<!\w)['‘’‹›‚]|['‘’‹›‚](?!\w)")
# Elisions that start with an apostrophe: lower case only, but for the archaic "'Tis" family.
_ELISION = re.compile(
    r"['‘’](?:(?i:t(?:is|was|were|will|would|wasn't|isn't))\b|\d"
    r"|(?:em|en|cause|cos|coz|cuz|til|n|bout|round|nother|s|ave|im|er|ere|e|ow|alf|ome|ead|ello"
    r"|eard|appen|ad|fore|gainst|scuse|spose|kay|nuff|sup|un|d|ll|re|ve|m|t)\b)"
)
# The word after an apostrophe, in lower case: "'ouse", "'orrible" (see ``_is_elision``).
_LOWER_FRAGMENT = re.compile(r"['‘’]([a-z]+)\b(?!['’]\w)")


def _is_elision(text: str, pos: int) -> bool:
    """Return whether the single mark at ``pos`` is an apostrophe eliding the start of a
    word: one of the elisions ``_ELISION`` lists ("'em", "'tis"), or a dropped "h" ("the
    'ouse", "that 'orrible dog", "'umble"): the word after it, in lower case, is no English
    word nor name, but is one with an "h" before it."""
    if _ELISION.match(text, pos):
        return True
    m = _LOWER_FRAGMENT.match(text, pos)
    if m is None:
        return False
    word = m.group(1)
    return word not in ENGLISH_WORDS and word not in GIVEN_NAMES and "h" + word in ENGLISH_WORDS


# A single opening mark where a quotation starts: at a line start or after space/dash/bracket,
# before a letter, and not an elision. Counted to tell single-quote stories apart.
# (The mark comes first and what stands before it is looked behind from after it: a pattern
# that opens with a character class lets the engine skip to the marks three times faster
# than a lookahead of them.)
_SINGLE_OPENER = re.compile(
    r"['‘‹](?:(?<=^.)|(?<=[\s(\[—–-].))(?:(?![a-z]*['’]\w)(?=[^\W\d_])|[ ](?=[A-Z]))",
    re.MULTILINE,
)


@setter_init
@dataclass(frozen=True, slots=True)
class _Mark:
    pos: int
    shape: int
    straight: bool
    weak: bool  # a closing mark straight after a letter in single-quote style ("Smiths'")
    # ... and a word in lower case after it that is no tag: "the horses' shoes", "goin' home"
    possessive: bool = False


def uses_single_quotes(text: str) -> bool:
    """Return whether ``text`` quotes its dialogue with single marks (see the module docstring)."""
    singles = 0
    for m in _SINGLE_OPENER.finditer(text):
        pos = m.start()
        if pos >= 2 and text[pos - 1] in " \t" and text[pos - 2].isalpha():
            continue  # a term after a word ("is it 'Mister' now?"), not a speech opening
        if not _is_elision(text, pos):
            singles += 1
    if singles == 0:
        return False
    # Two double marks make one quotation: a British story's speeches may hold a nested
    # "quotation" each, and stay single-quoted.
    doubles = sum(text.count(c) for c in DOUBLE_MARKS)
    return singles > doubles / 2


def left_open(text: str, quote: Span) -> bool:
    """Return whether ``quote`` (a span of the ``quotes`` layer) has no closing mark: it ran to
    its paragraph's end, as the paragraphs of a speech over several paragraphs do. Only a
    quote opened by a quotation mark can be: dash dialogue has no closing marks, and each
    dash opens a new turn."""
    before = text[max(0, quote.start - 3) : quote.start].rstrip(" \t")
    if not before or before[-1] not in QUOTE_MARKS:
        return False
    after = text[quote.end : quote.end + 8].lstrip(" \t")
    return not after or after[0] not in QUOTE_MARKS


def _shape(text: str, pos: int, lo: int, hi: int) -> int:
    """Return whether the mark at ``pos`` (in the paragraph ``text[lo:hi]``) opens or closes."""
    if pos == lo:
        return _OPEN if pos + 1 < hi else _CLOSE
    if pos + 1 == hi:
        return _CLOSE
    before, after = text[pos - 1], text[pos + 1]
    space_before, space_after = before.isspace(), after.isspace()
    char = text[pos]
    opening_side = space_before or before in _BEFORE_OPENING or before in QUOTE_MARKS
    closing_side = space_after or after in _AFTER_CLOSING or after in QUOTE_MARKS
    opens = opening_side and not space_after
    closes = closing_side and not space_before
    if char == "«" and space_after and opening_side:
        return _OPEN  # French spacing: « Oui
    if char == "»" and space_before and closing_side:
        return _CLOSE  # French spacing: oui »,
    if opens and not closes:
        return _OPEN
    if closes and not opens:
        return _CLOSE
    if char in _OPENING_CHARS:
        return _OPEN
    if char in _CLOSING_CHARS:
        return _CLOSE
    return _EITHER


def _word_start_apostrophe(text: str, pos: int, lo: int, hi: int) -> bool:
    """Return whether the mark at ``pos`` (in the paragraph ``text[lo:hi]``) is a right
    single mark (’) at a word's start: after a space or the paragraph's start, before a
    letter or a digit (“’E belongs”, “sorry to ’ear it”, “the ’70s”). In a story that opens
    its quotations with ‘, that glyph there is the apostrophe of an elision, never an
    opening mark: typesetters and word processors alike open a quotation with ‘."""
    return (
        text[pos] == "’"
        and (pos == lo or text[pos - 1].isspace())
        and _ALNUM.match(text, pos + 1, hi) is not None
    )


def _marks(
    text: str, lo: int, hi: int, pattern: re.Pattern[str], single: bool, left_opens: bool
) -> list[_Mark]:
    """Return the quotation marks ``pattern`` finds in the paragraph ``text[lo:hi]``;
    ``left_opens`` says that the story opens its single-quoted quotations with ‘ (see
    ``_word_start_apostrophe``)."""
    found: list[_Mark] = []
    for m in pattern.finditer(text, lo, hi):
        pos = m.start()
        char = text[pos]
        if pos > lo and text[pos - 1].isdigit() and char in _STRAIGHT:
            if pos + 1 >= hi or not text[pos + 1].isalpha():
                continue  # feet and inches: 6'2", a 12" ruler
        if single and _is_elision(text, pos):
            continue
        if left_opens and _word_start_apostrophe(text, pos, lo, hi):
            continue
        shape = _shape(text, pos, lo, hi)
        weak = single and shape == _CLOSE and pos > lo and text[pos - 1].isalpha()
        possessive = (
            weak
            and _LOWER_WORD_AFTER.match(text, pos + 1, hi) is not None
            and not tag_follows(text, pos + 1)
        )
        found.append(_Mark(pos, shape, char in _STRAIGHT, weak, possessive))
    return found


class _Finder:
    """Turns the marks of each paragraph into quote spans (see the module docstring)."""

    def __init__(self, text: str, single: bool) -> None:
        self.text = text
        self.single = single
        self.quotes: list[Span] = []

    def emit(self, start: int, end: int, label: str, score: float, para_start: int) -> None:
        text = self.text
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        if _ALNUM.search(text, start, end) is None:
            return
        if score >= SCORE_SINGLE and not is_speech(text, start, end, para_start):
            return
        if text.find("(", start, end) >= 0:
            for direction in _STAGE_DIRECTION.finditer(text, start, end):
                self.quotes.append(Span(start, direction.start(), label, score))
                start = direction.end()
        self.quotes.append(Span(start, end, label, score))

    def left_unclosed(self, start: int, end: int, label: str, para_start: int) -> None:
        """Emit the quotation opened at ``start`` that lost its closing mark (it ends at
        ``end``: its paragraph's end or the next opening mark), with a low score, unless it
        runs on for more than ``MAX_UNCLOSED_WORDS`` words: a mark lost that long ago leaves
        no telling where the speech ended and the narration went on (an epigraph and the
        chapter after it)."""
        words = islice(_WORDS.finditer(self.text, start, end), MAX_UNCLOSED_WORDS + 1)
        if sum(1 for _ in words) <= MAX_UNCLOSED_WORDS:
            self.emit(
                start, _before_lost_tag(self.text, start, end), label, SCORE_UNBALANCED, para_start
            )

    def paragraph(
        self, lo: int, hi: int, marks: list[_Mark], open_at: int | None, label: str
    ) -> int | None:
        """Emit the quotes of the paragraph ``text[lo:hi]``; ``open_at`` is where a quotation
        carried over from earlier paragraphs starts. Return where the quotation still open
        at the paragraph's end starts, or ``None``."""
        later_close = _later_strong_close(marks)
        closers = _closers_ahead(marks)
        score = SCORE_SINGLE if self.single else SCORE_BALANCED
        nested = False
        for k, mark in enumerate(marks):
            if nested:
                nested = mark.shape == _OPEN or (mark.weak and later_close[k])
                continue  # the inner quotation's closing mark
            if open_at is None:
                if mark.shape == _CLOSE:
                    if k == 0 and not mark.weak:
                        # closes a quotation nothing opened: assume it started the paragraph
                        self.emit(lo, mark.pos, label, SCORE_UNBALANCED, lo)
                    continue
                open_at = mark.pos + 1
                continue
            if mark.shape == _OPEN and closers[k] >= 2 and self._inside_sentence(mark, open_at):
                nested = True  # 'read nothing but the "Times," and snuff the candles'
                continue
            if mark.shape == _OPEN and closers[k] == 1 and self._elided_word(mark, open_at):
                continue  # "'little 'uns besides'": the one closer ahead ends the speech
            sloppy = closers[k] == 0 and self._closes_sloppily(mark, open_at)
            if mark.shape == _OPEN and not sloppy:
                # an opening mark while one is open: the previous quotation lost its closer
                self.left_unclosed(open_at, mark.pos, label, lo)
                open_at = mark.pos + 1
                continue
            if mark.weak and later_close[k]:
                continue  # an apostrophe ("the Smiths' house"): a later mark closes
            if mark.possessive and self._opens_clause(open_at, lo):
                continue  # a speech goes on past "the horses' shoes" (see _opens_clause)
            self.emit(open_at, mark.pos, label, score, lo)
            open_at = None
        return open_at

    def _inside_sentence(self, mark: _Mark, open_at: int) -> bool:
        """Return whether an opening mark met inside an open quotation stands in the middle
        of its sentence (after a word and a space, not a sentence's end): a quotation nested
        in the same marks rather than a new one whose predecessor lost its closer."""
        before = self.text[max(open_at, mark.pos - 2) : mark.pos]
        return len(before) == 2 and before[1] == " " and (before[0].isalpha() or before[0] == ",")

    def _elided_word(self, mark: _Mark, open_at: int) -> bool:
        """Return whether an opening-shaped single mark met inside an open single-quoted
        quotation is an apostrophe eliding a word's start ("my little 'Lizabeth", "the
        little 'uns"): it stands in the middle of a sentence, right after a word and a
        space, before what is no English word, and only one closing mark follows it in the
        paragraph, the one that ends the speech. A new speech whose predecessor lost its
        closing mark would follow a sentence's end or a comma, a term nested in the same
        marks has a closer of its own, and one whose outer speech lost its closer ("a
        woman, 'good:' if") is an English word."""
        if not self.single:
            return False
        before = self.text[max(open_at, mark.pos - 2) : mark.pos]
        if len(before) < 2 or before[1] != " " or not before[0].isalpha():
            return False
        word = _WORDS.match(self.text, mark.pos + 1)
        return word is not None and word.group().lower() not in ENGLISH_WORDS

    def _opens_clause(self, open_at: int, lo: int) -> bool:
        """Return whether the quotation opened at ``open_at`` (after its mark) starts its
        paragraph or a clause (after punctuation), as speech does: a mark after a letter and
        before a word in lower case that is no tag ("'I fed the horses' oats and left'")
        then ends a word, not the speech. A quotation opened after a word ("a 'bargain' and
        more") is a term whose closing mark may stand so."""
        before = self.text[lo : open_at - 1].rstrip(" \t")
        if before and before[-1] == ",":
            return self._split_line(before, open_at)
        return not before or before[-1] in ".,;:!?…—–-(" or before[-1] in QUOTE_MARKS

    def _split_line(self, before: str, open_at: int) -> bool:
        """Return whether the quotation opened at ``open_at`` after a comma (``before``
        is its paragraph up to the comma) opens a clause of speech: it starts in upper
        case, or its sentence holds a quotation before it (the second half of a line
        split by its tag, ``'Well,' he said, 'the horses' shoes'``). A quotation in
        lower case after a comma of narration is a term (``a woman, 'young' and
        pretty``), whose closing mark may stand after a letter."""
        if open_at < len(self.text) and self.text[open_at].isupper():
            return True
        ends = list(_SENTENCE_END.finditer(before))
        sentence = before[ends[-1].end() :] if ends else before
        return _SINGLE.search(sentence) is not None

    def _closes_sloppily(self, mark: _Mark, open_at: int) -> bool:
        """Return whether an opening-shaped straight mark is really a closer typed with the
        space on the wrong side (``"Hi, "she said``). Only asked when no closing mark follows
        it in the paragraph: with one (``"Halt, he cried. "Halt!"``), reading it as a closer
        would leave that one closing nothing, so it opens a speech and the previous one lost
        its closer."""
        if not mark.straight:
            return False
        before = self.text[max(open_at, mark.pos - 2) : mark.pos]
        return len(before) == 2 and before[1] == " " and before[0] in ",.!?…—–-"


def _before_lost_tag(text: str, start: int, end: int) -> int:
    """Return where the quotation ``text[start:end]`` that lost its closing mark ends: before
    the speech tag that ends it, when one does (``"Is anybody home? she called.``: the
    mark after "home?" was lost), else at ``end``."""
    while end > start and text[end - 1].isspace():
        end -= 1
    tag = _LOST_TAG.search(text, start, end)
    if tag is None:
        return end
    verb = tag.group("verb") or tag.group("first")
    if not is_speech_verb(verb) or _TAG_FORM.fullmatch(verb) is None:
        return end
    return tag.start()


def _later_strong_close(marks: list[_Mark]) -> list[bool]:
    """Return, for each mark, whether a later mark of the paragraph (before any opening mark)
    could close a quotation without being a possible apostrophe."""
    result = [False] * len(marks)
    seen = False
    for k in range(len(marks) - 1, -1, -1):
        result[k] = seen
        mark = marks[k]
        if mark.shape == _OPEN:
            seen = False
        elif not mark.weak:
            seen = True
    return result


def _closers_ahead(marks: list[_Mark]) -> list[int]:
    """Return, for each mark, how many later marks of the paragraph (before the next opening
    mark) may close a quotation."""
    result = [0] * len(marks)
    count = 0
    for k in range(len(marks) - 1, -1, -1):
        result[k] = count
        if marks[k].shape == _OPEN:
            count = 0
        elif not marks[k].weak:
            count += 1
    return result


def _continues(marks: Sequence[list[_Mark]], labels: Sequence[str | None], after: int) -> int:
    """Return the index of the paragraph whose first mark closes the quotation left open at
    the end of paragraph ``after``, or -1 when the quotation does not run on (see the
    module docstring)."""
    label = labels[after]
    last = min(len(marks) - 1, after + MAX_CONTINUATION)
    for j in range(after + 1, last + 1):
        if labels[j] != label:
            return -1
        if not marks[j]:
            continue
        first = marks[j][0]
        if first.shape == _CLOSE and not first.weak:
            return j
        if first.shape == _EITHER:
            return j  # tokenised text ("me , " he"): the open quotation runs on to it
        return -1
    return -1


def quote_spans(text: str, paragraphs: Sequence[Span], labels: Sequence[str | None]) -> list[Span]:
    """Return the quotes of ``text`` (see the module docstring) found in ``paragraphs``;
    ``labels[i]`` is the label for quotes in paragraph ``i`` ("" or "note"), ``None`` to skip it.
    """
    labelled = [p for p, label in zip(paragraphs, labels, strict=True) if label is not None]
    openers, sure = dash_openers(text, labelled)
    if uses_dash_dialogue(text, openers, sure):
        return dash_quote_spans(text, paragraphs, labels, openers)
    single = uses_single_quotes(text)
    left_opens = single and "‘" in text
    pattern = _SINGLE if single else _GUILLEMETS if uses_guillemets(text) else _DOUBLE
    marks = [
        _marks(text, p.start, p.end, pattern, single, left_opens) if labels[i] is not None else []
        for i, p in enumerate(paragraphs)
    ]
    finder = _Finder(text, single)
    open_at: int | None = None
    runs_to = -1
    for i, para in enumerate(paragraphs):
        label = labels[i]
        if open_at is not None and i > runs_to:
            prev = paragraphs[i - 1]
            prev_label = labels[i - 1] or ""
            starts_quote = bool(marks[i]) and marks[i][0].pos == para.start
            if starts_quote:
                finder.emit(open_at, prev.end, prev_label, SCORE_SPEECH_RUNS_ON, prev.start)
            else:
                finder.left_unclosed(open_at, prev.end, prev_label, prev.start)
            open_at = None
        if label is None:
            continue
        open_at = finder.paragraph(para.start, para.end, marks[i], open_at, label)
        if open_at is not None and i >= runs_to:
            runs_to = _continues(marks, labels, i)
    if open_at is not None and paragraphs:
        last = paragraphs[-1]
        finder.left_unclosed(open_at, last.end, labels[-1] or "", last.start)
    return finder.quotes


def paragraph_labels(analysis: Analysis) -> list[str | None]:
    """Return, per paragraph, the label its quotes get: "" in the story body, "note" inside a
    note, ``None`` elsewhere (headings, scene breaks)."""
    paragraphs = analysis.layer("paragraphs")
    starts = [p.start for p in paragraphs]
    labels: list[str | None] = [None] * len(paragraphs)
    for note in analysis.layer("notes"):
        i = bisect_left(starts, note.start)
        if i > 0 and paragraphs[i - 1].end > note.start:
            i -= 1  # a title note starts inside its paragraph
        while i < len(paragraphs) and paragraphs[i].start < max(note.end, note.start + 1):
            labels[i] = NOTE
            i += 1
    body = {span.start for span in analysis.layer("body")}
    for i, start in enumerate(starts):
        if start in body:
            labels[i] = ""
    return labels


@stage(
    "dialogue",
    requires=("paragraphs", "notes", "body"),
    assigns=("quotes",),
    view=double_marked_analysis,
)
def find_quotes(analysis: Analysis) -> Mapping[str, tuple[Span, ...]]:
    """Return the quotes layer (see the module docstring)."""
    paragraphs = analysis.layer("paragraphs")
    spans = quote_spans(analysis.text, paragraphs, paragraph_labels(analysis))
    return {"quotes": tuple(spans)}
