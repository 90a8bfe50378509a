"""The "characters" stage.

Layers:

* ``mentions`` — one span per mention of a character by name, title or descriptor
  ("Theo", "Dr. Vance", "her father"; pronouns are not mentions), in text order, label = the
  character's canonical name, score = confidence. Mentions inside quotes (vocatives) count;
  mentions inside notes do not, but for the name a note gives a narrator the body never names
  ("A/N: Ishmael narrates"). A character's aliases are the distinct surface forms of its
  mentions.
* ``characters`` — one span per character, at its first mention, label = canonical name
  (the fullest name the text gives: "Theodora Vance", "Christopher Marlowe Hale"; a descriptor
  such as "her father" for an unnamed one; "Narrator" for an unnamed first-person narrator who
  speaks), score = salience in [0, 1] (1 = the main character), ordered by salience.
* ``narrator`` — for a first- or second-person story whose narrator is named, one span: the
  evidence that names them (often in another character's line of dialogue), label = the
  narrator's canonical name; otherwise empty. When the body names no narrator of a
  first-person story but a note says who tells it ("A/N: Ishmael narrates", "Sherlock's
  POV"), the span is that name in the note; the narrator is the character of that name, or
  a character known only from the note, whose one mention and ``characters`` span is then
  that name.
* ``unnamed`` — the ``characters`` spans (same offsets, label and score, same order) of the
  characters the text never names: those known by a descriptor ("the old man", "her
  father", "Gisborne's soldier") and the unnamed "Narrator". Their names are not person
  names: the archive makes no character tags of them. A descriptor character's mentions
  are its descriptor phrases ("the old man", "The old man"), so a speech tag such as "said
  the old man" names it.

How: ``names`` finds capitalised candidates with the cues around them (and, once the people are
known, their names written in capitals), ``person_evidence`` decides which are people,
``name_clusters`` clusters them into characters (``named_characters``: with the joins that
read the cast; ``character_canon``: the canon), ``descriptors`` finds the unnamed people who
speak or matter, ``narrator`` finds who "I" is (``narrator_character``: the narrator's
character and its other names). The rules propose and a learned filter disposes
(``character_filter``): a logistic model over features of each named character's mentions
(trained on LitBank dev and the tuning stories) drops a named character it is confident is no
person, never the narrator, a name next to a speech verb or called inside a quote, a name a
role links to (those are the cues the speakers stage reads), a titled name, nor a name the
narration gives a kin word ("her own brother Jem": ``role_links.kin_named``). A name used
only to call someone ("Teddy") that points to one other side of the exchange is that
character's pet name (``addressees``; a line with no tag is placed by its action beat, or as
the answer to the line before); a name the text says is another's ("Prudence Cowley, known to
her friends as Tuppence"), or that a speaker gives as their own ('"Call me Tuppence," said
Prudence Cowley'), is that character's, and the one "Mrs. Watson" is the Miss Morstan whom Dr.
Watson "had married", as is the given name only her husband says ('"Sophia, mind the rut," the
Admiral said': ``called_names``). An epithet before a given name ("Limping Lucy") is the one
other character of that given name (``diminutives``). A descriptor that is a title a single
named character holds ("the king", "the doctor" for Dr. Archie) is a mention of that character.
A role the text gives to a name (apposition: "Mrs. Reynolds, the housekeeper,"; "her nurse
Emma"; "Emma was the nurse"; a speaker's own "I am a tinker") is a mention of that character
wherever it stands, and so is a role that first appears right after the one named character of
its gender with no speech tag of their own ("Mrs. Reynolds came in" ... "said the housekeeper")
(``role_links``), and so is a described speaker whose tagged line answers, or is answered by,
a line that calls one name ('"You are quiet, Lavinia," your father says.' / '"I am always
quiet, Austin."', or a line said to one name: ``answered_roles``), and so is a title standing
alone ("the Professor") that the text gives in apposition to one name ("Otto Lidenbrock,
professor of mineralogy,"). A parent's word used as a name ("Papa") is the one described
parent of its gender ("my father": ``kin_names``). A fan
reader knows the canon's cast (``canon_cast``): the story's canon is the one fandom the file's
own fandom tags, the ``fandom_mentions`` layer or the notes state (else the one the names point
to), and its roster in ``fandoms.toml`` joins the names it gives to one canon character ("Marmee" is
Mrs. March, "Caius" is Kent) unless the text shows two people, makes its roles ("the
steward") mentions of the named holder, and keeps its animals and things ("Emily" the doll)
out unless they speak; its roster re-admits the names the rules turned down (a canon the
accepted names point to before clustering; when only the clusters point to one, the names
are clustered again with those it re-admits). Only the story body is
read (``body`` paragraphs: notes never count), but for a narrator a note names
(``narrator_notes``) and for the names a note says are an animal or a thing ("Bismarck the
horse is mine", ``name_things.noted_things``), which are no character unless they tag a
line. Quotes come from the ``quotes`` layer (body quotes only), or, when it is
empty, from balanced double quotes; the point of view from the ``pov`` layer, or, when it is
empty, from pronoun counts. The unnamed "Narrator" has no mentions (pronouns are not mentions);
its character span is its first "I said".
Non-English stories get empty layers.
"""

