"""The evidence the "speakers" stage weighs: who is named where, their gender, speech tags.

* ``Cast`` — the characters of one analysis: their canonical names, the surface forms that
  name them, their mentions split into narration and vocatives (names inside quotes), and a
  gender guessed from honorifics, kinship words and the pronouns that follow their mentions.
  ``Cast.introduced`` and ``Cast.told_to`` read a speaker's self-introduction in a quote
  ("I'm Alice") and the listener a tag names ("he said to Ann").
* ``find_tag`` — reads a speech tag in the narration next to a quotation ("said Alex",
  "the ferryman says", "she asked", "said I") and says who it names: a character, a pronoun
  to resolve ("he"/"she" also for a gendered description, "the old man"; "it" also for a
  creature, "the python"), or nothing.

Everything here is linear in the text: one regex pass for pronouns, one walk over mentions,
and tag windows of bounded size around each quote.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field

from ficshelf.model import Span
from ficshelf.understand import person_nouns
from ficshelf.understand.clause_subjects import object_pronoun
from ficshelf.understand.fast_regex import compile_fast
from ficshelf.understand.name_tables import FUNCTION_WORDS, GIVEN_NAMES, SENTENCE_OPENERS
from ficshelf.understand.relational_tags import relational_subject, spouse_subject
from ficshelf.understand.speech_verbs import (
    MANNER_ASIDE,
    MANNER_VERBS,
    PARTICLE_VERBS,
    is_speech_verb,
)

MALE, FEMALE = "m", "f"


def pronoun_gender(pronoun: str) -> str:
    """Return ``MALE`` for "he", ``FEMALE`` for "she" (in any case), else ""."""
    word = pronoun.lower()
    return MALE if word == "he" else FEMALE if word == "she" else ""


_MALE_WORDS = frozenset(
    """mr mr. sir lord king prince father brother uncle duke count baron master monsieur mister
    dad daddy papa pa grandpa grandfather son nephew husband boy man gentleman earl emperor
    friar brother-in-law father-in-law signor senor señor herr don fr fr. monk knight lad
    sheriff""".split()
)
_FEMALE_WORDS = frozenset(
    """mrs mrs. miss ms ms. lady queen princess mother sister aunt madam madame mademoiselle
    mme mme. mlle dame duchess countess mom mum mommy mummy mama ma grandma grandmother
    daughter niece wife girl woman maid nurse nun empress baroness signora senora señora frau
    dona doña mistress lass witch""".split()
)
# A description of a speaker in a tag: a determiner, then a gendered noun within a few words.
_DETERMINERS = frozenset("the a an his her my your our their its this that".split())
_DESCRIPTOR_WORDS = 3
_DEFINITE = frozenset(("the", "this", "that"))
# Animals and creatures that talk in stories ("'Listen,' the old wolf says", "said the
# python"): a tag with one of them and no name goes to the character the narration around
# it names, like an "it" tag ("'Sssso,' it said").
CREATURE_NOUNS = frozenset(
    """wolf bear panther leopard tiger lion lioness python snake serpent cat kitten dog
    puppy hound fox vixen rabbit hare horse pony colt filly mare stallion donkey mule ox
    cow bull goat sheep lamb pig boar bird owl crow raven rook magpie parrot eagle hawk
    falcon dove pigeon swan goose duck hen cock rooster frog toad mouse rat squirrel badger
    mole otter weasel hedgehog deer stag doe elephant monkey ape whale dolphin shark
    crocodile tortoise turtle lizard spider beetle caterpillar worm bee wasp butterfly
    creature beast animal""".split()
)
_MALE_NOUNS = (
    _MALE_WORDS - {"mr", "mr.", "fr", "fr.", "don", "herr", "signor", "senor", "señor"}
) | {"fellow", "gentleman", "clergyman", "parson", "priest", "youth", "sailor"}
_FEMALE_NOUNS = _FEMALE_WORDS - {"mrs", "mrs.", "ms", "ms.", "miss", "mme", "mme.", "mlle"}
# a mention that opens with a possessive ("her visitor") and the possessor's gender
_POSSESSOR = {"her ": FEMALE, "his ": MALE}
_PRONOUN = compile_fast(r"\b(?:([Hh](?:e|im|is|imself))|([Ss]he|[Hh]er(?:s|self)?))\b")
# Pronouns a speech tag may have as its subject.
SUBJECT_PRONOUNS = frozenset({"he", "she", "i", "you", "they", "we", "it"})
# The pronouns that can only be a subject (the subject a clause's "and said" goes on with).
_CLAUSE_SUBJECTS = frozenset({"he", "she", "i", "they", "we"})
# The conjunctions that join a clause with its own subject ("… and Ann looked up and said").
_JOINING = frozenset(("and", "but"))
# What a speaker's own words or voice are called when they are a tag's subject ('"…," his
# advice concluded'; "her voice said"), with the pronoun of their owner.
_OWN_SPEECH = frozenset("voice reply answer advice words tone question response retort".split())
_POSSESSIVE_PRONOUNS = {"his": "he", "her": "she"}
# How many narration mentions back a pronoun in a speech tag is resolved.
_RESOLVE_REACH = 24
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
_TAG_REACH = 90
# How many words after a tag's verb are read for whose a voice is ("that of Mrs. Gibson").
_VOICE_OWNER_WORDS = 14
# A plural noun after a determiner right before a name: the name opens a clause that
# describes the noun ("the dates Lily went on about", "all the things Tom said"), whose verb
# is no speech tag of it (round spk31). An adjective ("the good Doctor said") ends in no
# plural "s"; "-ss", "-us", "-is" words are not plurals ("the famous Doctor").
_RELATIVE_LEAD = re.compile(
    r"\b(?:the|all|those|these|some|any|no)\s+[a-z][\w'’-]*s(?<![isu]s)\s+\Z"
)
# Verbs that, after "to", still tag a quote ("I took upon myself to reply"; not "began to cry").
_SAY_AFTER_TO = frozenset(
    """say ask reply answer remark observe add inquire enquire explain respond retort rejoin
    suggest whisper murmur exclaim interject""".split()
)
# Verbs of speaking only in "went on"; and only when no "to" follows ("she tried to smile").
_GO = frozenset("go goes went going".split())
_NOT_BEFORE_TO = frozenset(
    "try tries tried trying begin begins began beginning continue continues continued".split()
)
# "returned" replies ("Yes," she returned), but not when it goes somewhere or brings
# something back ("I returned to the window", "he returned the book").
_RETURN = frozenset("return returns returned returning".split())
# An owner before a word: it is a noun ("the clerk's remarks were in tune", "his reply"),
# not a verb. ("her" is left out: "heard her say" has a verb after it; so are the
# contractions "he's", "she's", "it's": "she's saying".)
_OWNED = re.compile(
    r"(?:(?<!^he)(?<!^she)(?<!^it)(?<!^that)(?<!^who)(?<!^there)['’]s|s['’]"
    r"|^(?:his|its|their|my|your|our))\Z",
    re.I,
)
# Determiners of a description a name may stand right after ("the poet Syme").
_APPOSITIVE_DETERMINERS = frozenset("the his her their my our".split())
# Auxiliaries before a verb's -ing form that make it finite ("she was saying", "he kept
# asking"); without one, a subject and an -ing verb are an absolute phrase ("The girl
# assenting, they walked on"), never a tag.
_PROGRESSIVE = frozenset("was were is are am been be kept keeps".split())
# Words after a verb of saying that make it take an object: after "to" it is an intention
# ("Mary wished to say something"), not the tag of the quote before.
_OBJECTS = frozenset(
    "something anything nothing everything it this that these those a an the some".split()
)
_RETURN_TO = frozenset("to home from into inside indoors the a an his her my their".split())
_MAX_SUBJECT_WORDS = 5
_PHRASE_WORDS = 6  # "a man in the crowd", "a thin, elderly gentleman"
# Words a tag may have after its verb when a colon ends it ("said in a hysterical way:").
_MAX_COLON_TAIL = 8
_MANNER_ASIDE = re.compile(MANNER_ASIDE)
# How a tag before its quote may say the manner after its verb, longer than the three words
# allowed otherwise: "in"/"with", a determiner and at most three words ("said in an altered
# tone,", "asked with a faint, tired smile:", "said quietly in a low voice --").
_MANNER_TAIL = re.compile(
    r"\s*+(?:[a-z]+ly\s++)?(?:in|with)\s++(?:a|an|the|his|her|my|their|our|your)\s++"
    r"(?:[a-z]+(?:-[a-z]+)?,?\s++){0,2}[a-z]+(?:-[a-z]+)?\s*+[,:]?\s*+(?:--|—)?\s*+\Z"
)
_WORD_TOKEN = re.compile(r"[^\W\d_][\w'’-]*|\d+")
# A sentence end inside a tag window; the period of a title or an initial ("Mr. Bennet",
# "R. M. Renfield") is not one.
_STOP_CANDIDATE = re.compile(r"[.!?;](?=\s|$)|[—–](?=\s)|\n")
_TITLES = frozenset("mr mrs ms mx dr st prof rev sr jr capt col lt sgt".split())
_WORD_BEFORE_STOP = re.compile(r"(\w+)\Z")
# Words that may stand between a subject and its verb ("softly", "had"), or after the verb.
_FILLER = frozenset(
    """then finally quietly softly slowly again now just only at last still suddenly simply
    gently firmly coldly flatly dryly calmly sharply had has have was is would will could
    did does can might must should shall also""".split()
)
_FILLER_SUFFIX = "ly"
# After a verb of speaking, words that make it reported speech rather than a tag.
_REPORTING = frozenset("that whether if how".split())
_PARTICLES = frozenset("on out up back in again".split())
_POSSESSIVE = re.compile(r"['’]s$")
_VOCATIVE_BEFORE = re.compile(r"(?:^|[,;!?.…—–-]|\b(?:oh|o|dear|hey|hi|hello|my))\s*$", re.I)
_EDGE = " .;:!?…—–-\"'“”‘’*_"
# Before a name in a quote: its speaker's own name ("I'm Alice", "my name is Ann").
_SELF_INTRODUCTION = re.compile(
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
        nor is a name that opens a quote as a question ("Dorian Gray? Is that his name?")."""
        found: list[str] = []
        i = bisect_left(self._vocative_starts, quote.start)
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
            if (
                not whole
                and not echo
                and not about
                and _VOCATIVE_BEFORE.search(before)
                and _VOCATIVE_AFTER.match(after)
            ):
                found.append(mention.label)
            i += 1
        return found

    def introduced(self, text: str, quote: Span) -> str:
        """Return the character a quote's speaker introduces themself as ("I'm Dorothy
        Gale, from Kansas", "My name is Ann"), or "". Only a name introduces: a description
        in lower case after "I am" says what the speaker is to someone ("I am his friend"),
        and the narration's description of that wording may be another person's."""
        i = bisect_left(self._vocative_starts, quote.start)
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


