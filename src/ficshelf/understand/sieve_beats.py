"""Sieve 3 of the speakers stage (``speakers``): action beats, the subject of a narration
sentence near a turn's quotes (a name, or a "he"/"she" left as a hint for the conversation
model), else the one character its narration names (``beat_subject``).
"""

from __future__ import annotations

import re
from bisect import bisect_right

from ficshelf.model import Span
from ficshelf.understand.speaker_context import (
    MAX_BEAT_CHARS,
    SCORE_BEAT,
    SCORE_PARAGRAPH_MENTION,
    Context,
    QuoteState,
)
from ficshelf.understand.speaker_cues import THIRD_PERSON

_SUBJECT_START = re.compile(r"[\s\"'“”‘’*_(—–-]*")
_SUBJECT_WORDS = re.compile(r"[^\W\d_][\w'’.-]*")
_LEADING_ADVERBS = frozenset(
    "now then and but so finally still instead here there suddenly meanwhile again".split()
)
# The end of the sentence of a speech tag.
_TAG_STOP = re.compile(r"[.!?;]")


def beat_subject(ctx: Context, turn: list[QuoteState]) -> tuple[str, float, bool]:
    """Sieve 3: the subject of a narration sentence in the turn's first paragraph, nearest
    the quote first; else the one character its narration names. A "he"/"she" subject is
    left on the turn as a hint for the conversation pass. Only sentences within
    ``MAX_BEAT_CHARS`` of the turn's quotes are read, so each turn costs its own length.
    Returns the speaker ("" for none), the confidence, and whether the subject's sentence
    comes after the turn's quotes."""
    text, cast = ctx.text, ctx.cast
    para = ctx.paragraphs[turn[0].para]
    quote_spans = [q.span for q in turn if q.para == turn[0].para]
    quote_starts = [q.start for q in quote_spans]
    addressed = {name for q in turn for name in q.addressed + q.about}
    lo = max(para.start, quote_spans[0].start - MAX_BEAT_CHARS)
    hi = min(para.end, quote_spans[-1].end + MAX_BEAT_CHARS)
    # the narration of the quotes of other turns (their tags) is theirs, not this turn's
    q = bisect_right(ctx.quote_starts, quote_spans[0].start) - 1
    if q > 0:
        before = ctx.quotes[q - 1]
        lo = max(lo, before.span.end)
        if (
            (before.tagged or before.hint)
            and not before.introduced
            and before.span.end >= para.start
        ):
            # its tag runs to the end of its sentence ("Stephen said quietly."); a quote of
            # an earlier paragraph had its tag end there, so the turn's paragraph opens with
            # narration of its own ("Pancks snorted from the door. 'Nothing ...'", spk31)
            stop = _TAG_STOP.search(text, lo, quote_spans[0].start)
            lo = stop.end() if stop else lo
    q = bisect_right(ctx.quote_starts, quote_spans[-1].start)
    if q < len(ctx.quotes) and ctx.quotes[q] not in turn:
        hi = min(hi, ctx.quotes[q].span.start)
        if ctx.quotes[q].introduced:
            # the sentence that introduces the next quote ("Mrs. Bennet said only,") is its own
            s = bisect_right(ctx.sentence_starts, hi - 1) - 1
            if s >= 0:
                hi = min(hi, max(lo, ctx.sentence_starts[s]))
    found: list[tuple[int, str, bool]] = []
    pronouns: list[tuple[int, str, int]] = []
    k = max(0, bisect_right(ctx.sentence_starts, lo) - 1)
    while k < len(ctx.sentences) and ctx.sentences[k].start < hi:
        sentence = ctx.sentences[k]
        k += 1
        if sentence.end <= lo:
            continue
        start = _SUBJECT_START.match(text, sentence.start, sentence.end)
        pos = start.end() if start else sentence.start
        i = bisect_right(quote_starts, pos + 1)
        near = quote_spans[max(0, i - 1) : i + 1]
        if any(q.start - 1 <= pos < q.end + 1 for q in near):
            continue
        distance = min(_gap(sentence, q) for q in near)
        if distance > MAX_BEAT_CHARS:
            continue
        name = _subject_at(ctx, pos, sentence.end)
        if name in THIRD_PERSON:
            pronouns.append((distance, name, pos))
        elif name and name not in addressed:
            found.append((distance, name, sentence.start >= quote_spans[-1].end))
    if found:
        _, name, after = min(found)
        return name, SCORE_BEAT, after
    if pronouns and not any(q.hint for q in turn):
        _, pronoun, pos = min(pronouns)
        turn[0].hint, turn[0].hint_pos, turn[0].hint_score = pronoun, pos, SCORE_BEAT
    if pronouns:
        # "He snatched the letter, the way Mr. Brooke despaired of": the beat's subject is
        # the pronoun (resolved with the conversation), not whoever its sentence names.
        return "", 0.0, False
    names = set()
    m = cast.first_at(lo)
    while m < len(cast.narration) and cast.narration[m].start < hi:
        names.add(cast.narration[m].label)
        m += 1
    names -= addressed
    if len(names) == 1:
        return names.pop(), SCORE_PARAGRAPH_MENTION, False
    return "", 0.0, False


def _gap(sentence: Span, quote: Span) -> int:
    """Return how many characters of text stand between a sentence and a quote."""
    return max(0, quote.start - sentence.end, sentence.start - quote.end)


def _subject_at(ctx: Context, pos: int, end: int) -> str:
    """Return the character standing as the subject at ``pos``, or "he"/"she" for a
    third-person pronoun (resolved later), or ""."""
    words = list(_SUBJECT_WORDS.finditer(ctx.text, pos, min(end, pos + 60)))[:5]
    if words and words[0].group().lower() in _LEADING_ADVERBS:
        words = words[1:]
    if not words:
        return ""
    first = words[0].group().lower()
    if first in THIRD_PERSON:
        return first
    if first in ("i", "you"):
        return ctx.narrator_for(first)
    for n in range(min(4, len(words)), 0, -1):
        name = ctx.cast.lookup(ctx.text[words[0].start() : words[n - 1].end()])
        if name:
            return name
    return ""
