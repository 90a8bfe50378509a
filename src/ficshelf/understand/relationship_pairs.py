"""The pass that gathers what a story shows about each pair of characters, for the
"relationships" stage (which scores and classifies the pairs: see ``relationships``).

``PairFinder(analysis).run(sentences)`` reads the body paragraphs, sentences, quotes,
speakers and mentions once each and returns, per unordered pair of canonical names, a
``Pair``: paragraphs together, shared sentences, exchanges and addresses in dialogue, the
romantic and family cue weights, and evidence spans. Every pass is linear in the text and in
the number of mentions: casts are capped per paragraph and sentence, cue words are found in
one pass (``relationship_cues.find_cues``) and looked up by offset.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field

from ficshelf.model import Analysis, Span
from ficshelf.understand import relationship_cues as cues
from ficshelf.understand.category import character_genders
from ficshelf.understand.fandom import known_characters
from ficshelf.understand.fandom_names import canon_relation

MAX_CAST = 10
MAX_SENTENCE_CAST = 6
MAX_EVIDENCE = 12
CUE_REACH = 60  # characters between a cue word and a name for the cue to count
EXCHANGE_REACH = 2  # paragraphs between two quotes of an exchange
BEFORE_CHARS = 1500  # characters back a kin word looks for whose kin it is

_FIRST_PERSON = re.compile(r"\b(?:I|me|my|mine|myself)\b")
_SECOND_PERSON = re.compile(r"\b(?:you|your|yours|yourself)\b", re.IGNORECASE)
_NAME_TOKEN = re.compile(r"[\w’'-]+")
_SURNAME_BREAKERS = frozenset({"of", "the", "o’", "o'", "le", "la", "du", "von", "van"})
_MR = frozenset({"mr", "mr.", "monsieur", "m.", "sir", "lord"})
_MRS = frozenset({"mrs", "mrs.", "madame", "mme", "mme.", "lady"})


@dataclass(slots=True)
class Pair:
    """What a story shows about one pair: paragraphs together (0.5 for the narrator present
    only by "I"), shared sentences, exchanges and addresses in dialogue, romantic and family
    cue weights, whether a spouse word or canon ties them, and evidence spans by kind."""

    paragraphs: float = 0.0
    sentences: int = 0
    exchanges: int = 0
    addresses: int = 0
    romantic: float = 0.0
    family: float = 0.0
    spouse: bool = False
    canon: str = ""
    cue_spans: list[tuple[int, int]] = field(default_factory=list)
    talk_spans: list[tuple[int, int]] = field(default_factory=list)
    together_spans: list[tuple[int, int]] = field(default_factory=list)

    @property
    def strength(self) -> float:
        return self.paragraphs + 2 * self.exchanges + self.addresses + 0.5 * self.sentences


def _add_span(spans: list[tuple[int, int]], span: tuple[int, int]) -> None:
    if len(spans) < MAX_EVIDENCE and (not spans or spans[-1] != span):
        spans.append(span)


class Pairs:
    """Accumulates a ``Pair`` per unordered pair of canonical names (``pairs``, keys sorted)."""

    def __init__(self) -> None:
        self.pairs: dict[tuple[str, str], Pair] = {}

    def get(self, a: str, b: str) -> Pair | None:
        if not a or not b or a == b or "|" in a or "|" in b:
            return None
        key = (a, b) if a < b else (b, a)
        pair = self.pairs.get(key)
        if pair is None:
            pair = self.pairs[key] = Pair()
        return pair


def _group(items: Sequence[Span], containers: Sequence[Span]) -> list[list[Span]]:
    """Return, per container, the items lying inside it (both in text order; one pass)."""
    groups: list[list[Span]] = [[] for _ in containers]
    j = 0
    for item in items:
        while j < len(containers) and containers[j].end <= item.start:
            j += 1
        if j == len(containers):
            break
        if containers[j].start <= item.start and item.end <= containers[j].end:
            groups[j].append(item)
    return groups


def _container_index(items: Sequence[Span], containers: Sequence[Span]) -> list[int]:
    """Return, per item, the index of the container holding it (-1 when none)."""
    out: list[int] = []
    j = 0
    for item in items:
        while j < len(containers) and containers[j].end <= item.start:
            j += 1
        inside = j < len(containers) and containers[j].start <= item.start
        out.append(j if inside and item.end <= containers[j].end else -1)
    return out


def _cast(names: Iterator[str], limit: int) -> list[str]:
    """Return the distinct names, most frequent first, at most ``limit``."""
    counts: dict[str, int] = {}
    for name in names:
        if name:
            counts[name] = counts.get(name, 0) + 1
    ranked = sorted(counts, key=lambda n: -counts[n])
    return ranked[:limit]


def _pairs_of(cast: Sequence[str]) -> Iterator[tuple[str, str]]:
    for i, a in enumerate(cast):
        for b in cast[i + 1 :]:
            yield a, b


class _Near:
    """Answers "is position p within ``CUE_REACH`` characters of one of these mentions?" in
    logarithmic time (mentions never overlap, so their ends rise with their starts)."""

    def __init__(self, mentions: Sequence[Span]) -> None:
        self.starts = [m.start for m in mentions]
        self.ends = [m.end for m in mentions]

    def __call__(self, position: int) -> bool:
        index = bisect_right(self.starts, position + CUE_REACH) - 1
        if index < 0 or self.ends[index] < position - CUE_REACH:
            return False
        # A cue word inside a name ("Aunt Em") is the name's; ``_kin_names`` reads those.
        inner = bisect_right(self.starts, position) - 1
        return inner < 0 or self.ends[inner] <= position


def _cue_weights(hits: Sequence[_CueHit], near: _Near) -> tuple[float, float, bool]:
    """Return (romantic, family, spouse) weights of cue ``hits``, counting only cue words
    within ``CUE_REACH`` characters of a mention ``near`` knows."""
    romantic = family = 0.0
    spouse = False
    for hit in hits:
        if not near(hit.start):
            continue
        if hit.kind == "family":
            family += hit.weight
        else:
            romantic += hit.weight
            spouse = spouse or hit.kind == "spouse"
    return min(romantic, 3.0), min(family, 3.0), spouse


@dataclass(frozen=True, slots=True)
class _Where:
    """A sentence's mentions (and their starts) and its span."""

    mentions: Sequence[Span]
    starts: Sequence[int]
    span: tuple[int, int]


