"""The evidence checks the "themes" stage weighs every cue with, shared by its cue tally
(``theme_cue_tally.tally_cues``) and its deaths of named characters (``theme_deaths``): the
``Tally`` of weighted sentences a tag gathers, the span containing an offset, and the
context rules read before a cue in its sentence — a negation ("she wasn't dead"; not one
that denies a stop: ``theme_context.NOT_NEGATING``), a modal or "if" (hypothetical), the
pluperfect (backstory), a simile, and a figurative use ("dying to see"). The rules are data
in ``theme_context``; this module compiles and applies them.
"""

from __future__ import annotations

import functools
import re
from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass, field

from ficshelf.model import Span
from ficshelf.understand import theme_context as ctx
from ficshelf.understand import theme_other_senses as senses
from ficshelf.understand.fast_regex import compile_fast
from ficshelf.understand.theme_matcher import lowers_plainly


@functools.cache
def _figurative_caseless(tag: str) -> re.Pattern[str]:
    """Return the figurative uses of ``tag`` (``theme_context.FIGURATIVE``) for any text,
    case-blind (``compile_fast``: the same matches, skipping to their first letters),
    compiled the first time a text needs them: a text is read in its lower-cased copy
    (``_figurative_lower``) unless lower-casing moves its offsets or the tag's source does
    not lower plainly (round speed37: compiled at import, they were about 2% of a fresh
    process's start-up, for texts that almost never need them)."""
    return compile_fast(r"(?<!\w)(?:" + ctx.FIGURATIVE[tag] + r")(?!\w)", re.IGNORECASE)


@functools.cache
def _figurative_lower(tag: str) -> re.Pattern[str] | None:
    """Return the figurative uses of ``tag`` for text lower-cased by
    ``theme_matcher.plainly_lowered`` (its offsets kept, none of the letters that fold unlike
    their lower case), matched case-sensitively: the engine then skips each alternative
    whose first letter differs instead of trying it; ``None`` for a source that lower-casing
    would change (``theme_matcher.lowers_plainly``). Compiled the first time a text holds a
    cue of the tag (round speed39: the 16 tags' patterns, compiled at import, were about 3%
    of a fresh process's start-up; a short story weighs the cues of a few tags)."""
    source = ctx.FIGURATIVE[tag]
    if not lowers_plainly(source):
        return None
    return compile_fast(r"(?<!\w)(?:" + source.lower() + r")(?!\w)")


_SIMILE = compile_fast(ctx.SIMILE + r"[^,;:.!?]{0,50}\Z", re.IGNORECASE)
# A negation within three words before a cue, in the same clause (no punctuation between:
# "No, he was drunk" is no negation), unless it negates a stop ("couldn't stop drinking",
# "nothing but blood": ``ctx.NOT_NEGATING``).
_NEGATED = compile_fast(ctx.NEGATION + r"(?:[\s'’]+[\w'’]+){0,3}[\s'’]*\Z", re.IGNORECASE)
# A modal or a condition within two words before a cue, in the same clause: "I'll kill you",
# "if he was drunk", "she might be ill" (threatened, supposed or feared, not shown).
_HYPOTHETICAL = compile_fast(ctx.HYPOTHETICAL + r"(?:[\s'’]+[\w'’]+){0,2}[\s'’]*\Z", re.IGNORECASE)
_BACKSTORY = compile_fast(
    r"\b(?:had|['’]d)(?:\s+(?:\w+ly|been|not|never|already|once|long|since|all))*\s+\Z",
    re.IGNORECASE,
)
_NOT_NEGATING = re.compile(ctx.NOT_NEGATING + r"[\w\s'’]*\Z", re.IGNORECASE)
# "Any" or "ever" just before a cue stands where a negation reaches further: "never once seen
# any evidence of opium", "hadn't touched a drop of anything" — the negation may then be up
# to eight words back in the same clause.
_POLARITY = compile_fast(ctx.POLARITY + r"(?:[\s'’]+[\w'’]+){0,2}[\s'’]*\Z", re.IGNORECASE)
_NEGATED_FAR = compile_fast(ctx.NEGATION + r"(?:[\s'’]+[\w'’]+){0,8}[\s'’]*\Z", re.IGNORECASE)
_NEGATION_WINDOW = 40
# A list's "or" or "nor" just before a cue (with an article), and the word of the item before
# it; a negation of that item reaches the cue, up to ``_LIST_DEPTH`` items back.
_OR_BEFORE = re.compile(r",?\s+(?:or|nor)\s+(?:(?:a|an|the|any|his|her|their)\s+)?\Z", re.I)
_LAST_WORD = re.compile(r"[\w'’]+\Z")
_LIST_DEPTH = 3
_FAR_WINDOW = 80
_FIGURATIVE_WINDOW = 80


