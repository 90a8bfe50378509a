"""A cluster of name forms, and what its forms say about the person it is.

``Cluster`` is the record ``name_clusters.cluster`` fills as it places each name form (title,
key, parts): its forms, its gender by title and by pronoun votes, its titles, and whether it
is a wife known by her husband's name. The tests here read one cluster (or one cluster and
one form): whether it may be a man or "Mr." (no knight, no son of the house the text calls
"Master"), whether it goes by a census woman's given name, whether it is a sovereign by
number, whether a form and it are namesakes (a knight and the boy of his given name), a wife
and her husband, or a sovereign and a knight of one given name. Part of the characters
stage (``name_clusters``, and ``name_uses``).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field

from ficshelf.understand import name_tables as tables
from ficshelf.understand.title_rules import MARRIED_TITLES, husbands_name, knights_title


@dataclass(slots=True)
class Cluster:
    """One character as ``name_clusters.cluster`` builds it: its name forms (title, key,
    parts), how often they occur, and its gender and titles."""

    forms: list[tuple[str, str, tuple[str, ...]]] = field(default_factory=list)
    count: int = 0
    title_gender: str = ""
    male: int = 0
    female: int = 0
    titles: set[str] = field(default_factory=set)
    # Full names, and those of them a wife's by her husband's name ("Mrs. Joe Gargery")
    full_names: int = 0
    husband_named: int = 0

    def wife(self) -> bool:
        """Whether every full name of the cluster names a wife by her husband's name."""
        return self.full_names > 0 and self.husband_named == self.full_names

    def gender(self) -> str:
        if self.title_gender:
            return self.title_gender
        if self.male > max(1, 2 * self.female):
            return "m"
        if self.female > max(1, 2 * self.male):
            return "f"
        return ""


def another_rank(title: str, titles: set[str]) -> bool:
    """Whether a titled form and a cluster of the same name are two people because one is a
    sovereign and the other holds another title: "King John" (a king in a history) is not
    the "Sir John" a parson greets, nor "Queen Anne" the "Lady Anne" of the house; but
    "King Lear" is the bare "Lear"."""
    if not title or not titles or title in titles:
        return False
    return title in SOVEREIGNS or bool(titles & SOVEREIGNS)


def regnal(c: Cluster) -> bool:
    """Whether a cluster is a sovereign by number ("Henry VIII", "Henry the Eighth"), whom
    a "Henry Jones" of the same given name is not."""
    return any(
        len(p) > 1 and (REGNAL.fullmatch(p[-1]) or ORDINAL.fullmatch(p[-1])) for _, _, p in c.forms
    )


# A regnal number ("Charles II", "Henry VIII") and a sovereign's title set a name apart.
REGNAL = re.compile(rf"(?:{tables.REGNAL_NUMERALS})")
ORDINAL = re.compile(rf"(?:{tables.REGNAL_ORDINALS})")
SOVEREIGNS = frozenset("king queen emperor empress pope tsar czar sultan".split())


def namesakes(
    form: tuple[str, str],
    c: Cluster,
    given: str,
    narrated: set[tuple[str, str]],
) -> bool:
    """Whether a one-word ``form`` and the forms of cluster ``c`` whose given name is
    ``given`` (another form of the word's, by the nickname table only) are two people: one
    side known only by a man's title of rank ("Sir Thomas", "Lord Henry"), the other by the bare
    short or full form ("Tom", "Harry") in the narration and never called by it in a quote
    (``narrated``). A family hands a given name down (a father and his son, "my boy Harry"
    beside Sir Henry), and the narration gives a knight his title every time; a bare form
    that a line calls ("Harry," to Lord Henry; "Ned, come and sit down," to Sir Edmund) is
    an intimate's name for the titled one."""
    title, _ = form
    forms = [(t, k) for t, k, p in c.forms if p and p[0].lower() == given]
    if not forms:
        return False
    if _mans_rank(title):
        return all(not t for t, _ in forms) and any(f in narrated for f in forms)
    if title or form not in narrated:
        return False
    return all(_mans_rank(t) for t, _ in forms)


def wife_and_husband(title: str, parts: tuple[str, ...], c: Cluster) -> bool:
    """Whether a form and cluster ``c`` are a wife known by her husband's whole name and
    someone else: "Mrs. Joe Gargery" joins no "Joe Gargery" nor "Joe", only another form of
    hers; and a cluster of such names takes only a married woman's title ("Mrs. Joe",
    "Mrs. Gargery"), not the husband's bare name."""
    if husbands_name(title, parts):
        return not c.wife()
    return c.wife() and title not in MARRIED_TITLES