from __future__ import annotations

from bisect import bisect_left
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from ficshelf.model import Analysis, Span, TagType
from ficshelf.understand import person_evidence
from ficshelf.understand.answered_roles import CalledRoles
from ficshelf.understand.canon_cast import non_persons, quote_order
from ficshelf.understand.character_canon import canon_names, canon_roles, early_canon
from ficshelf.understand.character_filter import dropped
from ficshelf.understand.character_record import Character
from ficshelf.understand.described_introductions import comparatives_again
from ficshelf.understand.descriptor_phrases import scan_descriptors
from ficshelf.understand.descriptors import unnamed_characters
from ficshelf.understand.fandom_stated import stated_fandoms
from ficshelf.understand.kin_names import (
    family_parents,
    parents_by_kin_name,
    spouses_by_surname,
)
from ficshelf.understand.name_things import noted_things
from ficshelf.understand.named_characters import named_characters
from ficshelf.understand.names import Candidate, QuoteIndex, scan_capitals, scan_names
from ficshelf.understand.narrator import narrator_speaks
from ficshelf.understand.narrator_character import (
    body_narrator,
    join_other_names,
    join_titled_surname,
    noted_narrator,
)
from ficshelf.understand.narrator_common_names import common_name_narrator
from ficshelf.understand.narrator_fallbacks import guess_pov, plain_quotes
from ficshelf.understand.person_epithets import epithet_holders
from ficshelf.understand.person_nouns import TITLE_NOUNS
from ficshelf.understand.pipeline import stage
from ficshelf.understand.role_links import Introductions, kin_named, role_holders
from ficshelf.understand.tagged_cast import tagged_roster
from ficshelf.understand.title_descriptions import described_only, extend_bare_titles
from ficshelf.understand.voice_owners import with_voice_owners

NARRATOR = "Narrator"
# Weights of salience: share of mentions, spread over the story, share of dialogue.
W_MENTIONS, W_SPREAD, W_DIALOGUE = 0.55, 0.25, 0.2
SPREAD_BINS = 10
NARRATOR_SALIENCE = 0.9


@dataclass(frozen=True, slots=True)
class Cast:
    """The characters of a text: ``mentions``, ``characters`` and ``narrator`` spans as the
    stage assigns them."""

    mentions: tuple[Span, ...]
    characters: tuple[Span, ...]
    narrator: tuple[Span, ...]
    unnamed: tuple[Span, ...] = ()


EMPTY = Cast((), (), ())


@stage(
    "characters",
    requires=(
        "paragraphs",
        "sentences",
        "notes",
        "body",
        "fandom_mentions",
        "quotes",
        "pov",
        "language",
    ),
    assigns=("mentions", "characters", "narrator", "unnamed"),
    english_only=True,
    fields=("characters", "narrator"),
)
def find_characters(analysis: Analysis) -> Mapping[str, tuple[Span, ...]]:
    """Return the mentions, characters, narrator layers (see the module docstring)."""
    quotes = [q for q in analysis.layer("quotes") if not q.label]
    pov = analysis.layer("pov")
    found = characters_of(
        analysis.text,
        analysis.layer("body"),
        quotes if analysis.layer("quotes") else None,
        pov[0].label if pov else None,
        analysis.layer("notes"),
        _stated(analysis),
        [t.name for t in analysis.doc.given.tags if t.type is TagType.CHARACTER],
    )
    return {
        "mentions": found.mentions,
        "characters": found.characters,
        "narrator": found.narrator,
        "unnamed": found.unnamed,
    }


def _stated(analysis: Analysis) -> list[str]:
    """The fandoms the file's own tags and the story's notes and bylines name."""
    given = [t.name for t in analysis.doc.given.tags if t.type is TagType.FANDOM]
    return given + [f.name for f in stated_fandoms(analysis) if f.name not in given]


