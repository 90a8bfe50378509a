"""The name the archive shows for a character of a story: the work's character tag.

The pipeline names a character as the story does ("Laurie", "Beth"); the library wrangles
the work's tags to the fandom's names ("Theodore Laurence", "Elizabeth March"). The reader
views show the tag's name, so the dialogue view and the tags agree.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence

from ficshelf.inferred_tags import FANDOM_QUALIFIER, NAME_WORD, name_words, same_person


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


def tagged_names(
    characters: Iterable[tuple[str, Sequence[str]]], tags: Sequence[tuple[str, str]]
) -> Mapping[str, str]:
    """Return, for each story character ``(name, aliases)`` that one of the work's
    character ``tags`` (``(name as carried, canonical name)``) names, that tag's canonical
    name. A tag names a character when its name, less any "(Fandom)", is the character's
    name or one of its aliases; failing that, when it is the only tag whose given names
    hold the character's name ("Sally" and "Sally Jellyband", a short form for its given
    name: ``inferred_tags.same_person``; not "Jellyband", who may be her father).
    Characters no tag names are left out."""
    by_key: dict[str, str] = {}
    for carried, canonical in tags:
        by_key.setdefault(_key(carried), canonical)
        by_key.setdefault(_key(canonical), canonical)
    words = [(name_words(c), _given_words(c), canonical) for c, canonical in tags]
    found: dict[str, str] = {}
    for name, aliases in characters:
        exact = next((by_key[k] for k in map(_key, (name, *aliases)) if k in by_key), None)
        if exact is None:
            mine = name_words(name)
            matches = {
                canonical
                for full, given, canonical in words
                if same_person(mine, given if len(mine) == 1 else full)
            }
            exact = matches.pop() if len(matches) == 1 else None
        if exact is not None:
            found[name] = exact
    return found
