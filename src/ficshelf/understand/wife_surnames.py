"""A married woman's title and surname, and the one woman the story names in full by it.

"Mrs. Gray", "Madame Diver", "Mrs. de Vil": the narration names "Allegra Gray", "Nicole
Diver", "Cruella de Vil" in full and calls each by her given name alone, and someone else
calls her by her married title. ``name_clusters`` leaves such a "Mrs. X" apart from a woman
the text knows by her given name, since beside a family of that surname the given name is
a daughter's ("Jo March" is not "Mrs. March"). ``one_wife_of_surname`` joins them when the
daughter cannot be there: the woman is the only woman of the surname, every other holder of
it is a man, no one of the surname is a "Miss" and the text never shows a man of it with a
child ("her father", "his daughter" are not counted: the story's own holders are).
Part of the characters stage (``name_clusters``).
"""

from __future__ import annotations

from ficshelf.understand import name_tables as tables
from ficshelf.understand.fast_regex import compile_fast
from ficshelf.understand.name_cluster_facts import Cluster, census_female, unique
from ficshelf.understand.name_uses import Uses
from ficshelf.understand.title_rules import UNMARRIED_TITLES


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
    return any(
        p and not t and tables.GIVEN_NAMES.get(p[0].lower()) == "m" for t, _, p in c.forms
    )


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
    the form and never with a child after it ("Mrs. Morland's daughter"); else -1."""
    if form in uses.told:
        return -1
    holders = list(dict.fromkeys(surnamed))
    if any(clusters[i].titles & UNMARRIED_TITLES for i in holders):
        return -1
    women = unique(i for i in holders if _named_woman(clusters[i]))
    if not women or not all(i in women or _a_man(clusters[i]) for i in holders):
        return -1
    return -1 if _a_parent(form, uses) else women[0]
