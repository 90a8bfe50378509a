"""The "relationships" stage.

Layers:

* ``relationships`` — evidence spans (sentences or paragraphs that show the pair together
  or state the relation), label = ``relationship_label(kind, prominence, a, b)``
  ("romantic|major|Name A|Name B", names sorted), score = the pair's score in [0, 1] (the same
  on every span of one pair). ``parse_relationship_label`` reads a label back. Pairs come in
  order of score (highest first); the spans of one pair are in text order, at most
  ``MAX_EVIDENCE`` of them.
* ``category`` — the AO3 category of the story (see ``category.category_of``): label "Gen",
  "F/M", "M/M", "F/F" or "Multi", score = confidence. The spans are the evidence of the
  romantic relationships that decide it (for "Gen": one empty span at the start of the body).
  Empty when a romantic pair's genders cannot be told from the text.
* ``stated_relationships`` (statements, ``model.Statement``: no span) — one per listed pair
  a file's own relationship tag declares: label as the pair's spans', source "tag: <tag>".

How pairs are found (``relationship_pairs``, then ``relationship_inference``; every pass is
linear in the text and in the number of mentions; docs/relationships-and-fandoms.md has the
rules in full):

* Each body paragraph's cast: the characters mentioned in it, the speakers of its quotes
  and, in a first- or second-person story, the narrator when the narration says "I"/"you".
  Every pair in a cast (at most ``MAX_CAST`` per paragraph) is *together* in that paragraph,
  and *present* together when neither is only named inside someone else's quote. Chapters
  and scene breaks number the scenes each pair shares.
* Talk: consecutive quotes by two speakers within two paragraphs are an *exchange*; a
  mention of B set off by commas or the quote's edges inside a quote by A *addresses* B
  (vocatives: "Come here, Mara.", "Sister."). Mere talk about B is not talk with B. Each
  address is *formal* (a title: "my lord", "sir", "Mr. Holmes") or *familiar* (a name).
* Cues: a sentence naming both, or a quote by one naming the other, with a romantic word
  (kiss, married, wife, engaged, in love …; "love", "darling" and a kiss on the cheek,
  forehead or hand count half) or a kinship
  word (mother, brother, "her son" …) near one of the names (a quote's cues only count for
  the one it addresses). A cue word the words before it negate ("never kissed", "wasn't
  married", "not Ysolde's brother") is no cue, nor a kin word in a likeness ("loved like a
  brother", "like his own son"). A kin word beside a name describes it, and
  its possessive names whose kin it is ("my" in a quote: the speaker; "your": the listener;
  "his"/"her" in the narration: the nearest name before, or the last speaker when their
  line came after it);
  "your mother, the one called Messua" describes Messua; "She's my daughter" names the
  pronoun's referent; an unnamed kin word that is its clause's subject ("I knew that his
  mother would …") is the character the next sentence opens on ("Mrs. Thornton had …"),
  its owner the last speaker or the nearest name before; a sentence that is only "My
  little brother." is the one named just before it; an unnamed "her brother" in the
  narration is the one other character of her surname; "the king's sister" binds no one
  nearby, and "Mrs. Morland's daughter" binds Mrs. Morland only to the one the sentence
  says it is ("Osric is Ysolde's brother", "Ilse, Mara's sister");
  a romantic word in a line whose other side is "I"/"me" or "you" binds the speaker or
  the listener with the name right beside it ("want me to marry Bertie", "You could have
  married Percy"), or no one when that one is unnamed; a romantic word taken as a mention
  ("Harris's girlfriend Clara") ties its character to the nearest other name;
  "he kissed her" in a sentence naming nobody binds the two named just before, and a
  romantic word in a sentence naming one character after a "he" or "she" ("He kisses Lady
  Ash's hand.") binds them only with neighbours not known to be of the other gender; a cue in a
  quote whose sentence names only its speaker, in the tag ('"He had a wife, once," Conseil
  says'), does not bind the speaker to the names of the sentences beside it. A character
  whose own name is a kinship term ("Aunt Em") is family of the speaker who calls them so
  (of a first-person narrator for "my uncle" in the narration), or of the nearest
  character named before them in the paragraph who is not named by kinship too (a kin
  name in the narration, "Pa", "Mamma", "Aunt Poyser": of the viewpoint character; after
  a possessive, "Mr. F's Aunt": of the possessor or of no one); such a
  name is no unnamed relative for the next sentence to name. Kin vocatives that are a
  speaker's form of address (a friar's "my son", "brother" said to several people), or
  that go to a listener one of the two calls by title and name ("Sir Michael") or to one
  of the other gender ("Mother" to a man), are no family. Characters sharing a surname,
  and canon couples and families of known fandoms (the ``fandoms`` layer's, read against
  the fandom table), count when the story shows them together
  (``relationship_tally.shown``; canon also when a first-person narrator's narration names
  the other; a canon couple also when one sentence of the narration names both); "Mr." and
  "Mrs." (or "Lord" and "Lady") of one surname are spouses once named
  in one paragraph, even only talked about, and so are the ones called "Ma" and "Pa"
  ("Mother" and "Father": one child's parents), named in one paragraph, a couple that
  is never the story's main pairing. The first part of a split quote that is its
  sentence's subject ('"My father," said Anne, "is always appalled."') addresses no one.
  An unnamed "her husband" confirms its owner's one romance as a marriage (or
  pairs them with "Mrs. <their surname>"), and a marriage makes in-laws family
  (of kin the text states, not canon alone).
* Kind: romantic when the romantic cues reach 1 and outweigh the kinship ones (pet names
  said to the other, "my love", "darling", count only beside some other romantic cue:
  sisters and aunts use them) (or a spouse
  word is among them, or canon makes them a couple: a kin word whose owner was guessed
  from a pronoun does not unmake a canon couple; or, when the story's canon is unknown
  to the fandom table, a man and a woman shown at length as each one's strongest tie who
  seldom call each other by name, ``relationship_courtship``), family when kinship cues or a surname
  do (two of them between friends of canon: one kin word between Holmes and Watson is
  more likely misread than a new family; one kin word beside a name, "your cousin Lucy",
  states it and is enough), else platonic. Two
  secondary characters (neither of salience ``MAIN_SALIENCE``) who are family by canon, with
  no cue span of their own and no line said between them, are not listed.
* Strength = paragraphs together + 2 × exchanges + addresses + half the shared sentences.
  Score = ``(1 - exp(-strength / 8)) × (0.5 + 0.5 × strength / strongest)``. A pair is
  *major* when its score reaches ``MAJOR_SCORE`` and it is together in at least
  ``MAJOR_PARAGRAPHS`` paragraphs, or when it is a romance between two principal characters
  (salience at least ``MAIN_SALIENCE``, scored at least the lower one), or the strongest
  romance of the story's lead (its most salient named character), even with a beloved who is
  only remembered (but not one canon alone ties to the lead, never near them in the text),
  or a romance shown at the length of a scene (strength ``ROMANCE_STRENGTH``); otherwise
  *background*: two names in one sentence of backstory ("Lucy and Arthur were engaged")
  stay background however clear the cue. A pair scoring between ``FOCUS_SCORE`` and
  ``MAJOR_SCORE`` (a friendship of a few exchanges, kin seen in one scene) is listed as
  background.
* No pair has a side that stands for no one a reader could tag
  (``relationship_sides.stands_in``): a relative known only through someone else ("your
  mother", "his father"; a first-person narrator's "my mother" is one person), a group
  ("the milkers"), or a relative named through one person ("David's aunt"), who pairs only
  with that person.
* A pairing the summary or author's notes name ("Arabin/Eleanor": romantic; "Edward and Tom
  friendship", "A & B": platonic, or family by the text's cues; ``relationship_notes``) is
  listed, major, whatever its tallies. The file's own relationship tags (an AO3 download's
  "A/B", "A & B"; ``relationship_tags``) are read so too, first, and their kind wins over
  the notes' and the text's; the first tag is major, a later one as the rules make it,
  and the ``stated_relationships`` statements name each tagged pair's tag.
* Output: every pair with a romantic or family cue; platonic pairs (the friendship filter,
  its tests in ``relationship_friendship``) only between named
  characters (not "the ferryman") who talk (exchanges + addresses >= 2) or share at least
  ``PLATONIC_PARAGRAPHS`` paragraphs, who do not call each other by title ("my lord",
  "madam", "Mr. Holmes") more often than by name, at least ``DISTANCE_TITLES`` times
  (deference or distance, not friendship; one "sir" in a long talk is courtesy; between
  two who are each other's strongest tie in ``FRIEND_PARAGRAPHS`` paragraphs, manners:
  ``mannerly``),
  meet in two scenes of a story of ``SUSTAINED_SCENES`` scenes or more, are each other's
  strongest such tie (``mutual``; or are together in ``FRIEND_PARAGRAPHS`` paragraphs
  and one calls the other by name, ``dwelt_on``), score ``FOCUS_SCORE`` and are together
  in ``MAJOR_PARAGRAPHS`` paragraphs or exchanges, and reach ``PLATONIC_SHARE`` of the
  strongest platonic pair's strength; at most ``MAX_PLATONIC`` of them. Friends in canon
  (the fandom table's ``friendships``: Holmes and Watson) need less: that the story shows
  them talking (two exchanges), one of them a principal character, within
  ``PLATONIC_SHARE`` of the strongest friendship (``LEAD_FRIENDS_SHARE`` for the story's
  lead and a friend met in two scenes); they need not keep meeting, be the focus
  of either or be major, and title address is period manners between them; at most
  ``MAX_PLATONIC`` of them besides the others. A canon family one of whom is on the
  story's scene (speaking, or named in the narration of two paragraphs), the other too or
  named in the narration, is a family though never shown together, and a canon couple
  one of whom is on the scene and the other named anywhere (in the narration, or only in a
  line: an absent husband) a couple.
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from ficshelf.model import Analysis, Span, Statement
from ficshelf.understand import relationship_cues as cues
from ficshelf.understand import relationship_friendship as friends
from ficshelf.understand import relationship_inference as inference
from ficshelf.understand import relationship_text as rt
from ficshelf.understand.category import category_spans
from ficshelf.understand.frozen_init import setter_init
from ficshelf.understand.pipeline import stage
from ficshelf.understand.relationship_courtship import courting
from ficshelf.understand.relationship_notes import mark_noted
from ficshelf.understand.relationship_pairs import PairFinder
from ficshelf.understand.relationship_prominence import sole_partners, talk_totals
from ficshelf.understand.relationship_sides import is_descriptor, stands_in
from ficshelf.understand.relationship_tags import mark_tagged
from ficshelf.understand.relationship_tally import MAX_EVIDENCE, Pair

MAJOR_SCORE = 0.6
FOCUS_SCORE = 0.45  # a friendship listed as a focus of the story (``_focus``) scores this
MAJOR_PARAGRAPHS = 3
ROMANCE_STRENGTH = 9.0  # a romance shown at this strength is major (``_romance_shown``)
PLATONIC_PARAGRAPHS = 4
# exchanges that make talk without a paragraph together (each line its own paragraph)
TALK_EXCHANGES = 3
MAX_PLATONIC = 3
PLATONIC_SHARE = 0.45  # of the strongest platonic pair's strength
LEAD_FRIENDS_SHARE = 0.3  # of it, for the lead's friends in canon met in two scenes
MAIN_SALIENCE = 0.5  # a principal character's salience (the most salient one has 1)
COURTED_SALIENCE = 0.2  # each side of a courtship told by scene: no walk-on (``_courtship``)


def relationship_label(kind: str, prominence: str, a: str, b: str) -> str:
    """Return the label of a relationship evidence span: ``kind|prominence|A|B``, names
    sorted. Raises ``ValueError`` if a name contains "|"."""
    if "|" in a or "|" in b:
        raise ValueError("character names in a relationship label may not contain '|'")
    first, second = sorted((a, b))
    return f"{kind}|{prominence}|{first}|{second}"


def parse_relationship_label(label: str) -> tuple[str, str, str, str]:
    """Return ``(kind, prominence, a, b)`` from a label made by ``relationship_label``.
    Raises ``ValueError`` for any other string."""
    parts = label.split("|")
    if len(parts) != 4:
        raise ValueError(f"not a relationship label: {label!r}")
    return parts[0], parts[1], parts[2], parts[3]


@setter_init
@dataclass(frozen=True, slots=True)
class Relationship:
    """One relationship found in a story: the two canonical names (sorted), its kind
    ("romantic", "platonic", "family"), prominence ("major", "background"), score in [0, 1]
    and evidence spans in text order."""

    a: str
    b: str
    kind: str
    prominence: str
    score: float
    evidence: tuple[tuple[int, int], ...]


def kind_of(pair: Pair) -> str | None:
    """Return the pair's kind, or ``None`` when nothing makes it worth listing."""
    if pair.noted == "romantic" or not pair.tag and pair.spouse and pair.romance >= 0.5:
        return "romantic"  # a pairing the notes or tags name with a slash ("Arabin/Eleanor")
    # Friends in canon are no kin: one kin word between them ("I don't know, Uncle." given
    # to the wrong speaker) is more likely misread than a new family; it takes two, or a
    # kin word right beside a name that states it ("your cousin Lucy": canon's friends
    # may be cousins too).
    kin_stated = pair.family >= 2 or pair.stated_family >= 1
    family = pair.family if pair.canon != "platonic" or kin_stated else 0.0
    if pair.noted:  # "Edward and Tom friendship": friends, or kin as the text says
        return "family" if family >= 1 else "platonic"
    if pair.romance >= 1 and (pair.romance > family or pair.canon == "romantic"):
        return "romantic"
    if family >= 1:
        return "family"
    # Two who speak only in lines of their own share no paragraph: a long talk still counts.
    together = pair.paragraphs >= 1 or pair.exchanges >= TALK_EXCHANGES
    talks = pair.exchanges + pair.addresses >= 2 and together
    if talks or pair.paragraphs >= PLATONIC_PARAGRAPHS:
        return "platonic"
    return None


