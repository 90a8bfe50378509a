"""Which character names become synonyms within a fandom (``ficshelf.library``, point 3):
decided from the names the fandom's works carry, with no database.

By the fandom table ("Jo March" → "Josephine March" in Little Women; a word of one
canonical name only, "Lucy" → "Lucy Westenra") or, for any fandom, a short name that only
one fuller name of the fandom contains or abbreviates ("Vance" → "Theodora Vance", "Kit"
→ "Christopher Marlowe Hale"). ``library`` makes the decisions fandom-qualified synonyms
(``synonym_scope``) and, with ``decided_again``, revisits those it made before.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import replace

from ficshelf.store import library as store
from ficshelf.store.tags import tag_key
from ficshelf.synonym_scope import bare_name, qualifier
from ficshelf.understand.fandom_names import fandom_character_words, fandom_characters, name_key
from ficshelf.understand.name_tables import TITLES
from ficshelf.understand.nicknames import NICKNAMES

ROUNDS = 3  # passes over a fandom's names until the names it decides stop changing
_WORD = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*")


# Words of a name that say what someone is, not who: they never make a name shorter or
# fuller ("The Duke" is no short form of "Richard the Lionheart").
_NOT_NAME_WORDS = frozenset(TITLES) | {"dr", "doctor", "professor", "the", "a", "an"}


def _words(name: str) -> list[str]:
    """The words of a name without titles and articles, case-folded ("Dr. Ama Osei" →
    ["ama", "osei"], "The Duke" → [])."""
    return [w for w in (w.casefold() for w in _WORD.findall(name)) if w not in _NOT_NAME_WORDS]


def _fuller(short: str, longer: str) -> bool:
    """Whether ``longer`` is a fuller name of ``short``: it has more words and holds every
    word of ``short``, or ``short`` is one word, a nickname of ``longer``'s first word."""
    few, many = _words(short), _words(longer)
    if not few or len(many) <= len(few):
        return False
    if all(w in many for w in few):
        return True
    return len(few) == 1 and many[0] in NICKNAMES.get(few[0], frozenset())


def by_fandom(tags: Sequence[store.CharacterTag]) -> dict[str, list[store.CharacterTag]]:
    """The character tags on the works of each own fandom."""
    grouped: dict[str, list[store.CharacterTag]] = defaultdict(list)
    for tag in tags:
        for fandom in tag.fandoms:
            grouped[fandom].append(tag)
    return grouped


def character_synonyms(tags: Sequence[store.CharacterTag]) -> list[tuple[str, str, str]]:
    """Return ``(fandom, name, canonical name)`` for the character tags that should become
    synonyms within each fandom whose works carry them (see the module docstring, point 3),
    sorted."""
    found: list[tuple[str, str, str]] = []
    for fandom, members in sorted(by_fandom(tags).items()):
        found.extend(fandom_synonyms(fandom, members))
    return sorted(found)


def decided_again(
    fandom: str, members: Sequence[store.CharacterTag]
) -> tuple[dict[str, str], dict[str, str]]:
    """Return, for the character tags ``members`` of ``fandom``'s works, the bare name and
    canonical of each qualified synonym of the fandom among them (bare name → canonical
    name), and what the fandom's names decide now for every bare name, with those synonyms
    open again as if they had never been made (``fandom_synonyms``: bare name → the
    canonical it ends at))."""
    current: dict[str, str] = {}
    opened: dict[str, store.CharacterTag] = {}
    for tag in members:
        bare = bare_name(tag.name, fandom) if tag.canonical is not None else None
        if bare is not None and tag.canonical is not None:
            current[bare] = tag.canonical
            tag = replace(tag, name=bare, has_canonical=False, canonical=None)
        opened.setdefault(tag.name, tag)
    # The canonical of an opened synonym counts as open here too: "Henry Vance", named by
    # "Harry (...)", may itself have a fuller name now, and "Harry" follows it there.
    targets = {tag_key(name) for name in current.values()}
    for name, tag in opened.items():
        if tag.has_synonyms and tag_key(name) in targets:
            opened[name] = replace(tag, has_synonyms=False)
    return current, _decide(fandom, list(opened.values()))


