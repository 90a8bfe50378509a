"""The pass that gathers what a story shows about each pair of characters, for the
"relationships" stage (which scores and classifies the pairs: see ``relationships``).

``PairFinder(analysis).run(sentences)`` reads the body paragraphs, sentences, quotes,
speakers and mentions once each and returns, per unordered pair of canonical names, a
``Pair``: paragraphs together and present together, scenes shared, shared sentences,
exchanges and addresses in dialogue, the romantic and family cue weights, and evidence spans;
``PairFinder.spouse_words`` feeds ``relationship_inference``. Every
pass is linear in the text and in the number of mentions: casts are capped per paragraph and
sentence, cue words are found in one pass (``relationship_cues.find_cues``) and looked up by
offset.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass, field

from ficshelf.model import Analysis, Span
from ficshelf.understand import relationship_cues as cues
from ficshelf.understand import relationship_text as rt
from ficshelf.understand.category import character_genders
from ficshelf.understand.fandom import known_characters
from ficshelf.understand.fandom_names import canon_relation

MAX_CAST = 10
MAX_SENTENCE_CAST = 6
MAX_EVIDENCE = 12
EXCHANGE_REACH = 2  # paragraphs between two quotes of an exchange


@dataclass(slots=True)
class Pair:
    """What a story shows about one pair: paragraphs together (0.5 for the narrator present
    only by "I"), paragraphs where both are present (named in the narration or speaking, not
    only talked about), shared sentences (and those naming both in the narration, outside
    quotes), exchanges and addresses in dialogue, romantic and family
    cue weights, whether a spouse word or canon ties them, how often one calls the other by
    a title ("my lord", "Mr. Holmes": ``formal``) or by name (``familiar``), the scenes
    (numbered from 0) where they are together or talk, and evidence spans by kind."""

    paragraphs: float = 0.0
    present: float = 0.0
    sentences: int = 0
    narrated_sentences: int = 0
    exchanges: int = 0
    addresses: int = 0
    romantic: float = 0.0
    family: float = 0.0
    spouse: bool = False
    canon: str = ""
    formal: int = 0
    familiar: int = 0
    scenes: set[int] = field(default_factory=set)
    cue_spans: list[tuple[int, int]] = field(default_factory=list)
    talk_spans: list[tuple[int, int]] = field(default_factory=list)
    together_spans: list[tuple[int, int]] = field(default_factory=list)

    @property
    def strength(self) -> float:
        return self.paragraphs + 2 * self.exchanges + self.addresses + 0.5 * self.sentences


def _add_span(spans: list[tuple[int, int]], span: tuple[int, int]) -> None:
    if len(spans) < MAX_EVIDENCE and (not spans or spans[-1] != span):
        spans.append(span)


def shown(pair: Pair) -> bool:
    """Whether the story shows the two together: talking to each other, or present together
    (not only talked about) in a paragraph and together again or in one sentence."""
    together = pair.strength >= 2 or pair.sentences >= 1
    return pair.exchanges + pair.addresses >= 1 or (pair.present >= 1 and together)


def _next_end(index: int, sentences: Sequence[Span], para_of: Sequence[int]) -> int:
    """Return where the sentence after number ``index`` ends when it is in the same
    paragraph, else where sentence ``index`` ends."""
    following = index + 1
    if following < len(sentences) and para_of[following] == para_of[index]:
        return sentences[following].end
    return sentences[index].end


class Pairs:
    """Accumulates a ``Pair`` per unordered pair of canonical names (``pairs``, keys sorted)
    and the story's number of scenes (``scene_count``: chapters and scene breaks cut them)."""

    def __init__(self, scene_count: int = 1) -> None:
        self.pairs: dict[tuple[str, str], Pair] = {}
        self.scene_count = scene_count

    def get(self, a: str, b: str) -> Pair | None:
        if not a or not b or a == b or "|" in a or "|" in b:
            return None
        key = (a, b) if a < b else (b, a)
        pair = self.pairs.get(key)
        if pair is None:
            pair = self.pairs[key] = Pair()
        return pair


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
        self.quote_starts = [q.start for q in self.quotes]
        self.listener = [""] * len(self.quotes)
        self.mentions = list(analysis.layers.get("mentions", ()))
        self.mention_starts = [m.start for m in self.mentions]
        self.mention_quote = rt.container_index(self.mentions, self.quotes)
        self.cues = rt.Cues(self.text, self.body)
        self.salience = {c.label: c.score for c in analysis.layers.get("characters", ())}
        self.narrator, self.narrator_pronouns = rt.narrator_of(analysis)
        self.top = max(self.salience, key=lambda n: (self.salience[n], n), default="")
        self.known = known_characters(analysis)
        self.genders = character_genders(analysis)
        self.gender_of = {n: g for n, (g, _) in self.genders.items()}
        self.clergy = self._clergy()
        self.spouse_words: dict[str, list[tuple[int, int]]] = {}
        chapters = analysis.layers.get("chapters", ())
        breaks = analysis.layers.get("scene_breaks", ())
        cuts = sorted([c.start for c in chapters[1:]] + [b.start for b in breaks])
        self.scene_of = [bisect_right(cuts, para.start) for para in self.body]
        self.pairs = Pairs(len(cuts) + 1)

    def _clergy(self) -> set[str]:
        """The characters known by a religious title ("Friar Tuck", "Sister Agnes"), whose
        "my son" or "sister" is a pastoral form of address, not kinship."""
        found = {m.label for m in self.mentions if cues.is_clergy(self.text[m.start : m.end])}
        return found | {n for n in self.salience if cues.is_clergy(self.full_name(n))}

    def _quote_at(self, position: int) -> int:
        """Return the index of the quote holding ``position``, or -1."""
        index = bisect_right(self.quote_starts, position) - 1
        return index if index >= 0 and position < self.quotes[index].end else -1

    def run(self, sentences: Sequence[Span]) -> Pairs:
        """Return the story's pairs, read from its body paragraphs, quotes and
        ``sentences`` (the "sentences" layer). Never raises on any text."""
        para_mentions = rt.group(self.mentions, self.body)
        para_quotes = rt.group(self.quotes, self.body)
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
        in_quote = {
            (m.start, m.end)
            for m, q in zip(self.mentions, self.mention_quote, strict=True)
            if q >= 0
        }
        for index, para in enumerate(self.body):
            names = [m.label for m in mentions[index]]
            speakers = [quote_speaker.get((q.start, q.end), "") for q in quotes[index]]
            cast = rt.cast_of(iter(names + speakers), MAX_CAST)
            present = {m.label for m in mentions[index] if (m.start, m.end) not in in_quote}
            present.update(speakers)
            implicit = None
            if self.narrator and self.narrator not in cast and self._narrates(para, quotes[index]):
                implicit = self.narrator
            span = (para.start, para.end)
            for a, b in rt.pairs_of(cast):
                pair = self.pairs.get(a, b)
                if pair is not None:
                    pair.paragraphs += 1
                    pair.present += a in present and b in present
                    pair.scenes.add(self.scene_of[index])
                    _add_span(pair.together_spans, span)
            if implicit is not None:
                for other in cast:
                    pair = self.pairs.get(implicit, other)
                    if pair is not None:
                        pair.paragraphs += 0.5
                        pair.present += 0.5 * (other in present)
                        pair.scenes.add(self.scene_of[index])
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
        para_of = rt.container_index(self.quotes, self.body)
        inside = rt.group(self.mentions, self.quotes)
        listeners = self.listener = self._listeners(para_of)
        kin_calls: list[tuple[str, str, str, tuple[int, int]]] = []
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
                        pair.scenes.add(self.scene_of[para])
                        where = self.body[para]
                        _add_span(pair.talk_spans, (where.start, where.end))
            previous = (speaker, para)
            span = (quote.start, quote.end)
            said = self.text[quote.start : quote.end]
            if self._subject_fragment(index, para_of):
                continue  # "My father," said Anne, "is always appalled.": no one addressed
            called = [m for m in inside[index] if rt.vocative(self.text, quote, m)]
            addressed = rt.cast_of((m.label for m in called if m.label != speaker), MAX_CAST)
            kin_word, love_word = cues.addresses_as(said)
            formal = cues.addresses_formally(said)
            if formal and not addressed and listeners[index]:
                pair = self.pairs.get(speaker, listeners[index])
                if pair is not None:
                    pair.formal += 1
            if (kin_word or love_word) and not addressed and listeners[index]:
                pair = self.pairs.get(speaker, listeners[index])
                if pair is not None:
                    self._cue(pair, 0.5 * love_word, 0.0, False, span)
                if kin_word:
                    kin_calls.append((speaker, listeners[index], kin_word, span))
            if not addressed:
                continue
            # Only romantic words count here: "my husband", "a nephew, Watson" in a line of
            # dialogue speak of someone else; kin vocatives are read by ``addresses_as``.
            romantic_hits = [
                h for h in self.cues.within(quote.start, quote.end) if h.kind == "romantic"
            ]
            weights = rt.cue_weights(romantic_hits, rt.Near(called))
            kin = {m.label for m in called if cues.is_kin_name(self.text[m.start : m.end])}
            titled = {m.label for m in called if cues.is_titled(self.text[m.start : m.end])}
            for name in addressed:
                pair = self.pairs.get(speaker, name)
                if pair is None:
                    continue
                pair.addresses += 1
                if formal or name in titled:
                    pair.formal += 1
                else:
                    pair.familiar += 1
                _add_span(pair.talk_spans, span)
                romantic, family, spouse = weights
                romantic += 0.5 * love_word
                family += name in kin
                self._cue(pair, romantic, family, spouse, span)
                if kin_word:
                    kin_calls.append((speaker, name, kin_word, span))
        self._kin_calls(kin_calls)

    def _subject_fragment(self, index: int, para_of: Sequence[int]) -> bool:
        """Whether quote number ``index`` is the first part of a split quote (the next quote,
        by the same speaker in the same paragraph, continues its sentence) and the subject
        of that sentence (``relationship_cues.is_subject_fragment``)."""
        following = index + 1
        if following >= len(self.quotes) or para_of[following] != para_of[index]:
            return False
        if self.speaker[following] not in ("", self.speaker[index]):
            return False
        quote, after = self.quotes[index], self.quotes[following]
        head = self.text[after.start : min(after.end, after.start + 24)]
        return cues.is_subject_fragment(self.text[quote.start : quote.end], head)

    def _kin_calls(self, calls: Sequence[tuple[str, str, str, tuple[int, int]]]) -> None:
        """A quote calling its listener "Sister." or "Papa" makes the two family, unless
        the word is the speaker's form of address: said by a friar or a nun ("my son"), or
        to two or more different people ("brother" between comrades)."""
        listeners: dict[tuple[str, str], set[str]] = {}
        for speaker, listener, word, _ in calls:
            listeners.setdefault((speaker, word), set()).add(listener)
        for speaker, listener, word, span in calls:
            if speaker in self.clergy or len(listeners[(speaker, word)]) > 1:
                continue
            pair = self.pairs.get(speaker, listener)
            if pair is not None:
                self._cue(pair, 0.0, 1.0, False, span)

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
        body_sentences = [s for group in rt.group(sentences, self.body) for s in group]
        per_sentence = rt.group(self.mentions, body_sentences)
        para_of = rt.container_index(body_sentences, self.body)
        for index, sentence in enumerate(body_sentences):
            mentions = per_sentence[index]
            cast = rt.cast_of((m.label for m in mentions), MAX_SENTENCE_CAST)
            span = (sentence.start, sentence.end)
            if not cast:
                limit = _next_end(index, body_sentences, para_of)
                for hit in self.cues.within(sentence.start, sentence.end):
                    self._unnamed_kin(hit, span, limit)
                    self._pronoun_romance(hit, index, body_sentences, per_sentence, para_of)
                continue
            narrated = {m.label for m in mentions if self._quote_at(m.start) < 0}
            for a, b in rt.pairs_of(cast):
                pair = self.pairs.get(a, b)
                if pair is not None:
                    pair.sentences += 1
                    pair.narrated_sentences += a in narrated and b in narrated
            hits = self.cues.within(sentence.start, sentence.end)
            if not hits:
                continue
            where = rt.Where(mentions, [m.start for m in mentions], span)
            for hit in hits:
                self._sentence_cue(hit, where, index, body_sentences, per_sentence, para_of)

    def _sentence_cue(
        self,
        hit: rt.CueHit,
        where: rt.Where,
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
            if self._owned_by_noun(hit.start):
                return  # "Morgause, the king's sister": kin of someone not named here
            owner = rt.POSSESSIVE_BEFORE.search(
                self.text, max(0, hit.start - rt.POSSESSIVE_REACH), hit.start
            )
            described = rt.described(self.text, mentions, where.starts, hit)
            if described is not None:
                quote = self._quote_at(hit.start)
                if quote >= 0 and self._spoken_to(quote, described):
                    return  # "a nephew, Watson, who lodges": Watson is spoken to, not described
                word = owner.group(1).casefold() if owner else ""
                relative = self._owner(word, quote, described.label) or (
                    self._latest(
                        described.start, {"her": "F", "his": "M"}.get(word), described.label
                    )
                    if word in ("his", "her") and quote < 0
                    else rt.before(
                        self.mentions,
                        self.mention_starts,
                        described,
                        self.gender_of,
                        {"her": "F", "his": "M"}.get(word),
                    )
                )
                pair = self.pairs.get(described.label, relative or self.narrator or self.top)
                if pair is not None:
                    self._cue(pair, float(spouse), family, spouse, span)
                return
            possessor, subject = rt.possessed_kin(self.text, mentions, where.starts, hit.start)
            if possessor is not None:
                # "Mrs. Morland's daughter," says Henry: Mrs. Morland's kin, not Henry; only
                # "Osric is Ysolde's brother" or "Ilse, Mara's sister" names who it is.
                pair = self.pairs.get(subject, possessor.label)
                if pair is not None:
                    self._cue(pair, float(spouse), family, spouse, span)
                return
            if owner is not None:
                self._unnamed_kin(hit, span, _next_end(index, sentences, para_of))
                return
        near = rt.nearest(mentions, where.starts, hit)
        if len(near) == 2:
            pair = self.pairs.get(*near)
            if pair is not None:
                self._cue(pair, romantic, family, spouse, span)
        elif len(near) == 1 and rt.single(mentions) and self._same_voice(hit, mentions):
            self._beside(
                index, near[0], (romantic, family, spouse), sentences, per_sentence, para_of
            )

    def _same_voice(self, hit: rt.CueHit, mentions: Sequence[Span]) -> bool:
        """Whether a cue word and the sentence's one named character are on the same side
        of the quote marks: in '"He had a wife, once," Conseil says' the name in the tag
        is the speaker, not the one the words are about."""
        quote = self._quote_at(hit.start)
        return all(self._quote_at(m.start) == quote for m in mentions)

    def _owned_by_noun(self, position: int) -> bool:
        """Whether the word at ``position`` follows a possessive that names no character
        ("the king's sister", "the miller's son"; not "Mara's sister")."""
        found = rt.OWNED_BY_NOUN.search(self.text, max(0, position - 40), position)
        if found is None:
            return False
        k = bisect_right(self.mention_starts, found.start()) - 1
        return k < 0 or self.mentions[k].end < found.start() + 1

    def _pronoun_romance(
        self,
        hit: rt.CueHit,
        index: int,
        sentences: Sequence[Span],
        per_sentence: Sequence[Sequence[Span]],
        para_of: Sequence[int],
    ) -> None:
        """ "Tobin and Mara climbed the stairs. At the top he kissed her.": a strong romantic
        word in a narration sentence naming nobody but saying "he … her" is the two named
        in the sentence before, in the same paragraph."""
        if hit.kind != "romantic" or hit.weight < 1 or self._quote_at(hit.start) >= 0:
            return
        sentence = sentences[index]
        if not rt.two_people(self.text, sentence.start, sentence.end):
            return
        previous = index - 1
        if previous < 0 or para_of[previous] != para_of[index]:
            return
        names = sorted({m.label for m in per_sentence[previous]})
        if len(names) == 2:
            pair = self.pairs.get(names[0], names[1])
            if pair is not None:
                self._cue(pair, hit.weight, 0.0, False, (sentence.start, sentence.end))

    def _unnamed_kin(self, hit: rt.CueHit, span: tuple[int, int], limit: int) -> None:
        """A kinship or spouse word after a possessive with no name beside it ("your
        sister", "his wife") is someone unnamed, not a tie between names, unless a pronoun
        says who: in "Her name is Jane. She's my daughter" the kin word names the nearest
        character of the pronoun's gender named before, the possessive its owner; or the
        story names them next (``_named_next``), before ``limit``."""
        if hit.kind not in ("family", "spouse"):
            return
        possessive = rt.POSSESSIVE_BEFORE.search(
            self.text, max(0, hit.start - rt.POSSESSIVE_REACH), hit.start
        )
        if possessive is None:
            return
        word = possessive.group(1).casefold()
        gender = rt.pronoun_is(self.text, hit.start)
        starts = self.mention_starts
        if gender is None:
            if hit.kind == "spouse":
                self._spouse_word(hit, word, span)
            else:
                self._named_next(hit, word, span, limit)
            return
        referent = rt.named_before(self.mentions, starts, hit.start, self.gender_of, gender)
        quote = self._quote_at(hit.start)
        # "her husband" after "he was": the "her" must be someone known to be a woman (an
        # earlier name of unknown gender is as likely the "he").
        owner = self._owner(word, quote, referent) or rt.named_before(
            self.mentions,
            starts,
            hit.start,
            self.gender_of,
            {"her": "F", "his": "M"}.get(word),
            referent,
            known=True,
        )
        pair = self.pairs.get(referent, owner)
        if pair is not None:
            spouse = hit.kind == "spouse"
            self._cue(pair, float(spouse), 0.0 if spouse else hit.weight, spouse, span)

    def _named_next(self, hit: rt.CueHit, word: str, span: tuple[int, int], limit: int) -> None:
        """ "… that his mother would wish nothing of the kind. Mrs. Thornton had looked at
        me": an unnamed kin word that tells a gender ("mother", "daughters", not "cousin"),
        the subject of its clause, is the character whose name opens the next sentence of
        the paragraph (``relationship_text.named_next``), when that one is not known to be
        of the other gender and stands on the same side of the quote marks. A kin word
        elsewhere in its clause ("without his sister, and Becky writes") is left alone."""
        relative_gender = cues.kin_gender(self.text[hit.start : hit.end])
        possessive = rt.POSSESSIVE_BEFORE.search(
            self.text, max(0, hit.start - rt.POSSESSIVE_REACH), hit.start
        )
        if relative_gender is None or possessive is None:
            return
        if not rt.opens_clause(self.text, possessive.start(), span[0]):
            return  # "without his sister", "insulted his mother": not what the story is about
        quote = self._quote_at(hit.start)
        owner = self._owner(word, quote, "") or self._latest(
            hit.start, {"her": "F", "his": "M"}.get(word)
        )
        if not owner:
            return
        named = rt.named_next(self.text, self.mentions, self.mention_starts, hit.end, limit, owner)
        if named is None or self._quote_at(named.start) != quote:
            return
        if self.gender_of.get(named.label, relative_gender) != relative_gender:
            return
        pair = self.pairs.get(named.label, owner)
        if pair is not None:
            self._cue(pair, 0.0, hit.weight, False, span)

    def _latest(self, position: int, gender: str | None, exclude: str = "") -> str:
        """Return who a "his"/"her" at ``position`` most likely means: the nearest character
        named before it (``relationship_text.named_before``), or the speaker of the last
        quote before it when that quote is nearer (narration after a line of dialogue: "He
        hesitated. 'My mother …' I knew that his mother …"); "" when nobody fits."""
        named = rt.named_before(
            self.mentions, self.mention_starts, position, self.gender_of, gender, exclude
        )
        index = bisect_right(self.quote_starts, position) - 1
        if index < 0 or self.quotes[index].end > position:
            return named
        speaker = self.speaker[index]
        if not speaker or speaker == exclude or self.gender_of.get(speaker, gender) != gender:
            return named
        k = bisect_right(self.mention_starts, position) - 1
        last_named = next(
            (
                self.mentions[j].start
                for j in range(k, max(-1, k - 8), -1)
                if self.mentions[j].label == named
            ),
            -1,
        )
        near = position - self.quotes[index].end <= rt.BEFORE_CHARS
        return speaker if near and self.quotes[index].end > last_named else named

    def _spouse_word(self, hit: rt.CueHit, word: str, span: tuple[int, int]) -> None:
        """Note whose spouse an unnamed "his wife" / "my husband" is (read once all pairs
        are known: ``relationship_inference.confirm_spouses``)."""
        owner = self._owner(word, self._quote_at(hit.start), "") or rt.named_before(
            self.mentions,
            self.mention_starts,
            hit.start,
            self.gender_of,
            {"her": "F", "his": "M"}.get(word),
        )
        if owner:
            self.spouse_words.setdefault(owner, []).append(span)

    def _spoken_to(self, quote: int, mention: Span) -> bool:
        """Whether ``mention``, inside quote number ``quote``, is its listener called by
        name."""
        listener = self.listener[quote]
        if mention.label != listener and mention.label != self.narrator:
            return False
        speaker = self.speaker[quote]
        return speaker != mention.label and rt.vocative(self.text, self.quotes[quote], mention)

    def _owner(self, word: str, quote: int, described: str) -> str:
        """Return whose kin "my"/"your"/"our" makes a described name: in a quote the
        speaker's or the listener's, in the narration the narrator's; "" when unknown."""
        owner: str | None = ""
        if quote >= 0 and word in ("my", "our"):
            owner = self.speaker[quote]
        elif quote >= 0 and word == "your":
            owner = self.listener[quote]
        elif quote < 0 and word in ("my", "our"):
            owner = self.narrator
        return owner if owner and owner != described else ""

    def _beside(
        self,
        index: int,
        name: str,
        weights: tuple[float, float, bool],
        sentences: Sequence[Span],
        per_sentence: Sequence[Sequence[Span]],
        para_of: Sequence[int],
    ) -> None:
        romantic, family, _ = weights
        for other in (index - 1, index + 1):
            if not 0 <= other < len(sentences) or para_of[other] != para_of[index]:
                continue
            for label in {m.label for m in per_sentence[other]} - {name}:
                pair = self.pairs.get(name, label)
                if pair is not None:
                    span = (sentences[index].start, sentences[index].end)
                    # Half a cue, and no marriage: the word may be about someone unnamed.
                    self._cue(pair, romantic / 2, family / 2, False, span)

    def _kin_names(self, para_mentions: Sequence[Sequence[Span]]) -> None:
        """A character called by a kinship term ("Aunt Em", "her father") is family of the
        one who calls them so: in a quote its speaker; for "his"/"her" the one the
        possessive means (``_his_or_hers``); in the narration the nearest other
        character named in the paragraph who is not named by kinship too (the kin of one
        person are named together: "Aunt Em and Uncle Henry"), else the narrator, else the
        main character."""
        quote_of = dict(zip(self.mention_starts, self.mention_quote, strict=True))
        for index, mentions in enumerate(para_mentions):
            para = self.body[index]
            kin = [cues.is_kin_name(self.text[m.start : m.end]) for m in mentions]
            if not any(kin):
                continue
            named = [m for m, is_kin in zip(mentions, kin, strict=True) if not is_kin]
            starts = [m.start for m in named]
            for k, mention in enumerate(mentions):
                if not kin[k]:
                    continue
                quote = quote_of.get(mention.start, -1)
                surface = self.text[mention.start : mention.end]
                caller = self._caller(quote, surface) or self._his_or_hers(mention, surface)
                relative = (
                    caller
                    if caller and caller != mention.label
                    else rt.neighbour_of(named, starts, mention)
                ) or self.narrator
                if relative is None and mention.label != self.top:
                    relative = self.top
                pair = self.pairs.get(mention.label, relative or "")
                if pair is not None:
                    self._cue(pair, 0.0, 1.0, False, (para.start, para.end))

    def _his_or_hers(self, mention: Span, surface: str) -> str:
        """Return whose kin "her brother Thomas" or "his father" is: the nearest man or
        woman (as the possessive says) named before, or the last speaker when their line
        came after that name (``_latest``); "" for any other kin name."""
        first = surface.split(maxsplit=1)[0].casefold() if surface.strip() else ""
        gender = {"his": "M", "her": "F"}.get(first)
        return self._latest(mention.start, gender, mention.label) if gender else ""

    def _caller(self, quote: int, surface: str) -> str:
        """Return whose relative a kin name said in quote number ``quote`` is: the
        listener's for "your father", nobody's known for "his/her father" (""), else the
        speaker's ("Aunt Em will worry", "my mother")."""
        if quote < 0:
            return ""
        first = surface.split(maxsplit=1)[0].casefold() if surface.strip() else ""
        if first == "your":
            return self.listener[quote]
        return "" if first in ("his", "her", "their") else self.speaker[quote]

    def full_name(self, name: str) -> str:
        """Return the fullest known name of character ``name`` (its canon name when the
        fandom table knows it, else ``name``)."""
        known = self.known.get(name)
        return known[0][1] if known else name

    def _surnames(self) -> None:
        """Characters who share a surname (in their fullest known name) and whom the story
        shows together (``shown``) are family; "Mr." and "Mrs." (or "Lord" and "Lady") of one
        surname, or a couple in canon, are spouses, and a titled couple only needs to be named
        together once (in one paragraph, even inside a quote: "Mrs. Elton has told me, and
        Mr. Elton too")."""
        by_surname: dict[str, list[str]] = {}
        for name in self.salience:
            surname = rt.surname(self.full_name(name))
            if surname is not None:
                by_surname.setdefault(surname, []).append(name)
        for names in by_surname.values():
            for a, b in rt.pairs_of(names[:MAX_SENTENCE_CAST]):
                key = (a, b) if a < b else (b, a)
                pair = self.pairs.pairs.get(key)
                if pair is None:
                    continue
                honorifics = {rt.honorific(self.full_name(a)), rt.honorific(self.full_name(b))}
                titled_couple = honorifics == {"mr", "mrs"}
                # "Mrs. Elton ... and Mr. Elton too": a titled couple named together is a
                # couple even when only talked about; other namesakes must be shown together.
                if not (shown(pair) or titled_couple and pair.paragraphs >= 1):
                    continue
                if titled_couple or pair.canon == "romantic":
                    pair.romantic += 1.0
                    pair.spouse = True
                else:
                    pair.family += 1.0

    def _canon(self) -> None:
        """A pair the story shows together (present together in a paragraph and together at
        least twice, talking, or with any cue; or a first-person narrator and someone the
        narration names) whose known characters canon makes a couple or family counts as
        one cue of that kind. Two people only talked about in one line
        of dialogue ("tell Amy") are not shown together. A canon couple the narration names
        in one sentence ("Meg had been engaged to John Brooke since the spring") is a couple
        even when never shown together (a pairing told in passing: background); a canon
        family needs more, since the narration names siblings together all the time."""
        for (a, b), pair in self.pairs.pairs.items():
            # A first-person narrator is present wherever the narration says "I" (counted
            # half): a canon partner named there is on the narrator's mind.
            narrated = self.narrator in (a, b) and pair.present >= 0.5
            together = shown(pair) or bool(pair.cue_spans) or narrated
            if not (together or pair.narrated_sentences >= 1):
                continue
            for fandom, known_a in self.known.get(a, ()):
                for other_fandom, known_b in self.known.get(b, ()):
                    kind = fandom == other_fandom and canon_relation(fandom, known_a, known_b)
                    if kind == "family" and not together:
                        continue
                    if kind == "romantic":
                        pair.romantic += 1.0
                    elif kind == "family":
                        pair.family += 1.0
                    if kind:
                        pair.canon = kind
