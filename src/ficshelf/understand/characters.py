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
``name_clusters`` clusters them into characters, ``descriptors`` finds the unnamed people who
speak or matter, ``narrator`` finds who "I" is. The rules propose and a learned filter disposes
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
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field

from ficshelf.model import Analysis, Span, TagType
from ficshelf.understand import name_clusters, person_evidence
from ficshelf.understand.addressees import (
    CastView,
    addressed_nicknames,
    addressed_titles,
    character_genders,
    paragraph_of,
)
from ficshelf.understand.answered_names import answered_given
from ficshelf.understand.answered_roles import CalledRoles
from ficshelf.understand.called_names import (
    called_names,
    married_names,
    self_named,
    wives_called_by_name,
)
from ficshelf.understand.canon_cast import (
    CanonLinks,
    QuoteOrder,
    Roster,
    canon_links,
    non_persons,
    quote_order,
    story_canon,
)
from ficshelf.understand.character_filter import dropped
from ficshelf.understand.descriptor_mention import DescriptorMention
from ficshelf.understand.descriptor_phrases import scan_descriptors
from ficshelf.understand.descriptors import unnamed_characters
from ficshelf.understand.diminutives import diminutive_links, epithet_links
from ficshelf.understand.family_given import family_given
from ficshelf.understand.fandom_names import name_key
from ficshelf.understand.fandom_stated import stated_fandoms
from ficshelf.understand.kin_names import parents_by_kin_name, spouses_by_surname
from ficshelf.understand.language import is_english
from ficshelf.understand.name_things import noted_things
from ficshelf.understand.names import Candidate, QuoteIndex, scan_capitals, scan_names
from ficshelf.understand.narrator import (
    NamedMention,
    find_narrator,
    guess_pov,
    narrator_other_names,
    narrator_speaks,
    plain_quotes,
)
from ficshelf.understand.narrator_notes import narrator_in_notes
from ficshelf.understand.person_epithets import epithet_holders
from ficshelf.understand.person_joins import answered_titles, clergy_titles
from ficshelf.understand.person_nouns import TITLE_NOUNS
from ficshelf.understand.person_other_name import narrator_titled_names, surname_of
from ficshelf.understand.pipeline import stage
from ficshelf.understand.role_links import (
    Introductions,
    apposed_titles,
    kin_named,
    role_holders,
)
from ficshelf.understand.tagged_cast import tagged_roster
from ficshelf.understand.voice_owners import with_voice_owners

NARRATOR = "Narrator"
# Weights of salience: share of mentions, spread over the story, share of dialogue.
W_MENTIONS, W_SPREAD, W_DIALOGUE = 0.55, 0.25, 0.2
SPREAD_BINS = 10
NARRATOR_SALIENCE = 0.9


