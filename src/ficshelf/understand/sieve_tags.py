"""Sieve 1 of the speakers stage (``speakers``): the speech tags right after or right
before each quote (``speech_tags.tag_after`` / ``tag_before``), a narration paragraph that
ends on a tag and a colon before the line it introduces, a quote whose speaker introduces
themself, a line heard "in the voice of" a character; a "he"/"she" or "it" tag is left on the
quote as a hint for the conversation model (``conversation``).
"""

from __future__ import annotations

import re

from ficshelf.understand.clause_speech import clause_subject_tag, described_ends, described_near
from ficshelf.understand.colon_beats import colon_beat
from ficshelf.understand.conversation_backwards import SENTENCE_STOP
from ficshelf.understand.described_tags import described_phrase
from ficshelf.understand.descriptor_evidence import is_verb
from ficshelf.understand.speaker_context import (
    SCORE_INTRODUCED,
    SCORE_NAMED_TAG,
    SCORE_NARRATOR_TAG,
    SCORE_PRONOUN_TAG,
    SCORE_SECOND_PERSON_TAG,
    Context,
    QuoteState,
)
from ficshelf.understand.speaker_cues import THIRD_PERSON
from ficshelf.understand.speech_tags import Tag, tag_after, tag_before
from ficshelf.understand.spoke_tags import spoke_sentence_tag

IT = "it"  # a creature's tag ("the python says", "it said"): resolved like "he"/"she"
_HINTS = (*THIRD_PERSON, IT)
_SENTENCE_END = re.compile(r"[.!?…][\"'”’*_]*\s*\Z")
# A colon ending the narration before a quote: it introduces that quote ("then said: ").
_INTRODUCES = re.compile(r":[\s\"'“‘—–-]*\Z")
# what may stand in a paragraph before the quote that opens it: space and quote marks
_OPENERS = " \t\n\"'“‘”’"
# The end of the first sentence of narration after a quote (or a colon leading on).
_FIRST_STOP = re.compile(r"[.!?:](?=\s|$)")
# Around a name: the voice the line was just heard in ("in the voice of Curtis", "in
# Ann's voice"); a voice heard or rising ("Ann heard her aunt's voice") is the next line's.
_VOICE_OF = re.compile(r"\bin\s+the\s+voice\s+of\s+\Z", re.IGNORECASE)
_IN_BEFORE = re.compile(r"\bin\s+\Z", re.IGNORECASE)
_VOICE_POSSESSIVE = re.compile(r"['’]s\s+voice\b")
# Any mark that ends or sets off a clause in narration between two quotes.
_CLAUSE_MARK = re.compile(r"[.!?…,;:—–()\[\]]|\s-|-\s")


def _resolve(ctx: Context, tag: Tag, quote: QuoteState) -> tuple[str, float]:
    """Return the speaker a tag names and the confidence in it (("", 0) when it names none)."""
    if tag.name:
        return tag.name, SCORE_NAMED_TAG
    if tag.pronoun in ("i", "you"):
        name = ctx.narrator_for(tag.pronoun)
        score = SCORE_NARRATOR_TAG if tag.pronoun == "i" else SCORE_SECOND_PERSON_TAG
        return (name, score) if name else ("", 0.0)
    return "", 0.0


def explicit_tags(ctx: Context) -> None:
    """Sieve 1: speech tags right after or right before each quote."""
    text, quotes, paragraphs = ctx.text, ctx.quotes, ctx.paragraphs
    # where unnamed characters are mentioned: one may be a tag's subject past its clause
    described = described_ends(ctx.cast, text, is_verb)
    for i, quote in enumerate(quotes):
        end_para = paragraphs[quote.end_para]
        after_end = end_para.end
        if i + 1 < len(quotes) and quotes[i + 1].para == quote.end_para:
            after_end = quotes[i + 1].span.start
        after_start = min(quote.span.end + 1, after_end)
        ends = _SENTENCE_END.search(text, max(quote.span.start, quote.span.end - 3), after_start)
        tag = tag_after(ctx.cast, text, after_start, after_end, ends_sentence=ends is not None)
        if (
            tag is not None
            and after_end < end_para.end
            and _INTRODUCES.search(text, after_start, after_end)
            and not SENTENCE_STOP.search(text, tag.pos, after_end)
            and not text[after_end : after_end + 1].islower()
        ):
            # "Oh!" Miss Bartlett said, with restraint: "How do you do?"; not when the tag's
            # sentence ends before the colon ("No!" cried Ann. ... Tom said only: "..."), nor
            # when the next line goes on in lower case ("?" went on Ann: "she had ...")
            tag = None
        if (
            tag is not None
            and ends is not None
            and _leads_into_next(ctx, i, after_start, after_end)
        ):
            tag = None  # "… I can do?" All the ladies said "Poor child!": the next one's
        introduced = False
        colon = _INTRODUCES.search(text, max(0, quote.span.start - 8), quote.span.start)
        if tag is None or colon or not (_resolve(ctx, tag, quote)[0] or tag.pronoun in _HINTS):
            para = paragraphs[quote.para]
            before_start = para.start
            if i > 0 and quotes[i - 1].end_para == quote.para:
                before_start = quotes[i - 1].span.end + 1
            before = tag_before(
                ctx.cast, text, before_start, max(before_start, quote.span.start - 1)
            )
            if (
                before is None
                and quote.para > 0
                and not text[para.start : quote.span.start].strip(_OPENERS)
            ):
                before = _colon_paragraph_tag(ctx, i)
            if before is None and tag is None:
                before = spoke_sentence_tag(ctx, i)  # "… whereupon Ann spoke." / "…"
            if before is None and tag is None:
                # "Then as he faced us again: …" (``colon_beats``)
                before = colon_beat(text, before_start, quote.span.start)
            if (before is None or not before.name) and described_near(described, quote.span.start):
                # "the ferry-boy who held it shouted up to us, …" (``clause_speech``; its
                # clause holds no "he"/"she", so a pronoun subject found is an object "it")
                before = _clause_tag(ctx, i, before_start) or before
            if before is not None and (before.name or before.pronoun or tag is None):
                tag, introduced = before, True
        if tag is not None and not introduced:
            quote.addressed += ctx.cast.told_to(text, after_start, min(after_end, tag.pos + 90))
        myself = ctx.cast.introduced(text, quote.span)
        if myself and (tag is None or not tag.name):
            quote.label, quote.score, quote.tagged = myself, SCORE_INTRODUCED, True
            quote.rule = "introduced"
            quote.about = [n for n in quote.about if n != myself]
            continue
        if tag is None or not (introduced or tag.name or tag.pronoun):
            owner = _voice_heard_after(ctx, after_start, after_end)
            if owner:
                quote.label, quote.score, quote.tagged = owner, SCORE_NAMED_TAG, True
                quote.rule = "tag_after"
                continue
        if tag is None:
            continue
        name, score = _resolve(ctx, tag, quote)
        if name:
            quote.label, quote.score, quote.tagged = name, score, True
            quote.rule = "tag_before" if introduced else "tag_after"
            quote.introduced = introduced
        elif tag.pronoun in THIRD_PERSON or tag.pronoun == IT:
            quote.hint, quote.hint_pos, quote.hint_score = tag.pronoun, tag.pos, SCORE_PRONOUN_TAG
            quote.against, quote.spouse = tag.against, tag.spouse
            quote.described = described_phrase(text, tag.pos)


