"""The sentence pass of the relationships stage: shared sentences, and the cue words in them
bound to the characters they speak of (``SentenceCues``, a base of
``relationship_pairs.PairFinder``, which sets the attributes it reads).

A kinship or spouse word beside a name describes it ("her brother Thomas", "Mina, his
wife", "your mother, the one called Messua"); its possessive names the owner; an unnamed
kin word is kept for later ("his wife") or, as the subject of its clause, is the character
the next sentence opens on; a romantic word in a line of dialogue whose other side is
"I"/"me" or "you" binds the speaker or the listener with the name beside it; any other cue
binds the two nearest names. Every step is a
bisection or a bounded look around one cue word, so the pass is linear in the text.

The unnamed kin words ("his wife", "your sister" with no name beside them), and the helpers
the pass shares (whose quote, whose "my", whom a "his" means, adding a cue to a pair), are
``relationship_unnamed_kin.UnnamedKin``'s, this class's base, which declares the attributes.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterable, Sequence
from typing import NamedTuple

from ficshelf.model import Span
from ficshelf.understand import relationship_text as rt
from ficshelf.understand.relationship_unnamed_kin import UnnamedKin
from ficshelf.understand.relationship_vocatives import is_kin_vocative

MAX_SENTENCE_CAST = 6
# "I"/"me"/"you" as the other side of a romantic word in a line of dialogue: at most three
# words before it ("I'd marry", "want me to marry", "you could have married"), or its
# object right after it ("marry me", "kissed you"); in any case, as a line opens or shouts
# them ("Me, I'd marry him", "YOU could have married Percy", "wants ME to marry Bertie").
PERSON_REACH = 40
PERSON_BEFORE = re.compile(r"\b(I|me|you)(?:['’][a-z]+)?(?:\s+[\w'’]+){0,3}\s+\Z", re.IGNORECASE)
PERSON_AFTER = re.compile(r"\s+(me|you)\b", re.IGNORECASE)
# The name on the other side of such a word stands right beside it: its object ("marry
# Bertie", "in love with Bertie", "married to Percy") or its subject ("Bertie kissed me").
OBJECT_GAP = re.compile(r"\s+(?:(?:to|with)\s+)?")
SUBJECT_GAP = re.compile(r"\s+(?:[a-z]+\s+)?")


class BodySentences(NamedTuple):
    """The sentences of the body paragraphs in text order (``spans``), the mentions inside
    each (``mentions``) and the number of the paragraph each is in (``para_of``)."""

    spans: Sequence[Span]
    mentions: Sequence[Sequence[Span]]
    para_of: Sequence[int]

    def beside(self, index: int, other: int) -> bool:
        """Return whether sentence number ``other`` exists and is in the paragraph of
        sentence number ``index``."""
        return 0 <= other < len(self.spans) and self.para_of[other] == self.para_of[index]

    def next_end(self, index: int) -> int:
        """Return where the sentence after number ``index`` ends when it is in the same
        paragraph, else where sentence ``index`` ends."""
        following = index + 1
        return self.spans[following if self.beside(index, following) else index].end


class SentenceCues(UnnamedKin):
    """The sentence pass (``_sentences``) and the helpers that say whose a cue word is
    (those for a kin word no name stands beside are ``UnnamedKin``'s)."""

    def _sentences(self, sentences: Sequence[Span]) -> None:
        """Shared sentences and the cue words in them. A kinship or spouse word right
        beside a name describes that character ("her brother Thomas", "Mina, his wife"): they
        are that kin of the character named before them. Any other cue binds the two
        nearest names within ``CUE_REACH``; in a sentence naming one character it pairs
        them, at half weight, with those of the sentences beside it."""
        groups = rt.group(sentences, self.body)
        spans = [s for group in groups for s in group]
        # (the paragraph of each sentence is the group it came in)
        para_of = [j for j, group in enumerate(groups) for _ in group]
        body = BodySentences(spans, rt.group(self.mentions, spans), para_of)
        # the cue words of each sentence (most sentences hold none)
        held = self.cues.by_span(spans)
        nothing: list[rt.CueHit] = []
        # (a sentence that names no one and holds no cue word adds nothing: only the others
        # are visited, when the cue words are known per sentence)
        visited: Iterable[int] = (
            range(len(spans))
            if held is None
            else sorted(held.keys() | {i for i, named in enumerate(body.mentions) if named})
        )
        for index in visited:
            sentence = spans[index]
            mentions = body.mentions[index]
            cast = rt.cast_of((m.label for m in mentions), MAX_SENTENCE_CAST) if mentions else []
            span = (sentence.start, sentence.end)
            hits = (
                held.get(index, nothing)
                if held is not None
                else self.cues.within(sentence.start, sentence.end)
            )
            if not cast:
                if hits:
                    limit = body.next_end(index)
                    for hit in hits:
                        self._unnamed_kin(hit, self._possessive(hit), span, limit)
                        self._pronoun_romance(hit, index, body)
                continue
            if len(cast) > 1:  # (one name makes no pair)
                narrated = {m.label for m in mentions if self._quote_at(m.start) < 0}
                for a, b in rt.pairs_of(cast):
                    pair = self.pairs.get(a, b)
                    if pair is not None:
                        pair.sentences += 1
                        pair.narrated_sentences += a in narrated and b in narrated
            if not hits:
                continue
            where = rt.Where(mentions, [m.start for m in mentions], span)
            for hit in hits:
                self._sentence_cue(hit, where, index, body)

    def _sentence_cue(
        self, hit: rt.CueHit, where: rt.Where, index: int, body: BodySentences
    ) -> None:
        romantic = hit.weight if hit.kind in ("romantic", "spouse") else 0.0
        family = hit.weight if hit.kind == "family" else 0.0
        spouse = hit.kind == "spouse"
        mentions, span = where.mentions, where.span
        if hit.kind in ("family", "spouse"):
            if hit.kind == "family" and self._kin_vocative(hit):
                return  # "Mother, Mr. Dale is here.": the line's listener is called
            if self._owned_by_noun(hit.start):
                return  # "Morgause, the king's sister": kin of someone not named here
            owner = self._possessive(hit)
            described = rt.described(self.text, mentions, where.starts, hit)
            if described is not None:
                quote = self._quote_at(hit.start)
                if quote >= 0 and self._spoken_to(quote, described):
                    return  # "a nephew, Watson, who lodges": Watson is spoken to, not described
                if described.end <= hit.start and rt.follows_of(self.text, hit):
                    # "Cedric, father of Wilfred": kin of the one "of" names, or of no one
                    # here ("Wamba, son of Witless").
                    of = rt.kin_of(self.text, mentions, where.starts, hit)
                    pair = self.pairs.get(described.label, of.label) if of else None
                    if pair is not None:
                        self._cue(pair, float(spouse), family, spouse, span)
                        pair.stated_family += family
                    return
                word = owner.group(1).casefold() if owner else ""
                relative = self._owner(word, quote, described.label) or (
                    self._latest(described.start, rt.POSSESSIVE_GENDER.get(word), described.label)
                    if word in ("his", "her") and quote < 0
                    else rt.before(
                        self.mentions,
                        self.mention_starts,
                        described,
                        self.gender_of,
                        rt.POSSESSIVE_GENDER.get(word),
                    )
                )
                pair = self.pairs.get(described.label, relative or self.narrator or self.top)
                if pair is not None:
                    self._cue(pair, float(spouse), family, spouse, span)
                    pair.stated_family += family
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
                if not self._names_a_character(hit.start):
                    self._unnamed_kin(hit, owner, span, body.next_end(index))
                return
            if self._one_described(hit):
                return  # "left Bella to his son, and the son drowned": no tie of Bella's
        if hit.kind == "romantic":
            # the few names around the word: a sentence may name hundreds
            at = bisect_right(where.starts, hit.start)
            around = mentions[max(0, at - 3) : at + 3]
            if self._first_or_second_person(hit, around, span):
                return
            if self._names_a_character(hit.start):
                self._called_by_the_tie(hit, around, span)
                return
        near = rt.nearest(mentions, where.starts, hit)
        if len(near) == 2:
            pair = self.pairs.get(*near)
            if pair is not None:
                self._cue(pair, romantic, family, spouse, span)
        elif len(near) == 1 and rt.single(mentions) and self._same_voice(hit, mentions):
            # "He kisses Mrs. Vell's hand.": the word's other side is the "he"
            he_or_she = (
                rt.he_or_she(self.text, span[0], hit.start) if hit.kind == "romantic" else None
            )
            self._beside(index, near[0], (romantic, family), body, he_or_she)

    def _first_or_second_person(
        self, hit: rt.CueHit, around: Sequence[Span], span: tuple[int, int]
    ) -> bool:
        """A romantic word in a line of dialogue whose other side is "I"/"me" or "you"
        (``PERSON_BEFORE``, ``PERSON_AFTER``): "the Stanhopes want me to marry Bertie" is the
        speaker and Bertie, "You could have married Percy Gryce," Selden says the listener
        and Percy Gryce, whoever else the sentence names; "will you marry me?" (a strong
        word) the speaker and the listener. Returns whether the word was about "I"/"you"
        (then it binds no one else, even when the one it pairs them with is unnamed: "I
        might be married to the dairyman, if Mrs. Crick goes first" pairs Marian with no
        one). The name it pairs them with stands right beside the word, as its object or
        subject (``OBJECT_GAP``, ``SUBJECT_GAP``)."""
        quote = self._quote_at(hit.start)
        if quote < 0:
            return False
        lo = max(self.quotes[quote].start, hit.start - PERSON_REACH)
        before = PERSON_BEFORE.search(self.text, lo, hit.start)
        after = PERSON_AFTER.match(self.text, hit.end, min(self.quotes[quote].end, hit.end + 12))
        people = [self._person(m.group(1), quote) for m in (before, after) if m is not None]
        if not people:
            return False
        if len(people) == 2 and people[0] != people[1]:
            if hit.weight >= 1 and people[0] and people[1]:
                pair = self.pairs.get(people[0], people[1])
                if pair is not None:
                    self._cue(pair, hit.weight, 0.0, False, span)
            return True
        person = people[0]
        other = next(
            (
                m.label
                for m in around
                if m.label != person
                and (
                    OBJECT_GAP.fullmatch(self.text, hit.end, m.start) is not None
                    if m.start >= hit.end
                    else SUBJECT_GAP.fullmatch(self.text, m.end, hit.start) is not None
                )
            ),
            "",
        )
        if person and other:
            pair = self.pairs.get(person, other)
            if pair is not None:
                self._cue(pair, hit.weight, 0.0, False, span)
        return True

    def _called_by_the_tie(
        self, hit: rt.CueHit, around: Sequence[Span], span: tuple[int, int]
    ) -> None:
        """ "Harris's girlfriend Clara": a romantic word the characters stage took as a
        mention of someone (the girlfriend is Clara) ties that one to the character named
        nearest it in the sentence, the owner of the possessive before it first."""
        at = bisect_right(self.mention_starts, hit.start) - 1
        named = self.mentions[at].label
        others = [m for m in around if m.label != named]
        if not others:
            return
        nearest = min(others, key=lambda m: (rt.gap(hit, m), m.start))
        if rt.gap(hit, nearest) > rt.CUE_REACH:
            return
        pair = self.pairs.get(named, nearest.label)
        if pair is not None:
            self._cue(pair, hit.weight, 0.0, False, span)

    def _person(self, pronoun: str, quote: int) -> str:
        """Return who "I"/"me" (the speaker) or "you" (the listener) is in quote number
        ``quote``; "" when unknown."""
        if pronoun.casefold() == "you":
            return self.listener[quote]
        return self.speaker[quote]

    def _same_voice(self, hit: rt.CueHit, mentions: Sequence[Span]) -> bool:
        """Whether a cue word and the sentence's one named character are on the same side
        of the quote marks: in '"He had a wife, once," Conseil says' the name in the tag
        is the speaker, not the one the words are about."""
        quote = self._quote_at(hit.start)
        return all(self._quote_at(m.start) == quote for m in mentions)

    def _kin_vocative(self, hit: rt.CueHit) -> bool:
        """Whether the kin word ``hit`` is said in a quote as a form of address
        (``relationship_vocatives.is_kin_vocative``)."""
        quote = self._quote_at(hit.start)
        if quote < 0:
            return False
        where = self.quotes[quote]
        return is_kin_vocative(self.text, hit.start, hit.end, where.start, where.end)

    def _owned_by_noun(self, position: int) -> bool:
        """Whether the word at ``position`` follows a possessive that names no character
        ("the king's sister", "the miller's son"; not "Mara's sister")."""
        found = rt.OWNED_BY_NOUN.search(self.text, max(0, position - 40), position)
        if found is None:
            return False
        k = bisect_right(self.mention_starts, found.start()) - 1
        return k < 0 or self.mentions[k].end < found.start() + 1

    def _pronoun_romance(self, hit: rt.CueHit, index: int, body: BodySentences) -> None:
        """ "Tobin and Mara climbed the stairs. At the top he kissed her.": a strong romantic
        word in a narration sentence naming nobody but saying "he … her" is the two named
        in the sentence before, in the same paragraph."""
        if hit.kind != "romantic" or hit.weight < 1 or self._quote_at(hit.start) >= 0:
            return
        sentence = body.spans[index]
        if not rt.two_people(self.text, sentence.start, sentence.end):
            return
        previous = index - 1
        if not body.beside(index, previous):
            return
        names = sorted({m.label for m in body.mentions[previous]})
        if len(names) == 2:
            pair = self.pairs.get(names[0], names[1])
            if pair is not None:
                self._cue(pair, hit.weight, 0.0, False, (sentence.start, sentence.end))

    def _names_a_character(self, position: int) -> bool:
        """Whether the word at ``position`` lies inside a mention of a character: "My
        uncle said something to him" in a story where "my uncle" is a character is that
        character's name (the kin-names pass binds it), not an unnamed relative whom the
        next sentence names."""
        at = bisect_right(self.mention_starts, position) - 1
        return at >= 0 and self.mentions[at].end > position

    def _possessive(self, hit: rt.CueHit) -> re.Match[str] | None:
        """Return the possessive right before a kinship or spouse word ("his" in "his elder
        sister", ``relationship_text.POSSESSIVE_BEFORE``), or ``None`` when there is none or
        the cue is of another kind."""
        if hit.kind not in ("family", "spouse"):
            return None
        return rt.POSSESSIVE_BEFORE.search(
            self.text, max(0, hit.start - rt.POSSESSIVE_REACH), hit.start
        )

    def _one_described(self, hit: rt.CueHit) -> bool:
        """Whether a kinship or spouse word is one person named by a definite description
        ("the son", "the old father", ``relationship_text.ARTICLE_BEFORE``): someone the
        story already knows or talks of, not a tie between the names around it. Not a
        plural ("the sisters" may be the two named beside it), nor a word followed by "of"
        ("Hal was the son of Edric" says whose son), nor "a son", which brings in someone's
        new relative ("Mrs. Dale had a son")."""
        word = self.text[hit.start : hit.end].casefold()
        if word.endswith("s") and not word.endswith("ss") or rt.follows_of(self.text, hit):
            return False  # "Hal was the son of Edric" states whose son
        return (
            rt.ARTICLE_BEFORE.search(self.text, max(0, hit.start - rt.POSSESSIVE_REACH), hit.start)
            is not None
        )

    def _spoken_to(self, quote: int, mention: Span) -> bool:
        """Whether ``mention``, inside quote number ``quote``, is its listener called by
        name."""
        listener = self.listener[quote]
        if mention.label != listener and mention.label != self.narrator:
            return False
        speaker = self.speaker[quote]
        return speaker != mention.label and rt.vocative(self.text, self.quotes[quote], mention)

    def _beside(
        self,
        index: int,
        name: str,
        weights: tuple[float, float],
        body: BodySentences,
        gender: str | None = None,
    ) -> None:
        """Pair ``name``, the one character sentence number ``index`` names, with those
        named in the sentences beside it in its paragraph, at half the ``(romantic,
        family)`` weights of its cue and never as a marriage; with ``gender`` (a "he" or
        "she" the sentence makes the word's other side), only with those not known to be of
        the other gender: in "He kisses Lady Ash's hand. He kisses Mrs. Vell's." neither
        lady kissed the other."""
        romantic, family = weights
        span = (body.spans[index].start, body.spans[index].end)
        for other in (index - 1, index + 1):
            if not body.beside(index, other):
                continue
            for label in {m.label for m in body.mentions[other]} - {name}:
                if gender is not None and self.gender_of.get(label, gender) != gender:
                    continue
                pair = self.pairs.get(name, label)
                if pair is not None:
                    # Half a cue, and no marriage: the word may be about someone unnamed.
                    self._cue(pair, romantic / 2, family / 2, False, span)