@dataclass(slots=True)
class _Character:
    name: str
    mentions: list[Span] = field(default_factory=list)
    dialogue: int = 0
    salience: float = 0.0
    first: Span | None = None

    def take(self, other: _Character, in_order: bool = False) -> None:
        """Take ``other``'s mentions and lines, leaving it none (a join: ``other`` was
        another name of this character); ``in_order`` keeps the mentions in text order."""
        self.mentions.extend(other.mentions)
        if in_order:
            self.mentions.sort(key=lambda m: m.start)
        self.dialogue += other.dialogue
        other.mentions.clear()
        other.dialogue = 0


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
)
def find_characters(analysis: Analysis) -> Mapping[str, tuple[Span, ...]]:
    """Return the mentions, characters, narrator layers (see the module docstring)."""
    if not is_english(analysis):
        found = EMPTY
    else:
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
    early = _early_canon(text, scanned, keys, fandoms) or tags
    if early is not None:
        keys |= _canon_names(text, scanned, keys, early)
    candidates = _kept_candidates(text, paragraphs, index, scanned, keys)
    order = quote_order(quote_spans)
    view = pov if pov is not None else guess_pov(text, paragraphs, index)
    first_person = view == "first"
    chars, named, canon, cast = _named_characters(
        text, candidates, paragraphs, quote_spans, order, fandoms, index, first_person, tags
    )
    if early is None and canon is not None:
        # The names read apart pointed to two canons ("Katya" and "Mitya" are in two
        # Russian novels); the clusters ("Katya" is Katerina Sergeyevna) found one, whose
        # roster re-admits the names the rules turned down ("Bazarov").
        more = _canon_names(text, scanned, keys, canon[0])
        if more:
            keys |= more
            candidates = _kept_candidates(text, paragraphs, index, scanned, keys)
            chars, named, canon, cast = _named_characters(
                text, candidates, paragraphs, quote_spans, order, fandoms, index, first_person, tags
            )
    by_title = _title_holders(chars, candidates, named)
    for title, noun in TITLE_NOUNS.items():  # "Dr. Archie" is "the doctor"
        if title in by_title:
            by_title.setdefault(noun, by_title[title])
    taken = [(c.start, c.end) for c in candidates]
    descriptors = list(scan_descriptors(text, paragraphs, quote_spans, index))
    descriptors = with_voice_owners(text, descriptors, taken, index)
    roles = role_holders(text, candidates, named, descriptors, quote_spans)
    if canon is not None:  # "the steward" is Malvolio's role in Twelfth Night
        _canon_roles(canon, roles, descriptors)
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
        char = _Character(person.name)
        char.mentions = [Span(d.start, d.end, score=0.7) for d in person.mentions]
        char.dialogue = person.speeches
        described[len(chars)] = person.mentions[0].noun
        chars.append(char)
        unnamed.add(person.name)
    _join_kin_names(text, chars, candidates, named, described)  # "Papa" is "my father"
    _join_spouses(chars, candidates, named, described, cast.genders)  # "her husband"

    narrator: tuple[Span, ...] = ()
    if first_person:
        narrator = _narrator(text, paragraphs, index, candidates, named, chars)
        if not narrator:  # "A/N: Ishmael narrates"
            narrator = _noted_narrator(text, notes, chars)
        if narrator:  # '"Master Ridd," said Gwenny' to John Ridd, who tells the story
            named = _join_titled_surname(chars, candidates, named, narrator[0].label, canon)
            named = _join_other_names(text, paragraphs, index, chars, candidates, named, narrator)
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
    _score(chars, paragraphs)
    if narrator:
        who = next(c for c in chars if c.name == narrator[0].label)
        who.salience = max(who.salience, NARRATOR_SALIENCE)
    elif first_person:
        tag = narrator_speaks(text, paragraphs, index)
        if tag is not None and all(c.name != NARRATOR for c in chars):
            chars.append(_Character(NARRATOR, first=tag, salience=NARRATOR_SALIENCE))
            unnamed.add(NARRATOR)
    return _spans(chars, narrator, unnamed)