def _son_of_the_house(c: Cluster, sons: set[str]) -> bool:
    """Whether a cluster's given name is one the text titles "Master" (``sons``: "Master
    Tom" beside "Tom Tulliver"): a boy, whom the household tells from his father so, the
    father being "Mr Tulliver". "Master Reed" (a surname) says nothing of the kind; nor
    does "Mr Franklin", a servant's name for a grown man who is "Mr. Blake" to others."""
    return any(len(p) > 1 and p[0].lower() in sons for _, _, p in c.forms)


def _mans_rank(title: str) -> bool:
    """Whether ``title`` is a man's title of rank ("sir", "lord", "earl"): a son is named
    after his father; "Lady Bridget" is "Biddy" to the narration as well."""
    return title in tables.RANK_TITLES and tables.TITLES.get(title) == "m"


def unique(found: Iterable[int]) -> list[int]:
    """Return ``found`` when it holds one cluster (however often), else nothing."""
    distinct = list(dict.fromkeys(found))
    return distinct if len(distinct) == 1 else []


def bare_in_talk_only(c: Cluster, low: str, narrated: set[tuple[str, str]]) -> bool:
    """Whether cluster ``c`` is only the bare surname ``low``, which the narration never
    uses and no "he" follows."""
    return (
        not c.male
        and all(not t and k.lower() == low for t, k, _ in c.forms)
        and not any((t, k) in narrated for t, k, _ in c.forms)
    )


def only_mrs(c: Cluster) -> bool:
    """Whether a cluster is a "Mrs. X" with no other name."""
    return c.titles == {"mrs"} and all(len(p) == 1 for _, _, p in c.forms)


def always_titled(c: Cluster, title: str) -> bool:
    """Whether every full name of a cluster carries ``title`` ("Mrs. Almira Todd")."""
    full = [t for t, _, p in c.forms if len(p) > 1]
    return bool(full) and all(t == title for t in full)


def known_by_given_name(c: Cluster, alone: set[str] | None = None) -> bool:
    """Whether a cluster has a full name whose given name the text also uses alone:
    ``alone``, the one-word untitled names of the whole story (``Uses.alone``), or by
    default the cluster's own forms placed so far."""
    bare = alone if alone is not None else {p[0] for t, _, p in c.forms if len(p) == 1 and not t}
    return any(len(p) > 1 and p[0] in bare for _, _, p in c.forms)


def may_be_mister(c: Cluster, sons: set[str]) -> bool:
    """Whether "Mr." or a rank before the cluster's surname may name it: no knight ("Mr
    Elliot" is not Sir Walter Elliot) and no son of the house the text calls "Master"
    (``_son_of_the_house``: "Mr. Tulliver" is not Tom Tulliver)."""
    return not any(knights_title(t) for t in c.titles) and not _son_of_the_house(c, sons)


def may_be_a_man(c: Cluster) -> bool:
    """Whether a cluster is a man, or of unknown gender with no census woman's given name
    ("Jos Sedley", whom few pronouns name, may be "Mr. Sedley"; "Jo March" may not)."""
    gender = c.gender()
    return gender == "m" or (not gender and not census_female(c))


def census_female(c: Cluster) -> bool:
    """Whether a cluster of unknown gender goes by a census woman's given name."""
    return any(p and tables.GIVEN_NAMES.get(p[0].lower()) == "f" for t, _, p in c.forms if not t)


def unknown_given(c: Cluster) -> bool:
    """Whether a cluster has a full name, untitled, whose given name the census lists do not
    know ("Gwendolen Fairfax"; not "Tom Pryor")."""
    return any(
        len(p) > 1 and p[0].lower() not in tables.GIVEN_NAMES for t, _, p in c.forms if not t
    )


def other_surname(c: Cluster, parts: tuple[str, ...]) -> bool:
    """Whether a full name (``parts``) and the full names of cluster ``c``, whose given
    names are only nickname-table forms of each other, share no word but the given name,
    nor is one surname another's start: two people of two surnames ("Jack Dollop" is not
    John Durbeyfield, whom a parson greets "Sir John"). "John Carter" and "Jack Carter of
    Virginia" share one; a given name spelled alike ("Mary Morstan", "Mary Watson") is left
    to the other rules."""
    given = parts[0].lower()
    if any(len(other) > 1 and other[0].lower() == given for _, _, other in c.forms):
        return False  # one given name spelled alike: a married name, a misprint
    own = {p.lower() for p in parts[1:]}
    last = parts[-1].lower()
    for _, _, other in c.forms:
        if len(other) < 2:
            continue
        theirs = {p.lower() for p in other[1:]}
        end = other[-1].lower()
        if own & theirs or end.startswith(last) or last.startswith(end):
            return False
    return any(len(other) > 1 for _, _, other in c.forms)


def shares_first(c: Cluster, firsts: list[str]) -> bool:
    return any(p and p[0].lower() in firsts for _, _, p in c.forms)
