"""Unnamed kin words of the relationships stage's sentence pass (``UnnamedKin``, the base of
``relationship_sentences.SentenceCues``, which reads the sentences and hands these helpers
the cue words no name stands beside): a kin or spouse word after a possessive with no name
beside it ("his wife", "your sister") is someone unnamed, not a tie between names, unless
the text says who it is: a pronoun ("Her name is Jane. She's my daughter"), the speech tag
it is the subject of ('"…," said my husband'), a sentence that is nothing but it ("If
George could see me now. My little brother."), the one other character of the owner's
surname ("her brother's umbrella"), the nearest one of its gender named before, for a
brother or sister who is not the subject ("Celia glanced at her sister"), or the name that
opens the next sentence ("his mother … Mrs. Thornton had looked at me"). An unnamed spouse
word is noted for later. Here too are the bookkeeping helpers the whole pass shares: whose
quote a position is in (``_quote_at``), whose kin a "my"/"your"/"our" makes (``_owner``),
whom a "his"/"her" means (``_latest``), and adding a cue to a pair (``_cue``). Each is a
bisection or a bounded look around one cue word.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Sequence

from ficshelf.model import Span
from ficshelf.understand import relationship_cues as cues
from ficshelf.understand import relationship_text as rt
from ficshelf.understand.person_nouns import gender_of
from ficshelf.understand.relationship_tally import Pair, Pairs, add_span
from ficshelf.understand.speech_verbs import is_speech_verb

# A sentence that is only a possessive and a kin word, an apposition to the name before it
# ("… if George could see me now. My little brother."), within ``FRAGMENT_REACH`` characters.
KIN_FRAGMENT = re.compile(
    r"[\W_]*(?:my|your|his|her|our|their)\s+(?:(?:little|big|elder|younger|eldest|youngest"
    r"|baby|dear|poor|own|old|twin)\s+)?[a-z-]+[\W_]*",
    re.IGNORECASE,
)
FRAGMENT_REACH = 80
# A speech tag right after a line whose subject is a possessive and a kin or spouse word
# ('"…," said my husband', '"…" her father says'): the text between the line's closing mark
# and the possessive (``TAG_HEAD``: an optional comma and a verb of speaking), or after the
# kin word when the verb follows it (``TAG_VERB_AFTER``).
TAG_REACH = 30
TAG_HEAD = re.compile(r"[”\"’']?\s*,?\s*(?:(?P<verb>[a-z]+)\s+)?\Z")
TAG_VERB_AFTER = re.compile(r"\s+(?P<verb>[a-z]+)\b")


class UnnamedKin:
    """The helpers that say who an unnamed kin word is, and whose a cue word is."""

    text: str
    body: Sequence[Span]
    quotes: list[Span]
    speaker: list[str]
    quote_starts: list[int]
    listener: list[str]
    mentions: list[Span]
    mention_starts: list[int]
    cues: rt.Cues
    narrator: str | None
    narrator_pronouns: re.Pattern[str] | None
    top: str
    gender_of: dict[str, str]
    spouse_words: dict[str, list[tuple[int, int]]]
    spouse_genders: dict[str, set[str]]
    pairs: Pairs
    full_names: dict[str, str]  # each character's fullest known name
    surnamed: dict[str, list[str]]  # per surname, the characters whose fullest name has it

    def _quote_at(self, position: int) -> int:
        """Return the index of the quote holding ``position``, or -1."""
        index = bisect_right(self.quote_starts, position) - 1
        return index if index >= 0 and position < self.quotes[index].end else -1

    def _cue(
        self, pair: Pair, romantic: float, family: float, spouse: bool, span: tuple[int, int]
    ) -> None:
        if romantic or family or spouse:
            pair.romantic += romantic
            pair.family += family
            pair.spouse = pair.spouse or spouse
            add_span(pair.cue_spans, span)

    def _unnamed_kin(
        self,
        hit: rt.CueHit,
        possessive: re.Match[str] | None,
        span: tuple[int, int],
        limit: int,
    ) -> None:
        """A kinship or spouse word after a possessive (``_possessive``) with no name beside
        it ("your sister", "his wife") is someone unnamed, not a tie between names, unless a
        pronoun says who: in "Her name is Jane. She's my daughter" the kin word names the
        nearest character of the pronoun's gender named before, the possessive its owner; or
        the story names them next (``_named_next``), before ``limit``."""
        if possessive is None or self._tagged_kin(hit, possessive, span):
            return
        word = possessive.group(1).casefold()
        gender = rt.pronoun_is(self.text, hit.start)
        starts = self.mention_starts
        if gender is None:
            if hit.kind == "spouse":
                self._spouse_word(hit, word, span)
            elif not self._apposed_fragment(hit, possessive, span):
                if not self._sibling_of_surname(hit, possessive, span):
                    if not self._sibling_beside(hit, possessive, span):
                        self._named_next(hit, possessive, span, limit)
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
            rt.POSSESSIVE_GENDER.get(word),
            referent,
            known=True,
        )
        pair = self.pairs.get(referent, owner)
        if pair is not None:
            spouse = hit.kind == "spouse"
            self._cue(pair, float(spouse), 0.0 if spouse else hit.weight, spouse, span)

    def _tagged_kin(self, hit: rt.CueHit, possessive: re.Match[str], span: tuple[int, int]) -> bool:
        """'"Neither will I," said my husband': a kin or spouse word that is the subject
        of the speech tag of a line (``TAG_HEAD``, ``TAG_VERB_AFTER``) is the line's
        speaker, when the speakers stage named one that is not the kin word itself; its
        owner is the one the possessive names in the narration ("my" a first-person
        narrator, "your" a second-person one, "his"/"her" the one the line speaks to).
        Returns whether it bound the two."""
        if self._quote_at(hit.start) >= 0:
            return False
        index = bisect_right(self.quote_starts, possessive.start()) - 1
        if index < 0 or possessive.start() - self.quotes[index].end > TAG_REACH:
            return False
        head = TAG_HEAD.search(self.text, self.quotes[index].end, possessive.start())
        if head is None:
            return False
        verb = head.group("verb")
        if verb is None:
            after = TAG_VERB_AFTER.match(self.text, hit.end)
            verb = after.group("verb") if after else None
        speaker = self.speaker[index]
        word = self.text[hit.start : hit.end].casefold()
        if verb is None or not is_speech_verb(verb) or not speaker:
            return False
        if word in speaker.casefold().split():
            return False  # the speaker is "my husband" itself: nothing to bind
        mine = possessive.group(1).casefold()
        owner: str | None = ""
        if mine in ("my", "our", "your"):
            owner = rt.narrators_word(mine, self.narrator, self.narrator_pronouns)
        elif mine in ("his", "her"):
            # the one the line speaks to ("'…, Nelly,' her father said"), when not known to
            # be of the other gender: someone named before the line may be anyone
            listener, gender = self.listener[index], rt.POSSESSIVE_GENDER.get(mine)
            fits = listener != speaker and self.gender_of.get(listener, gender) == gender
            owner = listener if fits else ""
        pair = self.pairs.get(speaker, owner or "")
        if pair is None:
            return False
        spouse = hit.kind == "spouse"
        self._cue(pair, float(spouse), 0.0 if spouse else hit.weight, spouse, span)
        return True

    def _apposed_fragment(
        self, hit: rt.CueHit, possessive: re.Match[str], span: tuple[int, int]
    ) -> bool:
        """ "If George could see me now. My little brother.": a sentence that is nothing but
        a possessive and a kin word (``KIN_FRAGMENT``) says who the one named last before it
        is, in the sentence just before and on the same side of the quote marks, when that
        one is not known to be of the other gender; its owner is the one the possessive
        names. Returns whether the sentence was such a fragment and bound someone."""
        if KIN_FRAGMENT.fullmatch(self.text, span[0], span[1]) is None:
            return False
        word = possessive.group(1).casefold()
        quote = self._quote_at(hit.start)
        gender = cues.kin_gender(self.text[hit.start : hit.end])
        k = bisect_right(self.mention_starts, span[0]) - 1
        if k < 0 or span[0] - self.mentions[k].end > FRAGMENT_REACH:
            return False
        named = self.mentions[k]
        if self._quote_at(named.start) != quote:
            return False
        if gender is not None and self.gender_of.get(named.label, gender) != gender:
            return False
        owner = self._owner(word, quote, named.label) or (
            self._latest(named.start, rt.POSSESSIVE_GENDER.get(word), named.label)
            if word in ("his", "her") and quote < 0
            else ""
        )
        pair = self.pairs.get(named.label, owner)
        if pair is None:
            return False
        self._cue(pair, 0.0, hit.weight, False, span)
        pair.stated_family += hit.weight
        return True

    def _sibling_of_surname(
        self, hit: rt.CueHit, possessive: re.Match[str], span: tuple[int, int]
    ) -> bool:
        """ "Miss Crawford comes in with her brother's umbrella": an unnamed brother or
        sister of a known owner is the one other character of the owner's surname (in the
        fullest known names) not known to be of the other gender, when there is exactly one:
        siblings share a surname. Only in the narration, which follows the owner (in a line
        the owner hangs on who said it, and the talk is as often of kin away from the
        story); not for an owner or a sister titled as a married woman ("Mrs.", "Lady": her
        surname is her husband's). Returns whether it bound someone."""
        found = cues.kin_generation(self.text[hit.start : hit.end])
        if found is None or found[0] != "sibling":
            return False
        word = possessive.group(1).casefold()
        quote = self._quote_at(hit.start)
        if quote >= 0:
            return False
        owner = self._owner(word, quote, "") or self._latest(
            hit.start, rt.POSSESSIVE_GENDER.get(word)
        )
        full = self.full_names.get(owner, owner)
        family = rt.surname(full)
        if not owner or family is None or rt.honorific(full) == "mrs":
            return False
        gender = found[1]
        others = [
            n
            for n in self.surnamed.get(family, ())
            if n != owner
            and self.gender_of.get(n, gender) == gender
            and rt.honorific(self.full_names.get(n, n)) != "mrs"
        ]
        if len(others) != 1:
            return False
        pair = self.pairs.get(others[0], owner)
        if pair is None:
            return False
        self._cue(pair, 0.0, hit.weight, False, span)
        return True

    def _sibling_beside(
        self, hit: rt.CueHit, possessive: re.Match[str], span: tuple[int, int]
    ) -> bool:
        """ "Celia glanced at her sister, and away.": an unnamed brother or sister in the
        narration that is not its clause's subject (the one looked at, followed, stood
        beside) is the nearest other character named before it who is known to be of the
        word's gender (``relationship_text.named_before``): a reader looks back for the
        sister the scene has just shown. Its owner is the narrator for "my" (or a
        second-person story's "your"), else the one the "his"/"her" means (``_latest``),
        when known to be of its gender ("a boy … with his sister's name": the "his" may be
        no one named). Not when both have surnames and they differ ("Henry Tilney … his
        sister" is not Catherine Morland), nor for a sister titled as a married woman (the
        visitor "Mrs. Cadwallader" before the glance). Returns whether it bound someone."""
        found = cues.kin_generation(self.text[hit.start : hit.end])
        if found is None or found[0] != "sibling" or self._quote_at(hit.start) >= 0:
            return False
        if rt.opens_clause(self.text, possessive.start(), span[0]):
            return False  # "her sister came in": the next sentence says who (``_named_next``)
        word = possessive.group(1).casefold()
        gender = rt.POSSESSIVE_GENDER.get(word)
        owner = rt.narrators_word(word, self.narrator, self.narrator_pronouns)
        if not owner:
            owner = self._latest(hit.start, gender)
            if not owner or self.gender_of.get(owner) != gender:
                return False  # "a boy … with his sister's name": the "his" may be no one named
        starts = self.mention_starts
        sibling = rt.named_before(
            self.mentions, starts, hit.start, self.gender_of, found[1], owner, known=True
        )
        if not sibling:
            return False
        families = {rt.surname(n) for n in (owner, sibling)}
        if None not in families and len(families) == 2:
            return False  # "Catherine Morland" is no sister of "Henry Tilney"
        if rt.honorific(sibling) == "mrs":
            return False  # a visitor "Mrs. Cadwallader" before "Celia glanced at her sister"
        pair = self.pairs.get(sibling, owner)
        if pair is None:
            return False
        self._cue(pair, 0.0, hit.weight, False, span)
        return True

    def _named_next(
        self, hit: rt.CueHit, possessive: re.Match[str], span: tuple[int, int], limit: int
    ) -> None:
        """ "… that his mother would wish nothing of the kind. Mrs. Thornton had looked at
        me": an unnamed kin word that tells a gender ("mother", "daughters", not "cousin"),
        the subject of its clause, is the character whose name opens the next sentence of
        the paragraph (``relationship_text.named_next``), when that one is not known to be
        of the other gender and stands on the same side of the quote marks. A kin word
        elsewhere in its clause ("without his sister, and Becky writes") is left alone."""
        relative_gender = cues.kin_gender(self.text[hit.start : hit.end])
        if relative_gender is None:
            return
        if not rt.opens_clause(self.text, possessive.start(), span[0]):
            return  # "without his sister", "insulted his mother": not what the story is about
        word = possessive.group(1).casefold()
        quote = self._quote_at(hit.start)
        owner = self._owner(word, quote, "") or self._latest(
            hit.start, rt.POSSESSIVE_GENDER.get(word)
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
            rt.POSSESSIVE_GENDER.get(word),
        )
        if owner:
            self.spouse_words.setdefault(owner, []).append(span)
            # the spouse's gender as the word gives it ("wife": "F"; "spouse": none)
            gender = gender_of(self.text[hit.start : hit.end].casefold()).upper()
            if gender:
                self.spouse_genders.setdefault(owner, set()).add(gender)

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