def _named_characters(
    text: str,
    candidates: Sequence[Candidate],
    paragraphs: Sequence[Span],
    quotes: Sequence[Span],
    order: QuoteOrder,
    fandoms: Sequence[str] = (),
    index: QuoteIndex | None = None,
    first_person: bool = False,
    tags: Roster | None = None,
) -> tuple[list[_Character], list[int], tuple[Roster, CanonLinks] | None, CastView]:
    """Cluster the accepted candidates; return the characters, each candidate's index
    into them (a pet name used only in address joins the one addressed: ``addressees``;
    in a ``first_person`` story a census given name does not),
    the story's canon with what its roster links, if it has a known canon
    (``canon_cast``; ``fandoms`` are the fandoms the notes state; ``index`` is the
    ``QuoteIndex`` of ``quotes``, if the caller has one) and the cast view of the last
    assignment. The join rules that read the cast share one view
    (``addressees.CastView``), made anew only when a rule before them has moved a form."""
    forms = name_clusters.cluster(candidates, text)
    # Each distinct form and surface counted first (a name recurs hundreds of times as the
    # same few strings), then normalised and assigned once per distinct one: the same
    # counts, and every dict below fills in the order of first occurrence, as per candidate.
    written: dict[tuple[str, str, tuple[str, ...], str], int] = {}
    for cand in candidates:
        seen = (cand.title, cand.key, cand.parts, text[cand.start : cand.end])
        written[seen] = written.get(seen, 0) + 1
    surfaces: dict[int, Counter[str]] = {}
    members: dict[int, dict[tuple[str, str, tuple[str, ...]], None]] = {}
    for (title, key, parts, surface_text), times in written.items():
        cid = forms[(title, key)]
        surface = surfaces.get(cid)  # (``setdefault`` would build a Counter per form)
        if surface is None:
            surface = surfaces[cid] = Counter()
        surface[" ".join(surface_text.split())] += times
        members.setdefault(cid, {})[(title, key, parts)] = None
    listed = {cid: list(forms) for cid, forms in members.items()}
    # clusters said only to call someone ("I'm not pale, Prudy."): a pet form may shorten
    # a lone census name
    spoken_of = {forms[(cand.title, cand.key)] for cand in candidates if not cand.vocative}
    shorts = diminutive_links(listed, frozenset(members.keys() - spoken_of))
    epithets = epithet_links(listed)
    # a full name whose given name another cluster goes by alone names neither for sure
    elsewhere = name_clusters.given_name_elsewhere(listed, {**shorts, **epithets})
    names = {
        cid: name_clusters.canonical_name(
            listed[cid], surfaces[cid], elsewhere.get(cid, frozenset())
        )
        for cid in members
    }
    for short, full in shorts.items():
        names[short] = names[full]  # "Laurie" is Theodore Laurence
    for epithet, plain in epithets.items():
        names[epithet] = names[plain]  # "Limping Lucy" is Lucy Yolland
    # Two clusters that end up with one name are one character.
    position: dict[str, int] = {}
    chars: list[_Character] = []
    of_cluster: dict[int, int] = {}
    for cid in sorted(names):
        name = names[cid]
        if name not in position:
            position[name] = len(chars)
            chars.append(_Character(name))
        of_cluster[cid] = position[name]
    named = [of_cluster[forms[(cand.title, cand.key)]] for cand in candidates]
    where = paragraph_of(paragraphs, candidates)
    pet_names = addressed_nicknames(
        paragraphs, candidates, named, where, quotes, text, first_person
    )
    named, cast = _joined(candidates, named, pet_names, None)
    # "Miss Darcy," to Georgiana
    titled = addressed_titles(candidates, named, where, cast, text, paragraphs, quotes)
    named, cast = _joined(candidates, named, titled, cast)
    nicknames = called_names(text, candidates, named)  # "Prudence Cowley, known as Tuppence"
    named, cast = _joined(candidates, named, nicknames, cast)
    wives = married_names(text, candidates, named)  # "Watson had married Miss Morstan"
    named, cast = _joined(candidates, named, wives, cast)
    # "Sophia" is Mrs. Croft
    called = wives_called_by_name(text, candidates, named, where, cast)
    named, cast = _joined(candidates, named, called, cast)
    own = self_named(text, candidates, named, quotes, index)  # '"Call me Kit," said Christopher'
    named, cast = _joined(candidates, named, own, cast)
    apposed = apposed_titles(text, candidates, named)  # "Otto Lidenbrock, professor of"
    named, cast = _joined(candidates, named, apposed, cast)
    clergy = clergy_titles(candidates, named, cast)  # "Father Flynn" is "Rev. James Flynn"
    named, cast = _joined(candidates, named, clergy, cast)
    # "Mrs. Winthrop," to Dolly Winthrop
    answered = answered_titles(candidates, named, where, cast)
    named, cast = _joined(candidates, named, answered, cast)
    # "Winifred," answered by Miss Penrose
    given = answered_given(text, paragraphs, candidates, named, where, quotes, cast)
    named, cast = _joined(candidates, named, given, cast)
    # "Miss Tilney" once, of the Tilneys, and "Eleanor" about her
    daughters = family_given(candidates, named, where, cast)
    named, cast = _joined(candidates, named, daughters, cast)
    canon = _canon(text, paragraphs, candidates, named, chars, fandoms, order, tags)
    if canon is not None and (canon[1].moved or canon[1].joins):
        # "Marmee" is Mrs. March; "Cesario" is Viola
        moved, joins = canon[1].moved, canon[1].joins
        named = [joins.get(moved.get(i, who), moved.get(i, who)) for i, who in enumerate(named)]
        cast = CastView(candidates, named)
    for cand, who in zip(candidates, named, strict=True):
        confidence = 1.0 if cand.speech or cand.vocative or cand.title else 0.85
        # (labelled now: ``_spans`` keeps a mention that still carries its character's name)
        chars[who].mentions.append(Span(cand.start, cand.end, chars[who].name, confidence))
        chars[who].dialogue += cand.speech or cand.vocative
    return chars, named, canon, cast


def _joined(
    candidates: Sequence[Candidate],
    named: list[int],
    joins: Mapping[int, int],
    cast: CastView | None,
) -> tuple[list[int], CastView]:
    """Return each candidate's character after ``joins`` (character -> the one it is
    another name of) and the cast view of that assignment: ``cast`` itself when there is
    one and ``joins`` moves nothing."""
    if cast is not None and not joins:
        return named, cast
    named = [joins.get(who, who) for who in named]
    return named, CastView(candidates, named)


