"""Who is who: clustering the accepted name forms of a story into characters, and the
canonical name of each.

``cluster`` places distinct name forms (title, key) longest first through dictionaries keyed
by name parts: "Vance" and "Dr. Vance" join "Theodora Vance" (last part), "Theo" joins her too
(first part or nickname table), "Miss Pryor" joins the Pryor whose pronouns are feminine,
"Mrs. Todd" joins the one "Mrs. Almira Todd" the text never names bare, "the Doctor" joins the
one "Dr X"; "Mr. Sedley" joins the one Sedley who may be a man (of male gender, or of none
and no census woman's given name); "Miss X" and "Dr X" (or "Captain X") stay apart, a daughter
and her father; "Mrs. Joe Gargery" (a wife by her husband's whole name) is not Joe Gargery,
and "Mr. Tulliver" is not the Tom Tulliver the text calls "Master Tom" (his son); "Mr. X" or
"Captain X" beside two men of surname X is the one the title fits (no knight), and of two it
fits the one the text has named before it, if only one is ("Mr. Surface" after Joseph
Surface, before Charles). "Mrs. Bold", which only talk uses to call someone, is the one
Eleanor Bold the narration names; "Mrs Glegg" the one "Aunt Glegg"; "Mr. Emerson" is not
George Emerson where the text tells "old Mr. Emerson" from "young Emerson". No pass
compares mentions pairwise.

``canonical_name``: the fullest form the text gives, without a title of rank ("Sir Kay" is
"Kay") but with a civil title when the text gives no given name ("Mrs. Hudson"), and not a
full name whose given name another cluster goes by alone ("Miss Jemima Pinkerton" beside
two sisters, "Miss Jemima" and "Miss Pinkerton").

Which candidates are people at all is ``person_evidence``'s.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field

from ficshelf.understand import name_tables as tables
from ficshelf.understand.names import Candidate
from ficshelf.understand.person_nouns import TITLE_NOUNS
from ficshelf.understand.title_rules import (
    MARRIED_TITLES,
    OTHER_TITLES,
    RANKS,
    UNMARRIED_TITLES,
    husbands_name,
    is_given_name,
    knights_title,
    married,
    mother_and_daughter,
    rank_and_miss,
)

_REVERSE_NICKNAMES: dict[str, set[str]] = {}
for _short, _fulls in tables.NICKNAMES.items():
    for _full in _fulls:
        _REVERSE_NICKNAMES.setdefault(_full, set()).add(_short)


@dataclass(slots=True)
class _Cluster:
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


def _form(cand: Candidate) -> tuple[str, str]:
    return (cand.title, cand.key)


def cluster(candidates: Sequence[Candidate], text: str = "") -> dict[tuple[str, str], int]:
    """Return the cluster number of each accepted name form (title, key), clustering longest
    forms first through indexes of name parts (see the module docstring, step 2); ``text``,
    the story the candidates are read from, for the words before a name ("old Mr.
    Emerson", ``_generations``)."""
    counts: Counter[tuple[str, str]] = Counter()
    parts_of: dict[tuple[str, str], tuple[str, ...]] = {}
    votes: dict[tuple[str, str], list[int]] = {}
    # Forms the text uses of someone present: in the narration, as a call or a speech tag.
    present: set[tuple[str, str]] = set()
    # Where each form occurs, for the most recently named of two people of one surname.
    where: dict[tuple[str, str], list[int]] = {}
    # Forms the narration uses (outside quotes) and never a call inside a quote names.
    narrated: set[tuple[str, str]] = set()
    called: set[tuple[str, str]] = set()
    told: set[tuple[str, str]] = set()  # every form the narration uses, called or not
    # Where each form is a call in a quote, and where a speech tag ("said Polly").
    calls: dict[tuple[str, str], list[int]] = {}
    tags: dict[tuple[str, str], list[int]] = {}
    for cand in candidates:
        form = _form(cand)
        counts[form] += 1
        where.setdefault(form, []).append(cand.start)
        if not cand.in_quote or cand.vocative or cand.speech:
            present.add(form)
        if not cand.in_quote:
            narrated.add(form)
            told.add(form)
        elif cand.vocative:
            called.add(form)
        if cand.in_quote and cand.vocative:
            calls.setdefault(form, []).append(cand.start)
        elif cand.speech and not cand.in_quote:
            tags.setdefault(form, []).append(cand.start)
        parts_of[form] = cand.parts
        if form not in votes and len(cand.parts) > 1:
            # The census gender of a given name is a prior worth two pronouns.
            prior = tables.GIVEN_NAMES.get(cand.parts[0].lower(), "")
            votes[form] = [2 * (prior == "m"), 2 * (prior == "f")]
        v = votes.setdefault(form, [0, 0])
        v[0] += cand.gender == "m"
        v[1] += cand.gender == "f"
    # "Mrs. X" comes after the other one-word names, so that whether the text calls a
    # woman of that surname by her given name alone is known when it is placed. A bare
    # surname comes after "Mr. X" of the same surname: a bare surname is a man's ("squire
    # Allworthy" is Mr Allworthy, not his sister Miss Bridget Allworthy) unless its own
    # pronouns say otherwise.
    order = sorted(
        counts,
        key=lambda f: (
            -len(parts_of[f]),
            not parts_of[f],
            married(f[0], f[1]) and len(parts_of[f]) == 1,
            not f[0] and len(parts_of[f]) == 1 and ("mr", f[1]) in counts,
            -counts[f],
        ),
    )
    clusters: list[_Cluster] = []
    by_key: dict[str, list[int]] = {}
    by_first: dict[str, list[int]] = {}
    by_last: dict[str, list[int]] = {}
    by_title: dict[str, list[int]] = {}
    assigned: dict[tuple[str, str], int] = {}
    narrated -= called
    sons = {f[1].lower() for f in counts if f[0] in _SONS_TITLES and len(parts_of[f]) == 1}
    for starts in where.values():
        starts.sort()
    alone = {f[1] for f in counts if not f[0] and len(parts_of[f]) == 1}
    # A line that is a name alone ('"Madame Olenska."') greets, calls the one it names.
    greeted = {_form(c) for c in candidates if c.in_quote and _whole_line(text, c)}
    uses = _Uses(where, alone, told, counts, called | greeted, text, calls, tags)
    generations = _generations(text, candidates)
    for form in order:
        title, key = form
        parts = parts_of[form]
        gender = tables.TITLES.get(title, "")
        male, female = votes[form]
        found = _find(
            form,
            parts,
            gender,
            male,
            female,
            clusters,
            by_key,
            by_first,
            by_last,
            by_title,
            form in present,
            narrated,
            sons,
            uses,
            generations,
        )
        if found < 0:
            found = len(clusters)
            clusters.append(_Cluster())
        c = clusters[found]
        c.forms.append((title, key, parts))
        if len(parts) > 1:
            c.full_names += 1
            c.husband_named += husbands_name(title, parts)
        c.count += counts[form]
        c.male += male
        c.female += female
        if gender and not c.title_gender:
            c.title_gender = gender
        assigned[form] = found
        _index(by_key, key.lower(), found)
        if title:
            c.titles.add(title)
            _index(by_title, TITLE_NOUNS.get(title, title), found)
        if parts:
            _index(by_first, parts[0].lower(), found)
            _index(by_last, parts[-1].lower(), found)
    return assigned


def _index(index: dict[str, list[int]], key: str, value: int) -> None:
    found = index.setdefault(key, [])
    if value not in found:
        found.append(value)


def _find(
    form: tuple[str, str],
    parts: tuple[str, ...],
    gender: str,
    male: int,
    female: int,
    clusters: list[_Cluster],
    by_key: dict[str, list[int]],
    by_first: dict[str, list[int]],
    by_last: dict[str, list[int]],
    by_title: dict[str, list[int]],
    present: bool,
    narrated: set[tuple[str, str]],
    sons: set[str],
    uses: _Uses,
    generations: frozenset[str] = frozenset(),
) -> int:
    """Return the cluster a form joins, or -1 for a new one. ``present``: the text uses the
    form in the narration, as a call or as a speech tag, not only in talk about someone;
    ``narrated``: the forms the narration uses and no call in a quote (``_namesakes``);
    ``sons``: the words the text titles "Master" alone (``_son_of_the_house``); ``uses``:
    where the text uses each form (``_rivals``); ``generations``: the surnames the text
    tells an old and a young bearer of (``_generations``)."""
    title, key = form

    def clash(i: int) -> bool:
        other = clusters[i].gender()
        return bool(gender and other and gender != other)

    def fits(i: int) -> bool:
        other = clusters[i].gender()
        if gender and other:
            return gender == other
        if title in RANKS and other == "f" and female <= male:
            return False  # "Captain Harville" is not Fanny Harville without a "she"
        if gender == "f" and not other:
            # A bare surname in a story is usually a man's; "Mrs. X" needs her own evidence.
            # "Miss Fairfax" is Gwendolen Fairfax, the one Fairfax, whose given name no list
            # knows and whom no "he" follows.
            c = clusters[i]
            return (
                c.female > c.male
                or _census_female(c)
                or (not c.male and _unknown_given(c) and len(by_last.get(low, [])) == 1)
            )
        # Pronouns after a name often belong to someone else: a titled cluster's gender
        # yields only to a clear majority of them.
        least = 2 if clusters[i].title_gender else 1
        own = "m" if male > max(least, 2 * female) else "f" if female > max(least, 2 * male) else ""
        return not (own and other and own != other)

    def pick(found: Iterable[int], lenient: bool = False, titled: bool = False) -> int:
        best = [
            i
            for i in dict.fromkeys(found)
            if (fits(i) or (lenient and not clash(i)))
            and not rank_and_miss(title, clusters[i].titles)
            and not _wife_and_husband(title, parts, clusters[i])
            and not mother_and_daughter(form, clusters[i].titles, clusters[i].forms)
            and not _another_rank(title, clusters[i].titles)
        ]
        if not best:
            return -1
        # A cluster known to share the form's gender first, then (for a title alone) the one
        # the text gives the title most, then the most mentioned.
        return max(
            best,
            key=lambda i: (
                bool(gender) and clusters[i].gender() == gender,
                uses.titled(clusters[i], title) if titled else 0,
                clusters[i].count,
            ),
        )

    low = key.lower()
    if not parts:  # a title alone: the one character holding it, or a name it opens
        # "the Doctor" is the one "Dr Marjoribanks"
        # "the Captain" is Captain Cuttle, called so throughout, not Sol Gills, whom one
        # slip calls "Captain Gills" and the text names more often.
        titled = by_title.get(TITLE_NOUNS.get(title, title), [])
        return pick(titled or by_first.get(low, []), titled=bool(titled))
    if title in tables.KINSHIP_TITLES:
        # "Aunt March" is not Jo March, but "Uncle John" is the one John Linden.
        if len(parts) == 1 and is_given_name(low):
            return pick(_unique(by_first.get(low, [])))
        if len(parts) == 1:  # "Cousin Worm" is the one "Worm", a nickname no full name holds
            return pick(
                _unique(
                    i
                    for i in by_key.get(low, [])
                    if all(not t and len(p) == 1 for t, _, p in clusters[i].forms)
                ),
                lenient=True,
            )
        return -1
    if married(title, key) and len(parts) == 1:
        # A married woman is known by her title: "Mrs. Morel" is not "Morel" (her husband)
        # nor "Georgiana Reed" (a daughter the text calls "Georgiana"), nor "Miss Squeers"
        # (a daughter the text never calls by her given name alone: another civil title).
        found = pick(i for i in by_key.get(low, []) if title in clusters[i].titles)
        other_titles = OTHER_TITLES.get(title, set())
        surnamed = [i for i in by_last.get(low, []) if not clusters[i].titles & other_titles]
        if found < 0:  # "Mrs. Rachel" is "Mrs. Rachel Lynde"
            found = pick(_unique(i for i in by_first.get(low, []) if title in clusters[i].titles))
        if found < 0:  # "Mrs. Gargery" is "Mrs. Joe Gargery", the one wife of that surname
            found = pick(_unique(i for i in surnamed if clusters[i].wife()))
        if found < 0:  # "Mrs. Todd" is "Mrs. Almira Todd", whom the text never names bare
            found = pick(
                _unique(
                    i
                    for i in surnamed
                    if _always_titled(clusters[i], title)
                    and all(by_key.get(k.lower()) == [i] for _, k, _ in clusters[i].forms)
                )
            )
        if found < 0:  # "Mrs. Todd" is Almira Todd, the one woman of that name
            found = pick(
                _unique(
                    i
                    for i in surnamed
                    if clusters[i].gender() == "f"
                    and any(
                        len(p) > 1 and tables.GIVEN_NAMES.get(p[0].lower()) == "f"
                        for _, _, p in clusters[i].forms
                    )
                    and not _known_by_given_name(clusters[i])
                )
            )
        if found < 0 and title == "mrs" and not any("mr" in clusters[i].titles for i in surnamed):
            # "Lecount, it's cold": the bare surname only talk uses, no "he" after it and no
            # "Mr. Lecount" in the story, is the one Mrs. Lecount, called so by an employer.
            found = pick(
                _unique(i for i in surnamed if _bare_in_talk_only(clusters[i], low, narrated)),
                lenient=True,
            )
        if found < 0 and title != "lady":
            found = _talked_of_woman(form, surnamed, clusters, uses)
        if found < 0 and title == "mrs":  # "Mrs Glegg" is the one "Aunt Glegg"
            found = _aunt_of_surname(form, surnamed, clusters, uses)
        return found
    # "Miss March" is not "Mrs. March": a different civil title is a different person.
    exact = pick(
        i
        for i in by_key.get(low, [])
        if not (clusters[i].titles & OTHER_TITLES.get(title, set()))
        and not (not title and len(parts) == 1 and _only_mrs(clusters[i]))
    )
    if exact >= 0:
        return exact
    if len(parts) > 1 and (_REGNAL.fullmatch(parts[-1]) or _ORDINAL.fullmatch(parts[-1])):
        return -1  # "Charles II", "Charles the Second" are not Charles Musgrove
    first, last = parts[0].lower(), parts[-1].lower()
    if title in _SOVEREIGNS:  # "King John" is not Jack Durbeyfield, but "King Lear" is Lear
        return pick(i for i in by_first.get(first, []) if title in clusters[i].titles)
    firsts = [first, *tables.NICKNAMES.get(first, ()), *_REVERSE_NICKNAMES.get(first, ())]
    if len(parts) > 1:
        same_last = [i for i in by_last.get(last, []) if _shares_first(clusters[i], firsts)]
        if same_last:
            return pick(same_last)
        same_first = [
            i
            for name in firsts
            for i in by_first.get(name, [])
            if not _regnal(clusters[i])
            and not _other_surname(clusters[i], parts)
            and (name == first or not uses.two_people(form, clusters[i], name))
        ]
        if len(set(same_first)) == 1 and not title:
            return pick(same_first)
        return -1
    if title and tables.TITLES.get(title) is not None and title not in tables.RANK_TITLES:
        # "Mr. Bennet", "Dr. Osei": a surname first; "Miss Lucy": a given name. A character
        # the text calls by a bare given name ("Jo") is not "Mrs. March": that is a parent.
        surname_of = by_last.get(first, [])
        rivals = _rivals(title, surname_of, clusters, sons - {first}, uses)
        if rivals:  # the one man of the surname the title fits; of two brothers named in
            # full ("Mr. Surface"), the one the text has named before it, if only one is
            chosen = rivals if len(rivals) == 1 else uses.named_before(rivals, clusters, form)
            found = pick(_unique(chosen))
            if found >= 0:
                return found
        if title in ("mr", "mrs"):  # but "Mr. Worthing" is Jack Worthing, the one man
            surname_of = [
                i
                for i in surname_of
                if not _known_by_given_name(clusters[i])
                or (title == "mr" and _may_be_a_man(clusters[i]) and _unique(surname_of))
            ]
        if title == "mr" and first in generations:  # "old Mr. Emerson" is not George
            surname_of = [
                i for i in surname_of if not _known_by_given_name(clusters[i], uses.alone)
            ]
        if title == "mr":  # "Mr Elliot" is not Sir Walter Elliot: a knight is never "Mr."
            # nor Tom Tulliver, whom the text calls "Master Tom": a boy, the son of the house
            surname_of = [i for i in surname_of if _may_be_mister(clusters[i], sons - {first})]
        found = pick(surname_of)
        if found >= 0:
            return found
        if title in UNMARRIED_TITLES:
            found = _talked_of_woman(form, by_last.get(first, []), clusters, uses)
            if found >= 0:
                return found
        # "Miss Lucy", "Sir Kay": a given name; "Mrs. Watson" is a surname nonetheless.
        lenient = title not in ("mr", "mrs", "ms")
        return pick((i for n in firsts for i in by_first.get(n, [])), lenient=lenient)
    if not present:
        # A short form only talked about ("You know about Harry", to Sir Henry) names no one
        # else by the nickname table alone: the text must use it of someone present.
        firsts = [first]
    by_nickname = [
        i
        for n in firsts
        for i in by_first.get(n, [])
        if n == first
        or not (_namesakes(form, clusters[i], n, narrated) or uses.two_people(form, clusters[i], n))
    ]
    surnamed = by_last.get(first, [])
    if title in MARRIED_TITLES:
        # "Lady Elliot" is not the Anne Elliot the text calls "Anne": that is a daughter,
        # as "Mrs. March" is not Jo March.
        surnamed = [i for i in surnamed if not _known_by_given_name(clusters[i])]
    found_all = [*by_nickname, *surnamed]
    plain = [i for i in found_all if not _regnal(clusters[i])]  # "Henry" is Henry Jones
    # A given name is the one it spells before a nickname's: "Sir John" is John
    # Durbeyfield, not the "Jack Dollop" of a tale, however often that one is named.
    spelled = set(by_first.get(first, []))
    if spelled and len(firsts) > 1:
        found = pick(i for i in (plain or found_all) if i in spelled or i in surnamed)
        if found >= 0:
            return found
    return pick(plain) if plain else pick(found_all)


class _Uses:
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

    def two_people(self, form: tuple[str, str], c: _Cluster, given: str) -> bool:
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
        return any(t in tables.CIVIL_TITLES and t != title and k == key for t, k in self.forms)

    def titled(self, c: _Cluster, title: str) -> int:
        """Return how often the text uses the forms of cluster ``c`` that carry ``title``
        (or a title of the same noun: "Dr." and "Doctor")."""
        noun = TITLE_NOUNS.get(title, title)
        return sum(
            len(self.where.get((t, k), ()))
            for t, k, _ in c.forms
            if t and TITLE_NOUNS.get(t, t) == noun
        )

    def named_before(
        self, rivals: list[int], clusters: list[_Cluster], form: tuple[str, str]
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


def _rivals(
    title: str, holders: list[int], clusters: list[_Cluster], sons: set[str], uses: _Uses
) -> list[int]:
    """Return, of two or more people of one surname, the men a man's civil or military
    title before that surname ("Mr. Surface", "Captain Absolute") may name: men who may be
    "Mr." (no knight: Sir Anthony Absolute is not "Captain Absolute" beside his son; no
    son of the house the text calls "Master"), and of them, for "Mr.", those the text never
    calls by the given name alone, if any are. Nothing when the surname is one person's
    (the rules of ``_find`` decide)."""
    if (title != "mr" and title not in RANKS) or len(set(holders)) < 2:
        return []
    men = [
        i
        for i in dict.fromkeys(holders)
        if _may_be_a_man(clusters[i]) and _may_be_mister(clusters[i], sons)
    ]
    if title == "mr":
        men = [i for i in men if not _known_by_given_name(clusters[i], uses.alone)] or men
    return men


def _talked_of_woman(
    form: tuple[str, str], surnamed: list[int], clusters: list[_Cluster], uses: _Uses
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
    holders = _unique(surnamed)
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


def _whole_line(text: str, cand: Candidate) -> bool:
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


def _aunt_of_surname(
    form: tuple[str, str], surnamed: list[int], clusters: list[_Cluster], uses: _Uses
) -> int:
    """Return the cluster "Mrs. X" names when the one person of surname X is an "Aunt X"
    and the story has no other of that name: no bare "X", no full name, no "Mr." or
    "Miss X" ("Your Aunt Glegg's coming to tea" ... "Mrs Glegg will be here"). An aunt
    called by her surname has married into it; beside a family of that surname ("Jo
    March", "Mrs. March") "Aunt March" is a great-aunt and "Mrs. March" the mother. Else
    -1."""
    _, key = form
    holders = _unique(surnamed)
    if not holders or key in uses.alone or uses.other_titles_of(form):
        return -1
    c = clusters[holders[0]]
    if all(t in _AUNTS and len(p) == 1 for t, _, p in c.forms):
        return holders[0]
    return -1


# The words before a surname that tell a father from a son of it: "old Mr. Emerson",
# "young Emerson", "the elder Osborne".
_AGED = re.compile(r"\b(?:[Oo]ld|[Yy]oung|[Ee]lder|[Yy]ounger)[ \t]+\Z")
_AGED_REACH = 10


def _generations(text: str, candidates: Sequence[Candidate]) -> frozenset[str]:
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


def _another_rank(title: str, titles: set[str]) -> bool:
    """Whether a titled form and a cluster of the same name are two people because one is a
    sovereign and the other holds another title: "King John" (a king in a history) is not
    the "Sir John" a parson greets, nor "Queen Anne" the "Lady Anne" of the house; but
    "King Lear" is the bare "Lear"."""
    if not title or not titles or title in titles:
        return False
    return title in _SOVEREIGNS or bool(titles & _SOVEREIGNS)


def _regnal(c: _Cluster) -> bool:
    """Whether a cluster is a sovereign by number ("Henry VIII", "Henry the Eighth"), whom
    a "Henry Jones" of the same given name is not."""
    return any(
        len(p) > 1 and (_REGNAL.fullmatch(p[-1]) or _ORDINAL.fullmatch(p[-1]))
        for _, _, p in c.forms
    )


# A regnal number ("Charles II", "Henry VIII") and a sovereign's title set a name apart.
_REGNAL = re.compile(rf"(?:{tables.REGNAL_NUMERALS})")
_ORDINAL = re.compile(rf"(?:{tables.REGNAL_ORDINALS})")
_SOVEREIGNS = frozenset("king queen emperor empress pope tsar czar sultan".split())


def _namesakes(
    form: tuple[str, str],
    c: _Cluster,
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


def _wife_and_husband(title: str, parts: tuple[str, ...], c: _Cluster) -> bool:
    """Whether a form and cluster ``c`` are a wife known by her husband's whole name and
    someone else: "Mrs. Joe Gargery" joins no "Joe Gargery" nor "Joe", only another form of
    hers; and a cluster of such names takes only a married woman's title ("Mrs. Joe",
    "Mrs. Gargery"), not the husband's bare name."""
    if husbands_name(title, parts):
        return not c.wife()
    return c.wife() and title not in MARRIED_TITLES


def _son_of_the_house(c: _Cluster, sons: set[str]) -> bool:
    """Whether a cluster's given name is one the text titles "Master" (``sons``: "Master
    Tom" beside "Tom Tulliver"): a boy, whom the household tells from his father so, the
    father being "Mr Tulliver". "Master Reed" (a surname) says nothing of the kind; nor
    does "Mr Franklin", a servant's name for a grown man who is "Mr. Blake" to others."""
    return any(len(p) > 1 and p[0].lower() in sons for _, _, p in c.forms)


_SONS_TITLES = frozenset(("master",))


def _mans_rank(title: str) -> bool:
    """Whether ``title`` is a man's title of rank ("sir", "lord", "earl"): a son is named
    after his father; "Lady Bridget" is "Biddy" to the narration as well."""
    return title in tables.RANK_TITLES and tables.TITLES.get(title) == "m"


def _unique(found: Iterable[int]) -> list[int]:
    """Return ``found`` when it holds one cluster (however often), else nothing."""
    distinct = list(dict.fromkeys(found))
    return distinct if len(distinct) == 1 else []


def _bare_in_talk_only(c: _Cluster, low: str, narrated: set[tuple[str, str]]) -> bool:
    """Whether cluster ``c`` is only the bare surname ``low``, which the narration never
    uses and no "he" follows."""
    return (
        not c.male
        and all(not t and k.lower() == low for t, k, _ in c.forms)
        and not any((t, k) in narrated for t, k, _ in c.forms)
    )


def _only_mrs(c: _Cluster) -> bool:
    """Whether a cluster is a "Mrs. X" with no other name."""
    return c.titles == {"mrs"} and all(len(p) == 1 for _, _, p in c.forms)


def _always_titled(c: _Cluster, title: str) -> bool:
    """Whether every full name of a cluster carries ``title`` ("Mrs. Almira Todd")."""
    full = [t for t, _, p in c.forms if len(p) > 1]
    return bool(full) and all(t == title for t in full)


def _known_by_given_name(c: _Cluster, alone: set[str] | None = None) -> bool:
    """Whether a cluster has a full name whose given name the text also uses alone:
    ``alone``, the one-word untitled names of the whole story (``_Uses.alone``), or by
    default the cluster's own forms placed so far."""
    bare = alone if alone is not None else {p[0] for t, _, p in c.forms if len(p) == 1 and not t}
    return any(len(p) > 1 and p[0] in bare for _, _, p in c.forms)


def _may_be_mister(c: _Cluster, sons: set[str]) -> bool:
    """Whether "Mr." or a rank before the cluster's surname may name it: no knight ("Mr
    Elliot" is not Sir Walter Elliot) and no son of the house the text calls "Master"
    (``_son_of_the_house``: "Mr. Tulliver" is not Tom Tulliver)."""
    return not any(knights_title(t) for t in c.titles) and not _son_of_the_house(c, sons)


def _may_be_a_man(c: _Cluster) -> bool:
    """Whether a cluster is a man, or of unknown gender with no census woman's given name
    ("Jos Sedley", whom few pronouns name, may be "Mr. Sedley"; "Jo March" may not)."""
    gender = c.gender()
    return gender == "m" or (not gender and not _census_female(c))


def _census_female(c: _Cluster) -> bool:
    """Whether a cluster of unknown gender goes by a census woman's given name."""
    return any(p and tables.GIVEN_NAMES.get(p[0].lower()) == "f" for t, _, p in c.forms if not t)


def _unknown_given(c: _Cluster) -> bool:
    """Whether a cluster has a full name, untitled, whose given name the census lists do not
    know ("Gwendolen Fairfax"; not "Tom Pryor")."""
    return any(
        len(p) > 1 and p[0].lower() not in tables.GIVEN_NAMES for t, _, p in c.forms if not t
    )


def _other_surname(c: _Cluster, parts: tuple[str, ...]) -> bool:
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


def _shares_first(c: _Cluster, firsts: list[str]) -> bool:
    return any(p and p[0].lower() in firsts for _, _, p in c.forms)


def canonical_name(
    forms: Sequence[tuple[str, str, tuple[str, ...]]],
    surfaces: Counter[str],
    elsewhere: frozenset[str] = frozenset(),
) -> str:
    """Return the canonical name of a cluster of name forms (title, key, parts), given how
    often each surface form occurs: the fullest name, its title dropped ("Sir Lancelot du
    Lac" is "Lancelot du Lac") unless the text gives nothing but a title and one name ("Mrs.
    Hudson", "Monsieur de Tréville"); a bare name beats a titled one ("Sir Kay" is "Kay"),
    but not one of its short forms ("Sir Henry" is "Sir Henry", not "Harry").

    ``elsewhere`` holds the one-word names (lower case) other clusters go by: a full name
    whose given name is one of them ("Miss Jemima Pinkerton" where "Miss Jemima" is another
    cluster than "Miss Pinkerton": two sisters) names either, so the cluster is called by its
    other forms when it has any (``given_name_elsewhere``)."""
    plain = [f for f in forms if len(f[2]) < 2 or f[2][0].lower() not in elsewhere]
    forms = plain or forms
    fuller = {p.lower() for _, _, parts in forms for p in parts}

    def short(parts: tuple[str, ...]) -> bool:
        if len(parts) != 1:
            return False
        return not tables.NICKNAMES.get(parts[0].lower(), frozenset()).isdisjoint(fuller)

    title, key, parts = max(
        forms,
        key=lambda f: (len(f[2]), not short(f[2]), not f[0], surfaces[f[1]], len(f[1])),
    )
    if title and (len(parts) == 1 or husbands_name(title, parts)):  # "Mrs Charles Musgrove"
        titled = [s for s in surfaces if s != key and s.endswith(key)]
        if titled:
            return max(titled, key=lambda s: (surfaces[s], s))
    return key


def given_name_elsewhere(
    members: Mapping[int, Sequence[tuple[str, str, tuple[str, ...]]]],
    joined: Mapping[int, int],
) -> dict[int, frozenset[str]]:
    """Return, for each cluster of ``members`` (cluster number to its forms: title, key,
    parts), the one-word names (lower case) that some other cluster goes by and that are the
    given name of one of its own full names: the ``elsewhere`` of ``canonical_name``.
    ``joined`` maps a cluster to the one it is another name of ("Laurie" to Theodore
    Laurence: ``diminutives``); such a cluster is no other one."""
    owners: dict[str, set[int]] = {}
    for cid, forms in members.items():
        for _, key, parts in forms:
            if len(parts) == 1:
                owners.setdefault(key.lower(), set()).add(joined.get(cid, cid))
    found: dict[int, frozenset[str]] = {}
    for cid, forms in members.items():
        given = {
            parts[0].lower()
            for _, _, parts in forms
            if len(parts) > 1 and owners.get(parts[0].lower(), set()) - {cid}
        }
        if given:
            found[cid] = frozenset(given)
    return found