def _single(mentions: Sequence[Span]) -> bool:
    return all(m.label == mentions[0].label for m in mentions)


@dataclass(frozen=True, slots=True)
class _CueHit:
    kind: str  # "romantic", "family" or "spouse"
    weight: float
    start: int
    end: int


class _Cues:
    """Every cue word of the story body, found in one pass, and those inside a range."""

    def __init__(self, text: str, body: Sequence[Span]) -> None:
        found = cues.find_cues(text, body[0].start, body[-1].end) if body else []
        self.hits = [_CueHit(kind, weight, start, end) for start, end, kind, weight in found]
        self.starts = [h.start for h in self.hits]

    def within(self, lo: int, hi: int) -> list[_CueHit]:
        return self.hits[bisect_left(self.starts, lo) : bisect_left(self.starts, hi)]


_POSSESSIVE_BEFORE = re.compile(r"\b(my|your|his|her|our|their)\s+\Z", re.IGNORECASE)
_DESCRIBES_NEXT = re.compile(r"(?:,\s{1,2}|\s{1,2}(?:of\s+)?)\Z")
_DESCRIBES_PREVIOUS = re.compile(r"\A,\s*(?:(?:her|his|my|their|your|our|the)\s+)?(?:\w+\s+)?\Z")


def _described(
    text: str, mentions: Sequence[Span], starts: Sequence[int], hit: _CueHit
) -> Span | None:
    """Return the mention a kinship or spouse word stands right beside and so describes:
    "her brother Thomas", "Mina, his wife", or ``None``. ``starts`` are the mentions'
    starts."""
    index = bisect_right(starts, hit.start)
    if index < len(mentions) and mentions[index].start - hit.end <= 4:
        if _DESCRIBES_NEXT.search(text, hit.end, mentions[index].start):
            return mentions[index]
    if index > 0 and 0 <= hit.start - mentions[index - 1].end <= 24:
        gap = text[mentions[index - 1].end : hit.start]
        if mentions[index - 1].end <= hit.start and _DESCRIBES_PREVIOUS.match(gap):
            return mentions[index - 1]
    return None


