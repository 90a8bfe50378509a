"""What the words just before a name say about it.

``read_before`` reads the two words before a name candidate ("said Theo", "in Paris", "an
ancient Dane", ", Kit"); ``led`` tells a determiner no name takes ("a Gift", "your Gift");
``after_comma_line`` finds a line closed on a comma right before it ('"Come," Slim stated').
Part of the characters stage: ``names`` reads these cues into each candidate's evidence.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from ficshelf.understand import name_tables as tables
from ficshelf.understand.name_sequences import CAPITALISED

_LOWER_WORD = re.compile(r"[a-z]+\Z")
_VOCATIVE_WORDS = frozenset(("oh", "ah", "dear", "my"))
_POSSESSIVE_DETERMINERS = frozenset(("my", "her", "his", "your", "our", "their"))
# What may stand before the first word of a sentence or a name: quotes, brackets, emphasis.
OPENING = "\"“‘'([*_ \t\r\n"
_CLOSING_QUOTES = "\"”’'"


def after_comma_line(text: str, back: int, start: int) -> bool:
    """Whether a line closed on a comma and white space stand right before ``start``
    ('"Come," Slim stated'; ``back``: how far to look)."""
    before = text[back:start].rstrip(" \t")
    return len(before) > 1 and before[-1] in _CLOSING_QUOTES and before[-2] == ","


@dataclass(slots=True)
class _Before:
    """What the two words before a name say (read with ``str.rsplit``, no regex search)."""

    after_the: bool = False
    speech: bool = False  # "said Theo", "says the Dormouse"
    place: bool = False  # "in Paris"
    object_of: bool = False  # "of Sherwood", "to Longbourn"
    possessive: bool = False  # "the Cardinal's Guards"
    verb: bool = False  # "marry Bingley": a lower-case word that is no function word
    vocative: bool = False  # ", Kit", "Oh Kit", "my Kit"
    listed: bool = False  # "Purfleet, Carfax": a list or an apposition
    article: bool = False  # "a Gascon", "an Englishman": a kind of person, not a name
    article_word: bool = False  # "an ancient Dane", "a scarlet Navajo" (``_article_word``)
    of: bool = False  # "of Sherwood"
    at: bool = False  # "at Chester"


_NOTHING_BEFORE = _Before()


def read_before(before: str) -> _Before:
    """Return the cues in ``before``, the text just before a name (shared: never change
    it)."""
    if not before or before[-1] not in " \t":
        return _NOTHING_BEFORE
    words = before.rsplit(None, 2)
    if not words:
        return _NOTHING_BEFORE
    return _cues_before(words[-2] if len(words) > 1 else None, words[-1])


@lru_cache(maxsize=8192)
def _cues_before(previous: str | None, word: str) -> _Before:
    """Return the cues of the last word before a name, ``word``, after ``previous`` (``None``
    when it is the first word of the window). The same two words recur all through a story
    ("said", "to", "the"), so the cues are worked out once for each pair."""
    out = _Before()
    last = word.lstrip(OPENING)
    out.after_the = last in ("the", "The")
    core = previous if out.after_the and previous is not None else last
    low = core.lower()
    out.speech = low in tables.SPEECH_VERBS
    # "ridden to Barton" is a journey's end, one cue of place as "in Paris" is (not two).
    travel = low == "to" and previous is not None and previous.lower() in tables.TRAVEL_VERBS
    out.place = low in tables.PLACE_PREPOSITIONS or travel
    out.object_of = low in tables.OBJECT_PREPOSITIONS and not travel
    out.of = low == "of"
    out.at = low == "at"
    out.article = last in _KIND_DETERMINERS
    out.article_word = _article_word(previous, last)
    out.possessive = last.endswith(("'s", "’s", "'", "’")) and len(last) > 1
    out.verb = (
        (_LOWER_WORD.match(last) is not None and last not in tables.FUNCTION_WORDS)
        or last in _POSSESSIVE_DETERMINERS  # "married her Wickham"
        # a sentence opening on a verb of speech: "Tell Fanshawe I said so", "Ask Pennock"
        or (last[:1].isupper() and last[1:].islower() and low in tables.SPEECH_VERBS)
    )
    out.vocative = last.endswith((",", "—", "–", "--")) or last.lower() in _VOCATIVE_WORDS
    if last.endswith(","):
        bare = last[:-1]
        out.listed = CAPITALISED.match(bare) is not None and bare.lower() not in tables.STOP_WORDS
    return out


# Determiners before a kind of person, not a name: "a Gascon", "every Mingo". ("each" and
# "another" were tried: they cost LitBank dev a person.)
_KIND_DETERMINERS = frozenset("a an A An every Every".split())

# "a certain Mr. Jones" is a person, not a kind.
_NOT_KIND_WORDS = frozenset(("certain", "one"))


def _article_word(previous: str | None, last: str) -> bool:
    """Whether the two words before a name are "a", "an" or "every" and one lower-case word
    ("an ancient Dane", "a huge Newfoundland", "every true Yankee"): a kind of person or
    thing when the name is never used otherwise (``person_evidence``)."""
    return (
        previous in _KIND_DETERMINERS
        and _LOWER_WORD.match(last) is not None
        and last not in tables.FUNCTION_WORDS
        and last not in _NOT_KIND_WORDS
    )


# Determiners a person's name almost never takes, with one lower-case modifier between at
# most (and degree words: "a rather burly Orc"): "a Gift", "an untrained Gift", "your Gift",
# "this Orc". (More words are as often a noun and a verb: "your feet hit Hook". "the" is
# left out: a title or a role follows it, "the Doctor".)
_LEADING_ARTICLES = frozenset(("a", "an", "every"))
# Quantifiers and numbers lead a kind or a group the same way ("any Nirvana", "another
# Giotto", "two Johnnies"), never a person's name.
_LEADING_QUANTIFIERS = frozenset(
    "any another two three four five six seven eight nine ten several".split()
)
_LEADING_OWNERS = frozenset(("my", "your", "his", "its", "our", "their"))
_LEADING_POINTERS = frozenset(("this", "these", "those"))
# Degree words that may stand among the modifiers ("a rather burly Orc", "a very old Gift").
_DEGREE_WORDS = frozenset(("very", "rather", "quite", "most", "more", "less", "so", "too"))
# An article before a word of time or amount belongs to that phrase, not to a name: "a
# moment Utterson stood", "a while later Anne came".
_ARTICLE_PHRASES = frozenset(
    """moment minute second while day week month year time bit lot hour night morning
    evening instant""".split()
)


def led(before: str, acts: bool) -> tuple[bool, bool]:
    """Return whether the words just before a name (``before``, which ends in a lower-case
    word) are a determiner no person's name takes and at most one lower-case modifier, with
    any degree words ("an untrained Gift", "your Gift", "a rather burly Orc", "this Orc"),
    and whether that determiner is a possessive. "her" counts only when no verb follows the
    name ("told her Tom was ill" is no "her Tom"); "that" only after a preposition ("in
    that Orcish raid", not "knew that Tom had gone"). A name used so every time is a kind
    or a thing (``person_evidence``)."""
    words = before.split()
    i = len(words) - 1
    modifiers = 0
    while i >= 0:
        word = words[i].lstrip(OPENING)
        low = word.lower()
        if low in _LEADING_ARTICLES:
            first = words[i + 1] if modifiers else ""
            if first in _NOT_KIND_WORDS or first in _ARTICLE_PHRASES:
                return False, False
            return True, False
        if low in _LEADING_OWNERS or (low == "her" and not acts):
            return True, True
        if low in _LEADING_POINTERS or low in _LEADING_QUANTIFIERS:
            return True, False
        if low == "that":
            return i > 0 and words[i - 1].lower() in _PREPOSITIONS, False
        if word != words[i] or not (_LOWER_WORD.match(word) or _HYPHENED.match(word)):
            return False, False
        if word in _DEGREE_WORDS:  # "a rather burly Orc", "a very old Gift"
            i -= 1
            continue
        if word in tables.FUNCTION_WORDS or modifiers:  # one modifier: not "your feet hit X"
            return False, False
        modifiers += 1
        i -= 1
    return False, False


_HYPHENED = re.compile(r"[a-z]+(?:-[a-z]+)+\Z")
_PREPOSITIONS = tables.PLACE_PREPOSITIONS | tables.OBJECT_PREPOSITIONS
