"""The evidence the "speakers" stage weighs: who is named where and their gender.

* ``Cast`` — the characters of one analysis: their canonical names, the surface forms that
  name them, their mentions split into narration and vocatives (names inside quotes), and a
  gender guessed from honorifics, kinship words and the pronouns that follow their mentions.
  ``Cast.introduced`` and ``Cast.told_to`` read a speaker's self-introduction in a quote
  ("I'm Alice") and the listener a tag names ("he said to Ann").

The speech tags themselves are read by ``speech_tags`` (``tag_after``, ``tag_before``).
Everything here is linear in the text: one regex pass for pronouns and one walk over mentions.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field

from ficshelf.model import Span
from ficshelf.understand import person_nouns
from ficshelf.understand.clause_subjects import clause_pronoun, object_pronoun
from ficshelf.understand.fast_regex import compile_fast
from ficshelf.understand.group_voices import speaks_as_one
from ficshelf.understand.name_answers import asked_name
from ficshelf.understand.name_tables import GIVEN_NAMES
from ficshelf.understand.named_aside import talked_about
from ficshelf.understand.speech_verbs import is_speech_verb

MALE, FEMALE = "m", "f"
# The mark of a group in the gender map ("the men", "the Greys": ``group_voices``): it
# agrees with neither "he" nor "she" wherever a gender is checked, as a known other gender
# would not (round agree39).
PLURAL = "p"


def pronoun_gender(pronoun: str) -> str:
    """Return ``MALE`` for "he", ``FEMALE`` for "she" (in any case), else ""."""
    word = pronoun.lower()
    return MALE if word == "he" else FEMALE if word == "she" else ""


# The third-person pronouns with a gender: a "he"/"she" tag is left on its quote as a hint.
THIRD_PERSON = ("he", "she")


# Words that name a man or a woman (titles, kin, nouns): a mention's gender.
MALE_WORDS = frozenset(
    """mr mr. sir lord king prince father brother uncle duke count baron master monsieur mister
    dad daddy papa pa grandpa grandfather son nephew husband boy man gentleman earl emperor
    friar brother-in-law father-in-law signor senor señor herr don fr fr. monk knight lad
    sheriff""".split()
)
FEMALE_WORDS = frozenset(
    """mrs mrs. miss ms ms. lady queen princess mother sister aunt madam madame mademoiselle
    mme mme. mlle dame duchess countess mom mum mommy mummy mama ma grandma grandmother
    daughter niece wife girl woman maid nurse nun empress baroness signora senora señora frau
    dona doña mistress lass witch""".split()
)
# Determiners before a gendered word ("the old man", "her father"; ``speech_tags`` reads
# a description of a speaker in a tag by them too).
DETERMINERS = frozenset("the a an his her my your our their its this that".split())
# a mention that opens with a possessive ("her visitor") and the possessor's gender
_POSSESSOR = {"her ": FEMALE, "his ": MALE}
_PRONOUN = compile_fast(r"\b(?:([Hh](?:e|im|is|imself))|([Ss]he|[Hh]er(?:s|self)?))\b")
# How many narration mentions back a pronoun in a speech tag is resolved.
_RESOLVE_REACH = 24
# What the first pronoun after a narration mention adds to its gender's votes: after a
# subject, 4; after a name that is no subject (an object, a possessive, a name in a phrase),
# 3, three quarters of a subject's (round spk46). Against a given name's prior of 6 (one
# stray pronoun does not overturn it; two after subjects do, two after other names tie with
# it and leave the gender unknown, three overturn it) and an honorific or kinship word's 20.
SUBJECT_VOTE, OTHER_VOTE = 4, 3
# The word after a mention, skipping one adverb ("Alex said", "Alex quietly said").
_NEXT_WORDS = re.compile(r"\s+(\w+)(?:\s+(\w+))?")
# What stands right before a mention: a closing mark (", the ferryman says") or a word.
_LAST_WORD = re.compile(r"(?:([”\"’'],?)|(\w+))\s+\Z")
# Before a sentence's subject: opening marks, then one word ("Then", "Now") or a short phrase
# and a comma ("Out in the corridor,"), then "the".
_SUBJECT_LEAD = re.compile(
    r"[\s\"'“‘*_(—–-]*+(?:[^\s,.!?;:\"“”]++(?:\s++[^\s,.!?;:\"“”]++){0,5}+,\s+|\w+\s+)?"
    r"(?:[Tt]he\s+)?"
)
# A plural noun after a determiner right before a name: the name opens a clause that
# describes the noun ("the dates Lily went on about", "all the things Tom said"), whose verb
# is no speech tag of it (round spk31). An adjective ("the good Doctor said") ends in no
# plural "s"; "-ss", "-us", "-is" words are not plurals ("the famous Doctor").
_RELATIVE_LEAD = re.compile(
    r"\b(?:the|all|those|these|some|any|no)\s+[a-z][\w'’-]*s(?<![isu]s)\s+\Z"
)
_POSSESSIVE = re.compile(r"['’]s$")
_VOCATIVE_BEFORE = re.compile(r"(?:^|[,;!?.…—–-]|\b(?:oh|o|dear|hey|hi|hello|my))\s*$", re.I)
# A preposition before "my"/"dear" and the name: the name is the object of a phrase
# ("warranted by my Lord Grey,", "give it to dear Ann,"), not called.
_PHRASE_BEFORE = re.compile(
    r"\b(?:about|against|at|by|for|from|in|into|like|of|on|than|to|towards?|upon|with|"
    r"without)\s+(?:my|dear)\s+(?:(?:my|dear)\s+)?$",
    re.I,
)
_EDGE = " .;:!?…—–-\"'“”‘’*_"
# Before a name in a quote: its speaker's own name ("I'm Alice", "my name is Ann").
_SELF_INTRODUCTION = compile_fast(
    r"(?:\bI['’]m|\bI am|\bmy name is|\bmy name['’]s|\bcall me)\s+\Z", re.I
)
_POSSESSIVE_AFTER = re.compile(r"['’]s\b")
# Before a name in a speech tag: whom the line is told to ("to the ferryman", "to Ann").
_TOLD_TO = re.compile(r"\bto\s+(?:the\s+)?\Z", re.I)
_RELATIVE_AFTER = re.compile(r"\s*,\s*(?:who|whom|whose|which)\b", re.I)
_VOCATIVE_AFTER = re.compile(r"^\s*(?:[,;!?.…—–-]|$)")


def _normal(surface: str) -> str:
    return " ".join(surface.lower().split())


@dataclass
class Cast:
    """The characters of one story as the speakers stage sees them."""

    names: frozenset[str]
    aliases: dict[str, str]
    narration: list[Span] = field(default_factory=list)
    vocatives: list[Span] = field(default_factory=list)
    gender: dict[str, str] = field(default_factory=dict)
    narrator: str = ""

    # indices into ``narration`` of mentions that open their sentence (its likely subject)
    subjects: frozenset[int] = frozenset()

    def __post_init__(self) -> None:
        self._starts = [m.start for m in self.narration]
        self._vocative_starts = [m.start for m in self.vocatives]

    def lookup(self, phrase: str) -> str:
        """Return the character a surface form names, with or without a leading "the"
        ("the Lion" for a character called "Lion"; "a gentleman" for one called "the
        gentleman"); "" when none does."""
        key = _normal(_POSSESSIVE.sub("", phrase.strip(" ,.;:!?\"'“”‘’")))
        name = self.aliases.get(key, "")
        if not name and key.startswith("the "):
            name = self.aliases.get(key[4:], "")
        if not name and key.startswith(("a ", "an ")):
            # "asked a gentleman" introduces whom the story then calls "the gentleman"
            name = self.aliases.get("the " + key.split(" ", 1)[1], "")
        return name

    def resolve_all(self, pronoun: str, pos: int, lenient: bool = False) -> list[str]:
        """Return the characters a third-person pronoun at ``pos`` may refer to, most likely
        first: recent narration mentions of characters of that gender (``lenient``: or of
        unknown gender), the ones that are subjects (open their sentence or a speech tag)
        before the others."""
        want = pronoun_gender(pronoun)
        if not want:
            return []
        i = bisect_left(self._starts, pos)
        subjects: list[str] = []
        others: list[str] = []
        for k in range(i - 1, max(-1, i - 1 - _RESOLVE_REACH), -1):
            name = self.narration[k].label
            sex = self.gender.get(name)
            if sex != want and not (lenient and sex is None):
                continue
            bucket = subjects if k in self.subjects else others
            if name not in bucket:
                bucket.append(name)
        return subjects + [name for name in others if name not in subjects]

    def addressed(self, text: str, quote: Span) -> list[str]:
        """Return the characters addressed inside ``quote``: names set off by punctuation or
        at the quote's edges ("Orpheus. Don't make that face.", "Wait, Jo!"). A quote that is
        nothing but a name ("Gareth," he says) is an answer or an exclamation, not an address;
        nor is a name that opens a quote as a question ("Dorian Gray? Is that his name?"),
        nor one after a preposition and "my"/"dear" ("sent by my Lord Hale,")."""
        found: list[str] = []
        i = bisect_left(self._vocative_starts, quote.start)
        if self._opens(text, quote, i) and asked_name(text, quote.start):
            i += 1  # "What's her name?" / "Wumpet. Mrs. Wumpet.": an answer (``name_answers``)
        while i < len(self.vocatives) and self.vocatives[i].start < quote.end:
            mention = self.vocatives[i]
            before = text[max(quote.start, mention.start - 12) : mention.start]
            after = text[mention.end : min(quote.end, mention.end + 3)]
            whole = not text[quote.start : mention.start].strip(_EDGE) and not text[
                mention.end : quote.end
            ].strip(_EDGE + ",")
            # "Gareth," he says and "Bingley." (answers) are not addresses; "Elizabeth —" is
            whole = whole and text[mention.end : quote.end].strip()[-1:] in (",", ".", "")
            # "Dorian Gray? Is that his name?" echoes a name, it does not call anyone
            echo = not text[quote.start : mention.start].strip(_EDGE) and after[:1] == "?"
            # "Mr. Darcy, who would not dance with you": a name the line is about
            about = _RELATIVE_AFTER.match(text, mention.end) is not None
            # "He would have been a man now. Tom. He would have been twenty."
            about = about or talked_about(text, quote, mention, self.gender.get(mention.label))
            if (
                not whole
                and not echo
                and not about
                and _VOCATIVE_BEFORE.search(before)
                and not _PHRASE_BEFORE.search(
                    text, max(quote.start, mention.start - 24), mention.start
                )
                and _VOCATIVE_AFTER.match(after)
            ):
                found.append(mention.label)
            i += 1
        return found

    def _opens(self, text: str, quote: Span, i: int) -> bool:
        """Whether vocative mention ``i`` stands first in ``quote``, before any word."""
        return (
            i < len(self.vocatives)
            and self.vocatives[i].start < quote.end
            and not text[quote.start : self.vocatives[i].start].strip(_EDGE)
        )

    def introduced(self, text: str, quote: Span) -> str:
        """Return the character a quote's speaker introduces themself as ("I'm Dorothy
        Gale, from Kansas", "My name is Ann"), or "". Only a name introduces: a description
        in lower case after "I am" says what the speaker is to someone ("I am his friend"),
        and the narration's description of that wording may be another person's. A name
        opening the answer to "Who are you?" is the speaker's own too (``name_answers``)."""
        i = bisect_left(self._vocative_starts, quote.start)
        if self._opens(text, quote, i) and asked_name(text, quote.start) == "you":
            return self.vocatives[i].label
        while i < len(self.vocatives) and self.vocatives[i].start < quote.end:
            mention = self.vocatives[i]
            before = text[max(quote.start, mention.start - 16) : mention.start]
            if (
                _SELF_INTRODUCTION.search(before)
                and not _POSSESSIVE_AFTER.match(text, mention.end)
                and text[mention.start].isupper()
            ):
                return mention.label
            i += 1
        return ""

    def named_in(self, quote: Span) -> list[str]:
        """Return the characters named anywhere inside ``quote`` (addressed or talked about;
        a speaker seldom names themself)."""
        found: list[str] = []
        i = bisect_left(self._vocative_starts, quote.start)
        while i < len(self.vocatives) and self.vocatives[i].start < quote.end:
            found.append(self.vocatives[i].label)
            i += 1
        return found

    def told_to(self, text: str, start: int, end: int) -> list[str]:
        """Return the characters a speech tag in ``text[start:end]`` says the line is told
        to ("he says now, to the ferryman"): they are its listeners, not its speaker."""
        found: list[str] = []
        k = self.first_at(start)
        while k < len(self.narration) and self.narration[k].start < end:
            mention = self.narration[k]
            if _TOLD_TO.search(text, max(start, mention.start - 9), mention.start):
                found.append(mention.label)
            k += 1
        return found

    def first_at(self, pos: int) -> int:
        """Return the index of the first narration mention at or after ``pos``."""
        return bisect_left(self._starts, pos)

    def first_in(self, start: int, end: int) -> Span | None:
        """Return the first narration mention that starts within ``text[start:end]``, or
        ``None``."""
        k = self.first_at(start)
        if k < len(self.narration) and self.narration[k].start < end:
            return self.narration[k]
        return None


def build_cast(
    text: str,
    mentions: Sequence[Span],
    characters: Sequence[Span],
    quotes: Sequence[Span],
    sentences: Sequence[Span],
    narrator: str,
) -> Cast:
    """Return the ``Cast`` of a story from its mentions, characters, quotes and sentences.

    ``narrator`` is the narrator's canonical name, or "" when the story has none.
    """
    names = frozenset(c.label for c in characters if c.label)
    surface_votes: dict[str, Counter[str]] = {}
    narration: list[Span] = []
    vocatives: list[Span] = []
    q = 0
    for mention in mentions:
        if mention.label not in names:
            continue
        while q < len(quotes) and quotes[q].end <= mention.start:
            q += 1
        inside = q < len(quotes) and quotes[q].start <= mention.start
        (vocatives if inside else narration).append(mention)
        surface = _normal(mention.text_of(text))
        votes = surface_votes.get(surface)
        if votes is None:  # (not ``setdefault``: it would build a Counter every time)
            votes = surface_votes[surface] = Counter()
        votes[mention.label] += 1
    aliases = {surface: votes.most_common(1)[0][0] for surface, votes in surface_votes.items()}
    for name in names:
        aliases.setdefault(_normal(name), name)
    subjects = frozenset(_subject_mentions(text, narration, sentences))
    cast = Cast(names, aliases, narration, vocatives, narrator=narrator, subjects=subjects)
    cast.gender = _genders(text, cast, quotes, sentences)
    return cast


def _subject_mentions(text: str, mentions: list[Span], sentences: Sequence[Span]) -> list[int]:
    """Return the indices of ``mentions`` that are likely subjects: they open their sentence
    (after at most one word) or a speech tag."""
    found: list[int] = []
    s = 0
    for k, mention in enumerate(mentions):
        while s < len(sentences) and sentences[s].end <= mention.start:
            s += 1
        if s == len(sentences) or sentences[s].start > mention.start:
            continue
        lead = _SUBJECT_LEAD.match(text, sentences[s].start, mention.start)
        if (lead is not None and lead.end() == mention.start) or _in_tag(text, mention):
            found.append(k)
    return found


def _in_tag(text: str, mention: Span) -> bool:
    """Return whether ``mention`` is the subject of a speech tag ("Alex said", "said Alex",
    "," the ferryman says")."""
    after = _NEXT_WORDS.match(text, mention.end, mention.end + 30)
    if (
        after is not None
        and _RELATIVE_LEAD.search(text, max(0, mention.start - 30), mention.start) is None
    ):
        first, second = after.group(1), after.group(2)
        if is_speech_verb(first) or (second and first.endswith("ly") and is_speech_verb(second)):
            return True
    before = _LAST_WORD.search(text, max(0, mention.start - 16), mention.start)
    return before is not None and (before.group(1) is not None or is_speech_verb(before.group(2)))


def _word_gender(surface: str) -> str:
    """Return the gender an honorific or kinship word in ``surface`` gives, or "". A
    description ("the damsel", "a fisher-lad", "the gentlewoman") also takes its person
    noun's gender (``person_nouns``)."""
    words = surface.lower().replace(".", ". ").split()
    for word in words:
        if word in MALE_WORDS:
            return MALE
        if word in FEMALE_WORDS:
            return FEMALE
    if words and words[0] in DETERMINERS:
        for word in words[1:]:
            gender = person_nouns.gender_of(word.rsplit("-", 1)[-1].strip(","))
            if gender:
                return gender
    return ""


def _genders(
    text: str, cast: Cast, quotes: Sequence[Span], sentences: Sequence[Span]
) -> dict[str, str]:
    """Return a gender per character: from honorifics and kinship words in its names, and
    from the first pronoun after each narration mention in the same sentence (or the next,
    for a subject), when no other mention and no quotation stands between them ("Jo put
    down her pen"; after "her visitor" or "his companion", only a pronoun of the other gender
    counts; nor does the subject of a clause that opens a few words on, "Kit sat by the
    fire until she came in"); a given name adds its usual gender as a prior that one stray
    pronoun does not overturn but two do ("Emma knocked and walked in. He heard her speak"
    leaves Emma a woman; ``_given_priors``). A group (``group_voices.speaks_as_one``) is
    ``PLURAL``."""
    votes: dict[str, Counter[str]] = {name: Counter() for name in cast.names}
    for surface, name in cast.aliases.items():
        word = _word_gender(surface)
        if word:
            votes[name][word] += 20  # (votes are scaled: a subject's pronoun counts 4)
    for name, given in _given_priors(cast).items():
        votes[name][given] += 6  # a prior: outweighs one pronoun, not two (see OTHER_VOTE)
    mentions = cast.narration
    sentence_ends = [sentence.end for sentence in sentences]
    quote_starts = [quote.start for quote in quotes]
    for k, mention in enumerate(mentions):
        next_mention = mentions[k + 1].start if k + 1 < len(mentions) else len(text)
        s = bisect_left(sentence_ends, mention.end)
        reach = sentence_ends[s] if s < len(sentence_ends) else len(text)
        # a subject's pronoun may wait for the next sentence ("Peter does not cry. His ...")
        if k in cast.subjects and s + 1 < len(sentence_ends):
            reach = sentence_ends[s + 1]
        # a quotation between them changes the subject ("Mary [...] 'Well,' he went on")
        q = bisect_right(quote_starts, mention.end)
        if q < len(quote_starts):
            reach = min(reach, quote_starts[q])
        # "her visitor ... she": a pronoun of the possessor's gender is the possessor's
        owner = _POSSESSOR.get(text[mention.start : mention.start + 4].lower(), "")
        for match in _PRONOUN.finditer(text, mention.end, min(reach, next_mention)):
            sex = MALE if match.group(1) else FEMALE
            if sex == owner or clause_pronoun(text, mention.end, match.start()):
                continue
            if k in cast.subjects and object_pronoun(text, match.start(), match.end()):
                # "Kit is watching her.": a subject's object is someone else
                continue
            # a pronoun after a name that is no subject ("turned to Philip with the first
            # interest she had shown") is more often someone else's (round spk46)
            votes[mention.label][sex] += SUBJECT_VOTE if k in cast.subjects else OTHER_VOTE
            break
    gender: dict[str, str] = {}
    for name, counter in votes.items():
        male, female = counter[MALE], counter[FEMALE]
        if speaks_as_one(name):
            gender[name] = PLURAL  # a group is no "he" nor "she", whatever pronoun follows
        elif male > female:
            gender[name] = MALE
        elif female > male:
            gender[name] = FEMALE
    return gender


def _given_priors(cast: Cast) -> dict[str, str]:
    """Return the gender each character's given name usually has (``name_tables.
    GIVEN_NAMES``), for the characters that have one: the first word of its canonical name,
    else the name of one word it is also called by, when all such names agree ("Dr.
    Chilton", whom a line calls "Thomas"; round pron40)."""
    priors: dict[str, str] = {}
    for name in cast.names:
        given = GIVEN_NAMES.get(name.split(" ", 1)[0].lower(), "")
        if given:
            priors[name] = given
    called: dict[str, set[str]] = {}
    for surface, name in cast.aliases.items():
        if name not in priors and " " not in surface:
            given = GIVEN_NAMES.get(surface, "")
            if given in (MALE, FEMALE):
                called.setdefault(name, set()).add(given)
    for name, genders in called.items():
        if len(genders) == 1:
            priors[name] = genders.pop()
    return priors
