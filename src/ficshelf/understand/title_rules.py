"""What a title says about who may share a name (used by ``name_clusters``).

A married woman's title with a surname ("Mrs. Morel", "Lady Bracknell") is her own person;
civil titles ("Miss", "Mrs.", "Mr.") set apart the women and men of one family; a "Miss X"
and a "Dr X" or "Captain X" are a daughter and the man of the family; a military rank
("Captain Harville") is a man unless the text says "she".
"""

from __future__ import annotations

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
WOMENS_CIVIL_TITLES = frozenset(("miss", "mrs", "ms", "mlle", "mademoiselle"))


def rank_and_miss(title: str, titles: set[str]) -> bool:
    """Whether a form titled ``title`` and a cluster known only by ``titles`` are a
    "Miss X" and a "Dr X" or "Captain X": a daughter or wife and the man of the family."""
    if not title or not titles:
        return False
    if title in WOMENS_CIVIL_TITLES:
        return all(tables.TITLES.get(t) == "" for t in titles)
    return tables.TITLES.get(title) == "" and titles <= WOMENS_CIVIL_TITLES