def fandom_synonyms(
    fandom: str, members: Sequence[store.CharacterTag]
) -> list[tuple[str, str, str]]:
    """Return ``(fandom, name, canonical name)`` for the character tags ``members`` (those
    on works of ``fandom``) that should become synonyms within it: by the fandom table, or
    as the only fuller name among the fandom's names. A tag that is a synonym already or
    that others name is left alone. A name whose canonical would itself become a synonym
    follows it one step ("Harry" → "Henry Wotton" → "Lord Henry Wotton"), so there are no
    chains. An unwrangled tag already qualified with ``fandom`` ("Harry (Saltmarsh
    Tales)", as a file may give it) is that fandom's spelling of its bare name, not a
    fuller name: it is neither wrangled itself nor counted among the fuller names
    (``make_synonyms`` makes it a synonym when its bare name is decided)."""
    return [(fandom, name, final) for name, final in sorted(_decide(fandom, members).items())]


def _decide(fandom: str, members: Sequence[store.CharacterTag]) -> dict[str, str]:
    """``fandom_synonyms`` as a map: name → the canonical it ends at (the one it was decided
    for, or that one's own canonical when it is renamed too)."""
    table = fandom_characters(fandom)
    words = fandom_character_words(fandom)
    own_key = {tag_key(fandom)}
    members = [t for t in members if t.has_canonical or qualifier(t.name, own_key) is None]
    open_tags = [tag for tag in members if not (tag.has_canonical or tag.has_synonyms)]
    by_table = {
        tag.name: named
        for tag in open_tags
        if (named := table.get(name_key(tag.name)) or words.get(name_key(tag.name)))
    }
    # The fandom's names as they will be counted: a synonym by its canonical name, so the
    # names the table renames here count as renamed already (as on the next run).
    names = {tag.canonical or tag.name for tag in members} - set(by_table)
    chosen: dict[str, str] = {}
    pending = open_tags
    for _ in range(ROUNDS):
        # A name decided in one round counts by its canonical in the next, where the names
        # that had several fuller ones are looked at again ("Harry" has one fuller name once
        # "Henry Vance" stands for "Henry Vance Ashdown").
        fuller = _FullerIndex(names | set(by_table.values()))
        ambiguous = []
        for tag in pending:
            key = name_key(tag.name)
            found = [by_table[tag.name]] if tag.name in by_table else fuller.fuller(tag.name)
            if len(found) > 1:
                ambiguous.append(tag)
            elif found and name_key(found[0]) != key:
                chosen[tag.name] = found[0]
        renamed = {chosen.get(name, name) for name in names}
        if not ambiguous or renamed == names:
            break
        pending, names = ambiguous, renamed
    decided: dict[str, str] = {}
    for name, canonical in chosen.items():
        final = chosen.get(canonical, canonical)
        if final not in chosen and name_key(final) != name_key(name):
            decided[name] = final
    return decided


class _FullerIndex:
    """The names of one fandom indexed by word, to find a name's fuller forms without
    comparing every pair of names."""

    def __init__(self, names: Iterable[str]) -> None:
        self.by_word: dict[str, set[str]] = defaultdict(set)
        self.by_first: dict[str, set[str]] = defaultdict(set)
        for name in names:
            words = _words(name)
            for word in words:
                self.by_word[word].add(name)
            if words:
                self.by_first[words[0]].add(name)

    def fuller(self, short: str) -> list[str]:
        """Return the fuller names of ``short`` among the names."""
        few = _words(short)
        if not few:
            return []
        candidates = set(self.by_word.get(few[0], ()))
        if len(few) == 1:
            for full in NICKNAMES.get(few[0], frozenset()):
                candidates |= self.by_first.get(full, set())
        return [name for name in candidates if _fuller(short, name)]
