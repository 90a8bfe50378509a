"""Tags the pipeline infers from a story, each with a confidence and evidence spans.

``infer_tags`` reads the layers of an ``Analysis`` (see the stage modules' docstrings) and
returns ``TagRecord``s with provenance ``inferred``:

=============  =====================================================================
type           name, confidence and evidence
=============  =====================================================================
fandom         the ``fandoms`` label; its score; the spans naming or implying it
character      a character's canonical name, for named characters mentioned at least
               twice or who speak; confidence from salience and how often the text
               shows them; evidence a spread of their mentions
relationship   AO3 style: ``A/B`` romantic, ``A & B`` platonic or family, the names in
               the order the ``relationships`` label gives (sorted, so stable); the
               pair's score (halved for a background pairing, so a pairing in passing
               never ranks with the main one; below 0.1 no tag); the spans showing it;
               none pairs the unnamed "Narrator" or a described person such as
               "the ferryman" (``pairings``)
warning        the ``warnings`` label; its score; the sentences found; and the
               ``stated_warnings`` statements as ``sources`` (a warning the file's own
               notes or tags state with no cue in the text: provenance ``author``, no span)
rating         the ``rating`` label; its score; the evidence of the warnings behind it
pov            "First Person", "Second Person" or "Third Person"; the ``pov`` score;
               a few narration sentences (outside quotes) that show the person
tense          "Past Tense" or "Present Tense"; the ``tense`` score; a few narration
               sentences with verbs in that tense
=============  =====================================================================

``infer_tags`` builds them all; ``keep_inferred`` drops what the file's own tags already
settle (tags given by the file win).
Every evidence list holds at most ``MAX_EVIDENCE`` spans, spread over the text.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable, Iterable, Sequence
from dataclasses import replace
from itertools import accumulate

from ficshelf.model import Analysis, CharacterRecord, Provenance, Span, TagRecord, TagType
from ficshelf.pairings import FANDOM_QUALIFIER as FANDOM_QUALIFIER  # part of this interface
from ficshelf.pairings import PAIR_SPLIT as PAIR_SPLIT
from ficshelf.pairings import left_out_character
from ficshelf.understand.nicknames import NICKNAMES
from ficshelf.understand.relationships import parse_relationship_label
from ficshelf.understand.roman_i import numeral_i
from ficshelf.vocabulary import RATINGS, canonical_name

MAX_EVIDENCE = 8
CHARACTER_EVIDENCE = 5
NARRATION_EVIDENCE = 3
BACKGROUND_FACTOR = 0.5
MIN_MENTIONS = 2
MIN_RELATIONSHIP_CONFIDENCE = 0.1

POV_TAGS = {"first": "First Person", "second": "Second Person", "third": "Third Person"}
TENSE_TAGS = {"past": "Past Tense", "present": "Present Tense"}

_POV_WORDS = {
    "first": re.compile(r"\bI\b|\b(?i:me|my|mine|myself|we|us|our|ours)\b"),
    "second": re.compile(r"\b(?i:you|your|yours|yourself)\b"),
    "third": re.compile(r"\b(?i:he|she|him|his|her|hers|they|them|their)\b"),
}
_TENSE_WORDS = {
    "past": re.compile(
        r"\b(?i:was|were|had|did|said|went|came|saw|knew|thought|felt|took|told|[a-z]{2,}ed)\b"
    ),
    "present": re.compile(
        r"\b(?i:is|are|am|has|does|says|goes|comes|sees|knows|thinks|feels|takes|tells)\b"
    ),
}
# What an AO3 freeform tag says about point of view or tense ("First Person POV", "2nd
# person", "Present Tense"): the person or tense is group 1 (``stated_tags`` reads it).
GIVEN_POV = re.compile(r"\b(first|second|third|1st|2nd|3rd)[ -]person\b", re.IGNORECASE)
GIVEN_TENSE = re.compile(r"\b(past|present)[ -]tense\b", re.IGNORECASE)
# A word of a name and an AO3 "(Fandom)" anywhere in a tag's name (``pairings`` holds the
# separators of a relationship tag's people and the "(Fandom)" closing a name).
_DISAMBIGUATION = re.compile(r"\s*\([^)]*\)")
NAME_WORD = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*")
# Words of address that say nothing about which person a name is ("Professor Van Helsing"
# is "Abraham Van Helsing").
_TITLES = frozenset(
    """mr mrs ms miss mx dr doctor prof professor sir dame lady lord madam madame monsieur
    mademoiselle captain capt inspector sergeant detective father mother brother sister
    aunt uncle king queen prince princess master mistress""".split()
)


def _spans(analysis: Analysis, name: str) -> tuple[Span, ...]:
    return analysis.layers.get(name, ())


def spread(spans: Sequence[tuple[int, int]], limit: int) -> tuple[tuple[int, int], ...]:
    """Return at most ``limit`` of ``spans`` (in text order), evenly spaced over the list:
    evidence from the whole story rather than its first page."""
    ordered = sorted(set(spans))
    if len(ordered) <= limit:
        return tuple(ordered)
    if limit <= 1:
        return tuple(ordered[:limit])
    step = (len(ordered) - 1) / (limit - 1)
    return tuple(ordered[round(i * step)] for i in range(limit))


def _grouped(spans: Iterable[Span]) -> dict[str, tuple[float, list[tuple[int, int]]]]:
    """Spans by label: the highest score and every ``(start, end)``, labels in first order."""
    groups: dict[str, tuple[float, list[tuple[int, int]]]] = {}
    for span in spans:
        if not span.label:
            continue
        score, found = groups.get(span.label, (0.0, []))
        found.append((span.start, span.end))
        groups[span.label] = (max(score, span.score), found)
    return groups


def _tag(
    tag_type: TagType, name: str, confidence: float, spans: Sequence[tuple[int, int]]
) -> TagRecord:
    return TagRecord(
        tag_type,
        name,
        Provenance.INFERRED,
        round(min(max(confidence, 0.0), 1.0), 3),
        spread(spans, MAX_EVIDENCE),
    )


def _is_named(character: CharacterRecord, unnamed: frozenset[str] = frozenset()) -> bool:
    """A named character (a capital, after a particle such as the "d'" of "d'Artagnan":
    ``pairings.is_description``), not a descriptor ("her father", "Gisborne's soldier": the
    ``unnamed`` names) or an unnamed "Narrator"."""
    name = character.name.strip()
    return not left_out_character(name) and character.name not in unnamed


def character_tags(
    characters: Sequence[CharacterRecord],
    *,
    speakers_only: bool = False,
    unnamed: frozenset[str] = frozenset(),
) -> list[TagRecord]:
    """Return a tag per named character who matters: the narrator, a speaker of a line of
    dialogue, or (not with ``speakers_only``) one with ``MIN_MENTIONS`` mentions.
    Descriptors ("her father"; the ``unnamed`` layer's names) and an unnamed "Narrator"
    are not tags."""
    tags = []
    for character in characters:
        if not _is_named(character, unnamed):
            continue
        name = character.name.strip()
        mentions = len(character.mentions)
        told = character.quotes > 0 or character.narrator
        if not told and (speakers_only or mentions < MIN_MENTIONS):
            continue
        shown = min(1.0, (mentions + character.quotes) / 20)
        confidence = 0.5 + 0.45 * max(character.salience, shown)
        evidence = spread(character.mentions, CHARACTER_EVIDENCE)
        tags.append(_tag(TagType.CHARACTER, name, confidence, evidence))
    return tags


def relationship_name(kind: str, a: str, b: str) -> str:
    """Return the AO3 tag name of a pair: ``A/B`` for a romantic pair, ``A & B`` otherwise."""
    return f"{a}/{b}" if kind == "romantic" else f"{a} & {b}"


def relationship_tags(
    analysis: Analysis, in_cast: Callable[[str], bool] = lambda name: True
) -> list[TagRecord]:
    """Return a relationship tag per pair of the ``relationships`` layer whose two members
    are ``in_cast`` and whose confidence is at least ``MIN_RELATIONSHIP_CONFIDENCE``
    (fainter pairs are noise, not pairings a reader would look for; labels it cannot read
    are skipped)."""
    tags = []
    for label, (score, found) in _grouped(_spans(analysis, "relationships")).items():
        try:
            kind, prominence, a, b = parse_relationship_label(label)
        except ValueError:
            continue
        if not a.strip() or not b.strip() or a == b or not (in_cast(a) and in_cast(b)):
            continue
        confidence = score if prominence == "major" else score * BACKGROUND_FACTOR
        if confidence < MIN_RELATIONSHIP_CONFIDENCE:
            continue
        tags.append(_tag(TagType.RELATIONSHIP, relationship_name(kind, a, b), confidence, found))
    return tags


def _labelled_tags(analysis: Analysis, layer: str, tag_type: TagType) -> list[TagRecord]:
    return [
        _tag(tag_type, label, score, found)
        for label, (score, found) in _grouped(_spans(analysis, layer)).items()
    ]


def warning_tags(analysis: Analysis) -> list[TagRecord]:
    """Return the warning tags: one per label of the ``warnings`` layer (inferred, evidence
    its sentences), with the sources of the ``stated_warnings`` statements of that label; a
    warning only a statement holds (the file's own metadata states it, no cue in the text)
    is the author's, with its sources and no evidence span."""
    stated = analysis.statement_sources("stated_warnings")
    tags = [
        replace(tag, sources=tuple(stated.pop(tag.name, ())))
        for tag in _labelled_tags(analysis, "warnings", TagType.WARNING)
    ]
    tags += [
        TagRecord(TagType.WARNING, name, Provenance.AUTHOR, sources=tuple(sources))
        for name, sources in stated.items()
    ]
    return tags


def rating_tag(analysis: Analysis, warnings: Sequence[TagRecord]) -> list[TagRecord]:
    """Return the rating tag (evidence: that of the warnings behind it; none for General)."""
    found = [s for s in _spans(analysis, "rating") if s.label in RATINGS]
    if not found:
        return []
    rating = found[0]
    evidence = [] if rating.label == "General" else [s for w in warnings for s in w.evidence]
    return [_tag(TagType.RATING, rating.label, rating.score, evidence)]


class _Overlaps:
    """Answers "does this stretch overlap any of these spans?" by bisection."""

    def __init__(self, spans: Sequence[Span]) -> None:
        ordered = sorted(spans, key=lambda s: s.start)
        self._starts = [s.start for s in ordered]
        self._max_end = list(accumulate((s.end for s in ordered), max))

    def any(self, start: int, end: int) -> bool:
        before = bisect_left(self._starts, end)
        return before > 0 and self._max_end[before - 1] > start


def narration_sentences(analysis: Analysis, pattern: re.Pattern[str], limit: int) -> list[Span]:
    """Return up to ``limit`` story sentences outside dialogue that ``pattern`` finds a word
    in (a Roman numeral "I" is no pronoun: ``_shows``), the first such sentence in each of
    ``limit`` equal stretches of the sentences, so the evidence comes from the whole story.
    Stops looking in a stretch at its first hit."""
    body = _spans(analysis, "body")
    sentences = _spans(analysis, "sentences")
    if not body or not sentences or limit < 1:
        return []
    in_body = _Overlaps(body)
    quotes = _Overlaps(_spans(analysis, "quotes"))
    text = analysis.text
    picked: list[Span] = []
    size = max(1, -(-len(sentences) // limit))
    for at in range(0, len(sentences), size):
        for sentence in sentences[at : at + size]:
            start, end = sentence.start, sentence.end
            if (
                in_body.any(start, end)
                and not quotes.any(start, end)
                and _shows(pattern, text, start, end)
            ):
                picked.append(sentence)
                break
    return picked[:limit]


def _shows(pattern: re.Pattern[str], text: str, start: int, end: int) -> bool:
    """Whether ``pattern`` matches in ``text[start:end]``, a capital "I" that is a Roman
    numeral ("World War I", "Part I": ``roman_i.numeral_i``) not counting as the pronoun."""
    return any(
        m.group() != "I" or not numeral_i(text, m.start())
        for m in pattern.finditer(text, start, end)
    )


def narration_tags(analysis: Analysis) -> list[TagRecord]:
    """Return the pov and tense tags, each with a few sentences of narration as evidence."""
    tags = []
    for layer, names, words, tag_type in (
        ("pov", POV_TAGS, _POV_WORDS, TagType.POV),
        ("tense", TENSE_TAGS, _TENSE_WORDS, TagType.TENSE),
    ):
        found = [s for s in _spans(analysis, layer) if s.label in names]
        if not found:
            continue
        value = found[0]
        evidence = narration_sentences(analysis, words[value.label], NARRATION_EVIDENCE)
        spans = [(s.start, s.end) for s in evidence]
        tags.append(_tag(tag_type, names[value.label], value.score, spans))
    return tags


def infer_tags(
    analysis: Analysis,
    characters: Sequence[CharacterRecord],
    given: Sequence[TagRecord] = (),
) -> tuple[TagRecord, ...]:
    """Return every tag the layers of ``analysis`` support (see the module docstring), with
    provenance ``inferred`` (``author`` for a warning only the file's metadata states),
    less those the file's own ``given`` tags settle (``keep_inferred``). ``characters``
    are the work's character records: their mention and quote counts decide which
    characters are tagged. When the file names characters, only characters who speak are
    added to them. A pairing is tagged only when both its members
    are tagged characters (the file's or inferred ones), so a pairing never names a
    character the tags leave out. The unnamed "Narrator" of a first-person story and a
    character the story only describes ("the ferryman", "her father": the ``unnamed``
    layer) are never paired, however much they speak: neither is one identity across works
    (``pairings``); the analysis still reports them and their pairs.
    """
    warnings = warning_tags(analysis)
    file_cast = [t for t in given if t.type == TagType.CHARACTER]
    unnamed = frozenset(s.label for s in analysis.layers.get("unnamed", ()))
    kept = keep_inferred(
        given,
        _labelled_tags(analysis, "fandoms", TagType.FANDOM)
        + character_tags(characters, speakers_only=bool(file_cast), unnamed=unnamed)
        + warnings
        + rating_tag(analysis, warnings)
        + narration_tags(analysis),
    )
    cast = [name_words(t.name) for t in (*file_cast, *kept) if t.type == TagType.CHARACTER]

    def in_cast(name: str) -> bool:
        words = name_words(name)
        return (
            name not in unnamed
            and not left_out_character(name)
            and any(same_person(words, person) for person in cast)
        )

    return kept + keep_inferred(given, relationship_tags(analysis, in_cast))


def _key(name: str) -> str:
    return " ".join(name.casefold().split())


# A Russian patronymic ("Arkadyevna", "Ivanovich"): the father's name, no family name, so
# "Anna Arkadyevna" can be "Anna Karenina".
_PATRONYMIC = re.compile(r"\w+(?:ovna|evna|ichna|ovich|evich)", re.IGNORECASE)


def name_words(name: str) -> frozenset[str]:
    """The words of a name that tell people apart: AO3's "(Fandom)", titles and
    patronymics left out."""
    words = {w.casefold() for w in NAME_WORD.findall(_DISAMBIGUATION.sub("", name))}
    named = {w for w in words - _TITLES if not _PATRONYMIC.fullmatch(w)}
    return frozenset(named) or frozenset(words - _TITLES) or frozenset(words)


def _same_word(a: str, b: str) -> bool:
    """Whether two words of names can name one person: the same word, or a short form and
    the given name it stands for ("frank" and "francis", ``nicknames.NICKNAMES``)."""
    return a == b or b in NICKNAMES.get(a, ()) or a in NICKNAMES.get(b, ())


def same_person(a: frozenset[str], b: frozenset[str]) -> bool:
    """Whether two names can be one person: the words of the shorter are all in the other,
    a short form standing for its given name ("Hermione" and "Hermione Granger", "Francis
    Vell" and "Frank Vell", "Tony" and "Anthony Marsh")."""
    if not (a and b):
        return False
    short, full = (a, b) if len(a) <= len(b) else (b, a)
    return short <= full or all(any(_same_word(w, v) for v in full) for w in short)


def keep_inferred(
    given: Sequence[TagRecord], inferred: Sequence[TagRecord]
) -> tuple[TagRecord, ...]:
    """Return the inferred tags that do not clash with the tags the file gives, which win:

    - no inferred rating when the file states one; no inferred fandom when it names any
      (a second spelling of the same fandom would only be noise);
    - no inferred pov or tense when the file says it (as such a tag or a freeform tag such
      as "First Person POV" or "Present Tense");
    - no inferred tag the file gives already, in any case or AO3 synonym; no inferred
      character the file names (one name's words all in the other's, titles aside:
      "Hermione" and "Hermione Granger (Harry Potter)", "Professor Van Helsing" and
      "Abraham Van Helsing", a short form for its given name: "Francis Vell" and "Frank
      Vell"); no inferred pair of characters the file pairs.
    """
    given_types = {tag.type for tag in given}
    given_keys = set()
    for tag in given:
        given_keys.add((tag.type, _key(tag.name)))
        canonical = canonical_name(tag.type, tag.name)
        if canonical is not None:
            given_keys.add((tag.type, _key(canonical)))
    freeform = " ".join(t.name for t in given if t.type == TagType.FREEFORM)
    said_pov = TagType.POV in given_types or bool(GIVEN_POV.search(freeform))
    said_tense = TagType.TENSE in given_types or bool(GIVEN_TENSE.search(freeform))
    people = [name_words(t.name) for t in given if t.type == TagType.CHARACTER]
    pairs = [
        [name_words(part) for part in PAIR_SPLIT.split(t.name)]
        for t in given
        if t.type == TagType.RELATIONSHIP
    ]
    kept = []
    for tag in inferred:
        if (tag.type, _key(tag.name)) in given_keys:
            continue
        if tag.type in (TagType.RATING, TagType.FANDOM) and tag.type in given_types:
            continue
        if (tag.type == TagType.POV and said_pov) or (tag.type == TagType.TENSE and said_tense):
            continue
        if tag.type == TagType.CHARACTER:
            words = name_words(tag.name)
            if any(same_person(words, person) for person in people):
                continue
        if tag.type == TagType.RELATIONSHIP:
            members = [name_words(p) for p in PAIR_SPLIT.split(tag.name)]
            if any(_pairs_match(members, pair) for pair in pairs):
                continue
        kept.append(tag)
    return tuple(kept)


def _pairs_match(members: Sequence[frozenset[str]], pair: Sequence[frozenset[str]]) -> bool:
    """Whether every member of an inferred pair is one of the people of a given pairing."""
    return all(any(same_person(m, p) for p in pair) for m in members)
