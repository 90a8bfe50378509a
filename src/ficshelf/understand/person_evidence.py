"""Which name candidates are people: evidence pooled per name over the whole story.

``accepted_keys`` takes the candidates ``names`` found and returns the name keys that name a
person. Evidence is pooled per name (every "Theo" in the story): a title, a speech verb, a
vocative, a possessive, a person's verb count for it; a place preposition ("in Paris"), and
a possessive that owns nothing after "at" or one ("a carding room at Hamper's and"), count
against it; stop lists and place heads ("Baker Street") rule it out. A name seen only at
sentence starts needs a speech verb, vocative or title, or must be part of a longer name the
text gives. A thing is no person: an animal or a doll the text names as one ("the dog's name
was Bran", "the doll Catherine on her lap", "Tansy, the old terrier"), called by name or not; a
name the text goes on to call "it" with no person's cue ("took up Excalibur and whirled it"),
an "X of Y" headed by a word for a place or thing ("Vale of Blakemore", "Bank of Leichardt"),
an English word with no person's cue, seen once ("the great Council") or often (an invented
world's "Festival", "Festival or no", "The Festival was"), a word no list knows seen
once at a sentence start with neither a verb nor a "he"/"she" after it ("Dost know", "Boils
round"), a given name mostly after "the" with no person's cue (a ship or an inn: "the Nellie"),
a run of English words used like a person at most once ("Special Correspondent"), a word
the text also names a place with, that no speech, call or title of its own makes a person
("Netherfield Park" … "Netherfield is let"; "the Admiral Benbow inn" … "the old Benbow").
A full name is a person though no cue says so: a given name or a word no list knows, then a
surname no list knows, not where a place stands ("lent to her by Kostya Levin", not "at
Krasnoe Selo").

Who is who among the accepted names is ``name_clusters``'s; unnamed characters ("the
ferryman", "her father") are ``descriptors``'s.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from ficshelf.understand import name_tables as tables
from ficshelf.understand.dialect_words import voiced_english_word
from ficshelf.understand.eponyms import is_personified
from ficshelf.understand.fast_regex import compile_skipping
from ficshelf.understand.name_origins import origin_name
from ficshelf.understand.names import Candidate
from ficshelf.understand.nicknames import NICKNAMES
from ficshelf.understand.parent_names import names_a_family, parent_word_name
from ficshelf.understand.regex_tries import trie_regex
from ficshelf.understand.title_rules import is_given_name as is_given_name


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
    after_article_word: int = 0
    after_the: int = 0
    male: int = 0
    female: int = 0
    neuter: int = 0
    pronoun: int = 0
    finite_verb: int = 0
    thing: int = 0
    named_thing: int = 0
    personal: int = 0
    kind: int = 0
    described: int = 0
    after_at: int = 0
    saint: int = 0
    saint_place: int = 0
    saint_titled: int = 0
    led: int = 0
    led_owned: int = 0
    tagged_lines: int = 0  # speech cues beside a quote mark (counted only for things)
    names_place: int = 0  # the same form (title too) names a place elsewhere (``_place_forms``)

    def add(self, cand: Candidate, saint_place: bool = False) -> None:
        self.count += 1
        self.mid += not cand.initial
        self.mid_plain += not cand.initial and not cand.vocative
        titled = bool(cand.title) and bool(cand.parts)
        if titled and cand.title in tables.SAINT_TITLES:
            self.saint += 1
            self.saint_titled += 1
            self.saint_place += saint_place
            self.place += saint_place and not cand.place
            titled = False
        self.titled += titled
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
        self.after_article_word += cand.after_article_word
        self.after_the += cand.after_the
        self.male += cand.gender == "m"
        self.female += cand.gender == "f"
        self.neuter += cand.neuter
        self.pronoun += cand.pronoun
        self.finite_verb += cand.finite_verb
        self.thing += cand.thing
        self.named_thing += cand.named_thing
        self.personal += cand.personal
        self.kind += cand.kind
        self.described += cand.described
        self.after_at += cand.after_at
        self.led += cand.led
        self.led_owned += cand.led_owned

    @property
    def strong(self) -> int:
        # A saint's title is a person's cue only where the story never uses the saint's
        # name for a place (see ``_saint_place``).
        saints = self.saint_titled if not self.saint_place else 0
        return self.speech + self.vocative - self.weak_vocative + self.titled + saints

    @property
    def person(self) -> int:
        # "Theo's pale face" counts twice: a place or a thing has no face.
        return 2 * self.strong + self.possessive + self.personal + self.person_verb + self.described


def accepted_keys(text: str, candidates: Sequence[Candidate]) -> set[str]:
    """Return the name keys (``Candidate.key``) whose pooled evidence says they name a
    person (see the module docstring, step 1). ``text`` is searched once for the lower-case
    forms of names seen only where any word is capitalised ("Late!" next to "late")."""
    evidence: dict[str, _Evidence] = {}
    multi_parts: set[str] = set()
    place_forms = _place_forms(text, candidates)
    for cand in candidates:  # (``setdefault`` would build an ``_Evidence`` per candidate)
        ev = evidence.get(cand.key)
        if ev is None:
            ev = evidence[cand.key] = _Evidence()
        ev.add(cand, cand.title in tables.SAINT_TITLES and _saint_place(text, cand))
        if place_forms and (cand.title, cand.key) in place_forms:
            ev.names_place += 1
            # "the Admiral Benbow inn": that title is part of the place's name, no person's
            ev.titled -= (
                bool(cand.title) and bool(cand.parts) and cand.title not in tables.SAINT_TITLES
            )
    _count_tagged_lines(text, candidates, evidence)
    accepted: set[str] = set()
    family: bool | None = None  # a man and a woman of one surname (``parent_names``)
    for key, ev in evidence.items():
        parts = key.split()
        if ev.names_place and _names_a_place(key, ev):
            continue
        if parent_word_name(key.lower(), ev.count, ev.mid_plain, ev.after_the + ev.after_article):
            family = names_a_family(candidates) if family is None else family
            if not family:  # "if Papa ever said anything"
                accepted.add(key)
                continue
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
    accepted.difference_update(
        k for low, k in doubtful.items() if _english_word(low) and not _called_mid(low, evidence[k])
    )
    if doubtful:
        alternation = trie_regex(doubtful)
        # (the lookahead of first letters lets the engine skip every other position fast)
        firsts = "".join(sorted({re.escape(low[0]) for low in doubtful}))
        pattern = compile_skipping(rf"(?=[{firsts}])\b(?:{alternation})\b")
        accepted.difference_update(doubtful[m.group()] for m in pattern.finditer(text))
    return accepted


# The last words of a place's name that are seldom a surname or a verb ("Netherfield Park",
# "Thornfield Hall"; not "Temple", "Ford", "Cross", "Falls"), and the lower-case words for an
# establishment a name is given to ("the Admiral Benbow inn"; not "the Jekyll house", the
# family's).
_NAMED_PLACE_HEADS = tables.PLACE_HEADS & frozenset(
    """park hall manor castle palace abbey inn tavern hotel street road lane avenue square
    station church chapel cathedral farm grange terrace crescent""".split()
)
_ESTABLISHMENTS = frozenset(("inn", "tavern", "hotel"))
_HEAD_AFTER = re.compile(r"[ \t]+([A-Za-z]+)\b")


def _place_forms(text: str, candidates: Sequence[Candidate]) -> set[tuple[str, str]]:
    """Return the (title, key) forms of the one-word names that the text puts before a
    place's last word: a run of their own ("Netherfield Park" read as one name: its first
    word, no title) or an establishment's lower-case noun after the name ("the Admiral
    Benbow inn": "Admiral" and "Benbow")."""
    forms: set[tuple[str, str]] = set()
    for cand in candidates:
        parts = cand.parts
        if len(parts) == 2 and parts[1].lower() in _NAMED_PLACE_HEADS and parts[1][:1].isupper():
            if not cand.title:
                forms.add(("", parts[0]))
        elif len(parts) == 1 and text[cand.end : cand.end + 1] in " \t":
            head = _HEAD_AFTER.match(text, cand.end, cand.end + 16)
            if head is not None and head.group(1) in _ESTABLISHMENTS:
                forms.add((cand.title, cand.key))
    return forms


