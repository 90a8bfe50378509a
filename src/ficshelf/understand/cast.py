"""From name candidates to characters: which candidates are people, and who is who.

``build_cast`` takes the candidates ``names`` found and returns the story's characters, each
with its mentions and a canonical name:

1. *Is it a person?* Evidence is pooled per name (every "Theo" in the story): a title, a
   speech verb, a vocative, a possessive, a person's verb count for it; a place preposition
   ("in Paris") counts against it; stop lists and place heads ("Baker Street") rule it out.
   A name seen only at sentence starts needs a speech verb, vocative or title, or must be part
   of a longer name the text gives. A thing is no person: a name the text goes on to call
   "it" with no person's cue ("took up Excalibur and whirled it"), an "X of Y" headed by a
   word for a place or thing ("Vale of Blakemore", "Bank of Leichardt"), an English word
   seen once with no person's cue ("the great Council"), a word no list knows seen once at
   a sentence start with neither a verb nor a "he"/"she" after it ("Dost know", "Boils
   round"), a given name mostly after "the" with no person's cue (a ship or an inn: "the
   Nellie"), a run of English words used like a person at most once ("Special
   Correspondent").
2. *Who is who?* Distinct name forms are clustered longest first through dictionaries keyed
   by name parts: "Vance" and "Dr. Vance" join "Theodora Vance" (last part), "Theo" joins her
   too (first part or nickname table), "Miss Pryor" joins the Pryor whose pronouns are
   feminine, "Mrs. Todd" joins the one "Mrs. Almira Todd" the text never names bare, "the
   Doctor" joins the one "Dr X"; "Miss X" and "Dr X" (or "Captain X") stay apart, a
   daughter and her father. No pass compares mentions pairwise.
3. *Canonical name*: the fullest form the text gives, without a title of rank ("Sir Kay" is
   "Kay") but with a civil title when the text gives no given name ("Mrs. Hudson").

Unnamed characters ("the ferryman", "her father") are ``descriptors``'s.

Salience combines mention count, spread over the story and dialogue involvement.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from ficshelf.understand import name_tables as tables
from ficshelf.understand.names import Candidate
from ficshelf.understand.person_nouns import TITLE_NOUNS
from ficshelf.understand.title_rules import (
    OTHER_TITLES,
    RANKS,
    married,
    rank_and_miss,
)
from ficshelf.understand.title_rules import (
    is_given_name as is_given_name,
)

_REVERSE_NICKNAMES: dict[str, set[str]] = {}
for _short, _fulls in tables.NICKNAMES.items():
    for _full in _fulls:
        _REVERSE_NICKNAMES.setdefault(_full, set()).add(_short)


@dataclass(slots=True)
class _Evidence:
    count: int = 0
    mid: int = 0
    mid_plain: int = 0
    titled: int = 0
    speech: int = 0
    vocative: int = 0
    weak_vocative: int = 0
    possessive: int = 0
    person_verb: int = 0
    place: int = 0
    subject: int = 0
    object_of: int = 0
    after_of: int = 0
    after_article: int = 0
    after_the: int = 0
    male: int = 0
    female: int = 0
    neuter: int = 0
    pronoun: int = 0
    finite_verb: int = 0
    thing: int = 0
    personal: int = 0
    kind: int = 0
    described: int = 0

    def add(self, cand: Candidate) -> None:
        self.count += 1
        self.mid += not cand.initial
        self.mid_plain += not cand.initial and not cand.vocative
        self.titled += bool(cand.title) and bool(cand.parts)
        self.speech += cand.speech
        self.vocative += cand.vocative
        # "Terrible," the Lion repeats: an English word opening a quote is no call.
        self.weak_vocative += cand.vocative and cand.initial and _english_word(cand.key.lower())
        self.possessive += cand.possessive
        self.person_verb += cand.person_verb
        self.place += cand.place
        self.subject += cand.subject
        self.object_of += cand.object_of
        self.after_of += cand.after_of
        self.after_article += cand.after_article
        self.after_the += cand.after_the
        self.male += cand.gender == "m"
        self.female += cand.gender == "f"
        self.neuter += cand.neuter
        self.pronoun += cand.pronoun
        self.finite_verb += cand.finite_verb
        self.thing += cand.thing
        self.personal += cand.personal
        self.kind += cand.kind
        self.described += cand.described

    @property
    def strong(self) -> int:
        return self.speech + self.vocative - self.weak_vocative + self.titled

    @property
    def person(self) -> int:
        # "Theo's pale face" counts twice: a place or a thing has no face.
        return 2 * self.strong + self.possessive + self.personal + self.person_verb + self.described


@dataclass(slots=True)
class Character:
    """A character: canonical ``name``, its ``mentions`` as (start, end, surface) in text
    order, ``dialogue`` = speech tags and vocatives naming it, ``salience`` in [0, 1]."""

    name: str
    mentions: list[tuple[int, int]] = field(default_factory=list)
    dialogue: int = 0
    salience: float = 0.0
    descriptor: bool = False


@dataclass(slots=True)
class _Cluster:
    forms: list[tuple[str, str, tuple[str, ...]]] = field(default_factory=list)
    count: int = 0
    title_gender: str = ""
    male: int = 0
    female: int = 0
    titles: set[str] = field(default_factory=set)

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


def accepted_keys(text: str, candidates: Sequence[Candidate]) -> set[str]:
    """Return the name keys (``Candidate.key``) whose pooled evidence says they name a
    person (see the module docstring, step 1). ``text`` is searched once for the lower-case
    forms of names seen only where any word is capitalised ("Late!" next to "late")."""
    evidence: dict[str, _Evidence] = {}
    multi_parts: set[str] = set()
    for cand in candidates:
        evidence.setdefault(cand.key, _Evidence()).add(cand)
    accepted: set[str] = set()
    for key, ev in evidence.items():
        parts = key.split()
        if _is_person(key, parts, ev):
            accepted.add(key)
            if len(parts) > 1:
                multi_parts.update(_own_parts(parts))
    for key, ev in evidence.items():
        if key in accepted or key not in multi_parts:
            continue
        low = key.lower()
        if low in tables.WEAK_STOP_WORDS or low in tables.PLACE_NAMES:
            continue
        if ev.place <= ev.person:
            accepted.add(key)
    doubtful = {
        key.lower(): key
        for key in accepted
        if _doubtful(key, evidence[key]) and key not in multi_parts
    }
    accepted.difference_update(k for low, k in doubtful.items() if _english_word(low))
    if doubtful:
        alternation = "|".join(map(re.escape, doubtful))
        # (the lookahead of first letters lets the engine skip every other position fast)
        firsts = "".join(sorted({re.escape(low[0]) for low in doubtful}))
        pattern = re.compile(rf"(?=[{firsts}])\b(?:{alternation})\b")
        accepted.difference_update(doubtful[m.group()] for m in pattern.finditer(text))
    return accepted


def _english_word(low: str) -> bool:
    """Whether ``low`` is an English word and no given name ("terrible", "wedlock")."""
    return (is_common_word(low) or low in tables.ENGLISH_WORDS) and not is_given_name(low)


def _own_parts(parts: list[str]) -> list[str]:
    """Return the capitalised words of a name before any "of": "Robin of Locksley" makes
    "Robin" a name, not the place "Locksley"."""
    own: list[str] = []
    for part in parts:
        if part in _OF_PARTICLES:
            break
        if part[0].isupper():
            own.append(part)
    return own


_OF_PARTICLES = frozenset(("of", "o'", "o’"))


def _doubtful(key: str, ev: _Evidence) -> bool:
    """Whether a name is seen only where any word is capitalised (sentence or quote starts),
    with nothing but that position to say it is a name ("Laughter ran" is no person)."""
    if " " in key or ev.mid_plain or ev.speech or ev.titled or is_given_name(key.lower()):
        return False
    return key.lower() in tables.COMMON_WORDS or not (ev.person_verb or ev.possessive)


# A lower-case letter three times running is a drawn-out sound ("Sssso", "Hmmm", "Brrr"),
# no name (but "Napoleon III" is).
_DRAWN_OUT = re.compile(r"([a-z])\1\1")


def _is_person(key: str, parts: list[str], ev: _Evidence) -> bool:
    low = key.lower()
    lows = [p.lower() for p in parts]
    if low in tables.STOP_WORDS or _DRAWN_OUT.search(key):
        return False
    if low in tables.PLACE_NAMES or (
        len(lows) == 2 and lows[0] == "new" and lows[1] in tables.PLACE_NAMES
    ):
        # "in Florence", but "said Florence"; a "he" or "she" after "London" with no
        # person's cue of its own is someone else's
        cues = 2 * ev.strong + ev.possessive + 2 * ev.personal + ev.person_verb
        own = cues > 0
        return own and cues + ev.male + ev.female > 2 * (ev.place + ev.object_of)
    if lows[-1] in tables.PLACE_HEADS and (len(parts) > 1 or ev.after_the or ev.place):
        return False
    if lows[-1] in tables.GROUP_HEADS:  # "the Happy Family"; "People told them"
        return False
    if ev.thing and not ev.strong:  # "a tall bay called Cavalier"
        return False
    if ev.place and ev.place >= ev.person:
        return False
    the_name = ev.after_the * 2 > ev.count  # mostly "the X": "the Hatter", "the Cardinal"
    # A title or a person noun standing alone, capitalised as a name: "the Professor", "the
    # Wizard". Once, with nothing but a verb after it ("The Queen is home"), it is a passing
    # role; a kinship title used as a name mid-sentence ("I told Grandpa") is a name.
    if low in tables.TITLES or (low in tables.PERSON_NOUNS and the_name and ev.mid_plain):
        acts = ev.speech + ev.vocative + ev.person_verb > 0
        bare = low in tables.KINSHIP_TITLES and not ev.after_the and ev.mid_plain * ev.subject > 0
        return acts or bare or (the_name and ev.subject > 0 and ev.count > 1)
    if low in tables.WEAK_STOP_WORDS:
        return ev.strong > 0
    if len(parts) > 1:  # a run of capitalised words
        if _thing_of(lows) and not ev.strong:  # "Vale of Blakemore", "Bank of Leichardt"
            return False
        if the_name:  # "the White Rabbit" acts; "the Duchesse de Chevreuse" is titled
            return ev.person > 0 or any(
                p in tables.TITLES or p in tables.PERSON_NOUNS for p in lows
            )
        # "Tom Pryor" opens with a given name or acts; "in New Zealand" or "Stock Exchange"
        # stand where places and things do.
        if is_given_name(lows[0]) or ev.person > 0:
            return True
        # Every word an English word ("Special Correspondent", "Yellow Labour"): a title
        # or a thing unless the text uses it like a person more than once.
        if all(_english_word(w) for w in lows):
            return ev.subject > 1
        return ev.subject > 0
    if _plural(low) and not ev.strong:  # "the Cardinal's Guards", "Fairies do."
        return False
    if _group(low, ev):  # "the Brahmins", "the Ashburnhams": a people or a family
        return False
    if ev.after_article and not ev.strong:  # "a Gascon", "an Englishman": a kind of person
        return False
    if 2 * ev.kind >= ev.count and not ev.strong:  # "a little Swede boy"
        return False
    if is_given_name(low):  # "a letter from Lydia", but not "the men of Sherwood"
        if the_name:  # "the Nellie", "the Benbow": a ship or an inn
            return ev.person > 0
        return ev.person > 0 or ev.count > ev.place + ev.after_of
    if ev.person == 0 and ev.neuter > ev.male + ev.female:  # "whirled Excalibur ... it"
        return False
    if _PEOPLE_OR_ADJECTIVE.search(low):  # "the Bohemian", "Persians", but "Dawlish's"
        return ev.strong > 0 or ev.possessive > 0
    if the_name:  # "the Hatter" acts; "about the Mainland", "on the Mainland" is a place
        if ev.object_of >= ev.count and _english_word(low) and not ev.vocative:
            return False
        return ev.person > 0
    if low in tables.COMMON_WORDS:  # "Content", "Familiar": a person only when used like one
        return ev.person > 0
    if ev.count == 1 and _english_word(low):  # "the great Council", "Algebra"
        return ev.person > 0
    # A bare name needs a person's cue, or to stand where a person does: before a verb
    # ("Lydia has married") or after one ("marry Bingley") more often than after a
    # preposition ("at Pemberley", "of Sherwood"); as often only with a "he" or "she" after.
    if ev.person > 0:
        return True
    if ev.place or not ev.subject or ev.subject < ev.object_of:
        return False
    # A word no list knows, seen once and only where any word is capitalised, with nothing
    # but its place to go by, is as often a foreign or dialect word ("Dost", "Introibo").
    if ev.count == 1 and not ev.mid:  # "Persephone has", but "Dost know", "Boils round"
        return ev.pronoun + ev.finite_verb > 0
    return ev.subject > ev.object_of or ev.male + ev.female > 0


def _thing_of(lows: list[str]) -> bool:
    """Whether a name "X of Y" is headed by a word for a thing or a place ("Vale of
    Blakemore", "High Court of Chancery"), not a title, a person noun or a name ("Earl of
    Moreland", "Knights of the Round Table", "Robin of Locksley")."""
    if "of" not in lows or lows[0] == "of":
        return False
    head = lows[lows.index("of") - 1]
    singular = head[:-1] if head.endswith("s") else head
    if {head, singular} & (tables.TITLES.keys() | tables.PERSON_NOUNS) or is_given_name(head):
        return False
    return head in tables.PLACE_HEADS or _english_word(head)


# Endings of nationality and group words ("Bohemian", "Persians", "Chinese", "Gothic").
_PEOPLE_OR_ADJECTIVE = re.compile(
    r"(?:ian|ean|ans|ers|ites|ists|ese|ish|ic|ch|(?:ish|ch|se)m[ae]n)\Z"
)
_NOT_PLURAL_ENDINGS = ("ss", "us", "is", "os", "as", "ys")


def _group(low: str, ev: _Evidence) -> bool:
    """Whether a word ending in -s is mostly "the X": a people or a family ("the
    Brahmins", "the Bourbons"), never one person ("Athos", "Hades", "James")."""
    if low.endswith(("ishmen", "chmen")):  # "Englishmen", "Frenchmen"
        return True
    return (
        low.endswith("s")
        and not low.endswith(_NOT_PLURAL_ENDINGS)
        and ev.after_the * 2 >= ev.count
        and not ev.strong
    )


def _plural(low: str) -> bool:
    """Whether ``low`` is the plural of a common word ("guards", "fairies")."""
    if low.endswith("ies"):
        return low[:-3] + "y" in tables.COMMON_WORDS
    return low.endswith("s") and not low.endswith("ss") and low[:-1] in tables.COMMON_WORDS


def is_common_word(low: str) -> bool:
    """Return whether ``low`` (lower case) is a common English word or a regular form of
    one ("brawling" from "brawl", "fairies" from "fairy")."""
    if low in tables.COMMON_WORDS:
        return True
    stems: list[str] = []
    if low.endswith("ing"):
        stem = low[:-3]
        stems += [stem, stem + "e", stem[:-1] if len(stem) > 2 and stem[-1] == stem[-2] else ""]
    elif low.endswith("ed"):
        stems += [low[:-2], low[:-1]]
    elif low.endswith("ly"):
        stems += [low[:-2], low[:-3] + "y" if low.endswith("ily") else ""]
    elif low.endswith("ies"):
        stems += [low[:-3] + "y"]
    elif low.endswith("s"):
        stems += [low[:-1], low[:-2] if low.endswith("es") else ""]
    return any(len(s) > 2 and s in tables.COMMON_WORDS for s in stems)


def cluster(candidates: Sequence[Candidate]) -> dict[tuple[str, str], int]:
    """Return the cluster number of each accepted name form (title, key), clustering longest
    forms first through indexes of name parts (see the module docstring, step 2)."""
    counts: Counter[tuple[str, str]] = Counter()
    parts_of: dict[tuple[str, str], tuple[str, ...]] = {}
    votes: dict[tuple[str, str], list[int]] = {}
    for cand in candidates:
        form = _form(cand)
        counts[form] += 1
        parts_of[form] = cand.parts
        if form not in votes and len(cand.parts) > 1:
            # The census gender of a given name is a prior worth two pronouns.
            prior = tables.GIVEN_NAMES.get(cand.parts[0].lower(), "")
            votes[form] = [2 * (prior == "m"), 2 * (prior == "f")]
        v = votes.setdefault(form, [0, 0])
        v[0] += cand.gender == "m"
        v[1] += cand.gender == "f"
    # "Mrs. X" comes after the other one-word names, so that whether the text calls a
    # woman of that surname by her given name alone is known when it is placed.
    order = sorted(
        counts,
        key=lambda f: (
            -len(parts_of[f]),
            not parts_of[f],
            married(f[0], f[1]) and len(parts_of[f]) == 1,
            -counts[f],
        ),
    )
    clusters: list[_Cluster] = []
    by_key: dict[str, list[int]] = {}
    by_first: dict[str, list[int]] = {}
    by_last: dict[str, list[int]] = {}
    by_title: dict[str, list[int]] = {}
    assigned: dict[tuple[str, str], int] = {}
    for form in order:
        title, key = form
        parts = parts_of[form]
        gender = tables.TITLES.get(title, "")
        male, female = votes[form]
        found = _find(
            form, parts, gender, male, female, clusters, by_key, by_first, by_last, by_title
        )
        if found < 0:
            found = len(clusters)
            clusters.append(_Cluster())
        c = clusters[found]
        c.forms.append((title, key, parts))
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
) -> int:
    """Return the cluster a form joins, or -1 for a new one."""
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

    def pick(found: Iterable[int], lenient: bool = False) -> int:
        best = [
            i
            for i in dict.fromkeys(found)
            if (fits(i) or (lenient and not clash(i)))
            and not rank_and_miss(title, clusters[i].titles)
        ]
        if not best:
            return -1
        # A cluster known to share the form's gender first, then the most mentioned.
        return max(
            best, key=lambda i: (bool(gender) and clusters[i].gender() == gender, clusters[i].count)
        )

    low = key.lower()
    if not parts:  # a title alone: the one character holding it, or a name it opens
        # "the Doctor" is the one "Dr Marjoribanks"
        return pick(by_title.get(TITLE_NOUNS.get(title, title), []) or by_first.get(low, []))
    if title in tables.KINSHIP_TITLES:
        # "Aunt March" is not Jo March, but "Uncle John" is the one John Linden.
        if len(parts) == 1 and is_given_name(low):
            return pick(_unique(by_first.get(low, [])))
        return -1
    if married(title, key) and len(parts) == 1:
        # A married woman is known by her title: "Mrs. Morel" is not "Morel" (her husband)
        # nor "Georgiana Reed" (a daughter the text calls "Georgiana").
        found = pick(i for i in by_key.get(low, []) if title in clusters[i].titles)
        if found < 0:  # "Mrs. Rachel" is "Mrs. Rachel Lynde"
            found = pick(_unique(i for i in by_first.get(low, []) if title in clusters[i].titles))
        if found < 0:  # "Mrs. Todd" is "Mrs. Almira Todd", whom the text never names bare
            found = pick(
                _unique(
                    i
                    for i in by_last.get(low, [])
                    if _always_titled(clusters[i], title)
                    and all(by_key.get(k.lower()) == [i] for _, k, _ in clusters[i].forms)
                )
            )
        if found < 0:  # "Mrs. Todd" is Almira Todd, the one woman of that name
            found = pick(
                _unique(
                    i
                    for i in by_last.get(low, [])
                    if clusters[i].gender() == "f"
                    and any(
                        len(p) > 1 and tables.GIVEN_NAMES.get(p[0].lower()) == "f"
                        for _, _, p in clusters[i].forms
                    )
                    and not _known_by_given_name(clusters[i])
                )
            )
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
    if _REGNAL.fullmatch(parts[-1]) and len(parts) > 1:
        return -1  # "Charles II" is not Charles Musgrove
    first, last = parts[0].lower(), parts[-1].lower()
    if title in _SOVEREIGNS:  # "King John" is not Jack Durbeyfield, but "King Lear" is Lear
        return pick(i for i in by_first.get(first, []) if title in clusters[i].titles)
    firsts = [first, *tables.NICKNAMES.get(first, ()), *_REVERSE_NICKNAMES.get(first, ())]
    if len(parts) > 1:
        same_last = [i for i in by_last.get(last, []) if _shares_first(clusters[i], firsts)]
        if same_last:
            return pick(same_last)
        same_first = [i for name in firsts for i in by_first.get(name, [])]
        if len(set(same_first)) == 1 and not title:
            return pick(same_first)
        return -1
    if title and tables.TITLES.get(title) is not None and title not in tables.RANK_TITLES:
        # "Mr. Bennet", "Dr. Osei": a surname first; "Miss Lucy": a given name. A character
        # the text calls by a bare given name ("Jo") is not "Mrs. March": that is a parent.
        surname_of = by_last.get(first, [])
        if title in ("mr", "mrs"):  # but "Mr. Worthing" is Jack Worthing, the one man
            surname_of = [
                i
                for i in surname_of
                if not _known_by_given_name(clusters[i])
                or (title == "mr" and clusters[i].gender() == "m" and _unique(surname_of))
            ]
        found = pick(surname_of)
        if found >= 0:
            return found
        # "Miss Lucy", "Sir Kay": a given name; "Mrs. Watson" is a surname nonetheless.
        lenient = title not in ("mr", "mrs", "ms")
        return pick((i for n in firsts for i in by_first.get(n, [])), lenient=lenient)
    return pick([*(i for n in firsts for i in by_first.get(n, [])), *by_last.get(first, [])])