def _major(pair: Pair, score: float) -> bool:
    return score >= MAJOR_SCORE and _shown(pair)


def _shown(pair: Pair) -> bool:
    """Whether the text shows the two together at some length: ``MAJOR_PARAGRAPHS``
    paragraphs or exchanges."""
    return pair.paragraphs + pair.exchanges >= MAJOR_PARAGRAPHS


def _romance_shown(kind: str, pair: Pair) -> bool:
    """Whether a romance is shown at the length of a scene of its own: strength
    ``ROMANCE_STRENGTH`` (three paragraphs together and three exchanges) and ``_shown``. A
    reader takes a romance the story stages in a scene for its pairing, however much longer
    the story's friendships or family talk (which the score measures it against): a
    romance is what a story's relationship tags are first about."""
    return kind == "romantic" and pair.strength >= ROMANCE_STRENGTH and _shown(pair)


def _told(pair: Pair) -> bool:
    """Whether the text itself ties the two: a paragraph together or a cue word (not only
    canon, with each named apart: the canon consort of a lead whom the story never brings
    near them is a pairing of the book, not what this story is about)."""
    return pair.paragraphs > 0 or bool(pair.cue_spans)


def _main_couple(a: str, b: str, salience: Mapping[str, float]) -> bool:
    """Whether both are principal characters (salience at least ``MAIN_SALIENCE``): a
    romance between the story's leads is its main pairing even when the text shows them
    little together (a story about a man and his father-in-law, told by the wife)."""
    return min(salience.get(a, 0.0), salience.get(b, 0.0)) >= MAIN_SALIENCE