def _names_a_place(key: str, ev: _Evidence) -> bool:
    """Whether a one-word name is a place's name standing alone ("Netherfield is taken",
    "the old Benbow"): the text also gives it a place's last word (``_place_forms``), it is
    no given name, and nothing but those forms' titles calls it a person (no speech, no
    call, no title of its own)."""
    return (
        " " not in key
        and not is_given_name(key.lower())
        and not (ev.speech or ev.vocative or ev.titled)
    )


def _saint_place(text: str, cand: Candidate) -> bool:
    """Whether a saint's name stands for a town, a church or a school: after a place
    preposition ("in St. Paul"), or as a possessive followed by no capitalised word ("from
    St. Kitt's,", "the clock of St. Peter's struck"; any lower-case word, a noun too, so
    "St. Clair's horse" counts), not one before a name ("St. George's Day") or a body part or
    kin (``Candidate.personal``: "St. John's eyes")."""
    if cand.place:
        return True
    if not cand.possessive or cand.personal:
        return False
    rest = text[cand.end : cand.end + 40]
    m = _SAINT_POSSESSIVE.match(rest)
    return m is not None and not m.group(1)[:1].isupper()


# The possessive ending after a name and the next word, if any
_SAINT_POSSESSIVE = re.compile(r"(?:['’]s|s?['’])\s*(\w*)")


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


