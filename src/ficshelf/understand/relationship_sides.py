"""Who may be a side of a relationship tag, told by a character's name alone (for the
relationships stage, ``relationships.candidates``): AO3 relationship tags pair named
characters, so a description ("the ferryman") is no name (``is_descriptor``), and a relative
known only through someone else ("your mother"), a group ("the milkers") or a relative named
through one person ("Tom's aunt") stands for no one a reader could pair (``stands_in``).
Each check reads the name's few words; nothing else.
"""

from __future__ import annotations

import re

_DESCRIPTION = re.compile(r"(?:the|a|an|my|his|her|their|our|your)\s", re.IGNORECASE)
# "my" is left out: in a first-person story "my mother" is the narrator's, one person.
# A capital after it is a title used as a name ("Her Majesty", "His Lordship"), not a relative.
_OTHERS_RELATIVE = re.compile(r"(?i:his|her|their|our|your|thy)\s+[a-z]")
_NAMED_THROUGH = re.compile(r"(\w+)['’]s\s+\w+$")  # "Tom's aunt", "David’s aunt"
# The plurals of people that end in no "s" ("the children", "the women"): a crowd too.
_IRREGULAR_PLURALS = frozenset(
    "children men women gentlemen gentlewomen people folk folks kinsfolk menfolk womenfolk"
    " brethren police".split()
)


def is_descriptor(name: str) -> bool:
    """Return whether a character's name is a description ("the ferryman", "the damsel"), not a
    name: AO3 relationship tags pair named characters."""
    return _DESCRIPTION.match(name) is not None or name == name.lower()


def stands_in(name: str, other: str) -> bool:
    """Return whether ``name`` stands for no one the story lets a reader pair with ``other``: a
    relative known only through someone else ("your mother", "his father": whose mother
    changes with every speaker, and a pair with her pairs everyone who talks to her
    children; a first-person narrator's "my mother" is one person), a group ("the
    milkers", "the thralls": a crowd is no side of a relationship), or a relative named
    through one person ("Tom's aunt"), who is that person's kin and nobody else's tie."""
    if _OTHERS_RELATIVE.match(name):
        return True
    words = name.split()
    head = words[: words.index("of")] if "of" in words else words  # "the Queen of Hearts"
    if len(head) >= 2 and head[0].lower() == "the" and _plural(head[-1]):
        return True
    owner = _NAMED_THROUGH.match(name)
    return owner is not None and owner.group(1) not in other.split()


def _plural(word: str) -> bool:
    """Whether a description's last word is a plural ("milkers", "Greys", "children",
    "women"; not "boss", "Marcus", "Doris")."""
    if word.casefold() in _IRREGULAR_PLURALS:
        return True
    return len(word) > 3 and word[-1] == "s" and word[-2:] not in ("ss", "us", "is")
