"""The name the archive shows for a character of a story: the work's character tag.

The pipeline names a character as the story does ("Laurie", "Beth"); the library wrangles
the work's tags to the fandom's names ("Theodore Laurence", "Elizabeth March"). The reader
views show the tag's name, so the dialogue view and the tags agree.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence

from ficshelf.inferred_tags import name_words, same_person

_DISAMBIGUATION = re.compile(r"\s*\([^)]*\)\s*$")


def _key(name: str) -> str:
    return " ".join(_DISAMBIGUATION.sub("", name).casefold().split())


def tagged_names(
    characters: Iterable[tuple[str, Sequence[str]]], tags: Sequence[tuple[str, str]]
) -> Mapping[str, str]:
    """Return, for each story character ``(name, aliases)`` that one of the work's
    character ``tags`` (``(name as carried, canonical name)``) names, that tag's canonical
    name. A tag names a character when its name, less any "(Fandom)", is the character's
    name or one of its aliases; failing that, when it is the only tag that can be the same
    person (``inferred_tags.same_person``: "Sally" and "Sally Jellyband"). Characters no
    tag names are left out."""
    by_key = {}
    for carried, canonical in tags:
        by_key.setdefault(_key(carried), canonical)
        by_key.setdefault(_key(canonical), canonical)
    words = [(name_words(carried), canonical) for carried, canonical in tags]
    found = {}
    for name, aliases in characters:
        exact = next((by_key[k] for k in map(_key, (name, *aliases)) if k in by_key), None)
        if exact is None:
            mine = name_words(name)
            matches = {canonical for theirs, canonical in words if same_person(mine, theirs)}
            exact = matches.pop() if len(matches) == 1 else None
        if exact is not None:
            found[name] = exact
    return found