def sentence_stops(text: str, start: int, end: int) -> list[int]:
    """Return where sentences end inside ``text[start:end]`` (the position after the stop):
    ".", "!", "?", ";" before a space, a dash before a space, a line break; the period of a
    title or an initial ("Mr. Bennet", "R. M. Renfield") is not one."""
    stops: list[int] = []
    for match in _STOP_CANDIDATE.finditer(text, start, end):
        if text[match.start()] == ".":
            word = _WORD_BEFORE_STOP.search(text, max(start, match.start() - 6), match.start())
            if word is not None:
                w = word.group(1)
                if w.lower() in _TITLES or (len(w) == 1 and w.isupper()):
                    continue
        stops.append(match.end())
    return stops


def _word_gender(surface: str) -> str:
    """Return the gender an honorific or kinship word in ``surface`` gives, or "". A
    description ("the damsel", "a fisher-lad", "the gentlewoman") also takes its person
    noun's gender (``person_nouns``)."""
    words = surface.lower().replace(".", ". ").split()
    for word in words:
        if word in _MALE_WORDS:
            return MALE
        if word in _FEMALE_WORDS:
            return FEMALE
    if words and words[0] in _DETERMINERS:
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
    counts); a canonical name's given name adds its usual gender
    (``name_tables.GIVEN_NAMES``) as a prior that one stray pronoun does not overturn but
    two do ("Emma knocked and walked in. He heard her speak" leaves Emma a woman)."""
    votes: dict[str, Counter[str]] = {name: Counter() for name in cast.names}
    for surface, name in cast.aliases.items():
        word = _word_gender(surface)
        if word:
            votes[name][word] += 10  # (votes are doubled: a pronoun counts 2)
    for name in cast.names:
        given = GIVEN_NAMES.get(name.split(" ", 1)[0].lower(), "")
        if given:
            votes[name][given] += 3  # a prior: outweighs one pronoun, not two
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
            if sex == owner:
                continue
            if k in cast.subjects and object_pronoun(text, match.start(), match.end()):
                # "Kit is watching her.": a subject's object is someone else
                continue
            votes[mention.label][sex] += 2
            break
    gender: dict[str, str] = {}
    for name, counter in votes.items():
        male, female = counter[MALE], counter[FEMALE]
        if male > female:
            gender[name] = MALE
        elif female > male:
            gender[name] = FEMALE
    return gender


@dataclass(frozen=True, slots=True)
class Tag:
    """A speech tag next to a quote: ``name`` when it names a character, else ``pronoun``
    (lower case) when its subject is a pronoun; ``pos`` is where the subject stands."""

    name: str
    pronoun: str
    pos: int
    # whom the subject is defined against ("his cousin", "the other"): ``relational_tags``
    against: str = ""
    # the subject is that someone's spouse ("his wife", "her husband")
    spouse: bool = False


def _phrase_name(cast: Cast, text: str, words: list[re.Match[str]]) -> str:
    """Return the character named by the longest leading run of ``words`` (up to four)."""
    for n in range(min(_PHRASE_WORDS, len(words)), 0, -1):
        name = cast.lookup(text[words[0].start() : words[n - 1].end()])
        if name:
            return name
    return ""


def _trailing_name(cast: Cast, text: str, words: list[re.Match[str]]) -> str:
    """Return the character named by the longest trailing run of ``words`` (up to four)."""
    for n in range(min(_PHRASE_WORDS, len(words)), 0, -1):
        name = cast.lookup(text[words[-n].start() : words[-1].end()])
        if name:
            return name
    return ""


def _is_filler(word: str) -> bool:
    low = word.lower()
    return low in _FILLER or (low.endswith(_FILLER_SUFFIX) and len(low) > 4)


def tag_after(
    cast: Cast, text: str, start: int, end: int, ends_sentence: bool = False
) -> Tag | None:
    """Return the speech tag in the narration ``text[start:end]`` that follows a quote
    ("the ferryman says", "said Alex", "she asked softly"), or ``None``.

    The tag must come first: a verb of speaking within the first few words, before any
    sentence end ("went" only in "went on"; "tried", "began" not before "to"); after "to"
    only a verb of saying ("I took upon myself to reply", not "she began to cry"), whose
    subject opens the tag. When the
    quote ``ends_sentence`` (its last mark is ".", "!" or "?") and the narration opens with a
    capital, a verb of manner ("Lord Henry laughed.") starts a new sentence and is no tag;
    opening in lower case ("laughed Lord Henry", "she laughed") the narration goes on with
    the quote's sentence and is its tag. Reported speech ("Mr. Bennet replied that he had
    not") is no tag.
    """
    end = min(end, start + _TAG_REACH)
    stops = sentence_stops(text, start, end)
    if stops:
        end = stops[0]
    words = list(_WORD_TOKEN.finditer(text, start, end))
    for k, word in enumerate(words[: _MAX_SUBJECT_WORDS + 1]):
        if not _speaks(words, k):
            continue
        if (
            ends_sentence
            and word.group().lower() in MANNER_VERBS
            and words[0].group()[:1].isupper()
        ):
            return None  # "No!" Lord Henry laughed. (but "No!" laughed Lord Henry / she laughed)
        if k + 1 < len(words) and words[k + 1].group().lower() in _REPORTING:
            return None  # reported speech: "Mr. Bennet replied that he had not"
        verb = word.group().lower()
        if k and verb.endswith("ing") and words[k - 1].group().lower() not in _PROGRESSIVE:
            return None  # an absolute phrase: "The girl assenting, they walked on."
        before = words[:k]
        while before and _is_filler(before[-1].group()):
            before.pop()
        if len(before) > 1 and before[-1].group().lower() == "to" and verb in _SAY_AFTER_TO:
            if _takes_object(text, word, words[k + 1 : k + 2]):
                return None  # "Mary wished to say something sensible": an intention
            # "I took upon myself to reply", "she ventured to ask": the subject opens it
            first = before[0].group().lower()
            if first in SUBJECT_PRONOUNS:
                return Tag("", first, before[0].start())
            return Tag(_phrase_name(cast, text, before), "", before[0].start())
        if before:
            if not is_speech_verb(verb) and _puts_in_something(words[k + 2 : k + 3]):
                return None  # "she put in the last stitch": a thing put in, no speech
            return _subject(cast, text, before)
        return _inverted_subject(cast, text, words[k + 1 :])
    return None


def _puts_in_something(following: list[re.Match[str]]) -> bool:
    """Return whether the word after a particle verb's "in" opens its object ("put in the
    stitch", "cut in two"), not an adverb or the end of the tag ("Griffin put in.")."""
    return bool(following) and not _is_filler(following[0].group())


