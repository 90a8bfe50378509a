"""Where and how a story uses each name form, and the joins of a titled surname that read it.

``Uses`` answers where the text uses each form (the calls in quotes, the speech tags, the
forms the narration tells), whether two forms are shown as two people ("Polly and
Paulina", '"Polly," said Paulina'), and which of two people the text named first.
``surname_rivals`` picks, of two people of one surname, the men "Mr. X" or "Captain X" may
name; ``talked_of_woman`` and ``aunt_of_surname`` the woman "Mrs. Bold" or "Mrs Glegg" names;
``whole_line`` tells a line that is a name alone, and ``aged_surnames`` the surnames the text
tells an old and a young bearer of. Part of the characters stage (``name_clusters``).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from ficshelf.understand import name_tables as tables
from ficshelf.understand.fast_regex import compile_fast
from ficshelf.understand.name_cluster_facts import (
    Cluster,
    known_by_given_name,
    may_be_a_man,
    may_be_mister,
    unique,
)
from ficshelf.understand.names import Candidate
from ficshelf.understand.person_nouns import TITLE_NOUNS
from ficshelf.understand.title_rules import RANKS


class Uses:
    """Where a story uses each name form, and the one-word untitled forms it uses at all."""

    __slots__ = ("alone", "called", "calls", "forms", "tags", "text", "told", "where")

    def __init__(
        self,
        where: dict[tuple[str, str], list[int]],
        alone: set[str],
        told: set[tuple[str, str]],
        forms: Iterable[tuple[str, str]],
        called: set[tuple[str, str]],
        text: str,
        calls: dict[tuple[str, str], list[int]],
        tags: dict[tuple[str, str], list[int]],
    ) -> None:
        """``where``: the starts of each form; ``alone``: the one-word untitled keys;
        ``told``: the forms the narration uses; ``forms``: every form; ``called``: the forms
        a line calls someone by; ``calls`` and ``tags``: where each form is a call in a
        quote and a speech tag in the narration; ``text``: the story."""
        self.where = where
        self.alone = alone
        self.told = told
        self.forms = set(forms)
        self.called = called
        self.text = text
        self.calls = calls
        self.tags = tags

    def two_people(self, form: tuple[str, str], c: Cluster, given: str) -> bool:
        """Whether the text shows ``form`` and the forms of cluster ``c`` whose given name is
        ``given`` (another form of the form's name by the nickname table only: "Polly" and
        "Paulina") as two people: named side by side as two ("Polly and Paulina", "Polly,
        Paulina"), or one called in a line the other is the speech tag of, in one paragraph
        ('"Polly," said Paulina')."""
        others = [(t, k) for t, k, p in c.forms if p and p[0].lower() == given]
        return any(
            self._side_by_side(form, other)
            or self._side_by_side(other, form)
            or self._calls(form, other)
            or self._calls(other, form)
            for other in others
        )

    def _side_by_side(self, first: tuple[str, str], second: tuple[str, str]) -> bool:
        """Whether ``first`` is named just before ``second``, joined by a comma or "and"."""
        seconds = set(self.where.get(second, ()))
        for start in self.where.get(first, ()):
            end = self.text.find(first[1], start, start + len(first[1]) + 20)
            if end < 0:
                continue
            end += len(first[1])
            gap = _BETWEEN_TWO.match(self.text, end, end + 12)
            if gap is not None and gap.end() in seconds:
                return True
        return False

    def _calls(self, called: tuple[str, str], speaker: tuple[str, str]) -> bool:
        """Whether a line calls ``called`` and ``speaker`` is its speech tag, in one
        paragraph and near it."""
        tags = self.tags.get(speaker, ())
        for at in self.calls.get(called, ()):
            for tag in tags:
                lo, hi = min(at, tag), max(at, tag)
                if hi - lo < 200 and "\n" not in self.text[lo:hi]:
                    return True
        return False

    def called_in_talk_only(self, form: tuple[str, str]) -> bool:
        """Whether the narration never uses ``form`` and a line calls someone by it: only
        the characters' talk does, to the one it names."""
        return form not in self.told and form in self.called

    def other_titles_of(self, form: tuple[str, str]) -> bool:
        """Whether the story gives the one-word name of ``form`` another civil title as
        well ("Mr. Bold" beside "Mrs. Bold"): the surname is a family's, not one woman's."""
        title, key = form
        # (each civil title looked up with the key: not a pass over every form per call)
        return any(t != title and (t, key) in self.forms for t in tables.CIVIL_TITLES)

    def titled(self, c: Cluster, title: str) -> int:
        """Return how often the text uses the forms of cluster ``c`` that carry ``title``
        (or a title of the same noun: "Dr." and "Doctor")."""
        noun = TITLE_NOUNS.get(title, title)
        return sum(
            len(self.where.get((t, k), ()))
            for t, k, _ in c.forms
            if t and TITLE_NOUNS.get(t, t) == noun
        )

    def named_before(
        self, rivals: list[int], clusters: list[Cluster], form: tuple[str, str]
    ) -> list[int]:
        """Return those of ``rivals`` the text names before ``form`` first occurs (by any of
        their forms, or the given name of one of their full names alone)."""
        first = self.where[form][0]
        before = []
        for i in rivals:
            keys = {(t, k) for t, k, _ in clusters[i].forms}
            keys |= {("", p[0]) for _, _, p in clusters[i].forms if len(p) > 1}
            if any(self.where.get(k, [first])[0] < first for k in keys):
                before.append(i)
        return before


# What stands between two people named side by side: "Polly and Paulina", "Polly, Paulina".
_BETWEEN_TWO = re.compile(r"(?:\s*,\s*(?:and\s+)?|\s+(?:and|or|&)\s+)")


def surname_rivals(
    title: str, holders: list[int], clusters: list[Cluster], sons: set[str], uses: Uses
) -> list[int]:
    """Return, of two or more people of one surname, the men a man's civil or military
    title before that surname ("Mr. Surface", "Captain Absolute") may name: men who may be
    "Mr." (no knight: Sir Anthony Absolute is not "Captain Absolute" beside his son; no
    son of the house the text calls "Master"), and of them, for "Mr.", those the text never
    calls by the given name alone, if any are. Nothing when the surname is one person's
    (the rules of ``name_clusters._find`` decide)."""
    if (title != "mr" and title not in RANKS) or len(set(holders)) < 2:
        return []
    men = [
        i
        for i in dict.fromkeys(holders)
        if may_be_a_man(clusters[i]) and may_be_mister(clusters[i], sons)
    ]
    if title == "mr":
        men = [i for i in men if not known_by_given_name(clusters[i], uses.alone)] or men
    return men


def talked_of_woman(
    form: tuple[str, str], surnamed: list[int], clusters: list[Cluster], uses: Uses
) -> int:
    """Return the cluster a woman's civil title and a surname ("Mrs. Bold", "Madame
    Olenska", "Miss Fanshawe") names when only the characters' talk uses it and a line
    calls someone by it, the narration calling her by her given name ("Eleanor", of
    "Eleanor Bold"): the one cluster of that
    surname, named in full without a title, that is no man, when the story gives the
    surname no other civil title ("Mr. Bold" would make it a family's); else -1. A guest calls a
    widow "Mrs. Bold" and a teacher a pupil "Miss Fanshawe", where the narration says
    "Eleanor" and "Ginevra"; but "Mrs. Morland's daughter", talk of an absent mother that
    calls no one, is not Catherine Morland."""
    if not uses.called_in_talk_only(form) or uses.other_titles_of(form):
        return -1
    holders = unique(surnamed)
    if not holders:
        return -1
    c = clusters[holders[0]]
    if c.gender() == "m" or c.titles & tables.CIVIL_TITLES:
        return -1
    if not any(len(p) > 1 and not t and (t, k) in uses.told for t, k, p in c.forms):
        return -1  # the narration names her in full
    if not any(len(p) == 1 and not t and (t, k) in uses.told for t, k, p in c.forms):
        return -1  # and calls her by her given name alone
    return holders[0]


_OPENERS = "\"'“‘«"
_CLOSERS = "\"'”’»"


def whole_line(text: str, cand: Candidate) -> bool:
    """Whether a candidate is all its quote says but for a stop, a "!" or a "?"
    ('"Madame Olenska."', '"Mr. Markham!"')."""
    before = text[max(0, cand.start - 2) : cand.start].strip(" \t")
    after = text[cand.end : cand.end + 3].lstrip(".!?")
    return (
        bool(before)
        and before[-1] in _OPENERS
        and after[:1] in tuple(_CLOSERS)
        and not after[1:2].isalnum()  # "‘Olenska’s’" is no greeting
    )


_AUNTS = frozenset(("aunt", "auntie"))


def aunt_of_surname(
    form: tuple[str, str], surnamed: list[int], clusters: list[Cluster], uses: Uses
) -> int:
    """Return the cluster "Mrs. X" names when the one person of surname X is an "Aunt X"
    and the story has no other of that name: no bare "X", no full name, no "Mr." or
    "Miss X" ("Your Aunt Glegg's coming to tea" ... "Mrs Glegg will be here"). An aunt
    called by her surname has married into it; beside a family of that surname ("Jo
    March", "Mrs. March") "Aunt March" is a great-aunt and "Mrs. March" the mother. Else
    -1."""
    _, key = form
    holders = unique(surnamed)
    if not holders or key in uses.alone or uses.other_titles_of(form):
        return -1
    c = clusters[holders[0]]
    if all(t in _AUNTS and len(p) == 1 for t, _, p in c.forms):
        return holders[0]
    return -1


# The words before a surname that tell a father from a son of it: "old Mr. Emerson",
# "young Emerson", "the elder Osborne".
_AGED = compile_fast(r"\b(?:[Oo]ld|[Yy]oung|[Ee]lder|[Yy]ounger)[ \t]+\Z")
_AGED_REACH = 10


def aged_surnames(text: str, candidates: Sequence[Candidate]) -> frozenset[str]:
    """Return the surnames (lower case) the text gives "old", "young", "elder" or
    "younger" before, bare or after "Mr." ("old Mr. Emerson", "young Emerson"): the text
    tells two men of that surname apart by age, a father and a son, so "Mr. Emerson" is
    not the son it calls by his given name ("George Emerson", "George") however unique a
    man of that surname he otherwise is."""
    if not text:
        return frozenset()
    found = set()
    for cand in candidates:
        if cand.title in ("", "mr") and len(cand.parts) == 1:
            if _AGED.search(text, max(0, cand.start - _AGED_REACH), cand.start):
                found.add(cand.parts[0].lower())
    return frozenset(found)