def characters_of(
    text: str,
    paragraphs: Sequence[Span],
    quotes: Sequence[Span] | None = None,
    pov: str | None = None,
    notes: Sequence[Span] = (),
    fandoms: Sequence[str] = (),
    tagged: Sequence[str] = (),
) -> Cast:
    """Return the characters of the story ``paragraphs`` of ``text`` (see the module
    docstring). ``quotes`` are the dialogue spans (``None``: find balanced double quotes);
    ``pov`` is "first", "second" or "third" (``None``: guess from pronouns); ``notes`` are
    the front and end matter, read only for a narrator they name; ``fandoms`` the fandoms
    the notes state, whose roster is the story's canon (``canon_cast``; none stated: the
    one the names point to); ``tagged`` the file's character tags, whose names stand for
    a canon the table does not know (``tagged_cast``). Never raises on any text."""
    if not paragraphs:
        return EMPTY
    quote_spans = plain_quotes(text, paragraphs) if quotes is None else quotes
    index = QuoteIndex(quote_spans)
    scanned = list(scan_names(text, paragraphs, index))
    keys = person_evidence.accepted_keys(text, scanned)
    tags = tagged_roster(tagged)
    early = early_canon(text, scanned, keys, fandoms) or tags
    if early is not None:
        keys |= canon_names(text, scanned, keys, early)
    candidates = _kept_candidates(text, paragraphs, index, scanned, keys)
    order = quote_order(quote_spans)
    view = pov if pov is not None else guess_pov(text, paragraphs, index)
    first_person = view == "first"
    chars, named, canon, cast = named_characters(
        text, candidates, paragraphs, quote_spans, order, fandoms, index, first_person, tags
    )
    if early is None and canon is not None:
        # The names read apart pointed to two canons ("Katya" and "Mitya" are in two
        # Russian novels); the clusters ("Katya" is Katerina Sergeyevna) found one, whose
        # roster re-admits the names the rules turned down ("Bazarov").
        more = canon_names(text, scanned, keys, canon[0])
        if more:
            keys |= more
            candidates = _kept_candidates(text, paragraphs, index, scanned, keys)
            chars, named, canon, cast = named_characters(
                text, candidates, paragraphs, quote_spans, order, fandoms, index, first_person, tags
            )
    by_title = _title_holders(chars, candidates, named)
    for title, noun in TITLE_NOUNS.items():  # "Dr. Archie" is "the doctor"
        if title in by_title:
            by_title.setdefault(noun, by_title[title])
    taken = [(c.start, c.end) for c in candidates]
    descriptors = list(scan_descriptors(text, paragraphs, quote_spans, index))
    descriptors = comparatives_again(text, paragraphs, index, descriptors)
    descriptors = with_voice_owners(text, descriptors, taken, index)
    roles = role_holders(text, candidates, named, descriptors, quote_spans)
    if canon is not None:  # "the steward" is Malvolio's role in Twelfth Night
        canon_roles(canon, roles, descriptors)
    epithets = epithet_holders(text, candidates, named, cast.genders)
    for phrase, owner in epithets.items():
        roles.setdefault(phrase, owner)  # "old Mr. Emerson" ... "the old man"
    for d in descriptors:
        holder = roles.get(d.key)
        if holder is None and d.key.startswith("the ") and len(d.key.split()) == 2:
            holder = by_title.get(d.noun)
        if holder is not None and _free(taken, d.start, d.end):
            chars[holder].mentions.append(Span(d.start, d.end, score=0.6))
    unnamed: set[str] = set()
    described: dict[int, str] = {}  # unnamed character -> the noun of its description
    names = {c.name for c in chars}
    introductions = Introductions(candidates, named, paragraphs, cast)
    called = CalledRoles(text, candidates, named, paragraphs, quote_spans, cast)
    # a phrase a role gives to a named person ("the old king, Duncan") is that person's:
    # no cluster holds it, so a bare "the king" is not folded into it and lost with it
    # a name after a preposition ("looked up at Tom") says no line a phrase before it brings
    rivals = [(c.start, c.end) for c in candidates if c.in_quote or not c.object_of]
    for person in unnamed_characters(descriptors, taken, roles.keys(), rivals):
        keys_of = {d.key for d in person.mentions}
        if keys_of & roles.keys() or person.name in names:
            continue
        if any(_holds_title(k, person.mentions[0].noun, by_title) for k in keys_of):
            continue
        holder = introductions.holder(person.mentions[0])
        if holder is None:  # '"…," says your father.' / '"I am always quiet, Austin."'
            holder = called.holder(person)
        if holder is not None:  # "Mrs. Reynolds came in" ... "said the housekeeper"
            chars[holder].mentions.extend(Span(d.start, d.end, score=0.6) for d in person.mentions)
            chars[holder].dialogue += person.speeches
            continue
        char = Character(person.name)
        char.mentions = [Span(d.start, d.end, score=0.7) for d in person.mentions]
        char.dialogue = person.speeches
        described[len(chars)] = person.mentions[0].noun
        chars.append(char)
        unnamed.add(person.name)
    _join_kin_names(text, chars, candidates, named, described)  # "Papa" is "my father"
    _join_spouses(chars, candidates, named, described, cast.genders)  # "her husband"

    narrator: tuple[Span, ...] = ()
    if first_person:
        narrator = body_narrator(text, paragraphs, index, candidates, named, chars)
        if not narrator:  # "A/N: Ishmael narrates"
            narrator = noted_narrator(text, notes, chars)
        if not narrator:  # '"Come here, Tom."' / "I said I had only come in for water."
            narrator = common_name_narrator(text, paragraphs, index, scanned, keys, chars)
        if narrator:  # '"Master Ridd," said Gwenny' to John Ridd, who tells the story
            named = join_titled_surname(chars, candidates, named, narrator[0].label, canon)
            named = join_other_names(text, paragraphs, index, chars, candidates, named, narrator)
    # The rules propose, the learned filter disposes (``character_filter``).
    # Kept: the narrator, and a name a role links to ("their nurse Hesketh" ... "said the
    # nurse"), whose mentions outnumber its name's occurrences.
    own = Counter(named)
    keep = {
        i
        for i, c in enumerate(chars)
        if (narrator and c.name == narrator[0].label) or len(c.mentions) > own[i]
    }
    keep |= kin_named(text, candidates, named)  # "her own brother Jem"
    if canon is not None:  # a canon character the roster knows is one, however seldom named
        keep.update(who for who, hit in canon[1].canon.items() if hit not in canon[0].kinds)
    for gone in dropped(text, [c.name for c in chars], candidates, named, keep):
        chars[gone].mentions.clear()
    if canon is not None:  # the doll "Emily", the rat "Melchisedec"
        for thing in non_persons(text, canon[0], canon[1], candidates, named, order):
            chars[thing].mentions.clear()
    for thing in _noted_things(text, notes, candidates, named, keep):  # "Bismarck the horse"
        chars[thing].mentions.clear()
    extend_bare_titles(text, chars, index)  # "the Judge" is a description, not a name
    unnamed |= described_only(text, chars)  # known only as "the Old Man"
    _score(chars, paragraphs)
    if narrator:
        who = next(c for c in chars if c.name == narrator[0].label)
        who.salience = max(who.salience, NARRATOR_SALIENCE)
    elif first_person:
        tag = narrator_speaks(text, paragraphs, index)
        if tag is not None and all(c.name != NARRATOR for c in chars):
            chars.append(Character(NARRATOR, first=tag, salience=NARRATOR_SALIENCE))
            unnamed.add(NARRATOR)
    return _spans(chars, narrator, unnamed)