def _before(
    mentions: Sequence[Span],
    starts: Sequence[int],
    mention: Span,
    gender_of: Mapping[str, str],
    gender: str | None,
    reach: int = 8,
) -> str:
    """Return the nearest other character named before ``mention`` (at most ``reach``
    mentions and ``BEFORE_CHARS`` characters back): the one whose kin it is, in "Agnes …
    Her brother Thomas". With a ``gender`` (from "her"/"his"), the nearest one not known
    to be of the other gender."""
    k = bisect_right(starts, mention.start) - 1
    for j in range(k - 1, max(-1, k - 1 - reach), -1):
        if mention.start - mentions[j].end > BEFORE_CHARS:
            break
        label = mentions[j].label
        if label == mention.label or mentions[j].end > mention.start:
            continue
        if gender is None or gender_of.get(label, gender) == gender:
            return label
    return ""


def _nearest(mentions: Sequence[Span], starts: Sequence[int], hit: _CueHit) -> list[str]:
    """Return the (at most two) distinct characters named nearest a cue word, within
    ``CUE_REACH`` of it, nearest first; none when the word is part of a name."""
    index = bisect_right(starts, hit.start)
    around = mentions[max(0, index - 3) : index + 3]
    scored = []
    for m in around:
        if m.start <= hit.start < m.end:
            return []  # the word is part of a name ("Aunt Em"): ``_kin_names`` reads it
        distance = hit.start - m.end if m.end <= hit.start else m.start - hit.end
        if distance <= CUE_REACH:
            scored.append((distance, m.label))
    names: list[str] = []
    for _, label in sorted(scored):
        if label not in names:
            names.append(label)
    return names[:2]


def _narrator(analysis: Analysis) -> tuple[str | None, re.Pattern[str] | None]:
    """Return the narrator's name and the pronoun pattern that shows them in the narration,
    for first- and second-person stories."""
    pov = analysis.layers.get("pov", ())
    person = pov[0].label if pov else ""
    if person not in ("first", "second"):
        return None, None
    named = analysis.layers.get("narrator", ())
    name = named[0].label if named else None
    if name is None:
        labels = {c.label for c in analysis.layers.get("characters", ())}
        name = "Narrator" if "Narrator" in labels else None
    return name, (_FIRST_PERSON if person == "first" else _SECOND_PERSON)


_BEFORE_VOCATIVE = re.compile(r"(?:^|[,;:—–(]|\.\.\.|…)\s*(?:(?:oh|ah|my|dear|dearest)\s+)?$", re.I)
_AFTER_VOCATIVE = re.compile(r"\s*(?:[,;:.!?—–)]|\.\.\.|…|$)")


def _vocative(text: str, quote: Span, mention: Span) -> bool:
    """Return whether ``mention`` addresses someone inside ``quote``: set off by a comma or
    the quote's edges ("Mara, wait", "Come here, Mara.", "Sister.")."""
    before = text[max(quote.start, mention.start - 12) : mention.start]
    after = text[mention.end : min(quote.end, mention.end + 3)]
    return _BEFORE_VOCATIVE.search(before) is not None and _AFTER_VOCATIVE.match(after) is not None


def _neighbour(mentions: Sequence[Span], k: int, reach: int = 5) -> str | None:
    """Return the label of the nearest other character mentioned before mention ``k`` (the
    one who has the relative, in "Jo looked at her father"), else the nearest after it."""
    label = mentions[k].label
    for j in range(k - 1, max(-1, k - 1 - reach), -1):
        if mentions[j].label != label:
            return mentions[j].label
    for j in range(k + 1, min(len(mentions), k + 1 + reach)):
        if mentions[j].label != label:
            return mentions[j].label
    return None


def _surname(name: str) -> str | None:
    tokens = _NAME_TOKEN.findall(name)
    if len(tokens) < 2 or tokens[-2].casefold() in _SURNAME_BREAKERS:
        return None
    last = tokens[-1]
    return last if last[:1].isupper() and len(last) > 1 else None