# A regnal number ("Charles II", "Henry VIII") and a sovereign's title set a name apart.
_REGNAL = re.compile(r"(?:I{2,3}|IV|VI{0,3}|IX|XI{0,3}|XIV|XV|XVI{1,3})")
_SOVEREIGNS = frozenset("king queen emperor empress pope tsar czar sultan".split())


def _unique(found: Iterable[int]) -> list[int]:
    """Return ``found`` when it holds one cluster (however often), else nothing."""
    distinct = list(dict.fromkeys(found))
    return distinct if len(distinct) == 1 else []


def _only_mrs(c: _Cluster) -> bool:
    """Whether a cluster is a "Mrs. X" with no other name."""
    return c.titles == {"mrs"} and all(len(p) == 1 for _, _, p in c.forms)


def _always_titled(c: _Cluster, title: str) -> bool:
    """Whether every full name of a cluster carries ``title`` ("Mrs. Almira Todd")."""
    full = [t for t, _, p in c.forms if len(p) > 1]
    return bool(full) and all(t == title for t in full)


def _known_by_given_name(c: _Cluster) -> bool:
    """Whether a cluster has a full name whose given name the text also uses alone."""
    bare = {p[0] for t, _, p in c.forms if len(p) == 1 and not t}
    return any(len(p) > 1 and p[0] in bare for _, _, p in c.forms)