def _canon(
    text: str,
    paragraphs: Sequence[Span],
    candidates: Sequence[Candidate],
    named: Sequence[int],
    chars: list[_Character],
    fandoms: Sequence[str],
    quotes: QuoteOrder,
    tags: Roster | None = None,
) -> tuple[Roster, CanonLinks] | None:
    """Find the story's canon (stated, else from the clusters' names, else the file's
    character ``tags``) and link the characters its roster knows; rename the joined
    characters the roster names."""
    cast = _story_canon(
        fandoms,
        (
            (chars[who].name, text[cand.start : cand.end])
            for cand, who in zip(candidates, named, strict=True)
        ),
    )
    stated = bool(fandoms)  # a canon found with notes stating one is the stated one
    if cast is None:
        if tags is None:
            return None
        cast, stated = tags, True  # the author's own list of the cast
    names = [c.name for c in chars]
    links = canon_links(text, paragraphs, candidates, named, names, cast, quotes, stated)
    chars.extend(_Character(name) for name in links.added)  # "Miss Trotwood" split off
    taken = {c.name for c in chars}
    for who, name in links.names.items():
        if name not in taken:
            taken.add(name)
            chars[who].name = name
    return cast, links


def _story_canon(fandoms: Sequence[str], written: Iterable[tuple[str, str]]) -> Roster | None:
    """Return the story's canon (``story_canon``): the one stated in ``fandoms``, else the
    one the names point to, ``written`` holding (name, form as the text writes it) per
    occurrence, each name weighed by how often it occurs against the most frequent."""
    forms: dict[str, set[str]] = {}
    counts: Counter[str] = Counter()
    key_of: dict[str, str] = {}  # each distinct form's key, worked out once (it recurs)
    for name, form in written:
        keys = forms.get(name)  # (``setdefault`` would build a set per occurrence)
        if keys is None:
            keys = forms[name] = {name_key(name)}
        key = key_of.get(form)
        if key is None:
            key = key_of[form] = name_key(form)
        keys.add(key)
        counts[name] += 1
    most = max(counts.values(), default=0) or 1
    return story_canon(fandoms, forms, {name: n / most for name, n in counts.items()})


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


def _early_canon(
    text: str, candidates: Sequence[Candidate], keys: set[str], fandoms: Sequence[str]
) -> Roster | None:
    """Return the canon before clustering: the stated one, else the one the accepted names
    (``keys``, each with the forms the text writes it in, weighed by how often) point to
    (``story_canon``: several of them, one distinctive)."""
    if fandoms:
        return story_canon(fandoms, {}, {})
    return _story_canon((), ((c.key, text[c.start : c.end]) for c in candidates if c.key in keys))


def _canon_names(
    text: str, candidates: Sequence[Candidate], keys: set[str], cast: Roster
) -> set[str]:
    """Return the keys of the candidates the name rules turned down (not in ``keys``) that
    the canon's roster ``cast`` lists as a person's name ("Paris" in Romeo and Juliet,
    "Hero" in Much Ado): a fan reader knows them. "Guinevere", seen once, in a story that
    names Arthur, Bedivere and Mordred."""
    found = set()
    for cand in candidates:
        if cand.key in keys or cand.key in found:
            continue
        hit = cast.listed.get(name_key(text[cand.start : cand.end]))
        if hit is not None and hit not in cast.kinds:
            found.add(cand.key)
    return found


def _canon_roles(
    canon: tuple[Roster, CanonLinks],
    roles: dict[str, int],
    descriptors: Sequence[DescriptorMention],
) -> None:
    """Add to ``roles`` the roster's roles of the canon characters the text names, and the
    descriptors the roster lists as a name of one of them, however written ("David’s
    aunt", "the King’s son")."""
    cast, links = canon
    holders = {hit: who for who, hit in links.canon.items() if who not in links.joins}
    for phrase, hit in cast.roles.items():
        if hit in holders:
            roles.setdefault(phrase, holders[hit])
    for d in descriptors:
        if d.key not in roles:
            listed = cast.listed.get(name_key(d.key))
            if listed is not None and listed in holders and listed not in cast.kinds:
                roles[d.key] = holders[listed]


