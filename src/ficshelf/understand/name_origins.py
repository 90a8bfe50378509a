"""A full name and "of" a place: the place is where the person is from, not their surname.

"Captain James K. Powell of Richmond", "Jack Carter of Virginia", "Walter Lyle of Ashby":
a given name and a surname, then "of" and a place. The surname is the word before "of", so
the name clusters with the bare surname the text goes on to use ("Powell, who was a mining
engineer"). A single name before "of" keeps the place as its other part ("Robin of
Locksley", "Mahmoud of Ghizni": no surname to find), and so do a title before "of" ("Mary
Queen of Scots", "Eliza Countess of Gaverick") and words that open with no given name the
census knows ("Red Knight of the Red Launds", a title of its own).

A word no list knows, "of" and another such word is a person named for where they are
from, though the story names them once with no cue ("Athelstane of Coningsburgh"): a place
or a thing "of" somewhere is headed by a word the lists know ("Vale of Blakemore", "Duchy
of Cornwall", "Archbishop of Canterbury"; ``origin_name``).
"""

from __future__ import annotations

from collections.abc import Sequence

from ficshelf.understand import name_tables as tables
from ficshelf.understand.title_rules import is_given_name

_OF = frozenset(("of", "o'", "o’"))


def origin_cut(words: Sequence[str]) -> int:
    """Return how many of a name's ``words`` come before "of" and a place when they are a
    given name the census knows and a surname (initials not counted), the word before "of"
    no title; otherwise all of them (see the module docstring)."""
    for at, word in enumerate(words):
        if word.lower() not in _OF:
            continue
        own = [w for w in words[:at] if not (len(w) == 2 and w.endswith("."))]
        if (
            len(own) >= 2
            and is_given_name(own[0].lower())
            and own[-1].lower() not in tables.TITLES
            and own[-1][:1].isupper()
        ):
            return at
        return len(words)
    return len(words)


def origin_name(key: str) -> bool:
    """Return whether the name ``key`` is one word and "of" and one word, neither of them an
    English word, a title, a person noun, a stop word, a known place or a place's head
    ("Athelstane of Coningsburgh", not "Vale of Blakemore" nor "Emperor of China")."""
    words = key.split()
    if len(words) != 3 or words[1] not in _OF:
        return False
    name, place = words[0].lower(), words[2].lower()
    return not any(
        w in tables.ENGLISH_WORDS
        or w in tables.COMMON_WORDS
        or w in tables.TITLES
        or w in tables.PERSON_NOUNS
        or w in tables.STOP_WORDS
        or w in tables.PLACE_NAMES
        or w in tables.PLACE_HEADS
        for w in (name, place)
    )
