"""The fandom findings and the fandoms a story's characters' names point to: the
confidence and weight figures of the "fandom" stage, ``FandomFinding``, what a name is worth
as evidence (``plain_name``, ``weak_name``, ``shared_name``), the fandoms named by the
characters (``fandoms_named_by``, read early by the characters stage, ``canon_cast``, and
``inferred_fandoms``) and the ``fandoms`` layer (``fandom_spans``). The stated fandoms are
``fandom_stated``'s, the two merged ``story_fandoms``'s. No stage lives here, so any stage
may import it; the rules are described in the ``fandom`` module's docstring.
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from functools import cache, lru_cache

from ficshelf.model import Analysis, Span
from ficshelf.understand.fandom_names import (
    CharacterEntry,
    character_index,
    load_fandoms,
    name_key,
    on_table_change,
)
from ficshelf.understand.name_tables import (
    ENGLISH_WORDS,
    GIVEN_NAMES,
    SENTENCE_OPENERS,
    TITLES,
)

STATED = 0.95
STATED_UNKNOWN = 0.8
MIN_CONFIDENCE = 0.5
CROSSOVER = 0.35
COMMON_NAME_WEIGHT = 0.25
PLAIN_NAME_WEIGHT = 0.5
SALIENT = 0.5  # a character this salient is one of the story's main people
SHARED_AGREE = 3  # story characters a canon needs when its one distinctive name is shared
MAX_EVIDENCE = 12
MAX_STATED_NAME = 100

# Everyday first names: a story with a "John" and a "Mary" is not thereby Sherlock Holmes.
COMMON_FIRST_NAMES = frozenset(
    """john jane mary elizabeth anne anna arthur henry thomas tom will william james george
    charles peter michael alice emma lucy helen paris edward richard robert david sarah
    margaret catherine kate kitty laura victor nick daisy diana gilbert colin matthew albert
    jack jim harry ben sam amy beth meg hannah jo laurie grace rose joe david daniel paul
    andrew philip samuel oliver nancy charlotte emily maria martha frank fred dick bob
    rachel ruth julia sophie adam eve alexander nicholas ivan natasha kate""".split()
)


def plain_name(key: str) -> bool:
    """Whether the name key ``key`` (``name_key``) is one word that is a given name or an
    English word ("rachel", "pip", "mole"): weaker evidence of a fandom than a full name."""
    return " " not in key and (key in GIVEN_NAMES or key in ENGLISH_WORDS)


# Words of a name that say what someone is, not who: titles ("Mr.", "Prince", "Aunt") and
# epithets ("Old Tom", "Little John").
_NOT_NAME_WORDS = frozenset(TITLES) | SENTENCE_OPENERS | {"the", "of"}


def name_words(key: str) -> list[str]:
    """Return the words of name key ``key`` that name the person, titles, kin titles and
    epithets set aside ("aunt polly" → ["polly"], "richard the lionheart" → ["richard",
    "lionheart"])."""
    return [w for w in key.split() if w not in _NOT_NAME_WORDS]


def weak_name(key: str) -> bool:
    """Whether name key ``key`` is weak evidence of a fandom: once titles, kin titles and
    epithets are set aside, one word that is a given name or an English word ("polly" and
    "aunt polly", "old tom", "prince john", "mr brooke"), or nothing ("the king"). Many
    stories have an Aunt Polly; an archivist wants a Havisham or a full name."""
    words = name_words(key)
    return not words or (len(words) == 1 and plain_name(words[0]))


@dataclass
class FandomFinding:
    """A fandom found in one story: canonical name, confidence and evidence spans."""

    name: str
    confidence: float
    evidence: list[tuple[int, int]] = field(default_factory=list)


@lru_cache(maxsize=16384)
def _key_figures(key: str) -> tuple[bool, float | None, bool]:
    """Return what name key ``key`` is worth, whatever known character it matches: whether
    it is a weak name (``weak_name``), the most it weighs (a common first name alone,
    "john", "prince john", or another weak name, "polly", "aunt polly", "old tom", weighs
    little, and so does a name several canons share, ``shared_key``; ``None`` for a
    distinctive one) and whether it is a distinctive full name (two name words or more).
    A function of the key alone, so ``fandoms_named_by`` works it out once per key (and a
    key recurs from call to call: a story's names are read by the characters stage twice
    and by the fandom stage), not once per known character."""
    words = name_words(key)
    weak = weak_name(key)
    if len(words) == 1 and words[0] in COMMON_FIRST_NAMES:
        cap: float | None = COMMON_NAME_WEIGHT
    elif weak or _shared_key(key):
        cap = PLAIN_NAME_WEIGHT
    else:
        cap = None
    return weak, cap, not weak and len(words) >= 2


on_table_change(_key_figures.cache_clear)


@lru_cache(maxsize=16384)
def _shared_key(key: str) -> bool:
    """Whether name key ``key`` is no weak name but one word several canons share."""
    return not weak_name(key) and shared_name(name_words(key))


on_table_change(_shared_key.cache_clear)


def shared_name(words: Sequence[str]) -> bool:
    """Whether name words ``words`` (``name_words``) are one word that the casts of two
    known fandoms or more go by ("godfrey": Godfrey Norton and Godfrey Ablewhite): "Mr.
    Godfrey" may be either canon's, or a third's the table has not met, so it weighs as a
    weak name and tells no fandom by itself."""
    if len(words) != 1:
        return False
    return len({entry.fandom for entry in character_index().get(words[0], ())}) >= 2


def _capped_weight(listed: bool, fandoms: int, cap: float | None) -> float:
    """The weight of a match of a known character (``listed``: named in the table's own
    list) by a key that ``fandoms`` fandoms know, capped at ``cap`` (``_key_figures``)."""
    weight = 1.0 / fandoms
    if not listed:
        weight /= 2
    return weight if cap is None else min(weight, cap)


@cache
def _known_names() -> dict[tuple[str, str], tuple[str, ...]]:
    """Per known character (fandom, canonical name), all its listed names."""
    return {
        (fandom.name, canonical): (canonical, *aliases)
        for fandom in load_fandoms()
        for canonical, aliases in fandom.characters
    }


@cache
def _known_name_words(fandom: str, canonical: str) -> frozenset[str]:
    """The words of all the listed names of the known character ``canonical`` of ``fandom``
    (none for one the table does not know), worked out for each character a story's names
    match, the first time (a story matches a few dozen of the table's 4,000)."""
    names = _known_names().get((fandom, canonical), ())
    return frozenset(word for alias in names for word in name_key(alias).split())


on_table_change(_known_names.cache_clear)
on_table_change(_known_name_words.cache_clear)


def _contradicts(own: Sequence[str], entry: CharacterEntry) -> bool:
    """Whether a story character's own name (``own``: its name words, one or more) says
    it is someone else than known character ``entry``: a word of it that none of the known
    character's names has ("Godfrey Cass" is not Godfrey Ablewhite, "Amelia Sedley" not
    Miss Amelia, "Old Tom" not Tom Sawyer, and an "Aurore" whom a teasing line once calls
    "Diogenes" not Dombey and Son's dog)."""
    known = _known_name_words(entry.fandom, entry.canonical)
    return any(word not in known for word in own)


def names_by_character(analysis: Analysis) -> dict[str, set[str]]:
    """Return each character's name keys: its canonical name and its mentions' forms."""
    text = analysis.text
    names: dict[str, set[str]] = {}
    for character in analysis.layers.get("characters", ()):
        names.setdefault(character.label, set()).add(name_key(character.label))
    # each (character, form) once, in the order of its first mention (a novel has some
    # 40,000 mentions of a few thousand forms)
    forms = dict.fromkeys(
        (m.label, text[m.start : m.end])
        for m in analysis.layers.get("mentions", ())
        if m.end - m.start <= MAX_STATED_NAME
    )
    for label, form in forms:
        names.setdefault(label, set()).add(name_key(form))
    return names


def fandoms_named_by(
    names: Mapping[str, set[str]], salience: Mapping[str, float], *, lone_full_name: bool = True
) -> list[tuple[str, float, set[str]]]:
    """Return the fandoms that characters known by ``names`` (character → its name keys,
    ``name_key`` of each form it goes by) point to, most confident first, as ``(fandom,
    confidence, the characters that matched it)``; ``salience`` (character → [0, 1]) weighs
    each character's vote. The rules are the module docstring's of ``fandom``; without
    ``lone_full_name``, the full name of one main person alone gives no fandom (a story's
    canon for the characters stage, whose roster rewrites the clusters, wants more). Never
    raises."""
    index = character_index()
    # fandom -> known character -> (best weight, story character)
    best: dict[str, dict[str, tuple[float, str]]] = {}
    distinctive: set[str] = set()  # fandoms matched by at least one distinctive name
    shared: set[str] = set()  # ... by a one-word name several canons share
    full: set[str] = set()  # ... by a full name ("john durbeyfield", "tom sawyer")
    salient_full: set[str] = set()  # ... by the full name of one of the story's main people
    # (What depends only on the character or only on the key is worked out once, outside
    # the loop over the known characters the key matches: the same figures.)
    for character, keys in names.items():
        factor = 0.5 + 0.5 * min(1.0, max(0.0, salience.get(character, 0.0)))
        own = name_words(name_key(character))
        checked = len(own) >= 1
        salient = salience.get(character, 0.0) >= SALIENT
        for key in keys:
            entries = index.get(key, ())
            if not entries:
                continue
            fandoms = len({e.fandom for e in entries})
            weak, cap, full_key = _key_figures(key)  # every COMMON_FIRST_NAMES name is weak
            for entry in entries:
                if checked and _contradicts(own, entry):
                    continue
                weight = _capped_weight(entry.listed, fandoms, cap) * factor
                known = best.setdefault(entry.fandom, {})
                if weight > known.get(entry.canonical, (0.0, ""))[0]:
                    known[entry.canonical] = (weight, character)
                if not weak and _shared_key(key):
                    shared.add(entry.fandom)
                elif not weak:
                    distinctive.add(entry.fandom)
                    if entry.listed and full_key:
                        full.add(entry.fandom)
                        if lone_full_name and fandoms == 1 and salient:
                            salient_full.add(entry.fandom)
    totals = {fandom: sum(w for w, _ in chars.values()) for fandom, chars in best.items()}
    top = max(totals.values(), default=0.0)
    found = []
    for fandom, total in totals.items():
        confidence = round(min(0.95, 1 - math.exp(-total / 1.5)), 3)
        if fandom in salient_full:
            confidence = max(confidence, MIN_CONFIDENCE)
        if confidence < MIN_CONFIDENCE or total < CROSSOVER * top:
            continue
        # Several of the story's characters, or one by a full name: one Aunt Polly, or one
        # "Mr. Brooke", is no Tom Sawyer or Middlemarch story, even where the canon lists two
        # people the one story character's name fits ("Mr. Thornton": John and Mrs. Thornton).
        matched = {character for _, character in best[fandom].values()}
        # A name two canons share names this one only where the story's other people agree:
        # "Mr. Godfrey" and a Nancy are no Moonstone story; Prospero with Ariel, Miranda and
        # Ferdinand is The Tempest.
        if fandom not in distinctive and (fandom not in shared or len(matched) < SHARED_AGREE):
            continue
        if len(matched) < 2 and fandom not in full:
            continue
        found.append((fandom, confidence, matched))
    found.sort(key=lambda f: (-f[1], f[0]))
    return found


def inferred_fandoms(analysis: Analysis) -> list[FandomFinding]:
    """Return the fandoms the story's characters point to, most confident first (see the
    module docstring of ``fandom``). Never raises."""
    salience = {c.label: c.score for c in analysis.layers.get("characters", ())}
    found = fandoms_named_by(names_by_character(analysis), salience)
    if not found:
        return []
    earliest = _earliest_mentions(analysis)
    return [
        FandomFinding(fandom, confidence, _evidence(analysis, matched, earliest))
        for fandom, confidence, matched in found
    ]


def _earliest_mentions(analysis: Analysis) -> dict[str, list[int]]:
    """Return, per character, the indices in the ``mentions`` layer of its first
    ``MAX_EVIDENCE + 1`` mentions (all ``_evidence`` can use: its first, and at most
    ``MAX_EVIDENCE`` further ones), so that each fandom found costs no pass over the
    mentions."""
    earliest: dict[str, list[int]] = {}
    for i, mention in enumerate(analysis.layers.get("mentions", ())):
        kept = earliest.get(mention.label)
        if kept is None:
            earliest[mention.label] = [i]
        elif len(kept) <= MAX_EVIDENCE:
            kept.append(i)
    return earliest


def _evidence(
    analysis: Analysis, characters: set[str], earliest: Mapping[str, list[int]]
) -> list[tuple[int, int]]:
    """The first mention of each matched character, then further ones, in text order (the
    first ``MAX_EVIDENCE`` of the matched characters' mentions after their firsts, in the
    layer's order). ``earliest``: ``_earliest_mentions``."""
    mentions = analysis.layers.get("mentions", ())
    kept = sorted(earliest[c] for c in characters if c in earliest)
    firsts: dict[str, tuple[int, int]] = {}
    for indices in kept:  # by first mention: the order a pass over the layer meets them
        first = mentions[indices[0]]
        firsts[first.label] = (first.start, first.end)
    further = sorted(i for indices in kept for i in indices[1:])[:MAX_EVIDENCE]
    others = [(mentions[i].start, mentions[i].end) for i in further]
    if not firsts:  # no mentions: the characters' own spans stand at their first mention
        for character in analysis.layers.get("characters", ()):
            if character.label in characters:
                firsts.setdefault(character.label, (character.start, character.end))
    chosen = list(firsts.values())[:MAX_EVIDENCE]
    chosen += others[: MAX_EVIDENCE - len(chosen)]
    return sorted(chosen)


def fandom_spans(findings: Sequence[FandomFinding]) -> tuple[Span, ...]:
    """Return the ``fandoms`` layer for ``findings``."""
    return tuple(
        Span(start, end, f.name, f.confidence) for f in findings for start, end in f.evidence
    )