def _principal(a: str, b: str, salience: Mapping[str, float]) -> bool:
    """Whether at least one of the two is a principal character (salience at least
    ``MAIN_SALIENCE``): a canon friendship the story tells through one of its leads."""
    return max(salience.get(a, 0.0), salience.get(b, 0.0)) >= MAIN_SALIENCE


def _side_kin(pair: Pair, a: str, b: str, salience: Mapping[str, float]) -> bool:
    """Whether two secondary characters (neither a principal one) are family by canon with no
    word of the text saying so and no line said between them: kin in the book the story
    borrows from, not a relationship this story tells. (A surname shared without canon,
    "Miss Bates" and "Mrs. Bates", is the story's own say; so is one exchange, a father and
    son of canon the story has speak to each other.)"""
    told = bool(pair.cue_spans) or pair.exchanges >= 1
    return pair.canon == "family" and not _principal(a, b, salience) and not told


def _unmet_kin(pair: Pair, a: str, b: str) -> bool:
    """Whether two the story never brings together (no paragraph, line between them or
    name said to the other) are family only by a kin word whose owner the pass guessed
    ("his mother", "your daughters", "his sister's name": the nearest name before, the one
    a line is said to), not by a word beside a name that states it ("his sister Megan"),
    canon, a kin name ("Aunt Plenty") or a shared surname ("her brother" of Miss Crawford):
    the guess has nothing to lean on, and a reader given the tie of two who never meet
    would be misled."""
    if pair.paragraphs > 0 or pair.exchanges > 0 or pair.addresses > 0:
        return False
    if pair.canon or pair.stated_family > 0 or pair.noted:
        return False
    if cues.is_kin_name(a) or cues.is_kin_name(b):
        return False
    family_a, family_b = rt.surname(a), rt.surname(b)
    return family_a is None or family_b is None or family_a != family_b


