"""What a fan reader knows of the story's canon: its cast (part of the "characters" stage).

Fan fiction is written in a canon, and its reader brings the canon's cast to the text:
"Marmee" is Mrs. March, "Caius" is Kent in disguise, "the steward" of Twelfth Night is
Malvolio, and Sara Crewe's "Emily" is a doll. The roster (the fandom table), the story's
one canon and the canon character a name form names are in ``canon_roster``; this module
reads the roster against the story's clusters.

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

from ficshelf.model import Span
from ficshelf.understand import name_tables as tables
from ficshelf.understand.canon_roster import Roster, canon_character
from ficshelf.understand.fandom_names import name_key
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
        hit = canon_character(forms, name_key(char_names[who]), cast)
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
        who: canon_character({name_key(char_names[who])}, name_key(char_names[who]), cast)
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
        hit = canon_character({key}, key, cast)
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
