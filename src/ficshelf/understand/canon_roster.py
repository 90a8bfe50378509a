"""The roster of a canon as the characters stage reads it (``canon_cast``), the story's one
canon, and which canon character a name form names.

The roster is the fandom table (``fandoms.toml``, read by ``fandom_names``): each canon
character's canonical name, then the names, nicknames, titles and roles it goes by, and
for the few that are no person their kind.

* **The roster** (``roster``, ``Roster``): the table's names and aliases by name key, the
  words only one canonical name holds, the roles (names that start in lower case, "the
  steward"), the kinds of the non-persons, each character's gender as its names say it
  (``roster_gender``) and the words of only one character's names, aliases too
  (``_name_words``).
* **The canon** (``story_canon``): the one known fandom the file's own fandom tags (an AO3
  download's, an EPUB's subjects), the notes and the bylines state (the
  ``fandom_mentions`` layer and the aliases in notes, read as the fandom stage reads them:
  ``fandom_stated.stated_fandoms``); when they state none, the one fandom the clusters'
  names point to, decided as the fandom stage decides it (``fandom_finding.fandoms_named_by``:
  enough distinct names of one canon, one of them distinctive; not the full name of one
  main person alone, which gives the fandom tag but is too little to rewrite the clusters
  by: "Mrs. Lennox" is no Mary Lennox). Two stated or inferred
  fandoms (a crossover) give no canon: one roster could join two canons' people.
* **A name form's canon character** (``canon_character``): the one the roster lists the
  form for, or whose name holds a word only that character's name has ("Jekyll" is Henry
  Jekyll), or, for a one-word name, a word only that character's names, aliases too, hold
  ("Thomas" is Dr. Chilton), or the French or Italian spelling of one (``_respelt``:
  "Lucia" is the roster's Lucy); a titled form by the rest of its words (``_titled``:
  "Miss Snowe"), a name with an honorific after it by the words before it (``_honoured``:
  "Creighton Sahib").

Everything is a dictionary look-up per name form.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from functools import cache

from ficshelf.understand import name_tables as tables
from ficshelf.understand.fandom_finding import fandoms_named_by
from ficshelf.understand.fandom_names import (
    Fandom,
    fandom_character_words,
    fandom_characters,
    find_fandom,
    name_key,
)


@dataclass(frozen=True, slots=True)
class Roster:
    """A canon's cast as the characters stage reads it: ``listed`` name key → canonical
    name (every name and alias), ``words`` a word only one canonical name has → that name,
    ``roles`` a lower-case role ("the steward") → canonical name, ``kinds`` canonical name →
    its kind when it is no person ("animal", "thing"), ``genders`` canonical name → "m" or
    "f" when its names say so (``roster_gender``), ``name_words`` a word of only one canon
    character's names, canonical or not ("thomas" of "Thomas Chilton", an alias of Dr.
    Chilton) → that character's canonical name (``_name_words``), ``surnames`` a surname
    read only after a gendered title ("Miss Everdene") → the one name that holds it
    (``tagged_cast.tagged_surnames``; a known canon's ``words`` hold its surnames)."""

    fandom: str
    listed: Mapping[str, str]
    words: Mapping[str, str]
    roles: Mapping[str, str]
    kinds: Mapping[str, str]
    genders: Mapping[str, str] = field(default_factory=dict)
    name_words: Mapping[str, str] = field(default_factory=dict)
    surnames: Mapping[str, str] = field(default_factory=dict)


def roster(fandom_name: str) -> Roster | None:
    """Return the roster of the known fandom ``fandom_name`` (any spelling the table
    knows), or ``None`` for an unknown one."""
    fandom = find_fandom(fandom_name)
    return None if fandom is None else _roster(fandom)


@cache  # keyed by the table's own entries, so the cache stays as small as the table
def _roster(fandom: Fandom) -> Roster:
    roles = {
        " ".join(alias.lower().split()): canonical
        for canonical, aliases in fandom.characters
        for alias in aliases
        if alias[:1].islower()
    }
    genders = {}
    for canonical, aliases in fandom.characters:
        gender = roster_gender((canonical, *aliases))
        if gender:
            genders[canonical] = gender
    return Roster(
        fandom.name,
        fandom_characters(fandom.name),
        fandom_character_words(fandom.name),
        roles,
        dict(fandom.kinds),
        genders,
        _name_words(fandom),
    )


def _name_words(fandom: Fandom) -> dict[str, str]:
    """The capitalised words of the roster's names, aliases too, that only one canon
    character's names hold, titles left out: a one-word form a fan reader knows as that
    character's given name though the roster's canonical name is another ("Thomas" of Dr.
    Chilton, whose alias is "Thomas Chilton"). A word two characters' names share (a
    family's surname) is nobody's."""
    owners: dict[str, set[str]] = {}
    for canonical, aliases in fandom.characters:
        for name in (canonical, *aliases):
            for word in name.split():
                key = name_key(word)
                if word[:1].isupper() and not word.endswith(".") and key not in tables.TITLES:
                    owners.setdefault(key, set()).add(canonical)
    return {word: next(iter(names)) for word, names in owners.items() if len(names) == 1}


def roster_gender(names: Sequence[str]) -> str:
    """The gender a canon character's roster names agree on: their titles ("Miss
    Trotwood", "Aunt Betsey"), else the census gender of the canonical name's first word
    ("David"); "" when they disagree or say nothing."""
    said = set()
    for name in names:
        first = name.split(" ", 1)[0].lower().rstrip(".")
        gender = tables.TITLES.get(first, "")
        if gender in ("m", "f"):
            said.add(gender)
    if not said:
        first = names[0].split(" ", 1)[0].lower()
        gender = tables.GIVEN_NAMES.get(first, "")
        if gender in ("m", "f"):
            said.add(gender)
    return next(iter(said)) if len(said) == 1 else ""


def story_canon(
    stated: Sequence[str], names: Mapping[str, set[str]], salience: Mapping[str, float]
) -> Roster | None:
    """Return the roster of the story's one canon: the one known fandom in ``stated`` (the
    fandoms the notes name), else, when none is stated, the one fandom the characters'
    ``names`` (character → name keys) point to, weighed by ``salience``; ``None`` when
    there is none or more than one. Never raises."""
    known = {r.fandom: r for r in map(roster, stated) if r is not None}
    if known or stated:
        return next(iter(known.values())) if len(known) == 1 else None
    found = fandoms_named_by(names, salience, lone_full_name=False)
    return roster(found[0][0]) if len(found) == 1 else None


def canon_character(forms: set[str], own: str, cast: Roster) -> str | None:
    """Return the one canon character all the roster's hits among ``forms`` (name keys of
    one character; ``own`` its own name's key) are, or ``None``. A word hit needs every
    word of the character's own name in the canonical name."""
    hits = set()
    own_words = {w for w in own.split() if w.rstrip(".") not in tables.TITLES}
    for key in forms:
        if key in cast.listed:
            hits.add(cast.listed[key])
        elif key in cast.words and own_words <= set(name_key(cast.words[key]).split()):
            hits.add(cast.words[key])
        elif key in cast.name_words and key == own:
            hits.add(cast.name_words[key])  # "Thomas", a one-word cluster
        elif key == own and (spelt := _respelt(key, cast.name_words, cast)) is not None:
            hits.add(spelt)  # "Lucia", a one-word cluster, is the roster's Lucy
        else:
            hit = _titled(key, cast) or _honoured(key, cast)
            if hit is not None:
                hits.add(hit)
    return next(iter(hits)) if len(hits) == 1 else None


def _titled(key: str, cast: Roster) -> str | None:
    """The canon character a titled form names by the rest of its words, when the roster
    lists that rest ("Colonel de Hamal" is "de Hamal", Alfred de Hamal) or it is one word
    only one canon character's name holds ("Miss Snowe" is Lucy Snowe), and a gendered
    title is the gender the roster gives that character (a title of rank, "Colonel", says
    none); else ``None``."""
    title, _, rest = key.partition(" ")
    gender = tables.TITLES.get(title)
    if gender is None or not rest or title in tables.KINSHIP_TITLES:
        return None
    hit = cast.listed.get(rest)
    if hit is None and " " not in rest:
        hit = cast.words.get(rest) or _respelt(rest, cast.words, cast)
        if hit is None and gender in ("m", "f") and rest in cast.surnames:
            # "Miss Everdene" is the one tagged "Bathsheba Everdene" unless the tag's given
            # name says a man ("Mr. Palmer" is not "Charlotte Palmer")
            hit = cast.surnames[rest]
            return hit if cast.genders.get(hit, gender) == gender else None
    if hit is None or hit in cast.kinds:
        return None
    if gender in ("m", "f") and cast.genders.get(hit, "") != gender:
        return None  # "Miss Munro" is not the Colonel Munro the roster lists as "Munro"
    return hit


# Honorifics that follow the name in Anglo-Indian and Ottoman usage: "Creighton Sahib",
# "Osman Pasha", "Ali Bey".
_HONORIFICS_AFTER = frozenset(
    ("sahib", "sahiba", "sahibah", "memsahib", "effendi", "pasha", "bey", "begum")
)


def _honoured(key: str, cast: Roster) -> str | None:
    """The canon character a name with an honorific after it ("Creighton Sahib") names by
    the rest of its words, when the roster lists that rest ("Creighton", Colonel
    Creighton); else ``None``."""
    rest, _, last = key.rpartition(" ")
    if last not in _HONORIFICS_AFTER or not rest:
        return None
    hit = cast.listed.get(rest)
    return None if hit is None or hit in cast.kinds else hit


# A given name spelt the French or the Italian and Latin way, the roster's English one with
# "-y": "Lucie", "Lucia" and "Lucy"; "Emilie", "Emilia" and "Emily". Not the other way: an
# English "Mary" is no "Maria" (Mansfield Park has both).
_FOREIGN_ENDINGS = ("ie", "ia")


def _respelt(word: str, words: Mapping[str, str], cast: Roster) -> str | None:
    """The canon character a given name no roster name holds stands for by its English
    spelling (``_FOREIGN_ENDINGS``: "Lucia" and "Mademoiselle Lucie" are the roster's Lucy),
    when ``words`` gives that spelling to one character and the census genders of both
    spellings and the roster's gender of that character do not disagree ("Georgia" is no
    "Georgy"); else ``None``."""
    if not word.endswith(_FOREIGN_ENDINGS) or len(word) < 5 or not word.isalpha():
        return None
    english = word[:-2] + "y"
    hit = words.get(english)
    if hit is None:
        return None
    genders = {
        tables.GIVEN_NAMES.get(word, ""),
        tables.GIVEN_NAMES.get(english, ""),
        cast.genders.get(hit, ""),
    }
    return hit if len(genders - {""}) <= 1 else None
