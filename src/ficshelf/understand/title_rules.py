"""What a title says about who may share a name (used by ``name_clusters``).

A married woman's title with a surname ("Mrs. Morel", "Lady Bracknell") is her own person;
civil titles ("Miss", "Mrs.", "Mr.") set apart the women and men of one family; a "Miss X"
and a "Dr X" or "Captain X" are a daughter and the man of the family; a military rank
("Captain Harville") is a man unless the text says "she"; "Lady X" and "Miss X" are a
mother and a daughter; "Mrs. Joe Gargery" is Joe Gargery's wife; a knight ("Sir Walter
Elliot") is never "Mr. Elliot".
"""

from __future__ import annotations

from collections.abc import Sequence

from ficshelf.understand import name_tables as tables


def is_given_name(low: str) -> bool:
    """Return whether ``low`` (lower case) is a given name that is not also a common word
    ("lydia", but not "will" or "rose")."""
    return low in tables.GIVEN_NAMES and low not in tables.COMMON_WORDS


# Titles of a married woman: "Mrs. X", "Madame X", "Lady X" with a surname is her own
# person, not the man or the daughter of that name (but "Lady Mary", "Madame Hester" name
# her by her given name).
MARRIED_TITLES = frozenset(("mrs", "madame", "mme", "frau", "signora", "senora", "lady"))


def married(title: str, key: str) -> bool:
    """Return whether a one-name form ``title`` ``key`` names a married woman by her
    husband's surname ("Mrs. Morel", "Lady Bracknell"; not "Lady Mary")."""
    if title == "mrs":
        return True
    return title in MARRIED_TITLES and not is_given_name(key.lower())


# Military ranks: with no "she" of its own, such a title is a man of the family.
RANKS = frozenset(
    """captain capt admiral colonel col major maj general gen lieutenant lt sergeant sgt
    commodore commander cmdr corporal""".split()
)
OTHER_TITLES = {"mrs": {"miss", "ms", "mr"}, "miss": {"mrs", "mr"}, "mr": {"mrs", "miss", "ms"}}


def mother_and_daughter(
    form: tuple[str, str], titles: set[str], forms: Sequence[tuple[str, str, tuple[str, ...]]]
) -> bool:
    """Whether a form (title, key) and a cluster (its ``titles`` and ``forms``) are a married
    woman and an unmarried one of one name: "Lady Elliot" and "Miss Elliot", "Madame Duval"
    and "Mademoiselle Duval", as "Mrs. X" and "Miss X" are (``OTHER_TITLES``). A baronet's
    wife is "Lady Elliot"; the eldest daughter "Miss Elliot", never "Lady"."""
    title, key = form
    if title in UNMARRIED_TITLES:
        theirs = MARRIED_TITLES
    elif title in MARRIED_TITLES:
        theirs = UNMARRIED_TITLES
    else:
        return False
    if titles.isdisjoint(theirs):
        return False
    return any(t in theirs and k == key for t, k, _ in forms)


# A woman's titles before she marries ("Miss Elliot", never "Lady" for the daughter).
UNMARRIED_TITLES = frozenset(("miss", "mlle", "mademoiselle", "signorina", "fraulein"))


def husbands_name(title: str, parts: tuple[str, ...]) -> bool:
    """Whether a titled full name names a wife by her husband's whole name: a married
    woman's title before a man's given name and a surname ("Mrs. Joe Gargery", "Lady John
    Hale"). She is not the man of that name, though every word of it is his; "Mrs. Rachel
    Lynde" (a woman's given name) and "Mrs. Almira Todd" (one no list knows) are hers."""
    return (
        title in MARRIED_TITLES
        and len(parts) > 1
        and tables.GIVEN_NAMES.get(parts[0].lower()) == "m"
    )


def knights_title(title: str) -> bool:
    """Whether ``title`` is a man's title of rank that replaces "Mr." for good ("Sir Walter
    Elliot" is never "Mr. Elliot"; "Lord Henry" never "Mr. Wotton"); not "Squire", which
    a man of that surname keeps beside his "Mr." ("Squire Allworthy", "Mr. Allworthy")."""
    return title in tables.RANK_TITLES and tables.TITLES.get(title) == "m" and title != "squire"


WOMENS_CIVIL_TITLES = frozenset(("miss", "mrs", "ms", "mlle", "mademoiselle"))


def rank_and_miss(title: str, titles: set[str]) -> bool:
    """Whether a form titled ``title`` and a cluster known only by ``titles`` are a
    "Miss X" and a "Dr X" or "Captain X": a daughter or wife and the man of the family."""
    if not title or not titles:
        return False
    if title in WOMENS_CIVIL_TITLES:
        return all(tables.TITLES.get(t) == "" for t in titles)
    return tables.TITLES.get(title) == "" and titles <= WOMENS_CIVIL_TITLES
