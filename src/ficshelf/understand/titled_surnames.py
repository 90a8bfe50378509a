"""A woman's married title or "Father" before a surname, and the one holder of the surname
it names.

"Madame Diver", "Mrs. Diver": the narration names "Nicole Diver" in full and calls her
"Nicole", and only the characters' lines give her married title. ``name_clusters`` leaves
such a "Mrs. X" apart from a woman the text knows by her given name, since beside a family
of that surname the given name is a daughter's ("Jo March" is not "Mrs. March").
``one_wife_of_surname`` joins them when the daughter is not to be told: the woman is the
only woman of the surname named in full, every other holder of it is a man ("Dick Diver"),
no holder is a "Miss", the narration never uses the titled form (a mother the narration
tells apart: "said Mrs. Yolland"), a line calls someone by it ('"Always so sober, Madame
Diver."'; talk of an absent mother calls no one) or she holds another married title of the
surname already, and no line writes it with a child after it ("Mrs. Morland's daughter").
``parent_of_surname`` reads "Father Malory" and "Father Bhaer" (a priest, a schoolmaster
as the boys call him): the one man of the surname; a "Master" is a son, no father. Part of
the characters stage (``name_clusters``).
"""

from __future__ import annotations

from ficshelf.understand import name_tables as tables
from ficshelf.understand.fast_regex import compile_fast
from ficshelf.understand.name_cluster_facts import Cluster, census_female, may_be_a_man, unique
from ficshelf.understand.name_uses import Uses
from ficshelf.understand.title_rules import MARRIED_TITLES, UNMARRIED_TITLES


def _named_woman(c: Cluster) -> bool:
    """Whether cluster ``c`` is a woman with an untitled full name ("Allegra Gray")."""
    gender = c.gender()
    if gender == "m" or not (gender == "f" or census_female(c)):
        return False
    return any(len(p) > 1 and not t for t, _, p in c.forms)


def _a_man(c: Cluster) -> bool:
    """Whether cluster ``c`` is a man: his pronouns say so, or his given name is a census
    man's and no pronoun says otherwise."""
    gender = c.gender()
    if gender:
        return gender == "m"
    return any(p and not t and tables.GIVEN_NAMES.get(p[0].lower()) == "m" for t, _, p in c.forms)


# A parent's possessive: "Mrs. Morland's daughter", "Mrs. Gray's boy".
_PARENTS_CHILD = compile_fast(
    r"['’]s[ \t]+(?:little[ \t]+)?(?:daughters?|sons?|child(?:ren)?|girls?|boys?)\b"
)


def _a_parent(form: tuple[str, str], uses: Uses) -> bool:
    """Whether the text writes ``form`` with a child after it ("Mrs. Morland's daughter")."""
    text, key = uses.text, form[1]
    for at in uses.where.get(form, ()):
        found = text.find(key, at, at + len(key) + 20)
        if found >= 0 and _PARENTS_CHILD.match(text, found + len(key)):
            return True
    return False


def one_wife_of_surname(
    form: tuple[str, str], surnamed: list[int], clusters: list[Cluster], uses: Uses
) -> int:
    """Return the cluster a married title and a surname ``form`` ("Mrs. Diver") names when
    the one woman the story names in full by that surname is the only holder of it who is
    no man, no holder carries an unmarried title ("Miss"), only the characters' talk uses
    the form, a line calls someone by it (or she holds another married title of the
    surname) and none writes it with a child after it ("Mrs. Morland's daughter"); else
    -1."""
    if form in uses.told:
        return -1
    holders = list(dict.fromkeys(surnamed))
    if any(clusters[i].titles & UNMARRIED_TITLES for i in holders):
        return -1
    women = unique(i for i in holders if _named_woman(clusters[i]))
    if not women or not all(i in women or _a_man(clusters[i]) for i in holders):
        return -1
    wife = clusters[women[0]]
    # a line calls her so, or she holds another married title of the surname already
    # ("Madame Diver" called, then "Mrs. Diver"); talk of an absent mother calls no one
    if form not in uses.called and not any(
        t in MARRIED_TITLES and k == form[1] for t, k, _ in wife.forms
    ):
        return -1
    return -1 if _a_parent(form, uses) else women[0]


def parent_of_surname(title: str, surnamed: list[int], clusters: list[Cluster]) -> int:
    """Return the cluster "Father" and a surname ("Father Malory") names: the one holder of
    the surname who may be a man and is no "Master" (a son); else -1 (any other title, or
    two such holders)."""
    if title != "father":
        return -1
    found = unique(
        i
        for i in dict.fromkeys(surnamed)
        if may_be_a_man(clusters[i]) and "master" not in clusters[i].titles
    )
    return found[0] if found else -1
