"""Sieve 2 of the speakers stage (``speakers``): the quotes grouped into turns (a
paragraph's quotes with little narration between them, a speech left open running on into
the next paragraph, and where paragraphs were guessed a line going on past its tag:
``goes_on_after_tag``), and the untagged quotes of a turn given the speaker of its tagged
one (``within_turns``).
"""

from __future__ import annotations

import re

from ficshelf.understand.answer_lines import answers
from ficshelf.understand.continued_tags import said_to_oneself
from ficshelf.understand.dialogue import left_open
from ficshelf.understand.speaker_context import (
    GAP_MARKS,
    MAX_BEAT_CHARS,
    SCORE_CONTINUED,
    SCORE_PRONOUN_TAG,
    SCORE_SAME_PARAGRAPH,
    Context,
    QuoteState,
)
from ficshelf.understand.speaker_quote_contexts import asks_question

# A dash right before a quote: it opens a speech of its own (dash-style dialogue).
_DASH_OPENS = re.compile(r"(?:[—―–]|--)\s*\Z")
# The most narration (a speech tag) between a tagged line and the next paragraph's line
# that, in a text with guessed paragraphs, still goes on with the same speech.
_TAG_ONLY = 48


def group_turns(ctx: Context) -> list[list[QuoteState]]:
    """Return the quotes grouped into turns: the quotes of a paragraph with no more than
    ``MAX_BEAT_CHARS`` of narration between them, joined with the next paragraph's when a
    speech left open at a paragraph's end runs on into it. A quote a named tag introduces
    ("Mrs. Bennet said only, ...") opens a turn of its own: the quotes before it are
    someone else's line as often as not."""
    turns: list[list[QuoteState]] = []
    for quote in ctx.quotes:
        if turns:
            prev = turns[-1][-1]
            if ctx.guessed and goes_on_after_tag(ctx, prev, quote):
                turns[-1].append(quote)
                continue
            same_para = (
                prev.end_para == quote.para and quote.span.start - prev.span.end <= MAX_BEAT_CHARS
            )
            runs_on = (
                quote.para == prev.end_para + 1
                and left_open(ctx.text, prev.span)
                and quote.span.start - ctx.paragraphs[quote.para].start <= 2
            )
            # two quotes with nothing but quotation marks between them are two voices
            adjacent = same_para and not ctx.text[prev.span.end : quote.span.start].strip(GAP_MARKS)
            # a speech its own dash opens ("— Yes, my love?") is a new voice, like a new
            # paragraph elsewhere
            dash = _DASH_OPENS.search(ctx.text, max(0, quote.span.start - 4), quote.span.start)
            if (same_para and not adjacent and not dash or runs_on) and not quote.introduced:
                turns[-1].append(quote)
                continue
        turns.append([quote])
    return turns


def goes_on_after_tag(ctx: Context, prev: QuoteState, quote: QuoteState) -> bool:
    """Whether ``quote``, opening the paragraph after ``prev``'s, goes on with ``prev``'s
    speech past its tag ("Go," he said. / "Now."): in a text whose paragraphs were guessed
    (a new one at every sentence that opens with a quotation mark), a line right after a
    speech tag and nothing more is more often the same speaker going on than a reply."""
    if not prev.tagged or prev.introduced or quote.para != prev.end_para + 1:
        return False
    if quote.hint and quote.hint_score >= SCORE_PRONOUN_TAG:
        return False  # its own "he"/"she" tag: "But I'll be so near," he explained.
    if asks_question(ctx.text, prev.span) and not said_to_oneself(ctx.text, prev.span):
        # "What do you make of that?" asked Holmes. / "The maker's name."; but a question
        # said to oneself is answered by no one (``continued_tags``)
        return False
    if quote.span.start - ctx.paragraphs[quote.para].start > 2:
        return False
    if answers(ctx.text, quote.span):
        return False  # "Precisely. And the man who wrote it ...": an answer, another voice
    gap = quote.span.start - prev.span.end
    if not 0 < gap <= _TAG_ONLY:
        return False
    return bool(ctx.text[prev.span.end : quote.span.start].strip(GAP_MARKS))


def within_turns(turns: list[list[QuoteState]], blocked: set[int]) -> None:
    """Sieve 2: untagged quotes take the speaker of the nearest tagged quote of their turn
    (the one before, else the one after), unless they address that character or their own
    "he"/"she" says they are someone else (``blocked``: ``own_pronoun_tags.other_voices``)."""
    for turn in turns:
        tagged = [q for q in turn if q.tagged]
        if not tagged:
            continue
        last = tagged[0]
        for quote in turn:
            if quote.tagged:
                last = quote
            elif not quote.label and last.label not in quote.addressed and id(quote) not in blocked:
                score = SCORE_SAME_PARAGRAPH if quote.para == last.para else SCORE_CONTINUED
                quote.label, quote.score = last.label, score
                quote.rule = "same_paragraph" if quote.para == last.para else "continued"
