"""What a fan reader knows of the story's canon: its cast (part of the "characters" stage).

Fan fiction is written in a canon, and its reader brings the canon's cast to the text:
"Marmee" is Mrs. March, "Caius" is Kent in disguise, "the steward" of Twelfth Night is
Malvolio, and Sara Crewe's "Emily" is a doll. The roster is the fandom table
(``fandoms.toml``, read by ``fandom_names``): each canon character's canonical name, then
the names, nicknames, titles and roles it goes by, and for the few that are no person their
kind.

* **The canon** (``story_canon``): the one known fandom the file's own fandom tags (an AO3
  download's, an EPUB's subjects), the notes and the bylines state (the
  ``fandom_mentions`` layer and the aliases in notes, read as the fandom stage reads them:
  ``fandom_stated.stated_fandoms``); when they state none, the one fandom the clusters'
  names point to, decided as the fandom stage decides it (``fandom_finding.fandoms_named_by``:
  enough distinct names of one canon, one of them distinctive; not the full name of one
  main person alone, which gives the fandom tag but is too little to rewrite the clusters
  by: "Mrs. Lennox" is no Mary Lennox). Two stated or inferred
  fandoms (a crossover) give no canon: one roster could join two canons' people.
* **One canon character, one character** (``canon_links``): a cluster is the canon
  character its names are listed for, or whose name holds a word only that character's name
  has ("Jekyll" is Henry Jekyll), or whose one-word name is a word only that character's
  names, aliases too, hold ("Thomas" is Dr. Chilton, listed as "Thomas Chilton"), or whose
  given name is the French or Italian spelling of one only that character's names hold
  ("Lucia", "Mademoiselle Lucie" are the roster's Lucy), when all its names point to that
  one character. Clusters
  of one canon character are joined ("Marmee" and "Mrs. March"), unless the text shows
  them apart: both tag lines (a speech verb next to a quote) in one paragraph or two
  neighbouring ones (an exchange), one
  calls the other in a line it speaks, both are named in one sentence, outside calls and
  quotes, with other words between them than an alias needs ("Kent, who called himself
  Caius" and "called Jack in the country and Ernest in town" join; "Kent and Caius" does
  not), or their genders differ (titles, then "he"/"she" after them). The joined
  character takes the roster's canonical name when the text writes it and it is no
  shorter. A name clustered with a character the roster gives another canon character's
  name is that one's ("Cesario", called by the Countess, is Viola's, not Olivia's); when no
  character goes by that one's name, the name is a character of its own if the roster's
  names of the two are of different genders or the text shows them apart ("Miss
  Trotwood", clustered with the bare "Trotwood" the roster gives David, is his aunt).
* **Roles** (``Roster.roles``): a roster name that starts in lower case ("the steward",
  "my uncle") names the canon character's descriptor: it is a mention of that character
  when the text names them, and otherwise names the unnamed character it makes.
* **Non-persons** (``Roster.kinds``): a cluster that is a canon animal or thing ("Emily"
  the doll, "Melchisedec" the rat) is no character unless the text makes it speak (a speech
  tag next to its name). Being called by name is not enough: people talk to dolls and dogs.
  A part in a play the canon's people stage ("Pyramus", "Wall") is never a character: the
  one who speaks its lines is the player.

Everything is a dictionary look-up per name form and one pass over the candidates, so the
stage stays linear.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from functools import cache

from ficshelf.model import Span
from ficshelf.understand import name_tables as tables
from ficshelf.understand.fandom_finding import fandoms_named_by
from ficshelf.understand.fandom_names import (
    Fandom,
    fandom_character_words,
    fandom_characters,
    find_fandom,
    name_key,
)
from ficshelf.understand.names import Candidate
from ficshelf.understand.title_rules import WOMENS_CIVIL_TITLES

# Words that may stand between two names of one person in one sentence: an alias or a
# disguise ("Kent, who called himself Caius"; "Jack, or Ernest as he is known in town").
_ALIAS_LINK = re.compile(
    r"(?:[\s,;:()\u2014\u2013-]|\b(?:who|whom|is|was|called|calls|call|named|known|as|alias|"
    r"or|otherwise|also|aka|now|once|himself|herself|him|her|he|she|the|a)\b)*",
    re.IGNORECASE,
)
_SENTENCE_END = re.compile(r"[.!?][\"'\u201d\u2019)]*\s+[\"'\u201c\u2018(]*(?:[A-Z]|$)")
_NEAR = 300  # two names farther apart than this are not read as one sentence's
_QUOTE_MARK = re.compile(r"[\"\u201c\u201d]|(?<!\w)['\u2018]|['\u2019](?!\w)")
# Names the text gives as names, not as people: "called Jack in the country and Ernest".
_NAMING = re.compile(r"\b(?:called|named|known as|calls? (?:him|her)(?:self)?)\s+$", re.IGNORECASE)
_CIVIL_TITLES = WOMENS_CIVIL_TITLES | frozenset(("mr", "madame", "mme"))
_SPEECH_REACH = 40  # a speech tag this close to a quote in its paragraph tags it
_TAG_GAP = re.compile(r"[^\n.!?]*")  # from a tag to its quote: no sentence or paragraph end


@dataclass(frozen=True, slots=True)
class QuoteOrder:
    """The story's dialogue spans sorted by start (``spans``) and those starts
    (``starts``), built once (``quote_order``) for every reader that bisects them."""

    spans: Sequence[Span] = ()
    starts: Sequence[int] = ()


def quote_order(quotes: Sequence[Span]) -> QuoteOrder:
    """Return ``quotes`` sorted by start, with their starts."""
    spans = sorted(quotes, key=lambda q: q.start)
    return QuoteOrder(spans, [q.start for q in spans])


@dataclass(frozen=True, slots=True)
class Roster:
    """A canon's cast as the characters stage reads it: ``listed`` name key → canonical
    name (every name and alias), ``words`` a word only one canonical name has → that name,
    ``roles`` a lower-case role ("the steward") → canonical name, ``kinds`` canonical name →
    its kind when it is no person ("animal", "thing"), ``genders`` canonical name → "m" or
    "f" when its names say so (``roster_gender``), ``name_words`` a word of only one canon
    character's names, canonical or not ("thomas" of "Thomas Chilton", an alias of Dr.
    Chilton) → that character's canonical name (``_name_words``), ``surnames`` a surname
    read only after a gendered title ("Miss Everdene") → the one name that holds it
    (``tagged_cast.tagged_surnames``; a known canon's ``words`` hold its surnames)."""

    fandom: str
    listed: Mapping[str, str]
    words: Mapping[str, str]
    roles: Mapping[str, str]
    kinds: Mapping[str, str]
    genders: Mapping[str, str] = field(default_factory=dict)
    name_words: Mapping[str, str] = field(default_factory=dict)
    surnames: Mapping[str, str] = field(default_factory=dict)


def roster(fandom_name: str) -> Roster | None:
    """Return the roster of the known fandom ``fandom_name`` (any spelling the table
    knows), or ``None`` for an unknown one."""
    fandom = find_fandom(fandom_name)
    return None if fandom is None else _roster(fandom)


@cache  # keyed by the table's own entries, so the cache stays as small as the table
def _roster(fandom: Fandom) -> Roster:
    roles = {
        " ".join(alias.lower().split()): canonical
        for canonical, aliases in fandom.characters
        for alias in aliases
        if alias[:1].islower()
    }
    genders = {}
    for canonical, aliases in fandom.characters:
        gender = roster_gender((canonical, *aliases))
        if gender:
            genders[canonical] = gender
    return Roster(
        fandom.name,
        fandom_characters(fandom.name),
        fandom_character_words(fandom.name),
        roles,
        dict(fandom.kinds),
        genders,
        _name_words(fandom),
    )


def _name_words(fandom: Fandom) -> dict[str, str]:
    """The capitalised words of the roster's names, aliases too, that only one canon
    character's names hold, titles left out: a one-word form a fan reader knows as that
    character's given name though the roster's canonical name is another ("Thomas" of Dr.
    Chilton, whose alias is "Thomas Chilton"). A word two characters' names share (a
    family's surname) is nobody's."""
    owners: dict[str, set[str]] = {}
    for canonical, aliases in fandom.characters:
        for name in (canonical, *aliases):
            for word in name.split():
                key = name_key(word)
                if word[:1].isupper() and not word.endswith(".") and key not in tables.TITLES:
                    owners.setdefault(key, set()).add(canonical)
    return {word: next(iter(names)) for word, names in owners.items() if len(names) == 1}


def roster_gender(names: Sequence[str]) -> str:
    """The gender a canon character's roster names agree on: their titles ("Miss
    Trotwood", "Aunt Betsey"), else the census gender of the canonical name's first word
    ("David"); "" when they disagree or say nothing."""
    said = set()
    for name in names:
        first = name.split(" ", 1)[0].lower().rstrip(".")
        gender = tables.TITLES.get(first, "")
        if gender in ("m", "f"):
            said.add(gender)
    if not said:
        first = names[0].split(" ", 1)[0].lower()
        gender = tables.GIVEN_NAMES.get(first, "")
        if gender in ("m", "f"):
            said.add(gender)
    return next(iter(said)) if len(said) == 1 else ""


def story_canon(
    stated: Sequence[str], names: Mapping[str, set[str]], salience: Mapping[str, float]
) -> Roster | None:
    """Return the roster of the story's one canon: the one known fandom in ``stated`` (the
    fandoms the notes name), else, when none is stated, the one fandom the characters'
    ``names`` (character → name keys) point to, weighed by ``salience``; ``None`` when
    there is none or more than one. Never raises."""
    known = {r.fandom: r for r in map(roster, stated) if r is not None}
    if known or stated:
        return next(iter(known.values())) if len(known) == 1 else None
    found = fandoms_named_by(names, salience, lone_full_name=False)
    return roster(found[0][0]) if len(found) == 1 else None


@dataclass(slots=True)
class CanonLinks:
    """What the roster says of the story's clusters: ``joins`` character → the character it
    is ("Marmee" → Mrs. March), ``names`` character → the roster's canonical name it takes,
    ``canon`` character → the canon character it is (after the joins), ``moved`` candidate
    → the character it is instead of the one it was clustered with ("Cesario" is Viola's,
    not the Countess's), ``added`` the names of the characters split off a cluster, numbered
    on from the story's characters ("Miss Trotwood", clustered with "Trotwood", is Betsey
    Trotwood, whom no other character names)."""

    joins: dict[int, int] = field(default_factory=dict)
    names: dict[int, str] = field(default_factory=dict)
    canon: dict[int, str] = field(default_factory=dict)
    moved: dict[int, int] = field(default_factory=dict)
    added: list[str] = field(default_factory=list)


def canon_links(
    text: str,
    paragraphs: Sequence[Span],
    candidates: Sequence[Candidate],
    named: Sequence[int],
    char_names: Sequence[str],
    cast: Roster,
    quotes: QuoteOrder = QuoteOrder(),
    stated: bool = False,
) -> CanonLinks:
    """Return the links the roster ``cast`` makes between the characters of the story (see
    the module docstring). ``named[i]`` is the character of ``candidates[i]`` (text order),
    ``char_names[c]`` character ``c``'s name, ``quotes`` the dialogue spans
    (``quote_order``); ``stated``: the notes or tags state the canon (else it was read from
    the names). Never raises."""
    moved, split = _moved(text, candidates, named, char_names, cast)
    added = _split_off(
        text, paragraphs, candidates, named, len(char_names), split, moved, quotes, cast
    )
    char_names = [*char_names, *added]
    keys: dict[int, set[str]] = {}
    written: dict[int, set[str]] = {}  # the forms as the text writes them
    for i, (cand, who) in enumerate(zip(candidates, named, strict=True)):
        form = " ".join(text[cand.start : cand.end].split())
        who = moved.get(i, who)
        keys.setdefault(who, set()).add(name_key(form))
        written.setdefault(who, set()).add(form.casefold())
    for who in keys:
        keys[who].add(name_key(char_names[who]))
    canon: dict[int, str] = {}
    for who, forms in keys.items():
        hit = _canon_character(forms, name_key(char_names[who]), cast)
        if hit is not None:
            canon[who] = hit
    links = CanonLinks(canon=dict(canon), moved=moved, added=added)
    groups: dict[str, list[int]] = {}
    for who, hit in canon.items():
        groups.setdefault(hit, []).append(who)
    shared = {who for members in groups.values() if len(members) > 1 for who in members}
    now = [moved.get(i, who) for i, who in enumerate(named)]
    apart = _apart(text, paragraphs, candidates, now, shared, quotes) if shared else set()
    for hit, members in sorted(groups.items()):
        own = name_key(hit)
        members.sort(
            key=lambda c: (own not in keys[c], -len(char_names[c].split()), -len(keys[c]), c)
        )
        target, joined = members[0], [members[0]]
        for other in members[1:]:
            if all(frozenset((other, j)) not in apart for j in joined):
                joined.append(other)
                links.joins[other] = target
        # The roster's name when the text writes it and it is no shorter ("Sir Toby Belch"
        # for "Toby Belch"; not "Gareth" for "Gareth of Orkney"), or, in a stated canon,
        # when it is the fuller name of the one the text gives ("Maggie Tulliver" for
        # "Maggie"): a reader knows the character by the fullest name. A canon read from
        # two or three names is too weak a guess for a name the text never writes.
        if (
            hit != char_names[target]
            and len(hit.split()) >= len(char_names[target].split())
            and any(hit.casefold() in written[j] for j in joined)
        ) or (
            stated
            and _fuller(hit, char_names[target])
            and not any(_others(key, hit, cast) for j in joined for key in keys[j])
        ):
            links.names[target] = hit
    return links


def _fuller(canonical: str, name: str) -> bool:
    """Whether the roster's ``canonical`` name holds every word of ``name`` but a title of
    rank ("Maggie Tulliver" holds "Maggie", "Sir Henry Curtis" "Sir Henry") and more. A
    civil title stays ("Mrs. Croft" is not renamed "Sophia Croft"): it tells a wife from a
    sister, and the relationships stage reads it."""
    words = {w.rstrip(".") for w in name_key(name).split()}
    if words & _CIVIL_TITLES:
        return False
    own = {w for w in words if w not in tables.TITLES}
    full = {w.rstrip(".") for w in name_key(canonical).split()}
    return bool(own) and own <= full and len(full - words) > 0


def _others(key: str, hit: str, cast: Roster) -> bool:
    """Whether the roster gives the name ``key`` or one of its words to another canon
    character than ``hit`` ("Tom" is Tom Bertram's word, not Sir Thomas Bertram's)."""
    listed = cast.listed.get(key)
    if listed is not None:
        return listed != hit
    return any(cast.words.get(w, hit) != hit for w in key.split())


def _moved(
    text: str,
    candidates: Sequence[Candidate],
    named: Sequence[int],
    char_names: Sequence[str],
    cast: Roster,
) -> tuple[dict[int, int], dict[tuple[str, str], list[int]]]:
    """Candidates whose own form the roster gives to another canon character than their
    character's name, when exactly one other character goes by that canon character's
    name: candidate index → that character. When none does and the roster lists the form
    itself ("Miss Trotwood", clustered with "Trotwood", David's name in the roster), the
    form's candidates may be a character of their own: (canon character, their cluster's
    canon character) → their indexes (the second map; ``_split_off`` decides)."""
    present = set(named)
    own = {
        who: _canon_character({name_key(char_names[who])}, name_key(char_names[who]), cast)
        for who in present
    }
    holders: dict[str, list[int]] = {}
    for who, hit in own.items():
        if hit is not None:
            holders.setdefault(hit, []).append(who)
    moved: dict[int, int] = {}
    split: dict[tuple[str, str], list[int]] = {}
    for i, (cand, who) in enumerate(zip(candidates, named, strict=True)):
        mine = own.get(who)
        if mine is None:
            continue
        key = name_key(text[cand.start : cand.end])
        hit = _canon_character({key}, key, cast)
        if hit is None or hit == mine:
            continue
        if len(holders.get(hit, ())) == 1:
            moved[i] = holders[hit][0]
        elif hit not in holders and key in cast.listed and hit not in cast.kinds:
            split.setdefault((hit, mine), []).append(i)
    return moved, split


def _split_off(
    text: str,
    paragraphs: Sequence[Span],
    candidates: Sequence[Candidate],
    named: Sequence[int],
    count: int,
    split: Mapping[tuple[str, str], Sequence[int]],
    moved: dict[int, int],
    quotes: QuoteOrder,
    cast: Roster,
) -> list[str]:
    """Make a character of each group of candidates in ``split`` ((canon character, their
    cluster's canon character) → the candidates the roster gives to the first) when the two
    canon characters are of another gender (``cast.genders``: "Miss Trotwood" is no name of
    David's), when every form of the group is an untitled name none of whose words the
    cluster's canon character's roster names hold ("Gawain", called in a line to Bedivere,
    or "little Rawdy" beside his father Rawdon: ``_own_name_of``), or when the text shows
    the group apart from every cluster it was taken from (``_apart``: an exchange, a call,
    one sentence naming both). The roster alone does not part a titled surname from one of
    that surname ("Mr. Sedley" is the father's in the roster and the son's in a story).
    Record the new characters in ``moved`` (numbered on from ``count``, the story's
    characters) and return their names, each the fullest form the text writes."""
    if not split:
        return []
    trial = [moved.get(i, who) for i, who in enumerate(named)]
    taken_from: dict[int, set[int]] = {}
    for k, found in enumerate(split.values()):
        for i in found:
            taken_from.setdefault(count + k, set()).add(trial[i])
            trial[i] = count + k
    shared = set(taken_from).union(*taken_from.values())
    apart = _apart(text, paragraphs, candidates, trial, shared, quotes)
    added: list[str] = []
    for k, ((hit, mine), found) in enumerate(split.items()):
        theirs, ours = cast.genders.get(hit, ""), cast.genders.get(mine, "")
        if (
            not (theirs and ours and theirs != ours)
            and not all(_own_name_of(candidates[i], mine, cast) for i in found)
            and not all(frozenset((count + k, old)) in apart for old in taken_from[count + k])
        ):
            continue
        forms = [" ".join(text[candidates[i].start : candidates[i].end].split()) for i in found]
        added.append(max(forms, key=lambda f: (len(f.split()), forms.count(f), f)))
        for i in found:
            moved[i] = count + len(added) - 1
    return added


def _own_name_of(cand: Candidate, mine: str, cast: Roster) -> bool:
    """Whether ``cand`` is an untitled name of which no word is a word of the roster's
    names of ``mine`` (the canon character of the cluster it was placed in): a name the
    roster gives another, which a reader does not take for one of ``mine``'s."""
    if cand.title or not cand.parts:
        return False
    theirs = {w for key, who in cast.listed.items() if who == mine for w in key.split()}
    return not any(name_key(part) in theirs for part in cand.parts)


def _canon_character(forms: set[str], own: str, cast: Roster) -> str | None:
    """The one canon character all the roster's hits among ``forms`` are, or ``None``. A
    word hit needs every word of the character's own name in the canonical name."""
    hits = set()
    own_words = {w for w in own.split() if w.rstrip(".") not in tables.TITLES}
    for key in forms:
        if key in cast.listed:
            hits.add(cast.listed[key])
        elif key in cast.words and own_words <= set(name_key(cast.words[key]).split()):
            hits.add(cast.words[key])
        elif key in cast.name_words and key == own:
            hits.add(cast.name_words[key])  # "Thomas", a one-word cluster
        elif key == own and (spelt := _respelt(key, cast.name_words, cast)) is not None:
            hits.add(spelt)  # "Lucia", a one-word cluster, is the roster's Lucy
        else:
            hit = _titled(key, cast) or _honoured(key, cast)
            if hit is not None:
                hits.add(hit)
    return next(iter(hits)) if len(hits) == 1 else None


def _titled(key: str, cast: Roster) -> str | None:
    """The canon character a titled form names by the rest of its words, when the roster
    lists that rest ("Colonel de Hamal" is "de Hamal", Alfred de Hamal) or it is one word
    only one canon character's name holds ("Miss Snowe" is Lucy Snowe), and a gendered
    title is the gender the roster gives that character (a title of rank, "Colonel", says
    none); else ``None``."""
    title, _, rest = key.partition(" ")
    gender = tables.TITLES.get(title)
    if gender is None or not rest or title in tables.KINSHIP_TITLES:
        return None
    hit = cast.listed.get(rest)
    if hit is None and " " not in rest:
        hit = cast.words.get(rest) or _respelt(rest, cast.words, cast)
        if hit is None and gender in ("m", "f") and rest in cast.surnames:
            # "Miss Everdene" is the one tagged "Bathsheba Everdene" unless the tag's given
            # name says a man ("Mr. Palmer" is not "Charlotte Palmer")
            hit = cast.surnames[rest]
            return hit if cast.genders.get(hit, gender) == gender else None
    if hit is None or hit in cast.kinds:
        return None
    if gender in ("m", "f") and cast.genders.get(hit, "") != gender:
        return None  # "Miss Munro" is not the Colonel Munro the roster lists as "Munro"
    return hit


# Honorifics that follow the name in Anglo-Indian and Ottoman usage: "Creighton Sahib",
# "Osman Pasha", "Ali Bey".
_HONORIFICS_AFTER = frozenset(
    ("sahib", "sahiba", "sahibah", "memsahib", "effendi", "pasha", "bey", "begum")
)


def _honoured(key: str, cast: Roster) -> str | None:
    """The canon character a name with an honorific after it ("Creighton Sahib") names by
    the rest of its words, when the roster lists that rest ("Creighton", Colonel
    Creighton); else ``None``."""
    rest, _, last = key.rpartition(" ")
    if last not in _HONORIFICS_AFTER or not rest:
        return None
    hit = cast.listed.get(rest)
    return None if hit is None or hit in cast.kinds else hit


# A given name spelt the French or the Italian and Latin way, the roster's English one with
# "-y": "Lucie", "Lucia" and "Lucy"; "Emilie", "Emilia" and "Emily". Not the other way: an
# English "Mary" is no "Maria" (Mansfield Park has both).
_FOREIGN_ENDINGS = ("ie", "ia")


def _respelt(word: str, words: Mapping[str, str], cast: Roster) -> str | None:
    """The canon character a given name no roster name holds stands for by its English
    spelling (``_FOREIGN_ENDINGS``: "Lucia" and "Mademoiselle Lucie" are the roster's Lucy),
    when ``words`` gives that spelling to one character and the census genders of both
    spellings and the roster's gender of that character do not disagree ("Georgia" is no
    "Georgy"); else ``None``."""
    if not word.endswith(_FOREIGN_ENDINGS) or len(word) < 5 or not word.isalpha():
        return None
    english = word[:-2] + "y"
    hit = words.get(english)
    if hit is None:
        return None
    genders = {
        tables.GIVEN_NAMES.get(word, ""),
        tables.GIVEN_NAMES.get(english, ""),
        cast.genders.get(hit, ""),
    }
    return hit if len(genders - {""}) <= 1 else None


def _apart(
    text: str,
    paragraphs: Sequence[Span],
    candidates: Sequence[Candidate],
    named: Sequence[int],
    shared: set[int],
    quotes: QuoteOrder,
) -> set[frozenset[int]]:
    """Pairs of the characters ``shared`` that the text shows to be two people (see the
    module docstring): one pass over the candidates."""
    apart: set[frozenset[int]] = set()
    starts = [p.start for p in paragraphs]
    speakers: dict[int, set[int]] = {}
    callers: list[tuple[int, int]] = []  # (paragraph, character called in a quote)
    # (paragraph, character, end, start) of the last name outside a call
    last: tuple[int, int, int, int] | None = None
    votes: dict[int, list[int]] = {}
    titled: dict[int, str] = {}
    for cand, who in zip(candidates, named, strict=True):
        if who not in shared:  # a third name between two: no longer a pair of names
            last = None
            continue
        para = bisect_right(starts, cand.start) - 1
        if cand.speech and not cand.in_quote and _by_a_quote(text, cand, quotes):
            speakers.setdefault(para, set()).add(who)
        if cand.vocative and cand.in_quote:
            callers.append((para, who))
        gender = tables.TITLES.get(cand.title, "")
        if gender:
            titled.setdefault(who, gender)
        v = votes.setdefault(who, [0, 0])
        v[0] += cand.gender == "m"
        v[1] += cand.gender == "f"
        if last is not None and last[0] == para and last[1] != who and not cand.vocative:
            between = text[last[2] : cand.start] if cand.start - last[2] < _NEAR else ""
            if (
                between
                and not _SENTENCE_END.search(between)
                and not _QUOTE_MARK.search(between)
                and _ALIAS_LINK.fullmatch(between) is None
                and not _NAMING.search(text, max(0, last[3] - 12), last[3])
            ):
                apart.add(frozenset((last[1], who)))
        last = (para, who, cand.end, cand.start) if not cand.vocative else None
    for para, tagged in speakers.items():  # an exchange: neighbouring tagged lines
        near = tagged | speakers.get(para + 1, set())
        apart.update(frozenset((a, b)) for a in near for b in near if a < b)
    for para, called in callers:  # "…, Marmee," said Jo
        apart.update(frozenset((s, called)) for s in speakers.get(para, ()) if s != called)
    genders = {who: titled.get(who) or _pronoun_gender(v) for who, v in votes.items()}
    by_gender: dict[str, list[int]] = {}
    for who, gender in genders.items():
        if gender:
            by_gender.setdefault(gender, []).append(who)
    for man in by_gender.get("m", ()):
        apart.update(frozenset((man, woman)) for woman in by_gender.get("f", ()))
    return apart


def _pronoun_gender(votes: list[int]) -> str:
    male, female = votes
    if male > max(1, 2 * female):
        return "m"
    if female > max(1, 2 * male):
        return "f"
    return ""


def non_persons(
    text: str,
    cast: Roster,
    links: CanonLinks,
    candidates: Sequence[Candidate],
    named: Sequence[int],
    quotes: QuoteOrder,
) -> set[int]:
    """Return the characters that are a canon animal or thing (``Roster.kinds``) and that
    the text never makes speak: no speech tag next to their name stands by one of
    ``quotes`` ("Emily says nothing" is no line); and the parts of a play the canon's
    people stage ("Pyramus"), whoever speaks their lines."""
    things = {who for who, hit in links.canon.items() if hit in cast.kinds}
    if not things:
        return things
    for cand, who in zip(candidates, named, strict=True):
        if (
            who in things
            and cast.kinds[links.canon[who]] != "part"
            and cand.speech
            and _by_a_quote(text, cand, quotes)
        ):
            things.discard(who)
    return things


def _by_a_quote(text: str, cand: Candidate, order: QuoteOrder) -> bool:
    """Whether a quote ends just before the name or starts just after its tag, in its
    paragraph and sentence."""
    quotes = order.spans
    i = bisect_right(order.starts, cand.start)
    if i > 0 and 0 <= cand.start - quotes[i - 1].end <= _SPEECH_REACH:
        if "\n" not in text[quotes[i - 1].end : cand.start]:
            return True
    if i < len(quotes) and 0 <= quotes[i].start - cand.end <= _SPEECH_REACH:
        return _TAG_GAP.fullmatch(text, cand.end, quotes[i].start) is not None
    return False
