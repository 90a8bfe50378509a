"""The words of a short description of a person ("a stout old woman", "the postman"), as the
speakers stage's description readers (``described_tags``, ``definite_newcomers``) read them:
a determiner, at most three modifiers and a person noun, looked up without its hyphens."""

from __future__ import annotations

import re

# A word: letters first, then letters, digits, apostrophes or hyphens.
_WORD = re.compile(r"[^\W\d_][\w'’-]*")
_HYPHEN = re.compile(r"[-‐]")
# The determiner and at most three modifiers before the noun.
NOUN_WORDS = 5
# How far a description's words are read from its first (its words fit well within it).
_REACH = 60


def phrase_words(text: str, at: int, end: int) -> list[re.Match[str]]:
    """Return the first ``NOUN_WORDS`` + 1 words from ``at`` on, within 60 characters and
    before ``end`` (fewer when the text runs out)."""
    words = []
    for m in _WORD.finditer(text, at, min(end, at + _REACH)):
        words.append(m)
        if len(words) == NOUN_WORDS + 1:
            break
    return words


def words_after(text: str, start: int, end: int) -> list[str]:
    """Return the words of ``text[start:end]``."""
    return [m.group() for m in _WORD.finditer(text, start, end)]


def noun_key(word: str) -> str:
    """Return ``word`` as the person-noun tables hold it: without its hyphens ("step-mother"
    is "stepmother")."""
    return _HYPHEN.sub("", word)
