"""Character gender from the text, and the AO3 category it gives a story's relationships.

AO3's category (Gen, F/M, M/M, F/F, Multi) depends on the genders of the romantic pairs, which
a story seldom states. ``character_genders`` reads them from two kinds of evidence:

* titles and kinship words in a character's name or aliases ("Mr. Darcy", "Lady Marian",
  "Aunt Em", "her father"), worth 3 votes each;
* the first he/him/his or she/her/hers after a mention in the narration, when it stands in
  the same sentence with no other mention between ("Jo put down her pen"): 1 vote;
* the pronoun of a dialogue tag straight after a quote by a known speaker (``"…," she
  said``): 1 vote.

A gender is given only with at least 2 votes and twice as many votes as the other gender;
otherwise it is unknown. ``category_of`` returns ``None`` rather than guess when a romantic
pair holds a character of unknown gender.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Callable, Mapping, Sequence
from operator import attrgetter
from typing import TYPE_CHECKING, TypeVar

from ficshelf.model import Analysis, Span
from ficshelf.understand import relationship_cues as cues

if TYPE_CHECKING:
    from ficshelf.understand.relationships import Relationship

_T = TypeVar("_T")

TITLE_VOTES = 3
MIN_VOTES = 2


def character_genders(analysis: Analysis) -> dict[str, tuple[str, float]]:
    """Return each character whose gender the text shows: canonical name to ("M" or "F",
    confidence in [0.5, 1]). Characters of unknown gender are left out. Never raises."""
    text = analysis.text
    mentions = analysis.layers.get("mentions", ())
    votes: dict[str, list[float]] = {}
    seen_forms: set[tuple[str, str]] = set()
    for mention in mentions:
        form = text[mention.start : mention.end]
        if (mention.label, form) in seen_forms:
            continue
        seen_forms.add((mention.label, form))
        for name in (form, mention.label):
            gender = cues.gender_of_name(name)
            if gender is not None:
                tally = votes.setdefault(mention.label, [0.0, 0.0])
                tally[gender == "F"] += TITLE_VOTES
                break
    _count_pronouns(analysis, votes)
    _count_tags(analysis, votes)
    genders: dict[str, tuple[str, float]] = {}
    for name, (male, female) in votes.items():
        top, other = max(male, female), min(male, female)
        if top >= MIN_VOTES and top >= 2 * other:
            confidence = round(min(1.0, 0.5 + 0.5 * (top - other) / (top + 2)), 3)
            genders[name] = ("M" if male > female else "F", confidence)
    return genders


def _outside(items: Sequence[_T], quotes: Sequence[Span], start: Callable[[_T], int]) -> list[_T]:
    """Return the items (spans, or ``(start, gender)`` pronouns) whose ``start`` is not inside
    a quote (both in text order)."""
    kept: list[_T] = []
    q = 0
    for item in items:
        at = start(item)
        while q < len(quotes) and quotes[q].end <= at:
            q += 1
        if q == len(quotes) or quotes[q].start > at:
            kept.append(item)
    return kept


def _count_pronouns(analysis: Analysis, votes: dict[str, list[float]]) -> None:
    """One vote per narration mention for the first he/she-pronoun after it, when it stands
    in the same sentence with no other mention between ("Jo put down her pen")."""
    text = analysis.text
    quotes = analysis.layers.get("quotes", ())
    mentions = _outside(analysis.layers.get("mentions", ()), quotes, attrgetter("start"))
    if not mentions:
        return
    # The first pronoun outside quotes at or after each mention's end (the furthest end so
    # far, ``reach``), searched for only from there and only when the last one found lies
    # before it: the text between a pronoun and the next mention is never scanned, and no
    # list of the text's pronouns is built. ``q`` steps through the quotes as ``_outside``
    # does.
    search = cues.PronounSearch(text, mentions[0].end)
    ends = [s.end for s in analysis.layers.get("sentences", ())]
    q, reach = 0, -1
    pronoun: tuple[int, int, str] | None = None
    for k, mention in enumerate(mentions):
        reach = max(reach, mention.end)
        if pronoun is None or reach > pronoun[0]:  # (the first time, or past the last one)
            pronoun = search.first(reach)
            while pronoun is not None:
                at = pronoun[0]
                while q < len(quotes) and quotes[q].end <= at:
                    q += 1
                if q == len(quotes) or quotes[q].start > at:
                    break  # outside every quote
                pronoun = search.first(pronoun[1])
            if pronoun is None:
                break
        at, _, gender = pronoun
        following = mentions[k + 1].start if k + 1 < len(mentions) else len(text)
        s = bisect_left(ends, mention.end)
        sentence_end = ends[s] if s < len(ends) else len(text)
        if at < following and at < sentence_end:
            votes.setdefault(mention.label, [0.0, 0.0])[gender == "F"] += 1


def _count_tags(analysis: Analysis, votes: dict[str, list[float]]) -> None:
    text = analysis.text
    for said in analysis.layers.get("speakers", ()):
        if not said.label:
            continue
        match = cues.TAG_PRONOUN.match(text, said.end, said.end + 16)
        if match is not None:
            tally = votes.setdefault(said.label, [0.0, 0.0])
            tally[match.group(1).casefold() == "she"] += 1


def category_of(
    relationships: Sequence[Relationship], genders: Mapping[str, tuple[str, float]]
) -> tuple[str, float] | None:
    """Return the AO3 category of a story with these relationships and character genders,
    with a confidence: "Gen" when no major relationship is romantic, "F/M", "M/M" or "F/F"
    when every major romantic pair is of that kind, "Multi" when they differ. Returns
    ``None`` when a major romantic pair holds a character of unknown gender."""
    romantic = [r for r in relationships if r.kind == "romantic" and r.prominence == "major"]
    if not romantic:
        background = [r.score for r in relationships if r.kind == "romantic"]
        return "Gen", round(0.8 - 0.3 * max(background, default=0.0), 3)
    kinds: set[str] = set()
    confidence = 1.0
    for rel in romantic:
        if rel.a not in genders or rel.b not in genders:
            return None
        (ga, ca), (gb, cb) = genders[rel.a], genders[rel.b]
        kinds.add({"MM": "M/M", "FF": "F/F"}.get(ga + gb, "F/M"))
        confidence = min(confidence, ca, cb, rel.score + 0.3)
    category = kinds.pop() if len(kinds) == 1 else "Multi"
    return category, round(min(1.0, confidence), 3)


def category_spans(
    analysis: Analysis,
    found: Sequence[Relationship],
    genders: Mapping[str, tuple[str, float]] | None = None,
) -> tuple[Span, ...]:
    """Return the ``category`` layer (see ``relationships``): spans of the romantic
    relationships that decide the category, or one empty span at the body's start for Gen.
    ``genders`` defaults to ``character_genders(analysis)``."""
    body = analysis.layers.get("body", ())
    if not body:
        return ()
    decided = category_of(found, character_genders(analysis) if genders is None else genders)
    if decided is None:
        return ()
    category, confidence = decided
    if category == "Gen":
        return (Span(body[0].start, body[0].start, category, confidence),)
    spans = {
        span
        for rel in found
        if rel.kind == "romantic" and rel.prominence == "major"
        for span in rel.evidence
    }
    return tuple(Span(start, end, category, confidence) for start, end in sorted(spans))