@dataclass
class Tally:
    """The evidence gathered for one tag: summed weight, the part of it from the narration
    (outside quotes), weight per sentence, the heaviest weight one sentence of narration
    carries (``scene``: a strong act, or several cues at once, shown rather than told), and
    the part of the weight from oaths (``oaths``: profanity's exclamations of God's name,
    ``theme_life_cues.OATHS``)."""

    score: float = 0.0
    narrated: float = 0.0
    oaths: float = 0.0
    sentences: dict[Span, float] = field(default_factory=dict)
    scene: float = 0.0
    _narrated_at: dict[Span, float] = field(default_factory=dict)

    def add(
        self, sentence: Span, weight: float, narrated: bool = True, backstory: bool = False
    ) -> None:
        """Count ``weight`` in ``sentence``: in the narration unless ``narrated`` is false,
        and towards ``scene`` only when narrated and not ``backstory``."""
        self.score += weight
        self.sentences[sentence] = self.sentences.get(sentence, 0.0) + weight
        if narrated:
            self.narrated += weight
        if narrated and not backstory:
            here = self._narrated_at.get(sentence, 0.0) + weight
            self._narrated_at[sentence] = here
            self.scene = max(self.scene, here)


def containing(spans: Sequence[Span], starts: Sequence[int], pos: int) -> Span | None:
    """Return the span of ``spans`` (in text order, without overlaps; ``starts`` their
    starts) that contains offset ``pos``, or ``None``."""
    i = bisect_right(starts, pos) - 1
    if i >= 0 and spans[i].start <= pos < spans[i].end:
        return spans[i]
    return None


# How many mentions before a cue ``in_mention`` looks back through (mentions can nest: "the
# Nurse" holds "Nurse").
_MENTION_LOOKBACK = 3


def in_mention(
    mentions: Sequence[Span], starts: Sequence[int], start: int, end: int
) -> Span | None:
    """Return the mention of ``mentions`` (a character's mention, in text order; ``starts``
    their starts) that ``text[start:end]`` lies inside, or ``None``."""
    i = bisect_right(starts, start) - 1
    for j in range(i, max(-1, i - _MENTION_LOOKBACK), -1):
        if mentions[j].start <= start and end <= mentions[j].end:
            return mentions[j]
    return None


def figurative(
    text: str, tag: str, start: int, end: int, sentence: Span, lowered: str | None = None
) -> bool:
    """Whether the cue ``text[start:end]`` of ``tag`` lies inside a figurative use of it
    (``theme_context.FIGURATIVE``: "dying to see", "killer heels") near it in ``sentence``.
    ``lowered``: ``theme_matcher.plainly_lowered(text)`` when the caller holds it (the same
    answer, read faster in it)."""
    if tag not in ctx.FIGURATIVE:
        return False
    lo = max(sentence.start, start - _FIGURATIVE_WINDOW)
    hi = min(max(sentence.end, end), end + _FIGURATIVE_WINDOW)
    uses = None if lowered is None else _figurative_lower(tag)
    if lowered is not None and uses is not None:
        pattern, text = uses, lowered
    else:
        pattern = _figurative_caseless(tag)
    return any(f.start() <= start and end <= f.end() for f in pattern.finditer(text, lo, hi))


def simile(text: str, pos: int, sentence_start: int) -> bool:
    """Whether the cue at ``pos`` is inside a simile begun before it in its sentence and
    clause ("as a man shuts the door on a sickroom")."""
    lo = max(sentence_start, pos - _FIGURATIVE_WINDOW)
    return _SIMILE.search(text, lo, pos) is not None


def hypothetical(text: str, pos: int, sentence_start: int) -> bool:
    """Whether a modal or a condition stands within two words before the cue at ``pos``, in
    the same clause ("I'll kill you", "if he was drunk"): supposed, not shown."""
    lo = max(sentence_start, pos - _NEGATION_WINDOW)
    return _HYPOTHETICAL.search(text, lo, pos) is not None


# "Would" just before a cue (not "would have"), and what makes it a condition or a wish
# rather than a habit somewhere in its sentence.
_WOULD = compile_fast(r"\bwould(?![\s'’]+have\b)(?:[\s'’]+[\w'’]+){0,2}[\s'’]*\Z", re.IGNORECASE)
_CONDITION = re.compile(
    r"\b(?:if|unless|whether|wish|wished|wishes|hoped?|hopes|rather|sooner|afraid|feared"
    r"|fear|thought|think|thinks|supposed?|suppose|imagine|imagined|said|says|swore|promised"
    r"|threatened)\b",
    re.IGNORECASE,
)


