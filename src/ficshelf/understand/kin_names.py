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

``spouses_by_surname`` does the same for a spouse's word ("her husband", "his wife"): a wife
takes her husband's surname, so a story that names a man and a woman of one surname
("Jacob Marsh", "Ellen Marsh"; "Mr. Hollis", "Mrs. Hollis") shows a married couple, and its
one described husband is that man, its one described wife that woman. A "Miss" is no
wife, nor a "Master" anyone's husband (a daughter, a son of the house); two such men (or
women), or two described husbands (wives), leave the description alone.

``family_parents`` joins a parent's word used as a name ("Pa", "Mamma"; no described
parent took it) to the parent of the one family the story names: a man (for a father's
word) or a married woman (a mother's) whose title and surname are shared by a child of the
house, a "Miss" or "Master" of that surname or a given name before it ("Mr. Squeers" with
"Miss Fanny Squeers": '"Here, Pa," said young Wackford'). Two such fathers, or none, leave
the word alone: whose parent it is depends on who says it.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from ficshelf.understand.person_nouns import FATHERS, MOTHERS

_SPOUSE_GENDER = {"husband": "m", "wife": "f"}
_UNMARRIED_TITLES = {"m": frozenset(("master",)), "f": frozenset(("miss",))}


def _parent_gender(word: str) -> str:
    """ "m" for a father's word, "f" for a mother's, "" for any other word."""
    return "m" if word in FATHERS else "f" if word in MOTHERS else ""


# The titles of a family's father and mother, and of its children.
_FATHER_TITLES = frozenset(("mr", "captain", "colonel", "major", "general", "dr", "sir", "squire"))
_MOTHER_TITLES = frozenset(("mrs", "lady", "madame"))
_CHILD_TITLES = frozenset(("miss", "master"))


def family_parents(
    forms: Mapping[int, set[str]], names: Sequence[tuple[int, str, str, int]]
) -> dict[int, int]:
    """Return name character -> the family parent it is (see the module docstring).
    ``forms`` maps each named character to the lower-case forms it goes by; ``names`` holds
    one (character, title, surname, number of name parts) per name candidate."""
    kin: dict[str, list[int]] = {}
    for who, words in forms.items():
        genders = {_parent_gender(w) for w in words}
        if len(genders) == 1 and "" not in genders:
            kin.setdefault(next(iter(genders)), []).append(who)
    if not kin:
        return {}
    parents: dict[str, dict[str, set[int]]] = {"m": {}, "f": {}}  # surname -> who
    children: dict[str, set[int]] = {}
    for who, title, surname, parts in names:
        if title in _FATHER_TITLES:
            parents["m"].setdefault(surname, set()).add(who)
        elif title in _MOTHER_TITLES:
            parents["f"].setdefault(surname, set()).add(who)
        elif title in _CHILD_TITLES or (not title and parts > 1):
            children.setdefault(surname, set()).add(who)
    joins: dict[int, int] = {}
    for gender, kin_words in kin.items():
        heads = {
            w
            for surname, ws in parents[gender].items()
            if children.get(surname, set()) - ws
            for w in ws
        }
        if len(heads) == 1:
            head = next(iter(heads))
            joins.update((who, head) for who in kin_words if who != head)
    return joins


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


def spouses_by_surname(
    surnames: Mapping[int, set[tuple[str, str]]],
    genders: Mapping[int, str],
    described: Mapping[int, str],
) -> dict[int, int]:
    """Return described character -> name character for a spouse's word (see the module
    docstring). ``surnames`` maps each named character to the (title, surname) pairs of
    its forms that give a surname ("mrs", "Hollis"; "", "Marsh" for "Ellen Marsh");
    ``genders`` the named characters' genders; ``described`` each unnamed character to
    the noun of its description."""
    spouses: dict[str, list[int]] = {}
    for who, noun in described.items():
        if noun in _SPOUSE_GENDER:
            spouses.setdefault(_SPOUSE_GENDER[noun], []).append(who)
    if not spouses:
        return {}
    by_gender: dict[str, dict[str, set[int]]] = {"m": {}, "f": {}}  # surname -> who
    for who, forms in surnames.items():
        gender = genders.get(who, "")
        if gender in by_gender:
            for title, surname in forms:
                if title not in _UNMARRIED_TITLES[gender]:
                    by_gender[gender].setdefault(surname, set()).add(who)
    joins: dict[int, int] = {}
    for gender, described_ones in spouses.items():
        other = by_gender["f" if gender == "m" else "m"]
        married = {w for surname, ws in by_gender[gender].items() if surname in other for w in ws}
        if len(described_ones) == 1 and len(married) == 1:
            joins[described_ones[0]] = next(iter(married))
    return joins
