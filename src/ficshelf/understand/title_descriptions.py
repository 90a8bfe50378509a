"""A title or a person noun standing alone after "the" is a description, not a name.

"The Judge was at a meeting", "the Count's letter", "the Lord Chancellor", "the Old Man
pulled up": the capital marks a role the story's one holder is known by, but the phrase is
a noun phrase with its article, like "the doctor" or "the old man", and a reader (and
LitBank's annotation) takes it as a description of the person, not as a proper name. So the
``mentions`` span of such a name in the narration takes in its article: the span reads
"the Judge", as the spans of descriptors ("the ferryman") do, and the character's alias is
"the Judge" (inside a line the span is left as it was: the speakers stage reads the names
called and mentioned there). Only a name made wholly of titles, person nouns and English
words counts ("Judge", "Lord High Chancellor", "Old Man", "Signora"); a name with a word of
its own stays a name ("the Reverend Mr. Villars", "the Prince Prospero", "the Hudson").

A character known only so ("the Old Man", "the Rector"; a form without "the" only where the
text also gives it with one, or a title alone), who neither speaks nor is called, is
unnamed, as a descriptor character is (``described_only``). One who speaks or is called
keeps its name ("the Nurse" of a play's retelling: the speakers stage reads the flag).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from ficshelf.model import Span
from ficshelf.understand import name_tables as tables
from ficshelf.understand.character_record import Character
from ficshelf.understand.names import QuoteIndex
from ficshelf.understand.person_evidence import is_common_word
from ficshelf.understand.title_rules import is_given_name

# "the " (or "The ") right before the name, the article opening its word.
_ARTICLE = re.compile(r"\b[Tt]he[ \t]+\Z")
_BACK = 6  # characters before a name the article is looked for in


def _bare_word(word: str) -> bool:
    low = word.rstrip(".").lower()
    if low in tables.TITLES or low in tables.PERSON_NOUNS:
        return True
    return (is_common_word(low) or low in tables.ENGLISH_WORDS) and not is_given_name(low)


def is_bare_title(surface: str) -> bool:
    """Return whether ``surface`` is made wholly of titles, person nouns and English words
    ("Judge", "Lord High Chancellor", "Old Man"), with no word of a name of its own."""
    words = surface.split()
    return bool(words) and all(w[:1].isupper() and _bare_word(w) for w in words)


def described_span(text: str, mention: Span) -> Span:
    """Return ``mention`` taking in the "the" right before it when it is a bare title
    ("the Judge"); otherwise ``mention`` itself."""
    if text[mention.start - 4 : mention.start] not in ("the ", "The "):
        return mention  # (a cheap test first: most names have no "the" before them)
    article = _ARTICLE.search(text, max(0, mention.start - _BACK), mention.start)
    if article is None or not is_bare_title(text[mention.start : mention.end]):
        return mention
    return Span(article.start(), mention.end, mention.label, mention.score)


def extend_bare_titles(text: str, chars: Iterable[Character], quotes: QuoteIndex) -> None:
    """Make each character's bare-title mentions after "the" in the narration take in the
    article (see the module docstring)."""
    for char in chars:
        char.mentions[:] = [
            m if quotes.find(m.start) >= 0 else described_span(text, m) for m in char.mentions
        ]


def described_only(text: str, chars: Iterable[Character]) -> set[str]:
    """Return the names of the characters known only by a description: every mention a
    bare title, one at least with its "the", and any form without it one the text also
    gives with it or a title alone ("the Old Man"; "the Signora" and "Signora"; not
    "the Judge" of "Judge Pellworth"), with no line or call of their own: unnamed, as "the
    old man" is."""
    found: set[str] = set()
    for char in chars:
        if not char.mentions or char.dialogue:
            continue
        surfaces = [text[m.start : m.end] for m in char.mentions]
        led = [s.split(None, 1)[1] for s in surfaces if s[:4] in ("the ", "The ")]
        bare = [s for s in surfaces if s[:4] not in ("the ", "The ")]
        # a form without its "the" is one it also has with it, or a title alone
        if led and all(
            is_bare_title(s) and (s in led or s.lower().rstrip(".") in tables.TITLES)
            for s in led + bare
        ):
            found.add(char.name)
    return found
