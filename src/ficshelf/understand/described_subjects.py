"""A person the narration describes, standing as a subject before a line: the line's
"he"/"she".

(Round spk35.) When no character of the pronoun's gender is the subject of the narration
since the last line, the "speakers" stage gave a "he"/"she" tag to a character of that
gender the narration names anywhere: the nearest in the paragraph (``pronoun_paragraph``),
the latest (``pronoun_narrated``), or an earlier speaker. Where a person known only by a
description is the subject, the pronoun is theirs, and the name is someone they look at,
lean on or are set beside:

    The old sexton leaned on his spade and looked at Tobias. "This way," he said.

    At the end of the pew a small girl tugged at Mara's sleeve. "Is it over?" she asked.

``described_subject`` finds such a subject in the narration since the last line (from its
closing quotation mark, at most ``_REACH`` characters): "the"/"a"/"an", up to three words,
and a noun naming a person (``person_nouns``) of the pronoun's gender or of either, opening
a sentence, a clause after "and"/"then"/"when" or a comma, or following an opening phrase
of place ("At the end of the pew ..."), and followed by its verb (a word ending in "-ed" or
"-s", or a common past form), by a comma (an apposition: "The herald, a thin man in red,
stepped ..."), or by a "with"/"in" phrase before its verb. ``described_referent`` gives the
character the description names (``Cast.lookup``), or "" for a person the story keeps no
character for: the line is then left to turn-taking.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import TYPE_CHECKING

from ficshelf.understand.fast_regex import compile_fast
from ficshelf.understand.person_nouns import FEMALE, MALE, NEUTRAL

if TYPE_CHECKING:
    from ficshelf.understand.speaker_context import Context, QuoteState

# The longest stretch of narration read before the line.
_REACH = 400
# a line closed by a single quotation mark: punctuation, the mark, white space
_LINE_CLOSE = re.compile(r"[,.!?\u2014-]\u2019(?=\s)")
_FORMS = {"m": MALE | NEUTRAL, "f": FEMALE | NEUTRAL, "": MALE | FEMALE | NEUTRAL}
_PAST = (
    "came|stood|sat|took|went|made|began|gave|held|put|said|spoke|knelt|rose|ran|drew|"
    "got|let|kept|left|met|saw|shook|threw|wore|bent|brought|caught|felt|found|hung|lay|"
    "leant|led|lit|stole|struck|swung|thought|told|was|had|did|is|has|does|can|could|would"
)
_DESCRIBED = compile_fast(  # (tried only at the letters and marks it can open with)
    r"(?:\A|\n\s*|[.!?;:]\s+|[.!?][\"'”’]\s+|,\s+|\b(?:then|and|when)\s+|"
    # after an opening phrase of place without a comma: "At the end of the row a boy ..."
    r"(?:\A|\n\s*|[.!?]\s+)(?:At|In|On|By|Near|Beside|Behind|Across|Outside|Inside)"
    r"\s+[^,.;:!?\"“”]{1,40}?\s+)"
    r"(?:[Tt]he|[Aa]n?)\s+((?:(?!(?:the|an?)\s)[a-z][\w’'-]*\s+){0,3}?)([a-z][a-z-]*)(?![\w’'])"
    r"(?:\s+(?:with|in)\s+[^,.;:!?\"“”]{1,40}?)?"
    r"(?=\s*,|\s+(?:\w+ly\s+)?(?:[a-z]+(?:ed|s)|" + _PAST + r")\b)"
)


def _is_person(noun: str, forms: frozenset[str]) -> bool:
    return noun in forms or noun.rsplit("-", 1)[-1] in forms


def described_subject(
    text: str, start: int, end: int, gender: str, named: Callable[[str], str]
) -> tuple[str, str]:
    """Return the description (as written, lower case) of the last person of ``gender``
    ("m", "f" or "" for either) who stands as a subject in the narration of
    ``text[start:end]`` (from the last line's closing mark; at most ``_REACH`` characters
    before ``end``), and the character ``named`` (``Cast.lookup``) maps it to, or "";
    ("", "") when no described person stands there."""
    start = max(start, end - _REACH)
    # only the narration: from the last line's closing mark on
    closing = max(text.rfind("\u201d", start, end), text.rfind('"', start, end - 2))
    for mark in _LINE_CLOSE.finditer(text, start, end):
        closing = max(closing, mark.start())
    start = max(start, closing + 1)
    forms = _FORMS.get(gender, _FORMS[""])
    found = ("", "")
    for match in _DESCRIBED.finditer(text, start, end):
        noun = match.group(2)
        if not _is_person(noun, forms):
            continue
        words = match.group(1).lower() + noun
        phrase = "the " + words
        character = named(phrase) or named("a " + words) or named("an " + words)
        found = (phrase, character or named("the " + noun))
    return found


def described_referent(ctx: Context, quote: QuoteState, gender: str) -> str | None:
    """Return whom the "he"/"she" hint of ``quote`` refers to when a described person of
    ``gender`` stands as a subject in the narration before the line: the character the
    description names, or "" for a person the story keeps no character for; None when no
    described person stands there."""
    end = min(quote.hint_pos, quote.span.start)
    described, known = described_subject(ctx.text, end - _REACH, end, gender, ctx.cast.lookup)
    return known if described else None