def _lead(salience: Mapping[str, float]) -> str | None:
    """Return the story's lead: its most salient character with a name (not "the
    ferryman"), or ``None``."""
    named = [n for n in salience if not is_descriptor(n)]
    return max(named, key=lambda n: (salience[n], n)) if named else None


def _courtship(
    pair: Pair,
    a: str,
    b: str,
    score: float,
    best: Mapping[str, float],
    gender_of: Mapping[str, str],
    salience: Mapping[str, float],
) -> bool:
    """Whether a pair with no cue word is a courtship told by scene
    (``relationship_courtship.courting``: a man and a woman who seldom name each other):
    both named, neither a walk-on (salience ``COURTED_SALIENCE``), no tie of canon, and
    shown at length (``FOCUS_SCORE``, ``_shown``) as each one's strongest tie
    (``friends.mutual``).
    Unlike a friendship it need not span two scenes, and titles between the two
    ("Mademoiselle", "Mr. Tilney") are period courtship, not distance."""
    if pair.canon or is_descriptor(a) or is_descriptor(b):
        return False
    if min(salience.get(a, 0.0), salience.get(b, 0.0)) < COURTED_SALIENCE:
        return False
    if score < FOCUS_SCORE or not _shown(pair) or not friends.mutual(pair.strength, a, b, best):
        return False
    return courting(pair, a, b, gender_of)


