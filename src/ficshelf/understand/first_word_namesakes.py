"""Two names of one family or one role that are two people (round chr46b).

Name clustering joins a full name to the one cluster of its first part when the surnames
differ, since a given name spelled alike is often one woman under her maiden and married
names ("Mary Morstan", "Mary Watson"). That holds for neither of two kinds of first word:

* a word for what a person is rather than a given name ("Councillor Snaith", "Nanny Cook",
  "Wizard Beguildy"), which the title table does not split off as it splits "Doctor" or
  "Mr.": "Councillor Snaith" and "Councillor Huggins", "Nanny Butler" and "Nanny Cook" are
  two people, as "Mr. Snaith" and "Mr. Huggins" are;
* a man's given name: a man keeps his surname when he marries, so "John Beaver" is not
  "John Andrew", nor "Tom Canty" "Tom Sawyer".

Nor is "Mr. X" the one man named in full by surname X (as "Mr. Worthing" is Jack Worthing)
when the narration makes "Mr. Brown" act and calls "Robert Brown" "Robert", beside a "Mrs.
Brown": the household's father and his son (``narrated_apart``).
"""

from __future__ import annotations

from collections.abc import Collection, Sequence

from ficshelf.understand import name_tables as tables
from ficshelf.understand.name_cluster_facts import Cluster
from ficshelf.understand.person_nouns import PERSON_NOUNS
from ficshelf.understand.title_rules import MARRIED_TITLES


def role_word(word: str) -> bool:
    """Whether ``word`` opening a name is a word for a person ("councillor", "nanny") and
    no census given name ("Rose", "Major" are names too)."""
    low = word.lower()
    return low in PERSON_NOUNS and low not in tables.GIVEN_NAMES


def other_bearer(c: Cluster, parts: Sequence[str]) -> bool:
    """Whether the full name ``parts`` opens on a role word or a census man's given name
    that cluster ``c`` holds in a full name of another surname, sharing no later word and
    neither last word the other's start: "Councillor Huggins" is not Councillor Snaith,
    "John Beaver" not John Andrew, but "Jack Dollops" is Jack Dollop."""
    if len(parts) < 2:
        return False
    first = parts[0].lower()
    if not role_word(first) and tables.GIVEN_NAMES.get(first) != "m":
        return False
    own = {p.lower() for p in parts[1:]}
    last = parts[-1].lower()
    return any(
        len(other) > 1
        and other[0].lower() == first
        and not own & {p.lower() for p in other[1:]}
        and not (end := other[-1].lower()).startswith(last)
        and not last.startswith(end)
        for _, _, other in c.forms
    )


# Civil titles of a man: "Mr. Brown", "Herr Nowak", "Monsieur Gausse".
MENS_CIVIL_TITLES = frozenset(("mr", "mister", "herr", "monsieur", "signor", "senor"))


def narrated_apart(
    form: tuple[str, str],
    c: Cluster,
    acting: Collection[tuple[str, str]],
    told: Collection[tuple[str, str]],
    forms: Collection[tuple[str, str]],
) -> bool:
    """Whether a man's civil title and surname (``form``) is the father of the household,
    not the one man of cluster ``c`` named in full by that surname: the narration tells
    the titled man acting or owning ("Mr. Brown came home at six", "Mr. Brown's study";
    ``acting``: the forms told with a verb or a possessive after them), it tells the bare
    given name of a full name of ``c`` ("Robert sat down heavily"; ``told``: the forms the
    narration uses), and the story has a married woman of the surname ("Mrs. Brown";
    ``forms``: every form of the story). A narrator who calls one man "Robert" does not
    make him act as "Mr. Brown" too, beside a Mrs. Brown. A reported call ("asked were you
    took sick, Mr. Frome") or an object ("had never liked Mr. Vyse") is no such telling."""
    if form[0] not in MENS_CIVIL_TITLES or form not in acting:
        return False
    if not any((title, form[1]) in forms for title in MARRIED_TITLES):
        return False
    return any(len(p) > 1 and not t and ("", p[0]) in told for t, _, p in c.forms)