def _census_female(c: _Cluster) -> bool:
    """Whether a cluster of unknown gender goes by a census woman's given name."""
    return any(p and tables.GIVEN_NAMES.get(p[0].lower()) == "f" for t, _, p in c.forms if not t)


def _unknown_given(c: _Cluster) -> bool:
    """Whether a cluster has a full name, untitled, whose given name the census lists do not
    know ("Gwendolen Fairfax"; not "Tom Pryor")."""
    return any(
        len(p) > 1 and p[0].lower() not in tables.GIVEN_NAMES for t, _, p in c.forms if not t
    )


def _shares_first(c: _Cluster, firsts: list[str]) -> bool:
    return any(p and p[0].lower() in firsts for _, _, p in c.forms)


def canonical_name(
    forms: Sequence[tuple[str, str, tuple[str, ...]]], surfaces: Counter[str]
) -> str:
    """Return the canonical name of a cluster of name forms (title, key, parts), given how
    often each surface form occurs: the fullest name, its title dropped ("Sir Lancelot du
    Lac" is "Lancelot du Lac") unless the text gives nothing but a title and one name ("Mrs.
    Hudson", "Monsieur de Tréville"); a bare name beats a titled one ("Sir Kay" is "Kay")."""
    title, key, parts = max(forms, key=lambda f: (len(f[2]), not f[0], surfaces[f[1]], len(f[1])))
    if title and len(parts) == 1:
        titled = [s for s in surfaces if s != key and s.endswith(key)]
        if titled:
            return max(titled, key=lambda s: (surfaces[s], s))
    return key
