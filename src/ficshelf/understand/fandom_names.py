"""Canonical names of fandoms of public-domain source works, their aliases, and each one's
well-known characters: the table the "fandom" stage and the library's tag wrangler read.

The table lives in ``fandoms.toml`` next to this module (one ``[[fandom]]`` entry per
fandom: ``name``, the canonical name in AO3 form, "Title - Author" or the tradition's
name; ``aliases``, the names a note or byline may use; ``characters``, one array per
character, its canonical name first and then the names it goes by; ``relations``, the
relationships canon settles between them, ``"A / B"`` a couple and ``"A & B"`` family,
which the relationships stage uses to tell the kind of a pair the story shows together;
``friendships``, ``"A & B"`` each, the friends any reader of the work knows, which let the
relationships stage list a friendship the story shows, however briefly).
A character may be written as a table, ``{ names = ["Emily"], kind = "thing" }``, when it
is no person: a pet that does not talk (``"animal"``) or a doll, a bell, a book
(``"thing"``), or a people or a race the canon names as one (``"people"``: the Morlocks);
the characters stage then takes it for a person only when the story makes it speak
(``canon_cast``). Names that start in lower case ("the steward", "my uncle") are
the roles a character is known by in its canon.
It is read once, on first use, and cached. Matching is by ``name_key`` (case, spacing,
curly apostrophes and a leading "the" folded away). docs/relationships-and-fandoms.md says
how to add a fandom.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from functools import cache, lru_cache
from typing import Any

TABLE_FILE = "fandoms.toml"
# What a roster entry may be besides a person (``kind``): a canon's pet or beast that does
# not talk, a thing such as a doll, a bell, a book or a ship, a part in a play, or a people
# or a race the canon names as one ("the Morlocks").
NON_PERSON_KINDS = frozenset({"animal", "thing", "part", "people"})
_ENTRY_KEYS = frozenset({"names", "kind"})


@dataclass(frozen=True, slots=True)
class Fandom:
    """A fandom: canonical name, aliases (as people write them), characters (canonical
    name to its aliases), canon relationships (two canonical names and "romantic" or
    "family") and canon friendships (two canonical names: the friends, comrades or
    confidants any reader of the work knows) and the kinds of the characters that are no
    person (canonical name and one of ``NON_PERSON_KINDS``: the doll, the dog, the bell)."""

    name: str
    aliases: tuple[str, ...]
    characters: tuple[tuple[str, tuple[str, ...]], ...]
    relations: tuple[tuple[str, str, str], ...] = ()
    friendships: tuple[tuple[str, str], ...] = ()
    kinds: tuple[tuple[str, str], ...] = ()


class FandomTableError(ValueError):
    """The fandom table file is malformed (raised with the entry and what is wrong)."""


def _relation(entry: str, fandom: str) -> tuple[str, str, str]:
    kind, sep = ("romantic", "/") if "/" in entry else ("family", "&")
    a, _, b = entry.partition(sep)
    if not a.strip() or not b.strip():
        raise FandomTableError(f"{fandom}: relation {entry!r} is not 'A / B' or 'A & B'")
    return a.strip(), b.strip(), kind


def _friendship(entry: str, fandom: str) -> tuple[str, str]:
    a, sep, b = entry.partition("&")
    if not sep or "/" in entry or not a.strip() or not b.strip():
        raise FandomTableError(f"{fandom}: friendship {entry!r} is not 'A & B'")
    return a.strip(), b.strip()


def _strings(value: Any, what: str) -> tuple[str, ...]:
    if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
        raise FandomTableError(f"{what}: expected a list of non-empty strings")
    return tuple(v.strip() for v in value)


def parse_fandoms(document: dict[str, Any]) -> tuple[Fandom, ...]:
    """Return the fandoms of a parsed ``fandoms.toml`` document, in file order. Raises
    ``FandomTableError`` when an entry lacks a name, a list is not a list of strings, a
    character array is empty, a character table (``{ names = [...], kind = "animal" }``)
    has another key or a kind not in ``NON_PERSON_KINDS`` (or "person"), a relation is not
    written ``"A / B"`` or ``"A & B"`` or a friendship not ``"A & B"``."""
    fandoms = []
    for row in document.get("fandom", []):
        name = row.get("name")
        if not isinstance(name, str) or not name.strip():
            raise FandomTableError(f"entry without a name: {row!r}")
        characters = []
        kinds = []
        for character in row.get("characters", []):
            kind = "person"
            if isinstance(character, dict):  # { names = [...], kind = "animal" }
                kind = character.get("kind", "person")
                if kind not in NON_PERSON_KINDS | {"person"} or set(character) - _ENTRY_KEYS:
                    raise FandomTableError(f"{name}: character {character!r}: bad kind or key")
                character = character.get("names")
            names = _strings(character, f"{name}: character {character!r}")
            if not names:
                raise FandomTableError(f"{name}: empty character")
            characters.append((names[0], names[1:]))
            if kind != "person":
                kinds.append((names[0], kind))
        relations = _strings(row.get("relations", []), f"{name}: relations")
        friendships = _strings(row.get("friendships", []), f"{name}: friendships")
        fandoms.append(
            Fandom(
                name.strip(),
                _strings(row.get("aliases", []), f"{name}: aliases"),
                tuple(characters),
                tuple(_relation(entry, name) for entry in relations),
                tuple(_friendship(entry, name) for entry in friendships),
                tuple(kinds),
            )
        )
    return tuple(fandoms)


def load_fandoms() -> tuple[Fandom, ...]:
    """Return the fandoms of the packaged ``fandoms.toml``, read once and cached (or the
    table ``fandom_table`` puts in its place). Raises ``FandomTableError`` (or
    ``tomllib.TOMLDecodeError``) if the shipped file is broken."""
    return _REPLACED[-1] if _REPLACED else _shipped_fandoms()


# Tables ``fandom_table`` has put in place of the shipped one (innermost last), and the
# caches built from the table, emptied whenever the table in use changes.
_REPLACED: list[tuple[Fandom, ...]] = []
_DERIVED: list[Callable[[], None]] = []


def on_table_change(clear: Callable[[], None]) -> None:
    """Register ``clear`` (a cache's ``cache_clear``) to be called whenever the table in
    use changes: for a module that caches something built from the table."""
    _DERIVED.append(clear)


@contextmanager
def fandom_table(fandoms: Iterable[Fandom]) -> Iterator[tuple[Fandom, ...]]:
    """Within the ``with`` block, every lookup of this module (and the stages that use it)
    reads ``fandoms`` instead of the shipped table; yields that table. For tests and
    benchmarks that ask what a story gets from a table that has not met its canon (the
    shipped table without some entries). Not thread-safe: the table is process-wide."""
    table = tuple(fandoms)
    _REPLACED.append(table)
    _table_changed()
    try:
        yield table
    finally:
        _REPLACED.pop()
        _table_changed()


def _table_changed() -> None:
    for clear in _DERIVED:
        clear()


@cache
def _shipped_fandoms() -> tuple[Fandom, ...]:
    import tomllib  # here, not at the top: importing the stage does not read the table
    from importlib import resources

    data = resources.files(__package__).joinpath(TABLE_FILE).read_text(encoding="utf-8")
    return parse_fandoms(tomllib.loads(data))


def __getattr__(name: str) -> tuple[Fandom, ...]:
    """``FANDOMS``: the table, loaded on first access (module attribute, as before)."""
    if name == "FANDOMS":
        return load_fandoms()
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


_THE = re.compile(r"^the\s+")
_FOLD = str.maketrans({"’": "'", "‘": "'", "–": "-", "—": "-", "&": " and "})
_NON_WORD = re.compile(r"[^\w'\-]+")
_SUFFIX = re.compile(r"(?:'s)?(?:\s+(?:fic|fics|fanfic|fanfics|fanfiction|fandom|au|verse))*$")


@lru_cache(maxsize=16384)  # a story asks for the same few hundred names thousands of times
def name_key(name: str) -> str:
    """Return the key two spellings of one name share: NFKC, casefolded, curly apostrophes
    and dashes folded, "&" read as "and", punctuation but apostrophes and hyphens dropped,
    a leading "the" removed ("The Three Musketeers" and "three  musketeers" share one)."""
    folded = unicodedata.normalize("NFKC", name).casefold().translate(_FOLD)
    words = _NON_WORD.sub(" ", folded).split()
    return _THE.sub("", " ".join(words))


@cache
def fandom_index() -> dict[str, Fandom]:
    """Return every alias key (and canonical name key, and the title before " - ") of every
    fandom, mapped to its fandom. A key two fandoms share goes to the first listed."""
    index: dict[str, Fandom] = {}
    for fandom in load_fandoms():
        title = fandom.name.split(" - ")[0]
        for alias in (fandom.name, title, *fandom.aliases):
            index.setdefault(name_key(alias), fandom)
    return index


def find_fandom(name: str) -> Fandom | None:
    """Return the known fandom ``name`` names (canonical name or alias, in any spelling;
    "X fic", "X fanfiction" and "X's season 2" are read as X; "Title - Author" as the
    known title when the table's author has the same surname: "Othello - William
    Shakespeare"), or ``None``."""
    key = name_key(name)
    index = fandom_index()
    if key in index:
        return index[key]
    found = index.get(_SUFFIX.sub("", key))
    if found is None and " - " in key:
        # "Othello - William Shakespeare": a known title, and the author the table writes
        # "Shakespeare" (the same surname).
        title, _, author = key.partition(" - ")
        found = index.get(title)
        if found is not None and not _same_author(found.name, author):
            found = None
    return found


def _same_author(fandom_name: str, author_key: str) -> bool:
    """Whether ``author_key`` (a ``name_key``) names the author of the known fandom
    ``fandom_name`` ("Title - Author"): the same last word ("william shakespeare" and
    "Shakespeare")."""
    _, dash, author = fandom_name.partition(" - ")
    known, given = name_key(author).split(), author_key.split()
    return bool(dash and known and given) and known[-1] == given[-1]


# A role written with a possessive ("my uncle") names the character in its canon's own
# text, but says nothing of which canon a story is in.
_POSSESSIVES = frozenset({"my", "his", "her", "our", "their", "your"})


@dataclass(frozen=True, slots=True)
class CharacterEntry:
    """A known character a name may stand for: its fandom, its canonical name, and whether
    the name is one the table lists (``True``) or only a word of a listed full name."""

    fandom: str
    canonical: str
    listed: bool


@cache
def character_index() -> dict[str, tuple[CharacterEntry, ...]]:
    """Return, per name key, the known characters the name may stand for: canonical names
    and aliases (listed; not a role with a possessive: "my uncle"), and the first and last
    word of multi-word canonical names."""
    index: dict[str, dict[tuple[str, str], CharacterEntry]] = {}
    for fandom in load_fandoms():
        for canonical, aliases in fandom.characters:
            for alias in (canonical, *aliases):
                if alias.split(" ", 1)[0] in _POSSESSIVES:  # "my uncle": any story's
                    continue
                entry = CharacterEntry(fandom.name, canonical, True)
                index.setdefault(name_key(alias), {})[(fandom.name, canonical)] = entry
            words = [w for w in canonical.split() if w[:1].isupper() and "." not in w]
            for word in {words[0], words[-1]} if len(words) > 1 else ():
                bucket = index.setdefault(name_key(word), {})
                bucket.setdefault(
                    (fandom.name, canonical), CharacterEntry(fandom.name, canonical, False)
                )
    return {key: tuple(found.values()) for key, found in index.items()}


def fandom_characters(fandom_name: str) -> dict[str, str]:
    """Return the name keys of a known fandom's characters (canonical names and listed
    aliases) mapped to their canonical names; empty for an unknown fandom."""
    return dict(shared_fandom_characters(fandom_name))


def fandom_character_words(fandom_name: str) -> dict[str, str]:
    """Return the single words of a known fandom's canonical character names that belong to
    one character only ("lucy" → "Lucy Westenra"; not "bennet"), mapped to that name; empty
    for an unknown fandom. Titles such as "Mr." are not words of a name."""
    return dict(shared_fandom_character_words(fandom_name))


# ``fandom_characters`` and ``fandom_character_words`` are read for every story's fandoms
# (the relationships stage's known characters, the canon cast): built once per fandom and
# shared, so their callers must not change what the ``shared_`` functions return.


@lru_cache(maxsize=1024)
def shared_fandom_characters(fandom_name: str) -> dict[str, str]:
    """``fandom_characters``, built once per fandom; not to be changed by the caller."""
    fandom = find_fandom(fandom_name)
    if fandom is None:
        return {}
    return {
        name_key(alias): canonical
        for canonical, aliases in fandom.characters
        for alias in (canonical, *aliases)
    }


@lru_cache(maxsize=1024)
def shared_fandom_character_words(fandom_name: str) -> dict[str, str]:
    """``fandom_character_words``, built once per fandom; not to be changed by the caller."""
    fandom = find_fandom(fandom_name)
    if fandom is None:
        return {}
    owners: dict[str, set[str]] = {}
    for canonical, _ in fandom.characters:
        for word in canonical.split():
            if word[:1].isupper() and not word.endswith("."):
                owners.setdefault(name_key(word), set()).add(canonical)
    return {word: next(iter(names)) for word, names in owners.items() if len(names) == 1}


@cache
def _relations() -> dict[tuple[str, str, str], str]:
    return {
        (fandom.name, min(a, b), max(a, b)): kind
        for fandom in load_fandoms()
        for a, b, kind in fandom.relations
    }


def canon_relation(fandom_name: str, a: str, b: str) -> str | None:
    """Return "romantic" or "family" when canon relates characters ``a`` and ``b`` (canonical
    names) of the known fandom ``fandom_name``, else ``None``."""
    first, second = sorted((a, b))
    return _relations().get((fandom_name, first, second))


@cache
def _friendships() -> frozenset[tuple[str, str, str]]:
    return frozenset(
        (fandom.name, min(a, b), max(a, b))
        for fandom in load_fandoms()
        for a, b in fandom.friendships
    )


def canon_friends(fandom_name: str, a: str, b: str) -> bool:
    """Return whether canon makes characters ``a`` and ``b`` (canonical names) of the known
    fandom ``fandom_name`` friends (its ``friendships``: Holmes and Watson)."""
    first, second = sorted((a, b))
    return (fandom_name, first, second) in _friendships()


for _derived in (
    fandom_index,
    character_index,
    _relations,
    _friendships,
    shared_fandom_characters,
    shared_fandom_character_words,
):
    on_table_change(_derived.cache_clear)