def _takes_object(text: str, verb: re.Match[str], following: list[re.Match[str]]) -> bool:
    """Return whether the word right after ``verb`` (only spaces between) is its object."""
    return bool(
        following
        and not text[verb.end() : following[0].start()].strip()
        and following[0].group().lower() in _OBJECTS
    )


def _speaks(words: list[re.Match[str]], k: int) -> bool:
    """Return whether ``words[k]`` is a verb of speaking used as one: "went" only in "went
    on", "tried", "began", "continued" not before "to", even past an adverb ("she tried to
    smile", "the lad began hastily to lay the table"), and "returned" not before a place or
    a thing ("I returned to the window")."""
    word = words[k].group().lower()
    if word in PARTICLE_VERBS and not is_speech_verb(word):
        # "Griffin put in.", "cut in Mrs. Vane": only with "in" right after it
        return k + 1 < len(words) and words[k + 1].group().lower() == "in"
    if not is_speech_verb(word):
        return False
    if k and _OWNED.search(words[k - 1].group()):
        return False  # "the clerk's remarks", "his reply": a noun after its owner
    at = k + 1
    if word in _NOT_BEFORE_TO:
        while at < len(words) and _is_filler(words[at].group()):
            at += 1
    after = words[at].group().lower() if at < len(words) else ""
    if word in _GO:
        return after == "on"
    if word in _RETURN and after in _RETURN_TO:
        return False  # "I returned to the window": a way back, not a reply
    return not (word in _NOT_BEFORE_TO and after == "to")


