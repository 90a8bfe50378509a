"""Whom a line that calls several people asks its closing question of (round spk28).

A speaker who calls two people in one line and ends it on a question puts the question to
the one called in its last sentence ("Maggie! Where are you? Mr. Grey, is she with you?"):
that one answers, not the first called. The sentence is found by the last full stop, "!"
or "?" before the line's own closing mark. So does a closing sentence that opens on a call
("Mr. Worthing, I confess that I am astonished. … Gwendolen, come.": Gwendolen answers;
round spk36), a name of at most three capitalised words before its comma, the last of them
no common English word ("First, the loss of my boy, Harvey." calls no one first)."""

from __future__ import annotations

from collections.abc import Callable

from ficshelf.model import Span
from ficshelf.understand.name_tables import COMMON_WORDS

# what may close a quote's text after its last sentence's mark: quote marks, a dash, space
_CLOSERS = " \t\n\"'\u2018\u2019\u201c\u201d\u2014-"
_SENTENCE_ENDS = ".!?"
# How many words a call opening a closing sentence may have ("Mr. John Hale,").
_CALL_WORDS = 3


def closing_question(text: str, quote: Span) -> Span | None:
    """Return the last sentence of ``quote`` when it is a question (ends on "?"), else
    None."""
    body = text[quote.start : quote.end].rstrip(_CLOSERS)
    if not body.endswith("?"):
        return None
    cut = max(body.rfind(mark, 0, len(body) - 1) for mark in _SENTENCE_ENDS)
    return Span(quote.start + cut + 1, quote.start + len(body))


def closing_call(text: str, quote: Span) -> Span | None:
    """Return the last sentence of ``quote`` when it opens on a call ("Gwendolen, come.",
    "Mr. Hale, sit down!"), else None."""
    body = text[quote.start : quote.end].rstrip(_CLOSERS)
    cut = max(body.rfind(mark, 0, len(body) - 1) for mark in _SENTENCE_ENDS)
    last = body[cut + 1 :]
    head, comma, _ = last.lstrip(_CLOSERS).partition(",")
    words = head.split()
    if not comma or not 0 < len(words) <= _CALL_WORDS:
        return None
    if not all(word[:1].isupper() for word in words) or words[-1].lower() in COMMON_WORDS:
        return None
    return Span(quote.start + cut + 1, quote.start + len(body))


def asked_first(
    text: str,
    quote: Span,
    called: list[str],
    addressed: Callable[[str, Span], list[str]],
) -> list[str]:
    """Return ``called`` (the names ``quote`` calls, in order) with the ones its closing
    question, or a closing sentence that opens on a call, calls first, when it calls more
    than one; ``addressed`` reads the calls of a
    stretch of text (``Cast.addressed``)."""
    if len(set(called)) < 2:
        return called
    question = closing_question(text, quote) or closing_call(text, quote)
    if question is None:
        return called
    asked = [name for name in addressed(text, question) if name in called]
    return asked + [name for name in called if name not in asked]