def score_pairs(
    pairs: Mapping[tuple[str, str], Pair],
    salience: Mapping[str, float] | None = None,
    scene_count: int = 1,
    gender_of: Mapping[str, str] | None = None,
) -> list[Relationship]:
    """Return the relationships worth listing among accumulated ``pairs``, best first;
    ``salience`` (character to its salience in [0, 1]) makes a romance between two principal
    characters major; ``scene_count`` is the story's number of scenes; ``gender_of``
    (character to "M" or "F") tells a courtship from a friendship."""
    found = [r for r, _ in candidates(pairs, salience, scene_count, False, gender_of)]
    found.sort(key=lambda r: (-r.score, r.a, r.b))
    return found


def candidates(
    pairs: Mapping[tuple[str, str], Pair],
    salience: Mapping[str, float] | None = None,
    scene_count: int = 1,
    dropped: bool = True,
    gender_of: Mapping[str, str] | None = None,
) -> list[tuple[Relationship, bool]]:
    """Return every pair of ``pairs`` that has a kind (``kind_of``) as the relationship it
    would be, each with whether the rules list it (``score_pairs`` keeps those), strongest
    pair first; with ``dropped`` false only those the rules list (no relationship is built
    for the others). Arguments as for ``score_pairs``."""
    salience = salience or {}
    strongest = max((p.strength for p in pairs.values()), default=0.0)
    best = friends.strongest_ties(pairs, scene_count)
    found: list[tuple[Relationship, bool]] = []
    platonic = canon_friends = 0
    best_platonic = 0.0
    ranked = sorted(pairs.items(), key=lambda item: (-item[1].strength, item[0]))
    lead = _lead(salience)
    lead_romance = False
    talk = talk_totals(pairs)
    # When the fandom table knows the story's canon (some pair of it is a tie of canon),
    # canon's couples say who courts; a courtship told by scene is read only without them.
    known_canon = any(p.canon for p in pairs.values())
    for (a, b), pair in ranked:
        kind = kind_of(pair)
        if kind is None:
            continue
        stand_in = stands_in(a, b) or stands_in(b, a)
        unrelated = kind == "family" and (_side_kin(pair, a, b, salience) or _unmet_kin(pair, a, b))
        keep = not unrelated and not stand_in
        strength = pair.strength
        relative = strength / strongest if strongest else 0.0
        score = round((1 - math.exp(-strength / 8)) * (0.5 + 0.5 * relative), 3)
        if (
            kind == "platonic"
            and not known_canon
            and not pair.noted
            and _courtship(pair, a, b, score, best, gender_of or {}, salience)
        ):
            kind = "romantic"
        # A child's parents, named only "Ma" and "Pa", are the background of the child's
        # story, never its main pairing.
        parents = bool(cues.parent_gender(a) and cues.parent_gender(b))
        main_couple = kind == "romantic" and _main_couple(a, b, salience) and not parents
        if main_couple:
            # Ranked as the leads they are, not by how little the text shows them together.
            score = max(score, min(salience[a], salience[b]))
        # The lead's own (strongest) romance is what the story is about, even when the
        # beloved is only remembered ("Orpheus" crossing for Eurydice, who never appears),
        # as long as the text itself ties them (``_told``), not canon alone.
        lead_couple = kind == "romantic" and lead in (a, b) and not lead_romance and _told(pair)
        lead_romance = lead_romance or lead_couple
        major = _major(pair, score) or main_couple or lead_couple or _romance_shown(kind, pair)
        # one who talks with no one else is in the story for this tie
        major = major or sole_partners(pair, a, b, talk, salience)
        if pair.noted and not stand_in:  # what the story is about
            # a file's tag after the first: major when the text makes it so
            major = major or pair.tag_major or not pair.tag
            score = max(score, MAJOR_SCORE) if major else score
            if pair.tag and kind == "platonic":  # the measure of the untagged friendships
                best_platonic = best_platonic or strength
            found.append((_relationship(a, b, kind, major, score, pair), True))
            continue
        if kind == "platonic" and keep:
            # Friendship is the default between people who meet: only the pairs that carry
            # the story are worth a tag: named people who keep meeting, shown at length, near the
            # strongest friendship, and each one's strongest tie (``friends.mutual``: a focus of
            # the story, not a servant, a rival or a colleague of someone who belongs more
            # to another).
            # Friends in canon whom the story shows talking (two exchanges), one of them a
            # principal character: a friendship any reader of the book recognises, listed
            # however little of the story it carries or however formally period manners
            # make them speak, as long as it is near the strongest friendship.
            canon = pair.canon == "platonic" and pair.exchanges >= 2
            canon = canon and _principal(a, b, salience)
            # A description is no side of a friendship tag, unless canon knows who it is
            # ("the lama" of Kim, whom AO3 tags as Teshoo Lama).
            if (is_descriptor(a) or is_descriptor(b)) and not pair.canon:
                keep = False
            elif not canon and (
                not friends.sustained(pair, scene_count)
                or (friends.distant(pair) and not friends.mannerly(pair, a, b, best))
            ):
                keep = False
            else:
                best_platonic = best_platonic or strength
                share = (
                    LEAD_FRIENDS_SHARE
                    if canon and friends.lead_friend(pair, a, b, lead)
                    else PLATONIC_SHARE
                )
                close = strength >= share * best_platonic
                focus = friends.mutual(strength, a, b, best) or friends.dwelt_on(pair)
                if not close or (canon_friends if canon else platonic) >= MAX_PLATONIC:
                    keep = False
                elif not canon and (score < FOCUS_SCORE or not _shown(pair) or not focus):
                    keep = False
                elif canon:
                    canon_friends += 1
                else:
                    platonic += 1
        if keep or dropped:
            found.append((_relationship(a, b, kind, major, score, pair), keep))
    return found