def _kept_candidates(
    text: str,
    paragraphs: Sequence[Span],
    index: QuoteIndex,
    scanned: Sequence[Candidate],
    keys: set[str],
) -> list[Candidate]:
    """Return the candidates of ``scanned`` whose key is in ``keys``, with the names of
    ``keys`` the text writes in capitals ("JONATHAN HARKER", "HARRY!"), in text order."""
    candidates = [c for c in scanned if c.key in keys]
    spans = [(c.start, c.end) for c in candidates]
    capitals = [
        c for c in scan_capitals(text, paragraphs, index, keys) if _free(spans, c.start, c.end)
    ]
    if capitals:
        candidates = sorted(candidates + capitals, key=lambda c: c.start)
    return candidates


def _title_holders(
    chars: list[Character], candidates: Sequence[Candidate], named: Sequence[int]
) -> dict[str, int]:
    """Return title word → the one character that holds it ("king" → King Arthur)."""
    holders: dict[str, set[int]] = {}
    for cand, who in zip(candidates, named, strict=True):
        if cand.title:
            holders.setdefault(cand.title, set()).add(who)
    return {t: next(iter(w)) for t, w in holders.items() if len(w) == 1}


def _free(taken: list[tuple[int, int]], start: int, end: int) -> bool:
    """Return whether ``start:end`` overlaps none of the sorted spans ``taken``."""
    i = bisect_left(taken, (start, start))
    for j in (i - 1, i):
        if 0 <= j < len(taken) and taken[j][0] < end and start < taken[j][1]:
            return False
    return True


