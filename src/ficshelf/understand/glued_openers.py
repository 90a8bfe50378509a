"""A common word that opens a sentence glued to the name after it.

A sentence that opens with an adverb, a preposition or a verb before a name ("Afterward
Bilbo could never remember", "Like Bridey.", "Read Cicero,") gives the name scan one
capitalised sequence, and without a cue it stays one candidate ("Afterward Bilbo"), a false
character apart from the one it names. ``glued_first_word`` picks the first words that may
be so glued, from the words alone (an English word that is no given name, title or person
noun: "Maid Marian" and "Tinker Bell" keep theirs); ``GluedOpeners`` asks the story whether
one of them is glued there: the story writes the word in lower case elsewhere, and never
writes the sequence inside a sentence. A name that opens with an English word ("Fighting
Bob", "Grey Brother", "Black Michael") is written so mid-sentence, or its word never in
lower case. Part of the characters stage (``names`` reads it while it cuts sequences).
"""

from __future__ import annotations

from functools import lru_cache

from ficshelf.understand import name_tables as tables
from ficshelf.understand.person_nouns import PERSON_NOUNS

# What may stand right before a word inside a sentence: a letter, a digit or a comma-like
# mark (after a dash or a quote mark the word may open a sentence, so they do not count).
_INSIDE = frozenset(",;:")
_SPACES = " \t\r\n"


def _word_char(char: str) -> bool:
    """Whether ``char`` may be part of a word ("o'clock", "well-known")."""
    return char.isalnum() or char in "_'’-"


@lru_cache(maxsize=4096)
def glued_first_word(word: str) -> bool:
    """Return whether ``word``, opening a capitalised sequence at a sentence start, may be a
    common word glued to the name after it: a capitalised English word of letters only that
    is no given name, title, person noun, people's word or weak stop word ("Mother")."""
    low = word.lower()
    return (
        len(low) > 1
        and low.isalpha()
        and word[0].isupper()
        and word[1:].islower()
        and low in tables.ENGLISH_WORDS
        and low not in tables.GIVEN_NAMES
        and low not in tables.TITLES
        and low not in PERSON_NOUNS
        and low not in tables.PEOPLE_ADJECTIVES
        and low not in tables.WEAK_STOP_WORDS
    )


class GluedOpeners:
    """The glued openers of one story, each worked out once (a story repeats its
    sentences' shapes)."""

    def __init__(self, text: str) -> None:
        self._text = text
        self._lower: dict[str, bool] = {}
        self._glued: dict[str, bool] = {}

    def is_glued(self, word: str, sequence: str) -> bool:
        """Return whether ``word`` (for which ``glued_first_word`` holds), opening the
        capitalised ``sequence`` at a sentence start, is a common word glued to the name
        after it: the story writes the word in lower case somewhere, and never writes
        ``sequence`` inside a sentence (after a letter, a digit or a comma)."""
        glued = self._glued.get(sequence)
        if glued is None:
            glued = self._in_lower_case(word) and not self._inside_a_sentence(sequence)
            self._glued[sequence] = glued
        return glued

    def _in_lower_case(self, word: str) -> bool:
        low = word.lower()
        found = self._lower.get(low)
        if found is None:
            found = self._as_a_word(low)
            self._lower[low] = found
        return found

    def _as_a_word(self, low: str) -> bool:
        # str.find skips to each occurrence far faster than a regex with a lookbehind
        text, size = self._text, len(low)
        at = text.find(low)
        while at >= 0:
            end = at + size
            if (at == 0 or not _word_char(text[at - 1])) and (
                end == len(text) or not _word_char(text[end])
            ):
                return True
            at = text.find(low, at + 1)
        return False

    def _inside_a_sentence(self, sequence: str) -> bool:
        text = self._text
        at = text.find(sequence)
        while at >= 0:
            i = at
            while i > 0 and text[i - 1] in _SPACES:
                i -= 1
            if i > 0 and i < at and (text[i - 1].isalnum() or text[i - 1] in _INSIDE):
                return True
            at = text.find(sequence, at + 1)
        return False