# A quote mark a few characters before a speaker's name ('"Come," said Bruno') or after it
# ('Bruno said, "Come"'), on its line.
_TAG_REACH = 16
_QUOTE_MARKS = frozenset("\"“”‘’'")


def tags_a_line(text: str, cand: Candidate) -> bool:
    """Whether the speech cue of ``cand`` (a speech verb beside the name) tags a line: a
    quote mark within a few characters of the name, on its line ('"Come," said Bruno')."""
    if not cand.speech:
        return False
    before = text[max(0, cand.start - _TAG_REACH) : cand.start].rsplit("\n", 1)[-1]
    after = text[cand.end : cand.end + _TAG_REACH].split("\n", 1)[0]
    return bool(_QUOTE_MARKS.intersection(before) or _QUOTE_MARKS.intersection(after))


def _count_tagged_lines(
    text: str, candidates: Sequence[Candidate], evidence: dict[str, _Evidence]
) -> None:
    """Count, for the names the text also gives to an animal or a thing, the speech cues
    that tag a line (``tags_a_line``). Only those names' speech candidates are read, so the
    pass costs a slice per such cue."""
    for cand in candidates:
        if cand.speech and evidence[cand.key].thing and tags_a_line(text, cand):
            evidence[cand.key].tagged_lines += 1


def _doubtful(key: str, ev: _Evidence) -> bool:
    """Whether a name is seen only where any word is capitalised (sentence or quote starts),
    with nothing but that position to say it is a name ("Laughter ran" is no person)."""
    if " " in key or ev.mid_plain or ev.speech or ev.titled or is_given_name(key.lower()):
        return False
    return key.lower() in tables.COMMON_WORDS or not (ev.person_verb or ev.possessive)


def _called_mid(low: str, ev: _Evidence) -> bool:
    """Whether a word is capitalised only where a name is: every time a call in the middle
    of a sentence ("Ten to is late, Wren."), never at a sentence's or a quote's start; and
    it is neither a common word nor a person noun ("Thanks, Kid"). An English word so
    called is a name unless the text also writes it in lower case."""
    return (
        ev.mid == ev.count > ev.mid_plain == 0
        and low not in tables.COMMON_WORDS
        and low not in tables.PERSON_NOUNS
    )


# A lower-case letter three times running is a drawn-out sound ("Sssso", "Hmmm", "Brrr"),
# no name (but "Napoleon III" is).
_DRAWN_OUT = re.compile(r"([a-z])\1\1")