def _noted_things(
    text: str,
    notes: Sequence[Span],
    candidates: Sequence[Candidate],
    named: Sequence[int],
    keep: set[int],
) -> set[int]:
    """Return the characters the notes say are an animal or a thing ("Bismarck the horse is
    mine", "Killdeer is Hawkeye's rifle"; ``name_things.noted_things``): those every name of
    which the notes give so ("Beaufort the cat" leaves "Julius Beaufort"), that are not in
    ``keep`` (the narrator, a role's holder, a canon character) and that tag no line
    (``person_evidence.tags_a_line``: '"Nobody feeds me," said Bruno' keeps a talking
    animal)."""
    if not notes:
        return set()
    things = noted_things(text, notes)
    if not things:
        return set()
    found: set[int] = set()
    stays: set[int] = set()  # another name of theirs, or a line they tag
    for cand, who in zip(candidates, named, strict=True):
        if who < 0:
            continue
        if cand.key not in things:
            stays.add(who)
        elif person_evidence.tags_a_line(text, cand):
            stays.add(who)
        found.add(who)
    return found - stays - keep


def _score(chars: list[Character], paragraphs: Sequence[Span]) -> None:
    """Set each character's salience (see the weights above) and first mention."""
    begin, end = paragraphs[0].start, paragraphs[-1].end
    width = max(1, end - begin)
    most = max((len(c.mentions) for c in chars), default=0) or 1
    talk = max((c.dialogue for c in chars), default=0) or 1
    raw = []
    for c in chars:
        c.mentions.sort(key=lambda s: s.start)
        if c.mentions:
            c.first = c.mentions[0]
        bins = {min(SPREAD_BINS - 1, (m.start - begin) * SPREAD_BINS // width) for m in c.mentions}
        raw.append(
            W_MENTIONS * len(c.mentions) / most
            + W_SPREAD * len(bins) / SPREAD_BINS
            + W_DIALOGUE * c.dialogue / talk
        )
    top = max(raw, default=0.0) or 1.0
    for c, r in zip(chars, raw, strict=True):
        c.salience = round(r / top, 4)


def _join_kin_names(
    text: str,
    chars: list[Character],
    candidates: Sequence[Candidate],
    named: Sequence[int],
    described: Mapping[int, str],
) -> None:
    """Move the mentions and lines of a parent's word used as a name ("Papa") to the one
    described parent of its gender ("my father"): ``kin_names``."""
    forms: dict[int, set[str]] = {}
    for cand, who in zip(candidates, named, strict=True):
        forms.setdefault(who, set()).add(text[cand.start : cand.end].lower())
    for who, parent in parents_by_kin_name(forms, described).items():
        chars[parent].take(chars[who], in_order=True)
    pairs = zip(candidates, named, strict=True)
    names = [(w, c.title, c.parts[-1], len(c.parts)) for c, w in pairs if c.parts and w >= 0]
    for who, parent in family_parents(
        {w: f for w, f in forms.items() if w >= 0 and chars[w].mentions}, names
    ).items():  # "Here, Pa," to Mr. Squeers, whose daughter is Miss Fanny Squeers
        chars[parent].take(chars[who], in_order=True)


def _join_spouses(
    chars: list[Character],
    candidates: Sequence[Candidate],
    named: Sequence[int],
    described: Mapping[int, str],
    genders: Mapping[int, str],
) -> None:
    """Move the mentions and lines of the one described husband or wife ("her husband")
    to the one man or woman of a surname the story gives both sexes: ``kin_names``."""
    surnames: dict[int, set[tuple[str, str]]] = {}
    for cand, who in zip(candidates, named, strict=True):
        if cand.parts and (cand.title or len(cand.parts) > 1):
            surnames.setdefault(who, set()).add((cand.title, cand.parts[-1]))
    for spouse, who in spouses_by_surname(surnames, genders, described).items():
        chars[who].take(chars[spouse], in_order=True)


def _holds_title(key: str, noun: str, by_title: Mapping[str, int]) -> bool:
    """Whether "the <noun>" is the title a named character holds ("the king")."""
    return noun in by_title and key == f"the {noun}"


def _spans(chars: list[Character], narrator: tuple[Span, ...], unnamed: set[str]) -> Cast:
    mentions = sorted(
        (
            m if m.label == c.name else Span(m.start, m.end, c.name, m.score)
            for c in chars
            for m in c.mentions
        ),
        key=lambda s: s.start,
    )
    firsts = [(c, c.first) for c in chars if c.first is not None]
    firsts.sort(key=lambda cf: (-cf[0].salience, cf[1].start))
    characters = tuple(Span(f.start, f.end, c.name, c.salience) for c, f in firsts)
    return Cast(
        tuple(mentions), characters, narrator, tuple(c for c in characters if c.label in unnamed)
    )
