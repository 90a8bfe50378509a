"""The pass that gathers what a story shows about each pair of characters, for the
"relationships" stage (which scores and classifies the pairs: see ``relationships``).

``PairFinder(analysis).run(sentences)`` reads the body paragraphs, sentences, quotes,
speakers and mentions once each and returns, per unordered pair of canonical names, a
``Pair``: paragraphs together and present together, scenes shared, shared sentences,
exchanges and addresses in dialogue, the romantic and family cue weights, and evidence spans;
``PairFinder.spouse_words`` feeds ``relationship_inference``. The ties the characters' names
and canon make, read once the pass has counted the pairs (surnames, parents, canon couples
and families), live in ``relationship_name_ties`` (a base class), the sentence pass and its
cue binding in ``relationship_sentences`` (that class's base, whose own base
``relationship_unnamed_kin`` reads the kin words no name stands beside), the ``Pair`` tally
in ``relationship_tally``. Every
pass is linear in the text and in the number of mentions: casts are capped per paragraph and
sentence, cue words are found in one pass (``relationship_cues.find_cues``) and looked up by
offset.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Sequence, Set

from ficshelf.model import Analysis, Span
from ficshelf.understand import relationship_cues as cues
from ficshelf.understand import relationship_text as rt
from ficshelf.understand.category import character_genders
from ficshelf.understand.fandom import known_characters
from ficshelf.understand.relationship_name_ties import NamedTies
from ficshelf.understand.relationship_tally import Pairs, add_span
from ficshelf.understand.relationship_vocatives import surname_relative
from ficshelf.understand.roman_i import numeral_i

# A possessive right before a kin name: "Mr. F's Aunt", "the Darlings' nurse" (group "s": its
# ending).
_POSSESSIVE_BEFORE_NAME = re.compile(r"(?P<word>\w+)(?P<s>['’]s|s['’])\s{1,2}\Z")
# Words whose "'s" is "is" or "us", not a possessive: "Where's Papa?", "There's Mamma".
# A possessive pronoun right before a kin name ("your Aunt Glegg"), whose mention is only
# "Aunt Glegg".
_OWNER_BEFORE = re.compile(r"\b(my|your|thy|his|her|our|their)\s+\Z", re.IGNORECASE)
# A mention that is a possessive and a spouse word ("my husband", "her late wife"): the
# characters stage took it for a named character, whose spouse the possessive names.
_SPOUSE_NAME = re.compile(
    r"(my|your|his|her|our)\s+(?:(?:late|dear|poor|own|new)\s+)?(?:husband|wife)", re.IGNORECASE
)
_CONTRACTED = frozenset("it that what where who how there here he she this let when why".split())

MAX_CAST = 10
EXCHANGE_REACH = 2  # paragraphs between two quotes of an exchange


class PairFinder(NamedTies):
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
        # the fandom stage ran first: its fandoms, most confident first (computed here only
        # for an analysis built without that stage)
        given = analysis.layers.get("fandoms")
        fandoms = None if given is None else list(dict.fromkeys(s.label for s in given))
        self.known = known_characters(analysis, fandoms)
        self.genders = character_genders(analysis)
        self.gender_of = {n: g for n, (g, _) in self.genders.items()}
        self.clergy = self._clergy()
        self.full_names = {n: self.full_name(n) for n in self.salience}
        self.surnamed: dict[str, list[str]] = {}
        for name, full in self.full_names.items():
            family = rt.surname(full)
            if family is not None:
                self.surnamed.setdefault(family, []).append(name)
        self.spouse_words: dict[str, list[tuple[int, int]]] = {}
        # per owner of such a word, the genders the words give the spouse ("wife": "F")
        self.spouse_genders: dict[str, set[str]] = {}
        # per character, their relatives the story calls by a kin word, and that word
        # ("Aunt Lavinia", "Papa": ``_kin_names``, ``_kin_calls``)
        self.relatives: dict[str, dict[str, str]] = {}
        # per character, the body paragraphs whose narration names them (``_paragraphs``)
        self.narrated_paragraphs: dict[str, int] = {}
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

    def run(self, sentences: Sequence[Span]) -> Pairs:
        """Return the story's pairs, read from its body paragraphs, quotes and
        ``sentences`` (the "sentences" layer). Never raises on any text."""
        para_mentions = rt.group(self.mentions, self.body)
        quote_para = rt.container_index(self.quotes, self.body)
        para_quotes = rt.group_by(self.quotes, quote_para, len(self.body))
        self._paragraphs(para_mentions, para_quotes)
        self._talk(quote_para)
        self._sentences(sentences)
        self._kin_names(para_mentions)
        self._spouse_names()
        self._canon()
        self._canon_pairs_apart()
        self._surnames()
        self._parents()
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
            if not mentions[index] and not quotes[index]:
                continue  # (no one named and no one speaking: nothing to count)
            names = [m.label for m in mentions[index]]
            speakers = [quote_speaker.get((q.start, q.end), "") for q in quotes[index]]
            cast = rt.cast_of(iter(names + speakers), MAX_CAST)
            present = {m.label for m in mentions[index] if (m.start, m.end) not in in_quote}
            for name in present:
                self.narrated_paragraphs[name] = self.narrated_paragraphs.get(name, 0) + 1
            present.update(speakers)
            implicit = None
            # (with no one named the narrator pairs with no one: ``_narrates`` is not read)
            if (
                cast
                and self.narrator
                and self.narrator not in cast
                and self._narrates(para, quotes[index])
            ):
                implicit = self.narrator
            span, scene = (para.start, para.end), self.scene_of[index]
            if len(cast) > 1:  # (one name makes no pair)
                for a, b in rt.pairs_of(cast):
                    pair = self.pairs.get(a, b)
                    if pair is not None:
                        pair.together(1.0, a in present and b in present, scene, span)
            if implicit is not None:
                for other in cast:
                    pair = self.pairs.get(implicit, other)
                    if pair is not None:
                        pair.together(0.5, other in present, scene, span)

    def _narrates(self, para: Span, quotes: Sequence[Span]) -> bool:
        """Whether the narration of ``para`` (outside its quotes) uses the narrator's pronoun."""
        at = para.start
        for q in quotes:
            if self._says_narrator(at, max(at, q.start - 1)):
                return True
            at = q.end + 1
        return self._says_narrator(min(at, para.end), para.end)

    def _says_narrator(self, start: int, end: int) -> bool:
        """Whether ``text[start:end]`` holds the narrator's pronoun (a Roman numeral "I",
        "World War I", is none: ``roman_i.numeral_i``)."""
        assert self.narrator_pronouns is not None
        # (a search per pronoun, as ``finditer`` would step: most segments end at the first)
        search, text = self.narrator_pronouns.search, self.text
        m = search(text, start, end)
        while m is not None:
            if m.group() != "I" or not numeral_i(text, m.start()):
                return True
            m = search(text, m.end(), end)
        return False

    def _talk(self, para_of: list[int]) -> None:
        """Exchanges between consecutive speakers; addresses (vocatives inside quotes); a
        quote calling its listener "Sister" or "darling" tells the pair's kind. ``para_of``:
        each quote's body paragraph (``relationship_text.container_index``)."""
        inside = rt.group_by(self.mentions, self.mention_quote, len(self.quotes))
        listeners = self.listener = self._listeners(para_of)
        kin_calls: list[tuple[str, str, str, tuple[int, int]]] = []
        by_title: set[frozenset[str]] = set()  # one called the other "Lady Bracknell"
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
                        add_span(pair.talk_spans, (where.start, where.end))
            previous = (speaker, para)
            span = (quote.start, quote.end)
            said = self.text[quote.start : quote.end]
            if self._subject_fragment(index, para_of):
                continue  # "My father," said Anne, "is always appalled.": no one addressed
            called = [m for m in inside[index] if rt.vocative(self.text, quote, m)]
            addressed = (
                rt.cast_of((m.label for m in called if m.label != speaker), MAX_CAST)
                if called
                else []
            )
            kin_word, love_word = cues.addresses_as(said)
            # "Mother, …" from Miss Bates: said to the one Mrs. Bates, whoever spoke last
            named_kin = self._surname_kin(speaker, kin_word)
            if named_kin:
                kin_calls.append((speaker, named_kin, kin_word, span))
                kin_word = ""
            if not addressed and not listeners[index]:
                continue  # (no one to count a form of address for)
            formal = cues.addresses_formally(said)
            if formal and not addressed and listeners[index]:
                pair = self.pairs.get(speaker, listeners[index])
                if pair is not None:
                    pair.formal += 1
            if (kin_word or love_word) and not addressed and listeners[index]:
                pair = self.pairs.get(speaker, listeners[index])
                if pair is not None:
                    self._cue(pair, 0.5 * love_word, 0.0, False, span)
                    pair.endearment += 0.5 * love_word
                if kin_word:
                    listener = self._kin_listener(index, kin_word, para_of)
                    kin_calls.append((speaker, listener, kin_word, span))
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
                if name in titled:
                    by_title.add(frozenset((speaker, name)))
                if formal or name in titled:
                    pair.formal += 1
                else:
                    pair.familiar += 1
                add_span(pair.talk_spans, span)
                romantic, family, spouse = weights
                romantic += 0.5 * love_word
                family += name in kin
                self._cue(pair, romantic, family, spouse, span)
                pair.endearment += 0.5 * love_word
                if kin_word:
                    kin_calls.append((speaker, name, kin_word, span))
        self._kin_calls(kin_calls, by_title)

    def _surname_kin(self, speaker: str, kin_word: str) -> str:
        """The one character of the speaker's surname a kin vocative is said to
        (``relationship_vocatives.surname_relative``), or ""."""
        if not kin_word:
            return ""
        return surname_relative(speaker, kin_word, self.surnamed, self.full_names, self.gender_of)

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

    def _kin_calls(
        self,
        calls: Sequence[tuple[str, str, str, tuple[int, int]]],
        by_title: Set[frozenset[str]],
    ) -> None:
        """A quote calling its listener "Sister." or "Papa" makes the two family, unless
        the word is the speaker's form of address: said by a friar or a nun ("my son"), or
        to two or more different people ("brother" between comrades); or unless one of the
        two calls the other by title and name in a line of their own (``by_title``: "Lady
        Bracknell", "Sir Michael", "Miss Hale"), which no child says to a parent nor a
        parent to a child: the kin word is then another speaker's line given to this one;
        or unless the word tells a gender the listener is known not to have ("Mother" to a
        man, "Papa" to a woman: "Mr. Denham, mother, …" introduces Mr. Denham to the
        mother, and "Let me alone, Mother." was said to someone else)."""
        listeners: dict[tuple[str, str], set[str]] = {}
        for speaker, listener, word, _ in calls:
            listeners.setdefault((speaker, word), set()).add(listener)
        for speaker, listener, word, span in calls:
            if speaker in self.clergy or len(listeners[(speaker, word)]) > 1:
                continue
            if frozenset((speaker, listener)) in by_title:
                continue
            gender = cues.kin_gender(word)
            if gender is not None and self.gender_of.get(listener, gender) != gender:
                continue
            pair = self.pairs.get(speaker, listener)
            if pair is not None:
                self._cue(pair, 0.0, 1.0, False, span)
                self.relatives.setdefault(speaker, {}).setdefault(listener, word)

    def _kin_listener(self, index: int, word: str, para_of: Sequence[int]) -> str:
        """Return who quote number ``index``, calling its listener by the kin ``word``
        ("Mamma"), is said to: its listener (``_listeners``: the last other speaker), unless
        that one is not known to be of the gender the word tells and the next other
        speaker, who answers it within ``EXCHANGE_REACH`` paragraphs, is: a child who
        breaks into a visitor's talk with "Mamma, I don't have to." speaks to the mother
        who answers, not to the man who spoke last."""
        listener = self.listener[index]
        gender = cues.kin_gender(word)
        if gender is None or self.gender_of.get(listener) == gender or para_of[index] < 0:
            return listener
        speaker = self.speaker[index]
        for after in range(index + 1, len(self.quotes)):
            if para_of[after] - para_of[index] > EXCHANGE_REACH:
                break
            answerer = self.speaker[after]
            if answerer and answerer != speaker:
                return answerer if self.gender_of.get(answerer) == gender else listener
        return listener

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

    def _kin_names(self, para_mentions: Sequence[Sequence[Span]]) -> None:
        """A character called by a kinship term ("Aunt Em", "her father") is family of the
        one who calls them so: in a quote its speaker; for "his"/"her" the one the
        possessive means (``_his_or_hers``); for "my" in the narration the narrator; else
        in the narration the story's viewpoint character (the narrator, else the main
        character: the narration names relatives as the one whose story it is calls
        them, "Aunt Em", "Pa", "Cousin Brannock"); failing those the nearest other
        character named in the paragraph who is not named by kinship too (the kin of one
        person are named together: "Aunt Em and Uncle Henry"). A religious title is no
        kinship ("Father Andrew", the priest of the court, is nobody's father)."""
        quote_of = dict(zip(self.mention_starts, self.mention_quote, strict=True))
        for index, mentions in enumerate(para_mentions):
            para = self.body[index]
            kin = [
                m.label not in self.clergy and cues.is_kin_name(self.text[m.start : m.end])
                for m in mentions
            ]
            if not any(kin):
                continue
            named = [m for m, is_kin in zip(mentions, kin, strict=True) if not is_kin]
            starts = [m.start for m in named]
            for k, mention in enumerate(mentions):
                if not kin[k]:
                    continue
                quote = quote_of.get(mention.start, -1)
                surface = self._owned_surface(mention)
                possessor = self._possessor(mention)
                if possessor is not None:
                    # "Mr. F's Aunt", "the miller's son": kin of the one the possessive
                    # names, or of no one in the story, never of the names around.
                    pair = self.pairs.get(mention.label, possessor)
                    if pair is not None:
                        self._cue(pair, 0.0, 1.0, False, (para.start, para.end))
                    continue
                caller = self._caller(quote, surface) or self._his_or_hers(mention, surface)
                if not caller and quote < 0:
                    # "Ma sits at the head of the table. Pa sits at the foot.", "Pell held
                    # the bridle and Cousin Brannock shouted at it": the narration calls
                    # them as the viewpoint character does, so they are that character's
                    # kin, whoever else the paragraph names.
                    caller = self.narrator or self.top
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
                    self.relatives.setdefault(relative or "", {}).setdefault(mention.label, surface)

    def _spouse_names(self) -> None:
        """'"Good afternoon," said my husband', where the characters stage took "my husband"
        for a character it names (not one called "my husband"): that character is the
        spouse of the one the possessive names, as for a kin name (``_caller``,
        ``_his_or_hers``; "your" in the narration of a second-person story is its "you")."""
        for mention, quote in zip(self.mentions, self.mention_quote, strict=True):
            surface = self.text[mention.start : mention.end]
            found = _SPOUSE_NAME.fullmatch(surface)
            if found is None or found.group(0).casefold() == mention.label.casefold():
                continue
            owner = self._caller(quote, surface) or self._his_or_hers(mention, surface)
            mine = found.group(1).casefold()
            if not owner and quote < 0:
                owner = rt.narrators_word(mine, self.narrator, self.narrator_pronouns)
            pair = self.pairs.get(mention.label, owner)
            if pair is not None:
                self._cue(pair, 1.0, 0.0, True, (mention.start, mention.end))

    def _owned_surface(self, mention: Span) -> str:
        """Return the words a kin name is called by, with the possessive right before the
        mention when the mention leaves it out ("your Aunt Glegg", the mention "Aunt Glegg"):
        "your" makes her the listener's aunt, not the speaker's."""
        surface = self.text[mention.start : mention.end]
        owner = _OWNER_BEFORE.search(self.text, max(0, mention.start - 8), mention.start)
        if owner is None or _OWNER_BEFORE.match(surface + " "):
            return surface
        return f"{owner.group(1)} {surface}"

    def _possessor(self, mention: Span) -> str | None:
        """Return whose kin a kin name after a possessive is ("Mr. F's Aunt": the
        character named right before the "'s", or "" when the possessive names no character,
        "the miller's son"); ``None`` when no possessive stands before it (the "'s" of
        "Where's Papa?" is "is")."""
        found = _POSSESSIVE_BEFORE_NAME.search(self.text, max(0, mention.start - 16), mention.start)
        if found is None or found.group("word").lower() in _CONTRACTED:
            return None
        name_end = found.start("s") + (1 if self.text[found.start("s")] in "sS" else 0)
        k = bisect_right(self.mention_starts, found.start()) - 1
        if k >= 0 and self.mentions[k].end == name_end:
            label = self.mentions[k].label
            return "" if label == mention.label else label
        return ""

    def _his_or_hers(self, mention: Span, surface: str) -> str:
        """Return whose kin "her brother Thomas" or "his father" is: the nearest man or
        woman (as the possessive says) named before, or the last speaker when their line
        came after that name (``_latest``); "" for any other kin name."""
        first = surface.split(maxsplit=1)[0].casefold() if surface.strip() else ""
        gender = rt.POSSESSIVE_GENDER.get(first)
        return self._latest(mention.start, gender, mention.label) if gender else ""

    def _caller(self, quote: int, surface: str) -> str:
        """Return whose relative a kin name said in quote number ``quote`` is: the
        listener's for "your father", nobody's known for "his/her father" (""), else the
        speaker's ("Aunt Em will worry", "my mother"); in the narration, the narrator's for
        "my uncle" (a first-person narrator's own kin, whoever else the paragraph names)."""
        first = surface.split(maxsplit=1)[0].casefold() if surface.strip() else ""
        if quote < 0:
            return self.narrator or "" if first == "my" else ""
        if first == "your":
            return self.listener[quote]
        return "" if first in ("his", "her", "their") else self.speaker[quote]