def tag_before(cast: Cast, text: str, start: int, end: int) -> Tag | None:
    """Return the speech tag in the narration ``text[start:end]`` that introduces the quote
    after it ("Alex said, ", "then she asked:"), or ``None``. Nothing but a few words
    ("to him", "softly") may stand between the verb and the quote. The subject of a verb
    that "and" joins to a clause ("He held out his hand, as usual, and said,") is the
    nearest "he"/"she"/"I" before it, else the first name of the sentence."""
    start = max(start, end - _TAG_REACH)
    stops = sentence_stops(text, start, end)
    segment_start = stops[-1] if stops else start
    found = list(_WORD_TOKEN.finditer(text, segment_start, end))
    verbs = [word for k, word in enumerate(found) if _speaks(found, k)]
    if not verbs:
        return None
    tag = _tag_at(cast, text, segment_start, end, verbs[-1])  # the last verb of the segment
    if len(verbs) > 1 and tag is not None and not (tag.name or tag.pronoun):
        # "and I said, half laughing:": the manner's participle has no subject of its own;
        # the verb before it has
        earlier = _tag_at(cast, text, segment_start, end, verbs[-2])
        if earlier is not None and (earlier.name or earlier.pronoun):
            return earlier
    return tag


def _tag_at(cast: Cast, text: str, segment_start: int, end: int, verb: re.Match[str]) -> Tag | None:
    """Return the tag whose verb is ``verb`` in the narration ``text[segment_start:end]``
    before a quote (``tag_before``), or ``None`` when too much stands after the verb."""
    tail = list(_WORD_TOKEN.finditer(text, verb.end(), end))
    colon = text[verb.end() : end].rstrip().endswith(":")
    if len(tail) > (_MAX_COLON_TAIL if colon else 3) and not _MANNER_TAIL.match(
        text, verb.end(), end
    ):
        return None
    head = list(_WORD_TOKEN.finditer(text, segment_start, verb.start()))
    while head and _is_filler(head[-1].group()):
        head.pop()
    if not head:
        return _inverted_subject(cast, text, tail)
    tag = _subject(cast, text, head[-_MAX_SUBJECT_WORDS:])
    if tag.name or tag.pronoun:
        return tag
    # "the old lady came up to my room and said": the subject opens the clause
    clause = text.rfind(",", segment_start, verb.start()) + 1 or segment_start
    words = list(_WORD_TOKEN.finditer(text, clause, verb.start()))
    while words and _is_filler(words[0].group()):
        words.pop(0)
    if head and head[-1].group().lower() == "and":
        joined = _joined_subject(cast, text, words)
        if joined is not None:
            return joined
    if words and words[0].group().lower() in SUBJECT_PRONOUNS:
        return Tag("", words[0].group().lower(), words[0].start())
    name = _phrase_name(cast, text, words)
    if not name and head and head[-1].group().lower() == "and":
        # "He held out his hand, as usual, and said", "When I came close she bowed and
        # said": the verbs "and said" goes on from have the nearest "he"/"she"/"I" before
        # it as their subject ("my", "me", "his" are none), else the first name ("Eliza put
        # her head in at the door, and said"; "Gwendolen stops beside Jack, and says")
        for word in reversed(head):
            if word.group().lower() in _CLAUSE_SUBJECTS:
                return Tag("", word.group().lower(), word.start())
        for k, word in enumerate(head):
            if word.group()[:1].isupper():
                name = _phrase_name(cast, text, head[k:])
                if name:
                    return Tag(name, "", word.start())
    return Tag(name, "", words[0].start() if words else -1)


