"""Kin words said as forms of address inside a line of dialogue, for the relationships stage.

A bare kin word set off by commas or by the sentence's ends inside a quote ("Mother, the
doctor is here.", "Come in, Father, and sit down.", "Yes, Mother.") calls the one the line
is said to: it is no cue word between the names of the sentence around it (the doctor of
"Mother, the doctor is here" is nobody's son). Such calls are read as the line's form of
address by ``relationship_cues.addresses_as``; this module only tells the sentence pass
to leave them alone.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

from ficshelf.understand.relationship_cues import kin_gender, parent_gender
from ficshelf.understand.relationship_text import surname

# Right before the word: the opening of its sentence (or the line), or a comma, with at most
# "oh" and "dear"/"dearest" between ("Oh, dear Mother, …"); no article, possessive or name.
_BEFORE = re.compile(
    r"(?:(?:^|[.!?…:;][\W_]*|,\s*|[“\"‘'(—–]\s*)(?:oh,?\s+)?(?:dear(?:est)?\s+)?)\Z",
    re.IGNORECASE,
)
# Right after it: a comma, or the end of its sentence; not a list of kin or people ("Father,
# mother and I", "Mother, Jane and Kitty went"), nor "of" ("a mother of three").
_AFTER = re.compile(
    r"\s*(?:[.!?…;—–]|,(?!\s*[^,.!?;\s][^,.!?;]{0,24}?\s(?:and|or)\s)|$)",
    re.IGNORECASE,
)
LOOK_BACK = 24  # characters read before the word: the vocative's opening is right there


def is_kin_vocative(text: str, start: int, end: int, lo: int, hi: int) -> bool:
    """Return whether the kin word ``text[start:end]``, inside a quote spanning ``lo``..``hi``,
    is said as a form of address: bare (no possessive, article or name before it) and set
    off by a comma or its sentence's ends on both sides ("Mother, Mr. Dale is here.",
    "Sit down, Father."), not the head of a list ("Father, mother and I")."""
    before = text[max(lo, start - LOOK_BACK) : start]
    if start - LOOK_BACK < lo:
        before = "." + before  # the quote's own opening counts as a sentence start
    if _BEFORE.search(before) is None:
        return False
    return _AFTER.match(text, end, hi) is not None


_UNMARRIED = re.compile(r"(?:miss|master)\b", re.IGNORECASE)


def surname_relative(
    speaker: str,
    word: str,
    surnamed: Mapping[str, Sequence[str]],
    full_names: Mapping[str, str],
    gender_of: Mapping[str, str],
) -> str:
    """Return the one character a line's kin vocative ``word`` ("Mother", "Papa"), said by
    ``speaker``, is most likely said to by name alone: the only other character of the
    speaker's surname (``surnamed``: surname to characters, from their ``full_names``) who
    is not known to be of the other gender and, for a parent's word, not titled as
    unmarried ("Miss", "Master"): "Mother" from Miss Bates is Mrs. Bates, whoever spoke
    last. "" when there is no such one, or more than one (two sisters, "Aunt" and "Mrs."
    of the surname)."""
    family = surname(full_names.get(speaker, speaker))
    if family is None:
        return ""
    gender = kin_gender(word)
    if gender is None:
        return ""
    found = [
        name
        for name in surnamed.get(family, ())
        if name != speaker
        and gender_of.get(name, gender) == gender
        and not (parent_gender(word) and _UNMARRIED.match(full_names.get(name, name)))
    ]
    return found[0] if len(found) == 1 else ""
