"""Subjects of a sentence's later clauses, for the conversation model of the "speakers"
stage (``conversation``).

``speaker_cues`` counts as a subject a name that opens its sentence ("Eppie stood") or a
speech tag. English narration often puts the person it follows in a later clause instead:
after a fronted clause ("When the others had gone, Nell stood at the door"; "While the two
boys argue, Kit wanders off") or in a clause joined by "and"/"but" ("the cab comes, and Kit
is handing me into it"). A "he"/"she" that follows such narration most often refers to that
later subject, the one the sentence ends on, not to the subject of the clause it opened
with. This module finds those clause subjects: a name right after a comma (and an "and",
"but" or "then"), followed by its finite verb ("stood", "wanders", "is handing").
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ficshelf.model import Span
from ficshelf.understand.tense_words import (
    ADVERBS,
    NOT_VERBS,
    PRESENT_S_NOT_VERB,
    is_past_form,
)

# What stands before a clause's subject: a comma, then at most "and"/"but"/"then".
_BEFORE = re.compile(r",\s+(?:(?:and|but|yet)\s+)?(?:then\s+)?$")
# The words after the subject: an adverb or two may come before the verb.
_WORD = re.compile(r"\s+([a-z][a-z'’-]*)")
# Present forms of the auxiliaries, whose "-s" the rule below does not see.
_PRESENT = frozenset({"is", "has", "does", "goes", "says", "isn't", "hasn't", "doesn't"})
# How far back the comma may stand (a clause's subject is a few words at most).
_REACH = 20


def finite_verb(text: str, pos: int) -> bool:
    """Return whether the words at ``pos`` (after a name) open with a finite verb, after at
    most two adverbs ("stood", "quietly wanders", "is handing")."""
    for _ in range(3):
        match = _WORD.match(text, pos, pos + 40)
        if match is None:
            return False
        word = match.group(1).replace("’", "'")
        if word in _PRESENT or is_past_form(word):
            return True
        if (word.endswith("ly") and len(word) > 4) or word in ADVERBS:
            pos = match.end()
            continue
        if word in NOT_VERBS or word in PRESENT_S_NOT_VERB:
            return False
        return word.endswith("s") and not word.endswith(("ss", "'s", "us", "is"))
    return False


def clause_subjects(
    text: str, mentions: Sequence[Span], subjects: frozenset[int]
) -> frozenset[int]:
    """Return the indices of ``mentions`` (narration mentions, in text order) that are the
    subject of a clause after a comma ("..., Nell stood"; "..., and Kit is handing"), other
    than those already in ``subjects``. One look at each mention's edges: linear."""
    found = []
    for k, mention in enumerate(mentions):
        if k in subjects:
            continue
        start = mention.start
        lead = text[max(0, start - _REACH) : start]
        if lead.endswith(("the ", "The ")):
            lead = lead[:-4]
        if _BEFORE.search(lead) is None:
            continue
        if finite_verb(text, mention.end):
            found.append(k)
    return frozenset(found)


# Words after "her" that show it is an object ("watching her to the door", "gave her the
# key"), not an owner ("her hand"): function words that never follow a possessive.
_AFTER_OBJECT = frozenset(
    """to and or but nor in on at by for with from into onto out up down away back off over
    that the a an as if when while so than then again too now once yet because before
    after""".split()
)
_NEXT_WORD = re.compile(r"\s*([\w'’-]*)")


def object_pronoun(text: str, start: int, end: int) -> bool:
    """Return whether the "him"/"her" at ``text[start:end]`` stands as an object ("is
    watching her.", "shook him by the arm", "gave her the key"), not an owner ("her hand")
    or a subject. A clause's subject is never its own non-reflexive object ("Kit is watching
    her": "her" is someone else), so an object does not tell the subject's gender."""
    word = text[start:end].lower()
    if word == "him":
        return True
    if word != "her":
        return False
    match = _NEXT_WORD.match(text, end, end + 30)
    following = match.group(1).lower() if match is not None else ""
    return not following or following in _AFTER_OBJECT


# Conjunctions that open a subordinate clause, whose subject is new ("... so long that she").
_CLAUSE_LEAD = re.compile(
    r"\b(?:that|when|until|till|while|before|after|because|though|although|if)\s+$"
)
# How many words must stand between a name and the clause for its subject to be anyone.
_CLAUSE_GAP = 3


def clause_pronoun(text: str, after: int, start: int) -> bool:
    """Return whether the pronoun at ``start`` is the subject of a subordinate clause that
    opens at least three words after ``after`` (the end of a name): "Kit sat by the fire
    until she came in". The name's own clause has said who acts; a later clause's "she"
    brings in anyone ("Kit ... until she" is often someone else), while one right after
    the name ("Kit, when she came") is the name's own."""
    lead = _CLAUSE_LEAD.search(text, max(after, start - 9), start)
    return lead is not None and len(text[after:start].split()) >= _CLAUSE_GAP