def _title_holders(
    chars: list[_Character], candidates: Sequence[Candidate], named: Sequence[int]
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


def _narrator(
    text: str,
    paragraphs: Sequence[Span],
    index: QuoteIndex,
    candidates: Sequence[Candidate],
    named: Sequence[int],
    chars: list[_Character],
) -> tuple[Span, ...]:
    mentions = [
        NamedMention(c.start, c.end, who, c.vocative, c.in_quote)
        for c, who in zip(candidates, named, strict=True)
    ]
    found = find_narrator(text, paragraphs, index, mentions)
    if found is None:
        return ()
    return (Span(found.start, found.end, chars[found.who].name),)


def _join_titled_surname(
    chars: list[_Character],
    candidates: Sequence[Candidate],
    named: list[int],
    narrator: str,
    canon: tuple[Roster, CanonLinks] | None,
) -> list[int]:
    """Join into the narrator (the character named ``narrator``) the characters that are
    the narrator's titled surname (``person_other_name``); return each candidate's
    character after the joins."""
    who = next((i for i, c in enumerate(chars) if c.name == narrator), None)
    if who is None:
        return named
    own = [c for c, w in zip(candidates, named, strict=True) if w == who]
    forms = sorted((c for c in own if c.parts), key=lambda c: -len(c.parts))
    listed = canon[1].canon.get(who, "") if canon is not None else ""
    surname = surname_of([narrator, *(" ".join(c.parts) for c in forms[:1]), listed])
    gender = character_genders({who: own}).get(who, "")
    if not gender and canon is not None and listed:
        gender = canon[0].genders.get(listed, "")
    joined = narrator_titled_names(candidates, named, who, surname, gender)
    for other in joined:
        chars[who].take(chars[other])
    return [who if w in joined else w for w in named]


def _join_other_names(
    text: str,
    paragraphs: Sequence[Span],
    index: QuoteIndex,
    chars: list[_Character],
    candidates: Sequence[Candidate],
    named: list[int],
    narrator: tuple[Span, ...],
) -> list[int]:
    """Join into the narrator the characters that are the narrator's other names: only
    ever called in others' lines said to the narrator (``narrator_other_names``: "Jan"
    to the John Ridd the others call "Master Ridd"), of no gender other than the
    narrator's; return each candidate's character after the joins."""
    who = next((i for i, c in enumerate(chars) if c.name == narrator[0].label), None)
    if who is None:
        return named
    mentions = [
        NamedMention(c.start, c.end, w, c.vocative, c.in_quote)
        for c, w in zip(candidates, named, strict=True)
        if w >= 0
    ]
    joined = narrator_other_names(text, paragraphs, index, mentions, who)
    if not joined:
        return named
    owned: dict[int, list[Candidate]] = {}
    for c, w in zip(candidates, named, strict=True):
        owned.setdefault(w, []).append(c)
    own = character_genders({who: owned.get(who, [])}).get(who, "")
    # (a bare name's census gender says little here: "Jan" is a Devon John)
    genders = character_genders({w: owned.get(w, []) for w in joined if _told(owned.get(w, []))})
    joined = {w for w in joined if not (own and genders.get(w, own) not in ("", own))}
    for other in joined:
        chars[who].take(chars[other])
    return [who if w in joined else w for w in named]


def _told(cands: Sequence[Candidate]) -> bool:
    """Whether the text itself gives a gender to the character of ``cands``: a title, or a
    "he" or "she" after one of its names (not only the census's word on a given name)."""
    return any(c.title or c.gender for c in cands)


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


def _noted_narrator(text: str, notes: Sequence[Span], chars: list[_Character]) -> tuple[Span, ...]:
    """Return the narrator span for the one person the notes say tells the story ("Ishmael
    narrates", "Sherlock's POV"): the character of that name (the one whose name holds
    every word of it: "Sherlock" is Sherlock Holmes), else a new character known only from
    the note, whose one mention is the note's name."""
    noted = narrator_in_notes(text, notes)
    if noted is None:
        return ()
    words = set(noted.name.split())
    same = [c for c in chars if c.mentions and words <= set(c.name.split())]
    if len(same) > 1:
        return ()
    evidence = Span(noted.start, noted.end, same[0].name if same else noted.name)
    if not same:  # the note's name is the one mention, the evidence for a character tag
        chars.append(_Character(noted.name, [Span(noted.start, noted.end, score=0.85)]))
    return (evidence,)


def _score(chars: list[_Character], paragraphs: Sequence[Span]) -> None:
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
    chars: list[_Character],
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


def _join_spouses(
    chars: list[_Character],
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


def _spans(chars: list[_Character], narrator: tuple[Span, ...], unnamed: set[str]) -> Cast:
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
