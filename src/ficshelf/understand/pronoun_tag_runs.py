"""A line that goes on past its own "he"/"she" tag where paragraphs were guessed.

Where a text's paragraphs were guessed (a new one at every sentence that opens with a
quotation mark, as LitBank's reader makes them), the speech that goes on after its tag
('"Leave the lamp," she said. "I can find my own way up."') lands in a paragraph of
its own, and a count of turns takes it for a reply. After a tag that names its speaker the
sieve already joins the two (``sieve_turns.goes_on_after_tag``, rule ``continued``); after a
"he"/"she" tag it does not, because joined in the sieve a pronoun resolved to the wrong one
of two people takes the line after it along, and the run counted from there (round L27).

``go_on_past_pronoun_tags`` reads the same habit at the very end, after the ranker and the
realignments of the run, when the tagged line's speaker is settled: the line opening the
paragraph right after a line whose own "he"/"she" tag stands after it, with nothing but
that tag between (one clause of at most ``guessed_runs.SHORT`` characters, no other
"he"/"she" in it: in "she murmured as he bent over her" someone else acts), takes the
tagged line's final speaker. Not when the tagged line asks (the next line may answer it),
when the line has a tag of its own, opens as an answer (``answer_lines.answers``), asks
back the words the tagged line ended on (``answer_lines.echoes``) or calls that speaker by
name. Only that one line moves; the turns around it keep their count.
"""

from __future__ import annotations

import re

from ficshelf.understand.answer_lines import answers, echoes
from ficshelf.understand.continued_tags import said_to_oneself
from ficshelf.understand.guessed_runs import SHORT
from ficshelf.understand.speaker_context import (
    GAP_MARKS,
    SCORE_CONTINUED,
    SCORE_PRONOUN_TAG,
    Context,
    QuoteState,
)
from ficshelf.understand.speaker_quote_contexts import asks_question

RULE = "past_pronoun_tag"
_OTHER = {"he": re.compile(r"\bshe\b", re.IGNORECASE), "she": re.compile(r"\bhe\b", re.IGNORECASE)}
# a sentence ending inside the narration: more than the tag stands between
_INNER_STOP = re.compile(r"[.!?;:]\s")


def go_on_past_pronoun_tags(ctx: Context) -> None:
    """Give each line that goes on past the tagged line before it (see the module
    docstring) that line's speaker; only where ``ctx.guessed``."""
    if not ctx.guessed:
        return
    quotes = ctx.quotes
    for k in range(1, len(quotes)):
        prev, quote = quotes[k - 1], quotes[k]
        if _goes_on(ctx, prev, quote):
            quote.label, quote.rule = prev.label, RULE
            quote.score = min(prev.score, SCORE_CONTINUED)


def _goes_on(ctx: Context, prev: QuoteState, quote: QuoteState) -> bool:
    """Whether ``quote`` goes on with the speech of ``prev``, which its own "he"/"she" tag
    after it decided."""
    other = _OTHER.get(prev.hint)
    if other is None or prev.tagged or prev.introduced or not prev.label:
        return False
    if prev.hint_score < SCORE_PRONOUN_TAG or not prev.span.end < prev.hint_pos < quote.span.start:
        return False  # a beat's pronoun, or a tag before the line
    if quote.para != prev.end_para + 1 or quote.span.start - ctx.paragraphs[quote.para].start > 2:
        return False
    if quote.tagged or quote.introduced or (quote.hint and quote.hint_score >= SCORE_PRONOUN_TAG):
        return False  # its own tag
    text = ctx.text
    between = text[prev.span.end : quote.span.start].strip(GAP_MARKS)
    if not between or len(between) > SHORT or _INNER_STOP.search(between[:-1]):
        return False
    if other.search(between):
        return False  # "she murmured as he bent over her": he may speak next
    if asks_question(text, prev.span) and not said_to_oneself(text, prev.span):
        return False  # a question said to oneself is answered by no one (``continued_tags``)
    if answers(text, quote.span):
        return False
    if echoes(text, prev.span, quote.span):
        return False  # "... his last wish!" he said. / "His last wish?": asked back
    return prev.label not in quote.addressed