def _joined_subject(cast: Cast, text: str, words: list[re.Match[str]]) -> Tag | None:
    """Return the subject of the last clause that "and" or "but" joins inside ``words`` (a
    clause before "and said", its final "and" included), or ``None``: in "Then Jack cracked
    his fingers and Father Arnall looked at his book and said", the speaker is the subject
    the verb goes on from, Father Arnall, not the sentence's first name. A clause's subject
    is a "he"/"she"/"I" or a name right after the conjunction, with a word in lower case
    (its verb) after it, so that a name joined as an object ("turned to Ann and Tom and
    said") opens no clause."""
    for k in range(len(words) - 2, 0, -1):
        if words[k - 1].group().lower() not in _JOINING:
            continue
        if text[words[k - 1].end() : words[k].start()].strip():
            continue  # "and, with a sigh, Ann …": not a plain clause start
        first = words[k].group()
        if first.lower() in _CLAUSE_SUBJECTS:
            return Tag("", first.lower(), words[k].start())
        if not first[:1].isupper():
            continue
        for n in range(min(_PHRASE_WORDS, len(words) - 1 - k), 0, -1):
            name = cast.lookup(text[words[k].start() : words[k + n - 1].end()])
            if not name:
                continue
            after = words[k + n]
            if after.group().islower() and after.group() not in _JOINING | {"or"}:
                if not text[words[k + n - 1].end() : after.start()].strip():
                    return Tag(name, "", words[k].start())
            break
    return None


