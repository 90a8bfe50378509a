"""Dialogue introduced by dashes instead of quotation marks (Joyce; many European styles).

::

    — Back to barracks! he said sternly. Come up, you!
    He added: — Slow music, please.

A dash (``—``, ``―``, ``–`` or ``--``) before a word opens a speech at a paragraph's start,
after a sentence's end or after a colon. A story uses dashes for dialogue when at least
``MIN_DASH_OPENERS`` of them open a paragraph or follow a colon (after a sentence's end a
dash is as often an aside: "What do you see? -- Posted like sentinels") and it opens fewer
than half as many quotations with quotation marks.

A speech runs from its dash to the end of its paragraph, with these breaks:

* **A speech tag** after a comma, ``!``, ``?`` or a sentence's end (``he said sternly.``,
  ``Stephen said quietly,``, ``said Buck Mulligan,``), maybe set off by a dash of its own
  (``— Why? — asked Anna. — Tell me.``, which is then no opener): a subject and a verb of
  speaking (or the reverse) and at most a few words up to the next punctuation. The speech
  stops before the tag; a tag ending with a comma goes straight on to more speech (a new
  quote), one ending a sentence goes on to the next sentence, read as below.
* **A sentence that reads as narration**: one with a past-tense verb among its first words
  (not after an article or possessive: "the cracked glass"; "rose", "left" … only after a
  subject pronoun), no word of the second person ("you", "thee") and no ``?`` or ``!`` at
  its end (``He skipped off the gunrest.``). The speech ends before it. Print puts
  narration in a new paragraph, but texts whose paragraphs were lost (LitBank's token
  files) need this.
* **The next dash opener**, which starts the next speech, or a scene break (``* * *``).

Quote spans hold the words without the dash, as quotation marks are left out elsewhere. A
part number between dashes ("— IV —") and a speech with fewer than two letters are not
speech. Everything is a few regex passes over each paragraph, each stretch of text read by
one speech: linear.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence

from ficshelf.model import Span
from ficshelf.understand.fast_regex import compile_fast
from ficshelf.understand.speech_verbs import SPEECH_VERB, compile_with_verbs
from ficshelf.understand.tense_words import is_past_form

MIN_DASH_OPENERS = 3
MAX_TAG_WORDS = 8
NARRATION_WINDOW = 8  # words read for a past-tense verb

DASHES = "—―–"
# A dash opening a speech: at a paragraph or line start, after a sentence's end or a colon;
# then a letter (or an opening quotation mark) follows. (``compile_fast``: the engine skips
# in C to the dashes instead of trying the two alternatives at every character.)
_OPENER = compile_fast(
    r"(?:[—―–]|--)(?!-)[ \t]*(?=[^\W\d_]|['‘\"“])"
    r"(?![\w.]{1,5}[ \t]*[—―–])"  # not a part number: "— IV —"
)
# What may stand before an opening dash: a sentence's end or a colon (and a closing mark).
_BEFORE_OPENER = re.compile(r"[.!?…:]['’\"”)]?[ \t]*\Z")
_QUOTE_OPENER = compile_fast(r"(?:^|(?<=\s))[\"“«„‘]|(?:^|(?<=\n))'", re.MULTILINE)
# Where a tag may start: after a comma, "!", "?", "…" or a sentence's end.
_BOUNDARY = re.compile(r"(?:[,!?…;]|\.(?!\.)|\.{3,})['’\"”]*\s+")
_SENTENCE_STOP = re.compile(r"[.!?…]+['’\"”)]*(?=\s)")
_SUBJECT = (
    r"(?:he|she|they|we|it|(?:the|a|an|his|her|my|our|their)\s+[\w'’-]+(?:\s+[\w'’-]+)?"
    r"|[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,2})"
)
_VERB = r"(?:" + SPEECH_VERB.pattern + r")"


@functools.cache
def _tag() -> re.Pattern[str]:
    """Return the speech tag: subject (adverb) verb, or verb subject; then a few words to a
    punctuation mark. Compiled the first time a text has dashed lines to read (round
    speed39: compiled at import, for every process, it was read by 2 of 95 stories)."""
    return compile_with_verbs(
        r"(?:"
        + _SUBJECT
        + r"\s+(?:\w+ly\s+|had\s+|has\s+|then\s+)?"
        + _VERB
        + r"|"
        + _VERB
        + r"\s+"
        + _SUBJECT
        + r")(?=[\s,.;:!?…])[^.,;:!?…\n—–]{0,60}?(?:[.,;:!?…]|\Z)"
    )


_WORD = re.compile(r"[^\W\d_][\w'’-]*")
_TAG_DASH = re.compile(r"(?:[—―–]|--)[ \t]*")
_SECOND_PERSON = frozenset(
    "you your yours yourself yourselves ye thee thou thy thine you're you've you'll you'd".split()
)
_THINKING = frozenset("think thinks thought wonder wonders wondered".split())
_DETERMINERS = frozenset("the a an his her its my our their your".split())
_SCENE_BREAK = re.compile(r"[*~#]\s*[*~#]\s*[*~#]")
# Past forms that are as often nouns or adjectives ("the red rose", "left them"): past
# only right after a subject pronoun.
_NOUN_OR_PAST = frozenset("rose left felt ground wound lay bore lit".split())
_SUBJECT_PRONOUNS = frozenset("i he she it we they".split())


def dash_openers(text: str, paragraphs: Sequence[Span]) -> tuple[list[int], int]:
    """Return the offsets of the dashes that open speeches in ``paragraphs`` (see the module
    docstring), in text order, and how many of them open a paragraph or follow a colon (the
    places where only dialogue opens with a dash)."""
    found: list[int] = []
    sure = 0
    for para in paragraphs:
        for m in _OPENER.finditer(text, para.start, para.end):
            lo = max(para.start, m.start() - 8)
            before = text[lo : m.start()].rstrip(" \t")
            if before and not before.endswith("\n"):
                if _BEFORE_OPENER.search(text, lo, m.start()) is None:
                    continue
                if text[m.end()].islower() and _tag().match(text, m.end(), para.end):
                    continue  # a tag set off by a dash: '— Why? — asked Anna.'
            found.append(m.start())
            if not before or before[-1] in "\n:":
                sure += 1
    return found, sure


def uses_dash_dialogue(text: str, openers: Sequence[int], sure: int) -> bool:
    """Return whether ``text`` quotes speech with dashes, given its dash ``openers`` and how
    many of them are ``sure`` (``dash_openers``): at least ``MIN_DASH_OPENERS`` sure ones and
    fewer than half as many quotation-mark openers as openers."""
    if sure < MIN_DASH_OPENERS:
        return False
    limit = len(openers) // 2
    for count, _ in enumerate(_QUOTE_OPENER.finditer(text), start=1):
        if count >= limit:
            return False
    return True


def _sentence_end(text: str, start: int, limit: int) -> int:
    """Return where the sentence starting at ``start`` ends (after its punctuation), or
    ``limit``."""
    m = _SENTENCE_STOP.search(text, start, limit)
    return m.end() if m is not None else limit


def _reads_as_narration(text: str, start: int, end: int) -> bool:
    """Return whether the sentence ``text[start:end]`` reads as narration rather than speech."""
    if text[start:end].rstrip(" \t'’\"”)").endswith(("?", "!")):
        return False
    past = False
    previous = ""
    for k, m in enumerate(_WORD.finditer(text, start, end)):
        word = m.group().lower().replace("’", "'")
        if word in _SECOND_PERSON:
            return False
        if k < NARRATION_WINDOW and not past and previous not in _DETERMINERS:
            if word in _NOUN_OR_PAST:
                past = previous in _SUBJECT_PRONOUNS
            else:
                past = is_past_form(word)
        previous = word
    return past


class _Speech:
    """Reads one dash speech and emits its quote spans (see the module docstring)."""

    def __init__(self, text: str, label: str, out: list[Span]) -> None:
        self.text = text
        self.label = label
        self.out = out

    def emit(self, start: int, end: int) -> None:
        text = self.text
        while start < end and (text[start].isspace() or text[start] in DASHES + "-"):
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        if sum(1 for c in text[start:end] if c.isalpha()) >= 2:
            self.out.append(Span(start, end, self.label, 1.0))

    def _is_tag(self, tag: re.Match[str], boundary: re.Match[str]) -> bool:
        """Return whether a ``_tag()`` match after ``boundary`` is a speech tag: short, and
        after a sentence's end either a sentence of its own or verb first ("said Ash,"); a
        clause such as "Ash tried his best," goes on narrating. Verbs of thinking tag no
        speech ("He thinks you're mad." is more speech)."""
        words = tag.group().split()
        if len(words) > MAX_TAG_WORDS or any(w.lower() in _THINKING for w in words[:4]):
            return False
        if self.text[tag.end() - 1] != "," or self.text[boundary.start()] not in ".!?…":
            return True
        return SPEECH_VERB.match(self.text, tag.start()) is not None

    def read(self, start: int, limit: int) -> None:
        """Emit the quotes of the speech opening at ``start``, which may run to ``limit``."""
        text = self.text
        scene_break = _SCENE_BREAK.search(text, start, limit)
        if scene_break is not None:
            limit = scene_break.start()
        quote_start = start
        pos = start
        while pos < limit:
            m = _BOUNDARY.search(text, pos, limit)
            if m is None:
                break
            after = m.end()
            dash = _TAG_DASH.match(text, after, limit)
            if dash is not None and text[dash.end() : dash.end() + 1].islower():
                after = dash.end()  # '— Why? — asked Anna.'
            tag = _tag().match(text, after, limit)
            if tag is not None and not self._is_tag(tag, m):
                tag = None
            if tag is not None:
                self.emit(quote_start, m.end())
                pos = tag.end()
                while pos < limit and text[pos].isspace():
                    pos += 1
                quote_start = pos
                if text[tag.end() - 1] != "," and _reads_as_narration(
                    text, pos, _sentence_end(text, pos, limit)
                ):
                    return
                continue
            pos = m.end()
            if text[m.start()] in ".!?…" and text[pos : pos + 1].isupper():
                if _reads_as_narration(text, pos, _sentence_end(text, pos, limit)):
                    self.emit(quote_start, pos)
                    return
        self.emit(quote_start, limit)


def dash_quote_spans(
    text: str,
    paragraphs: Sequence[Span],
    labels: Sequence[str | None],
    openers: Sequence[int],
) -> list[Span]:
    """Return the quotes of a story that uses dashes for dialogue (see the module docstring);
    ``labels[i]`` is the label of quotes in paragraph ``i``, ``None`` to skip it; ``openers``
    are the dash openers (``dash_openers``)."""
    quotes: list[Span] = []
    k = 0
    for i, para in enumerate(paragraphs):
        label = labels[i]
        here: list[int] = []
        while k < len(openers) and openers[k] < para.end:
            if openers[k] >= para.start:
                here.append(openers[k])
            k += 1
        if label is None:
            continue
        speech = _Speech(text, label, quotes)
        for n, opener in enumerate(here):
            limit = here[n + 1] if n + 1 < len(here) else para.end
            start = opener
            while start < limit and (text[start].isspace() or text[start] in DASHES + "-"):
                start += 1
            speech.read(start, limit)
    return quotes