def _voice_heard_after(ctx: Context, start: int, end: int) -> str:
    """Return the character in whose voice the narration sentence right after an untagged
    quote says the line was heard ("There was a shade of jealousy in the voice of Curtis as
    he came in", "There was a tremor in Ann's voice"): the line is theirs. "" when that
    sentence names no voice's owner so, or leads with a colon into the next quote."""
    text = ctx.text
    stop = _FIRST_STOP.search(text, start, end)
    if stop is None or text[stop.start()] == ":":
        return ""
    k = ctx.cast.first_at(start)
    while k < len(ctx.cast.narration) and ctx.cast.narration[k].start < stop.start():
        mention = ctx.cast.narration[k]
        if _VOICE_OF.search(text, max(start, mention.start - 20), mention.start) or (
            _IN_BEFORE.search(text, max(start, mention.start - 4), mention.start)
            and _VOICE_POSSESSIVE.match(text, mention.end)
        ):
            return mention.label
        k += 1
    return ""


def _leads_into_next(ctx: Context, i: int, start: int, end: int) -> bool:
    """Whether the narration ``text[start:end]`` after quote ``i`` (a quote that ends its
    sentence) opens a new sentence with a capital and runs, one clause with no mark at all,
    straight into the next quote ("Is it anything I can do?' All the ladies said 'Poor
    child!'"): its speech verb introduces that quote, and says nothing of who spoke the one
    before."""
    quotes = ctx.quotes
    if i + 1 >= len(quotes) or end != quotes[i + 1].span.start:
        return False
    narration = ctx.text[start:end].strip(_OPENERS)
    return narration[:1].isupper() and not _CLAUSE_MARK.search(narration)


def _clause_tag(ctx: Context, i: int, start: int) -> Tag | None:
    """Return the tag of quote ``i`` whose subject is a description past a clause of its
    own (``clause_speech``) in the narration from ``start``, or in the paragraph before
    when the quote opens its own ("the fisher-boy who held it shouted up to us." / "…"),
    or ``None``."""
    quote = ctx.quotes[i]
    para = ctx.paragraphs[quote.para]
    if (
        quote.para > 0
        and not ctx.text[para.start : quote.span.start].strip(_OPENERS)
        and not ctx.breaks_between(quote.para - 1, quote.para)
    ):
        start = ctx.paragraphs[quote.para - 1].start
    return clause_subject_tag(ctx.cast, ctx.text, start, quote.span.start, is_verb)


def _colon_paragraph_tag(ctx: Context, i: int) -> Tag | None:
    """Return the speech tag of the paragraph of narration before quote ``i`` when that
    paragraph ends on a colon that introduces the line ("... and Ann said, very low:" /
    "Come here."), or ``None``: the line opens its own paragraph, and the narration after
    the last quote of the paragraph before is read as a tag right before it (round spk28)."""
    quote = ctx.quotes[i]
    before_para = ctx.paragraphs[quote.para - 1]
    if ctx.breaks_between(quote.para - 1, quote.para):
        return None
    end = len(ctx.text[before_para.start : before_para.end].rstrip()) + before_para.start
    if not ctx.text[before_para.start : end].endswith(":"):
        return None
    start = before_para.start
    if i > 0 and ctx.quotes[i - 1].end_para == quote.para - 1:
        start = max(start, ctx.quotes[i - 1].span.end + 1)
    return tag_before(ctx.cast, ctx.text, start, end)