def _is_person(key: str, parts: list[str], ev: _Evidence) -> bool:
    low = key.lower()
    lows = [p.lower() for p in parts]
    if low in tables.STOP_WORDS and not (low in tables.PEOPLE_ADJECTIVES and ev.speech > 1):
        return False
    if _DRAWN_OUT.search(key):
        return False
    # "Madame Guillotine", "Mother Nature": an idea with a title, unless it speaks
    if is_personified(lows, tables.TITLES) and not (ev.speech or ev.vocative):
        return False
    if low in tables.PLACE_NAMES or tables.known_place(parts):
        # "in Florence", but "said Florence"; a "he" or "she" after "London" with no
        # person's cue of its own is someone else's
        cues = 2 * ev.strong + ev.possessive + 2 * ev.personal + ev.person_verb
        own = cues > 0
        return own and cues + ev.male + ev.female > 2 * (ev.place + ev.object_of)
    if lows[-1] in tables.PLACE_HEADS and (len(parts) > 1 or ev.after_the or ev.place):
        return False
    if lows[-1] in tables.GROUP_HEADS:  # "the Happy Family"; "People told them"
        return False
    # "a tall bay called Cavalier"; a doll or a horse is called by its name too ("Catherine,"
    # she said to the doll), but says nothing and holds no title, unless the text says its
    # title is part of a thing's name ("The doll is called Lady Margery"); said outright,
    # it outweighs as many speech verbs beside the name ("Lady Margery goes down").
    # A speech verb with no line beside it ("Caesar growls at everyone") weighs no more than
    # a word for an animal: it outweighs the animal only as a line's tag ("said Bruno").
    spoken = ev.tagged_lines + max(0, ev.speech - ev.tagged_lines - ev.thing)
    if ev.thing and not (spoken > ev.named_thing or (ev.titled and not ev.named_thing)):
        return False
    if ev.place and ev.place >= ev.person and not _given_name_in_use(low, ev):
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
    if _kind_with_adjective(ev, _english_word(lows[-1])):  # "an ancient Dane", "your Gift"
        return False
    if len(parts) > 1:  # a run of capitalised words
        if _thing_of(lows) and not ev.strong:  # "Vale of Blakemore", "Bank of Leichardt"
            return False
        if the_name:  # "the White Rabbit" acts; "the Duchesse de Chevreuse" is titled
            return ev.person > 0 or any(
                p in tables.TITLES or p in tables.PERSON_NOUNS for p in lows
            )
        # "Tom Pryor" opens with a given name or acts; "in New Zealand" or "Stock Exchange"
        # stand where places and things do.
        if is_given_name(lows[0]) or ev.person > 0 or _full_name(lows, ev):
            return True
        if origin_name(key) and not (ev.after_the or ev.after_article or ev.after_at):
            return True  # "Athelstane of Coningsburgh"
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
    # "a letter from Lydia", but not "the men of Sherwood"; a pet form the nickname table
    # knows is a given name too ("I saw you with Grisha")
    if is_given_name(low) or _pet_form(low):
        if the_name:  # "the Nellie", "the Benbow": a ship or an inn
            return ev.person > 0
        # (a saint's given name is no person's for being a given name: "to St. Paul")
        return ev.person > 0 or ev.count - ev.saint > ev.place - ev.saint_place + ev.after_of
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
    if _english_word(low):  # "the great Council", "Algebra", "Festival or no"
        return ev.person > 0
    if not is_given_name(low) and voiced_english_word(low, _english_word):  # "Zeventy ewes"
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


def _pet_form(low: str) -> bool:
    """Whether ``low`` is a pet form the nickname table knows of given names the census of
    given names lacks, as it lacks the form itself: a foreign pet form ("grisha" of
    Grigory, "kolya" of Nikolai), not an English one the census rules on ("lizzy", "pip")
    nor an English word."""
    fulls = NICKNAMES.get(low)
    return (
        fulls is not None
        and low not in tables.GIVEN_NAMES
        and not any(full in tables.GIVEN_NAMES for full in fulls)
        and low not in tables.ENGLISH_WORDS
        and not is_common_word(low)
    )


def _given_name_in_use(low: str, ev: _Evidence) -> bool:
    """Whether a given name stands before a verb more often than after a place preposition:
    "it was only in Dora that he saw her mother" is a person met as often as "Dora smiled"
    (then the given-name rule below weighs it), where "in Florence" or "to Victoria" says
    where."""
    return ev.subject > ev.place and is_given_name(low)