# "Could" of a sense just before a cue: what someone could see, hear, smell or taste is there.
_COULD_SENSE = compile_fast(
    r"\bcould (?:see|hear|smell|taste|feel|sense|make out|tell)(?:[\s'’]+[\w'’]+){0,1}"
    r"[\s'’]*\Z",
    re.IGNORECASE,
)


def habitual(text: str, pos: int, sentence: Span) -> bool:
    """Whether the modal before the cue at ``pos`` tells what was so, not what might be: the
    "would" of a past habit ("every night he would drink until he fell asleep": "would", not
    "would have", within two words before it, and nothing in its sentence that makes it a
    condition, a wish, a fear or a report: "if", "wished", "thought", "said"), or the "could"
    of a sense ("she could smell gin on him")."""
    lo = max(sentence.start, pos - _NEGATION_WINDOW)
    if _COULD_SENSE.search(text, lo, pos) is not None:
        return _CONDITION.search(text, sentence.start, pos) is None
    if _WOULD.search(text, lo, pos) is None:
        return False
    return _CONDITION.search(text, sentence.start, sentence.end) is None


def backstory(text: str, pos: int, sentence_start: int) -> bool:
    """Whether the cue at ``pos`` is told in the pluperfect ("had stopped breathing", "had
    long since died"): backstory summed up, not a scene shown."""
    return _BACKSTORY.search(text, max(sentence_start, pos - 30), pos) is not None


def negated(text: str, pos: int, sentence_start: int, depth: int = 0) -> bool:
    """Whether a negation stands within three words before the cue at ``pos`` (eight when
    "any" or "ever" stands within three: "never once seen any evidence of opium"), in the
    same clause, and does not deny a stop ("couldn't stop drinking" is no negation); or
    the cue is a later item of a list ("or", "nor") whose item before it is negated ("nobody
    said anything about faces, or fevers": ``depth`` counts the items walked back)."""
    lo = max(sentence_start, pos - _NEGATION_WINDOW)
    found = _NEGATED.search(text, lo, pos)
    if found is None and _POLARITY.search(text, lo, pos) is not None:
        found = _NEGATED_FAR.search(text, max(sentence_start, pos - _FAR_WINDOW), pos)
    if found is None and depth < _LIST_DEPTH:
        # a later item of a list the negation reaches: "nobody spoke of faces, or fevers"
        joined = _OR_BEFORE.search(text, lo, pos)
        item = _LAST_WORD.search(text, lo, joined.start()) if joined else None
        return item is not None and negated(text, item.start(), sentence_start, depth + 1)
    return found is not None and _NOT_NEGATING.match(text, found.start(), pos) is None


_DRINK_NAME = re.compile(ctx.DRINK_NAMES, re.IGNORECASE)
_BARE_DRINKING = re.compile(senses.BARE_DRINKING, re.IGNORECASE)
# (the last drink named: a soft one in the group ``soft``)
_DRINK_BEFORE = re.compile(
    r"(?<![\w'’])(?:(?P<soft>"
    + senses.SOFT_DRINKS
    + r")|"
    + ctx.DRINK_NAMES
    + "|"
    + senses.HARD_DRINKS
    + r")(?![\w'’])",
    re.IGNORECASE,
)
_DRINK_AS_NAME = re.compile(ctx.DRINK_AS_NAME, re.IGNORECASE)


def drink_named(text: str, start: int, end: int) -> bool:
    """Whether the drink word ``text[start:end]``, capitalised, is a person's or a pet's
    name wherever it stands ("Gin's temper", "Brandy laughed", "Rum, come here":
    ``theme_context.DRINK_AS_NAME``), not the drink (a word of ``DRINK_NAMES``: a proper
    noun by nature, "Madeira's finest", is never a name); a word in capitals is shouted."""
    word = text[start:end]
    if not word[:1].isupper() or (len(word) > 1 and word.isupper()):
        return False
    return _DRINK_NAME.fullmatch(word) is not None and _DRINK_AS_NAME.match(text, end) is not None


def soft_drink(text: str, start: int, end: int) -> bool:
    """Whether the alcohol cue ``text[start:end]`` names no drink ("Amelia drinks.", "raised
    her cup": ``theme_other_senses.BARE_DRINKING``) and the last drink named before it, within
    ``SOFT_DRINK_WINDOW`` characters, is a soft one ("a cup of chocolate", "the tea")."""
    if _BARE_DRINKING.fullmatch(text, start, end) is None:
        return False
    named = list(_DRINK_BEFORE.finditer(text, max(0, start - senses.SOFT_DRINK_WINDOW), start))
    return bool(named) and named[-1].group("soft") is not None
