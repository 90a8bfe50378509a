"""A newcomer the narration brings on with "the" before a "he"/"she" tag: "…, and the
postman tramped up the steps. / 'Morning, ma'am!' he said."

Round lbt35 (``described_tags.newcomer_phrase``) gives a "he"/"she" line to a newcomer a
sentence opens on with "A"/"An" ("A woman servant came in. …"). English as often brings a
person on with "the", as one the scene implies (the postman at a house, the clerk at a
desk, the old man in a sick-room): the subject of a clause, right before the line, that no
name and no other person of the pronoun's gender follows. A reader takes the "he"/"she"
for that person, and a named man of the scene is no likelier than the description.

``definite_subject`` finds such a phrase: "the", at most three lower-case modifiers (no
determiner or possessive among them: not "the way a man does") and a person noun of the
pronoun's gender, opening a clause (after a sentence's end, a comma, a colon, "and", or a
paragraph's start) and followed by a verb-like lower-case word ("the old man turned"; not
"the man of the house", "the man who"). It is no newcomer when a character answers to it
("the doctor" for the doctor of the story: ``Cast.lookup``), when a name stands after it,
or when another noun of that gender does. ``described_tags`` then gives the line the
description itself, as it does an "A"/"An" newcomer's. Reads at most
``described_tags``' reach of narration before each "he"/"she" line.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from ficshelf.understand.description_words import NOUN_WORDS, noun_key, phrase_words, words_after
from ficshelf.understand.person_nouns import FEMALE, MALE

# "the"/"The" opening a clause: a sentence's end (a closing quotation mark may follow it), a
# comma, a colon, a dash or "and" before it, or a paragraph's start.
_DEFINITE = re.compile(r"(?:(?<=[.!?;,:—] )|(?<=[.!?;,:—][\"'”’] )|(?<=\band )|(?<=\n))[Tt]he\s")
# How far back from the line a newcomer's clause is read (it stands right before it).
REACH = 300
# A first test, in C: a clause-opening "the", at most three lower-case words and a
# gendered person noun (most lines have none before them).
_MAYBE = re.compile(
    r"(?:(?<=[.!?;,:—] )|(?<=[.!?;,:—][\"'”’] )|(?<=\band )|(?<=\n))[Tt]he\s+"
    r"(?:[a-z]+\s+){0,3}?(?:" + "|".join(sorted(MALE | FEMALE, key=len, reverse=True)) + r")\b"
)


def may_hold_newcomer(text: str, start: int, end: int) -> bool:
    """Return whether the narration ``text[start:end]`` before a line may hold a definite
    newcomer (``definite_subject``): a quick test run in C before any other work."""
    return _MAYBE.search(text, max(start, end - REACH), end) is not None


# Words that end the phrase before a noun ("the way a man does") or after one ("the man
# of the house", "the man who"): the phrase is no clause's subject then.
_DETERMINERS = frozenset("a an the this that these those his her their its my our your one".split())
_NOT_A_VERB = frozenset("of with in on at to from and or but who whom whose that which".split())


def definite_subject(
    text: str,
    start: int,
    end: int,
    nouns: frozenset[str],
    names: Sequence[int],
    lookup: Callable[[str], str],
) -> tuple[int, int] | None:
    """Return the span of the last definite newcomer (see the module docstring) of a
    gendered person noun among ``nouns`` in the narration ``text[start:end]`` before a
    "he"/"she" line, or ``None`` when there is none, a character answers to it
    (``lookup``), a name (``names``: the starts of the narration's character mentions)
    stands after it, or another of ``nouns`` does."""
    found = None
    for m in _DEFINITE.finditer(text, max(start, end - REACH), end):
        span = _phrase(text, m.start(), end, nouns)
        if span is not None:
            found = span
    if found is None or lookup(text[found[0] : found[1]]):
        return None
    return found if stands_alone(text, found[1], end, names, nouns) else None


def stands_alone(
    text: str, after: int, end: int, names: Sequence[int], nouns: frozenset[str]
) -> bool:
    """Return whether a newcomer's description ending at ``after`` is the last person of its
    gender the narration ``text[after:end]`` brings on: no character mention (``names``:
    their starts) stands after it, nor another of ``nouns`` ("… the other man", "… her
    father")."""
    if any(after <= at < end for at in names):
        return False
    return not any(noun_key(word.lower()) in nouns for word in words_after(text, after, end))


def _phrase(text: str, at: int, end: int, nouns: frozenset[str]) -> tuple[int, int] | None:
    """Return the span of "the", modifiers and a noun of ``nouns`` opening at ``at`` and
    followed by a verb-like word, or ``None``."""
    words = phrase_words(text, at, end)
    for k in range(1, min(len(words), NOUN_WORDS)):
        word = words[k].group()
        if text[words[k - 1].end() : words[k].start()].strip():
            return None  # "the man, Tom": the phrase ends at a mark
        if not word.islower() or word in _DETERMINERS:
            return None
        if noun_key(word) in nouns:
            after = words[k + 1] if k + 1 < len(words) else None
            if after is None or after.group() in _NOT_A_VERB or not after.group().islower():
                return None
            if text[words[k].end() : after.start()].strip(" \t\n,"):
                return None
            return at, words[k].end()
    return None
