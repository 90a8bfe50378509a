"""A parent's word used as a name ("Papa", "Ma") in a story that knows one parent of that
gender only by a description ("my father", "her mother").

'"It will be three years, Papa," Katya said' in a story whose narrator speaks of "my
father" throughout: a reader takes Papa for that father, not for a second man. The
characters stage keeps "Papa" as a name (a call, a mention) and "my father" as an unnamed
character, so the two stand as two characters unless joined.

``parents_by_kin_name`` returns name character -> described character when the name
character goes by one parent's word alone ("Papa", "Pa", "Mamma"; every form of it, with
no other name part) and the story has exactly one unnamed character whose noun is a parent's
word of that gender ("my father", "your father", "her dad"). Two described fathers ("my
father", "his father") leave "Papa" alone: whose it is depends on who says it. Linear in
the number of characters.
"""

from __future__ import annotations

from collections.abc import Mapping

from ficshelf.understand.person_nouns import FATHERS, MOTHERS


def _parent_gender(word: str) -> str:
    """ "m" for a father's word, "f" for a mother's, "" for any other word."""
    return "m" if word in FATHERS else "f" if word in MOTHERS else ""


def parents_by_kin_name(
    named_forms: Mapping[int, set[str]], described: Mapping[int, str]
) -> dict[int, int]:
    """Return name character -> described character (see the module docstring).
    ``named_forms`` maps each named character to the lower-case forms it goes by;
    ``described`` each unnamed character to the noun of its description."""
    by_gender: dict[str, list[int]] = {}
    for who, noun in described.items():
        gender = _parent_gender(noun)
        if gender:
            by_gender.setdefault(gender, []).append(who)
    if not by_gender:
        return {}
    joins: dict[int, int] = {}
    for who, forms in named_forms.items():
        genders = {_parent_gender(f) for f in forms}
        if len(genders) != 1:
            continue
        gender = next(iter(genders))
        parents = by_gender.get(gender, [])
        if gender and len(parents) == 1:
            joins[who] = parents[0]
    return joins