def _relationship(a: str, b: str, kind: str, major: bool, score: float, pair: Pair) -> Relationship:
    """Return the listed relationship of pair ``a``, ``b`` with its preferred evidence."""
    evidence = sorted(set(pair.cue_spans + pair.talk_spans + pair.together_spans))
    return Relationship(
        a=a,
        b=b,
        kind=kind,
        prominence="major" if major else "background",
        score=min(1.0, max(0.0, score)),
        evidence=tuple(_prefer(evidence, pair)),
    )


def _prefer(evidence: list[tuple[int, int]], pair: Pair) -> list[tuple[int, int]]:
    """Return at most ``MAX_EVIDENCE`` spans, cue spans first, in text order."""
    if len(evidence) <= MAX_EVIDENCE:
        return evidence
    chosen = dict.fromkeys(pair.cue_spans + pair.talk_spans + pair.together_spans)
    return sorted(list(chosen)[:MAX_EVIDENCE])


def relationships_of(analysis: Analysis) -> list[Relationship]:
    """Return the relationships of an analysed story, best first (empty when the layers
    they are read from are missing or empty). Never raises on any text."""
    return _find(analysis)[0]


@dataclass(frozen=True, slots=True)
class Gathered:
    """What the relationships pass gathers about a story before scoring: the ``pairs``
    (sorted names to ``Pair``), the characters' ``salience``, the number of scenes and the
    character genders read on the way (name to gender and confidence)."""

    pairs: Mapping[tuple[str, str], Pair]
    salience: Mapping[str, float]
    scene_count: int
    genders: Mapping[str, tuple[str, float]]