def _full_name(lows: list[str], ev: _Evidence) -> bool:
    """Whether a run of two or three capitalised words is a person's full name though no cue
    says so: a given name (even one that is also a word: "Tom", "Will") or a word no list
    knows, then a surname no list knows ("lent to her by Kostya Levin", "the bones of Dunsey
    Cass"), never after "the", "at" or a place preposition ("at Krasnoe Selo", "the Tappan
    Zee"), no word a known place or a saint's ("San Diego"), and written mid-sentence at
    least once unless it opens with a given name (a quote's "Quartier Francais")."""
    if not 1 < len(lows) < 4 or ev.after_the or ev.place or ev.after_at or ev.after_article:
        return False
    first, last = lows[0], lows[-1]
    if first in _SAINTS or any(w in tables.PLACE_NAMES or w in _OF_PARTICLES for w in lows):
        return False
    if _english_word(last) or last in tables.GIVEN_NAMES or last in tables.TITLES:
        return False
    if first in tables.GIVEN_NAMES:
        return True
    return not _english_word(first) and ev.mid > 0


# (the words of a run keep their full stops: "St." and "S." as well)
_SAINTS = tables.SAINT_TITLES | {"st.", "s."}


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


# Endings of nationality and group words ("Bohemian", "Persians", "Chinese", "Gothic",
# "Englishman", "Frenchwoman"); "-ich" ends a Slavic name or patronymic ("Timofeich",
# "Ilyich"), no people's word ("French", "Dutch"), but "-nich", "-rich" and "-wich" end
# towns ("Munich", "Zurich", "Norwich"; a census given name, "Ulrich", is read before).
_PEOPLE_OR_ADJECTIVE = re.compile(
    r"(?:ian|ean|ican|ans|ers|ites|ists|ese|ish|ic|(?:(?<!i)|(?<=[nrw]i))ch|(?:ish|ch|se)(?:wo)?m[ae]n)\Z"
)
# ("-ys" is a plural too: "the Cantys", the family of Tom Canty.)
_NOT_PLURAL_ENDINGS = ("ss", "us", "is", "os", "as")


def _group(low: str, ev: _Evidence) -> bool:
    """Whether a word ending in -s is mostly "the X": a people or a family ("the
    Brahmins", "the Bourbons"), never one person ("Athos", "Hades", "James")."""
    if low.endswith(("ishmen", "chmen", "ishwomen", "chwomen")):  # "Englishmen", "Frenchwomen"
        return True
    return (
        low.endswith("s")
        and not low.endswith(_NOT_PLURAL_ENDINGS)
        and ev.after_the * 2 >= ev.count
        and not ev.strong
    )


def _kind_with_adjective(ev: _Evidence, common: bool) -> bool:
    """Whether a name is only ever led by a determiner a person's name does not take, with
    at most one lower-case modifier between: "a", "an" or "every" and one lower-case word ("an
    ancient Dane", "a huge Newfoundland"; a verb after it clears this mark: "a moment
    Utterson stood", the article belongs to another noun), or more generally any of
    ``name_words_before.led`` ("a Gift", "an untrained Gift", "your Gift", "a rather burly
    Orc", "in that Orcish raid"): a people, a breed, a power or a type, not a person, unless a cue
    says otherwise: a speech tag, a call or a title (``strong``), a possessive or a
    person's verb. A possessive before a name is a pet form ("my Lucy", "her Wickham"); it
    counts only before an English word (``common``: "your Gift", "her Power")."""
    led = ev.led if common else ev.led - ev.led_owned
    return (
        (ev.after_article_word >= ev.count or led >= ev.count)
        and not ev.strong
        and not ev.person_verb
        and not ev.possessive
    )


def _plural(low: str) -> bool:
    """Whether ``low`` is the plural of a common word ("guards", "fairies") or of a rarer
    English word that is no given name ("fangs", "bibles": a pet's name, a thing)."""
    if low.endswith("ies"):
        return low[:-3] + "y" in tables.COMMON_WORDS
    if not low.endswith("s") or low.endswith("ss"):
        return False
    one = low[:-1]
    return one in tables.COMMON_WORDS or (one in tables.ENGLISH_WORDS and not is_given_name(one))


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