def _subject(cast: Cast, text: str, words: list[re.Match[str]]) -> Tag:
    """Return the tag whose subject is the phrase ``words`` just before the verb."""
    last = words[-1]
    if last.group().lower() in SUBJECT_PRONOUNS:
        return Tag("", last.group().lower(), last.start())
    name = _trailing_name(cast, text, words)
    if not name:
        for k in range(max(0, len(words) - _DESCRIPTOR_WORDS), len(words)):
            phrase = [w.group().lower() for w in words[k:]]
            if len(phrase) > 1 and phrase[0] in _POSSESSIVE_PRONOUNS and phrase[-1] in _OWN_SPEECH:
                # '"…," his advice concluded', "her voice said": the owner speaks
                return Tag("", _POSSESSIVE_PRONOUNS[phrase[0]], words[k].start())
            pronoun, against = relational_subject(phrase)
            if pronoun:
                return Tag("", pronoun, words[k].start(), against, spouse_subject(phrase))
            pronoun = _descriptor(words[k:])
            if pronoun:
                return Tag("", pronoun, words[k].start())
    return Tag(name, "", words[0].start())


def _inverted_subject(cast: Cast, text: str, words: list[re.Match[str]]) -> Tag:
    """Return the tag whose subject follows the verb ("said Alex", "went on Syme")."""
    while words and words[0].group().lower() in _PARTICLES:
        words = words[1:]
    aside = _aside(text, words)
    if aside:  # "…," interposed, more softly, a young wife
        words = words[aside:]
    if [w.group().lower() for w in words[:3]] == ["the", "voice", "of"] and len(words) > 3:
        words = words[3:]  # "cried the voice of John Reed"
    if not words:
        return Tag("", "", -1)
    first = words[0]
    if first.group().lower() in SUBJECT_PRONOUNS:
        return Tag("", first.group().lower(), first.start())
    owner = _voice_owner(cast, text, words)
    if owner is not None:
        return owner
    name = _phrase_name(cast, text, words) or _appositive_name(cast, text, words)
    if not name and len(words) > 1 and first.group() in SENTENCE_OPENERS:
        # "added little Amy", "said poor Tom": an epithet in lower case before a name
        name = _phrase_name(cast, text, words[1:]) if words[1].group()[:1].isupper() else ""
    if not name:
        phrase = [w.group().lower() for w in words[: _DESCRIPTOR_WORDS + 1]]
        pronoun, against = relational_subject(phrase)
        if pronoun:
            return Tag("", pronoun, first.start(), against, spouse_subject(phrase))
        pronoun = _descriptor(words[: _DESCRIPTOR_WORDS + 1])
        if pronoun:
            return Tag("", pronoun, first.start())
    return Tag(name, "", first.start())


