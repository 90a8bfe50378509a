"""A title or a person noun standing alone after "the" is a description, not a name.

"The Judge was at a meeting", "the Count's letter", "the Lord Chancellor", "the Old Man
pulled up": the capital marks a role the story's one holder is known by, but the phrase is
a noun phrase with its article, like "the doctor" or "the old man", and a reader (and
LitBank's annotation) takes it as a description of the person, not as a proper name. So the
``mentions`` span of such a name in the narration takes in its article: the span reads
"the Judge", as the spans of descriptors ("the ferryman") do, and the character's alias is
"the Judge" (inside a line the span is left as it was: the speakers stage reads the names
called and mentioned there). Only a
name made wholly of titles, person nouns and English words counts ("Judge", "Lord High
Chancellor", "Old Man", "Signora"); a name with a word of its own stays a name ("the
Reverend Mr. Villars", "the Prince Prospero", "the Hudson").
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
