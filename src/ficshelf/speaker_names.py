"""The name the archive shows for a character of a story: the work's character tag.

The pipeline names a character as the story does ("Laurie", "Beth"); the library wrangles
the work's tags to the fandom's names ("Theodore Laurence", "Elizabeth March"). The reader
views show the tag's name, so the dialogue view and the tags agree.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from functools import cache

from ficshelf.inferred_tags import FANDOM_QUALIFIER, NAME_WORD, name_words, same_person
from ficshelf.understand.nicknames import NICKNAMES


def _key(name: str) -> str:
    return " ".join(FANDOM_QUALIFIER.sub("", name).casefold().split())


def _given_words(name: str) -> frozenset[str]:
    """The words of a tag's name that a story may call the person by alone: all but the
    family name of a longer name ("Sally" of "Sally Jellyband": a "Jellyband" of the story
    may be her father)."""
    words = name_words(name)
    ordered = [
        w for w in NAME_WORD.findall(FANDOM_QUALIFIER.sub("", name).casefold()) if w in words
    ]
    return frozenset(ordered[:-1]) if len(ordered) > 1 else words


@cache
def _short_forms() -> Mapping[str, frozenset[str]]:
    """``NICKNAMES`` the other way round: each given name to the short forms of it."""
    found: dict[str, set[str]] = {}
    for short, given in NICKNAMES.items():
        for name in given:
            found.setdefault(name, set()).add(short)
    return {name: frozenset(shorts) for name, shorts in found.items()}


def _variants(word: str) -> frozenset[str]:
    """The words that can name the person ``word`` does (``inferred_tags.same_person``'s
    test of two words): itself, the given names it is a short form of, and its short
    forms."""
    return frozenset((word, *NICKNAMES.get(word, ()), *_short_forms().get(word, ())))


class _WordIndex:
    """Tags by the words of their names, so a character is compared only with the tags
    sharing a word with it (or a short form of one), not with every tag: two names can be
    one person only when a word of one is, or is a short form of, a word of the other."""

    def __init__(self, names: Sequence[frozenset[str]]) -> None:
        self.names = names
        self.by_word: dict[str, list[int]] = {}
        for at, words in enumerate(names):
            for word in words:
                self.by_word.setdefault(word, []).append(at)

    def candidates(self, words: frozenset[str]) -> set[int]:
        """The indexes of the names that may be one person with ``words``."""
        found: set[int] = set()
        for word in words:
            for variant in _variants(word):
                found.update(self.by_word.get(variant, ()))
        return found


def tagged_names(
    characters: Iterable[tuple[str, Sequence[str]]], tags: Sequence[tuple[str, str]]
) -> Mapping[str, str]:
    """Return, for each story character ``(name, aliases)`` that one of the work's
    character ``tags`` (``(name as carried, canonical name)``) names, that tag's canonical
    name. A tag names a character when its name, less any "(Fandom)", is the character's
    name or one of its aliases; failing that, when it is the only tag whose given names
    hold the character's name ("Sally" and "Sally Jellyband", a short form for its given
    name: ``inferred_tags.same_person``; not "Jellyband", who may be her father).
    Characters no tag names are left out.

    Linear in the cast and the tags: the second test looks only at the tags sharing a
    word (or a short form of one) with the character's name (``_WordIndex``), as only
    they can pass it."""
    by_key: dict[str, str] = {}
    for carried, canonical in tags:
        by_key.setdefault(_key(carried), canonical)
        by_key.setdefault(_key(canonical), canonical)
    canonicals = [canonical for _, canonical in tags]
    full = _WordIndex([name_words(c) for c, _ in tags])
    given = _WordIndex([_given_words(c) for c, _ in tags])
    found: dict[str, str] = {}
    for name, aliases in characters:
        exact = next((by_key[k] for k in map(_key, (name, *aliases)) if k in by_key), None)
        if exact is None:
            mine = name_words(name)
            index = given if len(mine) == 1 else full
            matches = {
                canonicals[at]
                for at in index.candidates(mine)
                if same_person(mine, index.names[at])
            }
            exact = matches.pop() if len(matches) == 1 else None
        if exact is not None:
            found[name] = exact
    return found