def _voice_owner(cast: Cast, text: str, words: list[re.Match[str]]) -> Tag | None:
    """Return the tag naming the owner of a voice a tag's subject is ("replied another
    voice, which Margaret knew to be that of Mrs. Gibson"): a name right after "that of"
    in the tag's clause, when the subject is a voice (its noun within the first three
    words). ``None`` when the subject is no voice or the clause names no owner so."""
    lowered = [w.group().lower() for w in words[:_VOICE_OWNER_WORDS]]
    if "voice" not in lowered[:3]:
        return None
    for j in range(lowered.index("voice") + 1, len(lowered) - 2):
        if lowered[j] == "that" and lowered[j + 1] == "of":
            name = _phrase_name(cast, text, words[j + 2 :])
            return Tag(name, "", words[j + 2].start()) if name else None
    return None


def _aside(text: str, words: list[re.Match[str]]) -> int:
    """Return how many of ``words`` (after a tag's verb) are a manner set off by commas
    before the subject ("more softly" in '…," interposed, more softly, a young wife':
    ``speech_verbs.MANNER_ASIDE``), when a word follows it; else 0."""
    if len(words) < 2:
        return 0
    first = words[0].start()
    comma = text.rfind(",", max(0, first - 4), first)
    aside = _MANNER_ASIDE.match(text, comma) if comma >= 0 else None
    if aside is None:
        return 0
    n = 1
    while n < len(words) and words[n].start() < aside.end():
        n += 1
    return n if n < len(words) else 0


def _appositive_name(cast: Cast, text: str, words: list[re.Match[str]]) -> str:
    """Return the character a description names right after it ("the poet Syme", "his
    friend Basil", "the young Lord Vane"): "the" or a possessive, one or two lower-case
    words that are no function words, then a name, with nothing but spaces between."""
    if len(words) < 3 or words[0].group().lower() not in _APPOSITIVE_DETERMINERS:
        return ""
    for at in (2, 3):
        if at >= len(words) or not words[at].group()[:1].isupper():
            continue
        described = words[1:at]
        if any(not w.group().islower() or w.group() in FUNCTION_WORDS for w in described):
            return ""
        if any(text[words[i].end() : words[i + 1].start()].strip() for i in range(at)):
            return ""  # "said the boy, Tom": punctuation between
        return _phrase_name(cast, text, words[at:])
    return ""


def _descriptor(words: list[re.Match[str]]) -> str:
    """Return "he" or "she" when ``words`` open with a description of a person of known
    gender that names no character ("the old man", "her mother", "a tall woman"): a
    determiner, at most two more words and a gendered noun; "it" for a definite description
    of a creature ("the python", "the old wolf"), who is most often a character the
    narration has just named; else ""."""
    if len(words) < 2 or words[0].group().lower() not in _DETERMINERS:
        return ""
    definite = words[0].group().lower() in _DEFINITE
    for word in words[1:_DESCRIPTOR_WORDS]:
        low = word.group().lower()
        if low in _MALE_NOUNS:
            return "he"
        if low in _FEMALE_NOUNS:
            return "she"
        if definite and low in CREATURE_NOUNS:
            return "it"
        if low in _DETERMINERS or is_speech_verb(low):
            break
    return ""
