"""The cast a fan-fiction file's own character tags give, as a roster.

An archive download lists the story's characters in its tags ("Characters: Mac Campbell,
Geordie Campbell, Phebe Moore"). A reader who has never met the canon learns the cast from
them: that "Mac" of the text is Mac Campbell, that "Geordie", named once in a list of
cousins, is one of the people of the story. When the story's canon is not one the fandom
table knows, ``tagged_roster`` makes a ``canon_roster.Roster`` of the tagged names, which the
characters stage reads as it reads a known canon's (a stated one: its names re-admit those
the name rules turned down, and its words join the clusters that hold them).

A tag's disambiguation ("Gurth (Ivanhoe)") is dropped; catch-all tags ("Original
Characters", "Reader", "You") name no one. Only a tag's first name word is a character's
own, and only when no other tag begins with it: a surname is a family's, and the tags
seldom list the whole family ("Sally Jellyband" tagged, her father not). A surname held by
one tagged full name only is read after a title of that person's gender ("Miss Everdene",
"Mrs. Palmer" for the tagged "Bathsheba Everdene", "Charlotte Palmer": ``tagged_surnames``),
never alone (the bare "Palmer" is as often her husband).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ficshelf.understand import name_tables as tables
from ficshelf.understand.canon_roster import Roster, roster_gender
from ficshelf.understand.fandom_names import name_key

# The story-wide name the roster goes by (no fandom of the table has it).
TAGGED_CAST = "tagged cast"
# A tag's disambiguation: "Eppie (Silas Marner)".
DISAMBIGUATION = re.compile(r"\s*\([^()]*\)\s*$")
# Tags that name no one character.
_NO_ONE = frozenset(
    name_key(tag)
    for tag in (
        "Original Character",
        "Original Characters",
        "Original Character(s)",
        "Original Female Character",
        "Original Male Character",
        "OC",
        "OCs",
        "Reader",
        "You",
        "Everyone",
        "Other Character Tags to Be Added",
        "Various",
    )
)


def tagged_names(tags: Sequence[str]) -> list[str]:
    """Return the character names ``tags`` give, disambiguation dropped, in tag order
    (each once; catch-all tags left out)."""
    out: list[str] = []
    seen: set[str] = set()
    for tag in tags:
        name = DISAMBIGUATION.sub("", tag).strip()
        key = name_key(name)
        if key and key not in seen and key not in _NO_ONE and name_key(tag) not in _NO_ONE:
            seen.add(key)
            out.append(name)
    return out


def tagged_roster(tags: Sequence[str]) -> Roster | None:
    """Return the roster the character ``tags`` make (see the module docstring), or
    ``None`` when they name no one."""
    names = tagged_names(tags)
    if not names:
        return None
    owners: dict[str, set[str]] = {}
    for name in names:
        parts = [
            w for w in name.split() if not w.endswith(".") and name_key(w) not in tables.TITLES
        ]
        if parts and parts[0][:1].isupper():  # the given name: a surname is a family's
            owners.setdefault(name_key(parts[0]), set()).add(name)
    words = {word: next(iter(held)) for word, held in owners.items() if len(held) == 1}
    genders = {name: g for name in names if (g := roster_gender((name,)))}
    # A one-word tag may be a pet ("Snap", "Ginger"): only a full name vouches for a person.
    listed = {name_key(name): name for name in names if " " in name}
    for word, name in words.items():  # "Geordie", named once in a list of cousins
        full = " " in name
        if full and word not in tables.COMMON_WORDS and word not in tables.ENGLISH_WORDS:
            listed.setdefault(word, name)
    return Roster(
        TAGGED_CAST,
        listed,
        words,
        {},
        {},
        genders,
        dict(words),
        tagged_surnames(names),
    )


def tagged_surnames(names: Sequence[str]) -> dict[str, str]:
    """Return each surname key (the last word of a tagged full name, titles left out) that
    one tagged name alone holds, mapped to that name ("everdene" → "Bathsheba Everdene";
    two tagged Dashwoods give "dashwood" to neither)."""
    holders: dict[str, set[str]] = {}
    for name in names:
        parts = [w for w in name.split() if name_key(w).rstrip(".") not in tables.TITLES]
        if len(parts) >= 2 and parts[-1][:1].isupper():
            holders.setdefault(name_key(parts[-1]), set()).add(name)
    return {key: next(iter(held)) for key, held in holders.items() if len(held) == 1}