def _honorific(name: str) -> str:
    first = name.split(maxsplit=1)[0].casefold() if name.strip() else ""
    return "mr" if first in _MR else "mrs" if first in _MRS else ""


class PairFinder:
    """One story's pass over paragraphs, sentences and quotes: ``run`` returns its ``Pairs``."""

    def __init__(self, analysis: Analysis) -> None:
        self.text = analysis.text
        self.body = analysis.layers.get("body", ())
        quotes = analysis.layers.get("quotes", ())
        speakers = analysis.layers.get("speakers", ())
        said = {(s.start, s.end): s.label for s in speakers}
        self.quotes = [q for q in quotes if q.label == ""]
        self.speaker = [said.get((q.start, q.end), "") for q in self.quotes]
        self.mentions = list(analysis.layers.get("mentions", ()))
        self.mention_starts = [m.start for m in self.mentions]
        self.cues = _Cues(self.text, self.body)
        self.salience = {c.label: c.score for c in analysis.layers.get("characters", ())}
        self.narrator, self.narrator_pronouns = _narrator(analysis)
        self.top = max(self.salience, key=lambda n: (self.salience[n], n), default="")
        self.known = known_characters(analysis)
        self.genders = character_genders(analysis)
        self._gender_of = {n: g for n, (g, _) in self.genders.items()}
        self.pairs = Pairs()

    def run(self, sentences: Sequence[Span]) -> Pairs:
        para_mentions = _group(self.mentions, self.body)
        para_quotes = _group(self.quotes, self.body)
        self._paragraphs(para_mentions, para_quotes)
        self._talk()
        self._sentences(sentences, para_mentions)
        self._kin_names(para_mentions)
        self._canon()
        self._surnames()
        return self.pairs

    def _paragraphs(self, mentions: list[list[Span]], quotes: list[list[Span]]) -> None:
        keys = ((q.start, q.end) for q in self.quotes)
        quote_speaker = dict(zip(keys, self.speaker, strict=True))
        for index, para in enumerate(self.body):
            names = [m.label for m in mentions[index]]
            names += [quote_speaker.get((q.start, q.end), "") for q in quotes[index]]
            cast = _cast(iter(names), MAX_CAST)
            implicit = None
            if self.narrator and self.narrator not in cast and self._narrates(para, quotes[index]):
                implicit = self.narrator
            span = (para.start, para.end)
            for a, b in _pairs_of(cast):
                pair = self.pairs.get(a, b)
                if pair is not None:
                    pair.paragraphs += 1
                    _add_span(pair.together_spans, span)
            if implicit is not None:
                for other in cast:
                    pair = self.pairs.get(implicit, other)
                    if pair is not None:
                        pair.paragraphs += 0.5
                        _add_span(pair.together_spans, span)

    def _narrates(self, para: Span, quotes: Sequence[Span]) -> bool:
        """Whether the narration of ``para`` (outside its quotes) uses the narrator's pronoun."""
        assert self.narrator_pronouns is not None
        at = para.start
        for q in quotes:
            if self.narrator_pronouns.search(self.text, at, max(at, q.start - 1)):
                return True
            at = q.end + 1
        return self.narrator_pronouns.search(self.text, min(at, para.end), para.end) is not None

    def _talk(self) -> None:
        """Exchanges between consecutive speakers; addresses (vocatives inside quotes); a
        quote calling its listener "Sister" or "darling" tells the pair's kind."""
        para_of = _container_index(self.quotes, self.body)
        inside = _group(self.mentions, self.quotes)
        listeners = self._listeners(para_of)
        previous: tuple[str, int] | None = None
        for index, quote in enumerate(self.quotes):
            speaker = self.speaker[index]
            if not speaker:
                previous = None
                continue
            para = para_of[index]
            if previous is not None and previous[0] != speaker and para >= 0:
                if para - previous[1] <= EXCHANGE_REACH:
                    pair = self.pairs.get(previous[0], speaker)
                    if pair is not None:
                        pair.exchanges += 1
                        where = self.body[para]
                        _add_span(pair.talk_spans, (where.start, where.end))
            previous = (speaker, para)
            span = (quote.start, quote.end)
            called = [m for m in inside[index] if _vocative(self.text, quote, m)]
            addressed = _cast((m.label for m in called if m.label != speaker), MAX_CAST)
            kin_word, love_word = cues.addresses_as(self.text[quote.start : quote.end])
            if (kin_word or love_word) and not addressed and listeners[index]:
                pair = self.pairs.get(speaker, listeners[index])
                if pair is not None:
                    self._cue(pair, 0.5 * love_word, float(kin_word), False, span)
            if not addressed:
                continue
            # Only romantic words count here: "my husband", "a nephew, Watson" in a line of
            # dialogue speak of someone else; kin vocatives are read by ``addresses_as``.
            romantic_hits = [
                h for h in self.cues.within(quote.start, quote.end) if h.kind == "romantic"
            ]
            weights = _cue_weights(romantic_hits, _Near(called))
            kin = {m.label for m in called if cues.is_kin_name(self.text[m.start : m.end])}
            for name in addressed:
                pair = self.pairs.get(speaker, name)
                if pair is None:
                    continue
                pair.addresses += 1
                _add_span(pair.talk_spans, span)
                romantic, family, spouse = weights
                romantic += 0.5 * love_word
                family += kin_word or name in kin
                self._cue(pair, romantic, family, spouse, span)

    def _listeners(self, para_of: Sequence[int]) -> list[str]:
        """Return, per quote, who it is most likely said to: the nearest other speaker
        before it within ``EXCHANGE_REACH`` paragraphs, else the nearest after it."""
        out = [""] * len(self.quotes)
        recent: list[tuple[str, int]] = []  # the last few distinct speakers, latest last
        for index, speaker in enumerate(self.speaker):
            para = para_of[index]
            other = next((r for r in reversed(recent) if r[0] != speaker), None)
            if other is not None and para - other[1] <= EXCHANGE_REACH:
                out[index] = other[0]
            if speaker:
                recent = [r for r in recent if r[0] != speaker][-2:] + [(speaker, para)]
        following: tuple[str, int] | None = None
        for index in range(len(self.quotes) - 1, -1, -1):
            speaker = self.speaker[index]
            if not out[index] and following is not None and following[0] != speaker:
                if following[1] - para_of[index] <= EXCHANGE_REACH:
                    out[index] = following[0]
            if speaker:
                following = (speaker, para_of[index])
        return out

    def _cue(
        self, pair: Pair, romantic: float, family: float, spouse: bool, span: tuple[int, int]
    ) -> None:
        if romantic or family or spouse:
            pair.romantic += romantic
            pair.family += family
            pair.spouse = pair.spouse or spouse
            _add_span(pair.cue_spans, span)

    def _sentences(self, sentences: Sequence[Span], para_mentions: list[list[Span]]) -> None:
        """Shared sentences and the cue words in them. A kinship or spouse word right
        beside a name describes that character ("her brother Thomas", "Mina, his wife"): they
        are that kin of the character named before them. Any other cue binds the two
        nearest names within ``CUE_REACH``; in a sentence naming one character it pairs
        them, at half weight, with those of the sentences beside it."""
        body_sentences = [s for group in _group(sentences, self.body) for s in group]
        per_sentence = _group(self.mentions, body_sentences)
        para_of = _container_index(body_sentences, self.body)
        for index, sentence in enumerate(body_sentences):
            mentions = per_sentence[index]
            cast = _cast((m.label for m in mentions), MAX_SENTENCE_CAST)
            if not cast:
                continue
            span = (sentence.start, sentence.end)
            for a, b in _pairs_of(cast):
                pair = self.pairs.get(a, b)
                if pair is not None:
                    pair.sentences += 1
            hits = self.cues.within(sentence.start, sentence.end)
            if not hits:
                continue
            where = _Where(mentions, [m.start for m in mentions], span)
            for hit in hits:
                self._sentence_cue(hit, where, index, body_sentences, per_sentence, para_of)

    def _sentence_cue(
        self,
        hit: _CueHit,
        where: _Where,
        index: int,
        sentences: Sequence[Span],
        per_sentence: Sequence[Sequence[Span]],
        para_of: Sequence[int],
    ) -> None:
        romantic = hit.weight if hit.kind in ("romantic", "spouse") else 0.0
        family = hit.weight if hit.kind == "family" else 0.0
        spouse = hit.kind == "spouse"
        mentions, span = where.mentions, where.span
        if hit.kind in ("family", "spouse"):
            owner = _POSSESSIVE_BEFORE.search(self.text, max(0, hit.start - 8), hit.start)
            described = _described(self.text, mentions, where.starts, hit)
            if described is not None:
                gender = {"her": "F", "his": "M"}.get(owner.group(1).casefold()) if owner else None
                relative = _before(
                    self.mentions, self.mention_starts, described, self._gender_of, gender
                )
                pair = self.pairs.get(described.label, relative or self.narrator or self.top)
                if pair is not None:
                    self._cue(pair, float(spouse), family, spouse, span)
                return
            if owner is not None:
                return  # "your sister", "his wife": someone unnamed here, not a tie between names
        near = _nearest(mentions, where.starts, hit)
        if len(near) == 2:
            pair = self.pairs.get(*near)
            if pair is not None:
                self._cue(pair, romantic, family, spouse, span)
        elif len(near) == 1 and _single(mentions):
            self._beside(
                index, near[0], (romantic, family, spouse), sentences, per_sentence, para_of
            )

    def _beside(
        self,
        index: int,
        name: str,
        weights: tuple[float, float, bool],
        sentences: Sequence[Span],
        per_sentence: Sequence[Sequence[Span]],
        para_of: Sequence[int],
    ) -> None:
        romantic, family, spouse = weights
        for other in (index - 1, index + 1):
            if not 0 <= other < len(sentences) or para_of[other] != para_of[index]:
                continue
            for label in {m.label for m in per_sentence[other]} - {name}:
                pair = self.pairs.get(name, label)
                if pair is not None:
                    span = (sentences[index].start, sentences[index].end)
                    self._cue(pair, romantic / 2, family / 2, spouse, span)

    def _kin_names(self, para_mentions: Sequence[Sequence[Span]]) -> None:
        """A character called by a kinship term in the narration ("Aunt Em", "her father")
        is family of the nearest other character named in the paragraph, else of the
        narrator, else of the main character."""
        for index, mentions in enumerate(para_mentions):
            para = self.body[index]
            for k, mention in enumerate(mentions):
                if not cues.is_kin_name(self.text[mention.start : mention.end]):
                    continue
                relative = _neighbour(mentions, k) or self.narrator
                if relative is None and mention.label != self.top:
                    relative = self.top
                pair = self.pairs.get(mention.label, relative or "")
                if pair is not None:
                    self._cue(pair, 0.0, 1.0, False, (para.start, para.end))

    def _full_name(self, name: str) -> str:
        known = self.known.get(name)
        return known[0][1] if known else name

    def _surnames(self) -> None:
        """Characters who share a surname (in their fullest known name) and meet at least
        twice are family; "Mr." and "Mrs." of one surname, or a couple in canon, are
        spouses."""
        by_surname: dict[str, list[str]] = {}
        for name in self.salience:
            surname = _surname(self._full_name(name))
            if surname is not None:
                by_surname.setdefault(surname, []).append(name)
        for names in by_surname.values():
            for a, b in _pairs_of(names[:MAX_SENTENCE_CAST]):
                key = (a, b) if a < b else (b, a)
                pair = self.pairs.pairs.get(key)
                if pair is None or pair.strength < 2:
                    continue
                honorifics = {_honorific(self._full_name(a)), _honorific(self._full_name(b))}
                if honorifics == {"mr", "mrs"} or pair.canon == "romantic":
                    pair.romantic += 1.0
                    pair.spouse = True
                else:
                    pair.family += 1.0

    def _canon(self) -> None:
        """A pair the story shows together (at least twice, or with any cue) whose known
        characters canon makes a couple or family counts as one cue of that kind."""
        for (a, b), pair in self.pairs.pairs.items():
            if pair.strength < 2 and not pair.cue_spans:
                continue
            for fandom, known_a in self.known.get(a, ()):
                for other_fandom, known_b in self.known.get(b, ()):
                    kind = fandom == other_fandom and canon_relation(fandom, known_a, known_b)
                    if kind == "romantic":
                        pair.romantic += 1.0
                    elif kind == "family":
                        pair.family += 1.0
                    if kind:
                        pair.canon = kind
