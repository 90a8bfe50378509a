"""Speech tags whose subject is a person defined against someone else: "said his cousin",
"rejoined her husband", "replied his young companion", "said the other", "cried another".

A careful reader knows two things from such a tag: the speaker is not the one the
possessive points to (his cousin is not he), nor, for "the other" or "another", the one who
just spoke; and, when the noun has a gender ("her husband"), which gender the speaker has.
``relational_subject`` reads the subject phrase; the conversation model
(``conversation``) finds whom "his"/"her" or "the other" sets the speaker against and keeps
them out (``QuoteState.not_speaker``), and the ranker sees that character as
``tag_other``.

A spouse named so ("said his wife", "instructed her husband", "said his lady") is more than
someone other than "him": a reader takes her for the Mrs. of his Mr., the one character who
bears his surname with the other gender's title (``spouse_subject``, ``spouse_in_cast``).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping

from ficshelf.understand.name_tables import TITLES
from ficshelf.understand.person_nouns import FEMALE, MALE, NOT_AFTER_POSSESSIVE, PERSON_NOUNS
from ficshelf.understand.title_rules import UNMARRIED_TITLES

# Who the tag sets the speaker against: the man or the woman "his"/"her" refers to, or the
# last speaker ("the other", "another").
AGAINST_HE, AGAINST_SHE, AGAINST_LAST = "he", "she", "last"
# Nouns of a person defined by a conversation or a company, missing from the lexicon of
# unnamed characters (whose nouns name someone on their own).
_RELATIONAL = frozenset("interlocutor companion comrade partner friend colleague".split())
_POSSESSIVES = {"his": AGAINST_HE, "her": AGAINST_SHE}
_NOUN_WORDS = 3  # the possessive, at most two modifiers... the noun within three words
_HYPHEN = re.compile(r"[-‐]")


def relational_subject(words: list[str]) -> tuple[str, str]:
    """Return (pronoun, against) for a tag subject phrase (its words, in order, lower case)
    that defines the speaker against someone: pronoun "he"/"she" when the noun has a gender,
    "it" (any gender) when not; against ``AGAINST_HE``/``AGAINST_SHE`` for "his"/"her" + a
    person noun ("his step-son"), ``AGAINST_LAST`` for "the other" or "another" standing
    alone (or before an adverb). ("", "") for any other phrase ("his eyes", "the other
    man", "another voice", "Mr. Pett")."""
    if not words:
        return "", ""
    first = words[0]
    if first == "another" or words[:2] == ["the", "other"]:
        rest = words[1:] if first == "another" else words[2:]
        if not rest or rest[0].endswith("ly"):  # "said the other, mildly"
            return "it", AGAINST_LAST
        return "", ""  # "another voice", "the other man"
    against = _POSSESSIVES.get(first, "")
    if not against:
        return "", ""
    for word in words[1:_NOUN_WORDS]:
        noun = _HYPHEN.sub("", word)
        if noun in NOT_AFTER_POSSESSIVE:
            return "", ""
        if noun in MALE:
            return "he", against
        if noun in FEMALE:
            return "she", against
        if noun in PERSON_NOUNS or noun in _RELATIONAL:
            return "it", against
    return "", ""


# Nouns of a spouse after "his"/"her"; "lady" only after "his" ("his lady" is his wife, "her
# lady" the lady she serves).
_SPOUSE_NOUNS = {"his": frozenset(("wife", "lady")), "her": frozenset(("husband",))}


def spouse_subject(words: list[str]) -> bool:
    """Return whether a tag subject phrase (its words, lower case) is a spouse named by the
    possessive: "his wife", "her husband", "his lady", "her own husband"."""
    nouns = _SPOUSE_NOUNS.get(words[0], frozenset()) if words else frozenset()
    return any(word in nouns for word in words[1:_NOUN_WORDS])


# Titles of the unmarried: "Miss Bennet" is his daughter, not his wife; "Master Bennet" his
# son.
_UNMARRIED_TITLES = UNMARRIED_TITLES | {"master", "senorita"}


def _surname(name: str) -> tuple[str, str]:
    """Return (its title, lower case, or "", and its last word) for a name whose last word
    is capitalised ("Mrs. Pontellier", "Pontellier"); ("", "") for a description."""
    words = name.replace(".", " ").split()
    if not words or not words[-1][:1].isupper():
        return "", ""
    title = words[0].lower() if len(words) > 1 and words[0].lower() in TITLES else ""
    return title, words[-1]


def spouse_in_cast(
    spouse_of: str, names: Iterable[str], gender: Mapping[str, str], want: str
) -> str:
    """Return the one character of gender ``want`` ("m"/"f") who bears the surname of the
    character ``spouse_of`` (a "Mrs. Pontellier" for "Pontellier", a "Mr. Bennet" for "Mrs.
    Bennet"), or "" when there is none or more than one. A title of the unmarried ("Miss
    Bennet") or the same title as ``spouse_of`` names no spouse."""
    title, surname = _surname(spouse_of)
    if not surname:
        return ""
    found = []
    for name in names:
        other_title, other_surname = _surname(name)
        if name == spouse_of or other_surname != surname or other_title in _UNMARRIED_TITLES:
            continue
        if title and other_title == title:
            continue
        if (TITLES.get(other_title, "") or gender.get(name, "")) == want:
            found.append(name)
    return found[0] if len(found) == 1 else ""
