"""A name joined by "and" to what a "he"/"she" does, for ``bound_names`` (round spk36).

``bound_names`` passes over a name that a "he"/"she" of its own clause stands before ("She
thought of Nell": Nell is not the "she"), and takes "and", "but" or "or" between them as
the start of another clause ("She nodded, and Nell smiled": Nell may be the next "she").
But "and" also joins the objects of one verb: in "She thought about the letter, and Kit's
hand on her sleeve, and Nell laughing in the kitchen" the "she" still thinks, and Nell is
one more thing she thinks about. A name right after the "and" (or after the "and" and one
preposition: "and of Nell", "and at Nell") opens no clause when no finite verb follows it:
what follows is a participle ("Nell laughing"), an owner's "'s" ("Kit's hand") or the
sentence's end ("and Nell."). A name followed by its verb ("and Nell smiled"), by a comma
("and Nell, who had waited, smiled") or by anything else opens a clause as before.
"""

from __future__ import annotations

import re

from ficshelf.understand.clause_subjects import finite_verb

# The conjunction before the name, with at most one preposition between them.
_JOINED = re.compile(
    r"\b(?:and|or|but)\s+(?:(?:of|at|about|for|to|with|from|on|like)\s+)?(?:the\s+)?$",
    re.IGNORECASE,
)
# What may follow a name that opens no clause: a participle, an owner's "'s", an end.
_AFTER = re.compile(r"(?:['’]s\b|\s+[a-z]+ing\b|\s*[.!?;]|\s*$)")
# How far back the conjunction is looked for.
_REACH = 24


def joined_object(text: str, start: int, end: int) -> bool:
    """Return whether the name at ``text[start:end]`` is joined by "and"/"or"/"but" as one
    more object of the verb before it ("…, and Nell laughing in the kitchen"), not the
    subject of a clause the conjunction opens ("…, and Nell smiled"). Reads a few words on
    either side; never raises."""
    if _JOINED.search(text, max(0, start - _REACH), start) is None:
        return False
    return _AFTER.match(text, end, end + 40) is not None and not finite_verb(text, end)


# A conjunction that opens a clause: a subject pronoun after it, or a subject of at most
# three words (a name, "the old man") and its finite verb.
_PRONOUN_AFTER = re.compile(r"\s+(?:then\s+)?(?:he|she|i|we|they|you|it)\b", re.IGNORECASE)
_NEXT = re.compile(r"\s+[\w'’-]+")


def opens_clause(text: str, pos: int) -> bool:
    """Return whether the "and"/"or"/"but" ending at ``pos`` opens a clause of its own ("and
    she smiled", "and the old man looked up") rather than joining another object or verb
    to the clause before ("and Kit's hand", "and looked at Nell")."""
    if _PRONOUN_AFTER.match(text, pos, pos + 12):
        return True
    for _ in range(3):
        word = _NEXT.match(text, pos, pos + 40)
        if word is None:
            return False
        pos = word.end()
        if finite_verb(text, pos):
            return True
    return False