def gather(analysis: Analysis) -> Gathered | None:
    """Return the pairs of an analysed story with what scoring them needs, or ``None`` when
    the layers they are read from are missing or empty. Never raises on any text."""
    if not analysis.layers.get("mentions") or not analysis.layers.get("body"):
        return None
    finder = PairFinder(analysis)
    pairs = finder.run(analysis.layers.get("sentences", ()))
    inference.confirm_spouses(pairs, finder.spouse_words, inference.titled_spouses(finder))
    inference.shared_kin(pairs, finder.relatives)
    inference.in_laws(pairs.pairs)
    mark_tagged(pairs, analysis, finder.mentions)  # first: the file's tags win over notes
    mark_noted(pairs, analysis, finder.mentions)
    return Gathered(pairs.pairs, finder.salience, pairs.scene_count, finder.genders)


def _find(
    analysis: Analysis,
) -> tuple[list[Relationship], Mapping[str, tuple[str, float]], Mapping[tuple[str, str], Pair]]:
    """The relationships, the character genders read on the way and the pairs."""
    found = gather(analysis)
    if found is None:
        return [], {}, {}
    gender_of = {name: gender for name, (gender, _) in found.genders.items()}
    found_pairs = score_pairs(found.pairs, found.salience, found.scene_count, gender_of)
    return found_pairs, found.genders, found.pairs


def relationship_spans(found: Sequence[Relationship]) -> tuple[Span, ...]:
    """Return the ``relationships`` layer for ``found`` (see the module docstring)."""
    return tuple(
        Span(start, end, relationship_label(r.kind, r.prominence, r.a, r.b), r.score)
        for r in found
        for start, end in r.evidence
    )


def tag_statements(
    found: Sequence[Relationship], pairs: Mapping[tuple[str, str], Pair]
) -> tuple[Statement, ...]:
    """Return the ``stated_relationships`` statements of ``found``: one per relationship a
    file's relationship tag declares (``relationship_tags``), labelled as its spans are,
    its source the tag ("tag: Harriet Vane/Lord Peter Wimsey")."""
    out: list[Statement] = []
    for r in found:
        pair = pairs.get((r.a, r.b))
        if pair is not None and pair.tag:
            label = relationship_label(r.kind, r.prominence, r.a, r.b)
            out.append(Statement(label, f"tag: {pair.tag}", r.score))
    return tuple(out)


@stage(
    "relationships",
    requires=(
        "paragraphs",
        "sentences",
        "body",
        "quotes",
        "mentions",
        "characters",
        "narrator",
        "pov",
        "speakers",
        "fandoms",
        "notes",
    ),
    assigns=("relationships", "category"),
    states=("stated_relationships",),
    english_only=True,
    fields=("relationships",),
)
def find_relationships(
    analysis: Analysis,
) -> Mapping[str, tuple[Span, ...] | tuple[Statement, ...]]:
    """Return the relationships and category layers and the stated_relationships
    statements (see the module docstring)."""
    found, genders, pairs = _find(analysis)
    category = category_spans(analysis, found, genders)
    return {
        "relationships": relationship_spans(found),
        "category": category,
        "stated_relationships": tag_statements(found, pairs),
    }
