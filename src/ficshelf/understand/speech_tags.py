"""Speech tags next to a quotation, read for the "speakers" stage: ``tag_after`` (after a
quote: '…," said Alex', '…," the ferryman says', '…," she asked', '…," said I') and
``tag_before`` (before one: 'Alex said, "…"') return a ``Tag`` that says who the tag names:
a character of the ``speaker_cues.Cast``, a pronoun to resolve ("he"/"she" also for a
gendered description, "the old man"; "it" also for a creature, "the python"), or nothing.

Each tag is read in a window of bounded size next to its quote (at most ``_TAG_REACH``
characters, cut where a sentence ends: ``sentence_stops``), so the reading is linear in the
text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ficshelf.understand.fast_regex import compile_fast
from ficshelf.understand.frozen_init import setter_init
from ficshelf.understand.joined_tag_subjects import (
    WIDE_REACH,
    aside_subject,
    object_of,
    sentence_start,
)
from ficshelf.understand.name_tables import FUNCTION_WORDS, SENTENCE_OPENERS
from ficshelf.understand.owned_tags import owned_phrase, owns_next
from ficshelf.understand.relational_tags import relational_subject, spouse_subject
from ficshelf.understand.speaker_cues import (
    DETERMINERS,
    FEMALE_WORDS,
    MALE_WORDS,
    Cast,
)
from ficshelf.understand.speech_verbs import (
    MANNER_ASIDE,
    MANNER_VERBS,
    PARTICLE_VERBS,
    is_speech_verb,
)

# A description of a speaker in a tag: a determiner, then a gendered noun within a few words.
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
    MALE_WORDS - {"mr", "mr.", "fr", "fr.", "don", "herr", "signor", "senor", "señor"}
) | {"fellow", "gentleman", "clergyman", "parson", "priest", "youth", "sailor"}
_FEMALE_NOUNS = FEMALE_WORDS - {"mrs", "mrs.", "ms", "ms.", "miss", "mme", "mme.", "mlle"}
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
_TAG_REACH = 90
# How many words after a tag's verb are read for whose a voice is ("that of Mrs. Gibson").
_VOICE_OWNER_WORDS = 14
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
# Words a tag may have after its verb when a colon ends it ("said in a hysterical way:";
# "said, very low, so that the others could not hear it:", round spk36).
_MAX_COLON_TAIL = 10
_MANNER_ASIDE = re.compile(MANNER_ASIDE)
# How a tag before its quote may say the manner after its verb, longer than the three words
# allowed otherwise: "in"/"with", a determiner and at most three words ("said in an altered
# tone,", "asked with a faint, tired smile:", "said quietly in a low voice --").
_MANNER_TAIL = re.compile(
    r"\s*+(?:[a-z]+ly\s++)?(?:in|with)\s++(?:a|an|the|his|her|my|their|our|your)\s++"
    r"(?:[a-z]+(?:-[a-z]+)?,?\s++){0,2}[a-z]+(?:-[a-z]+)?\s*+[,:]?\s*+(?:--|—)?\s*+\Z"
)
# A sentence end inside a tag window; the period of a title or an initial ("Mr. Bennet",
# "R. M. Renfield") is not one.
# (``compile_fast``: skipped to in C; plain, the alternation was tried at every character)
_STOP_CANDIDATE = compile_fast(r"[.!?;](?=\s|$)|[—–](?=\s)|\n")
_TITLES = frozenset("mr mrs ms mx dr st prof rev sr jr capt col lt sgt".split())
_WORD_BEFORE_STOP = re.compile(r"(\w+)\Z")
_WORD_TOKEN = re.compile(r"[^\W\d_][\w'’-]*|\d+")
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


@setter_init
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
    """Return the character named by the longest leading run of ``words`` (up to four).
    A name that owns the word after it ("says David's aunt") is not the one speaking: the
    owned phrase is looked up instead (``owned_phrase``)."""
    for n in range(min(_PHRASE_WORDS, len(words)), 0, -1):
        name = cast.lookup(text[words[0].start() : words[n - 1].end()])
        if name:
            return owned_phrase(cast, text, words, n) if owns_next(words, n) else name
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
    wide = max(start, end - WIDE_REACH)
    start = max(start, end - _TAG_REACH)
    stops = sentence_stops(text, start, end)
    segment_start = stops[-1] if stops else start
    found = list(_WORD_TOKEN.finditer(text, segment_start, end))
    verbs = [word for k, word in enumerate(found) if _speaks(found, k)]
    if not verbs:
        return None
    # a long sentence's subject may stand before the reach ("It was then, …, that Ann
    # looked up at Nell and said:"): where "and said" finds no subject (``joined_tag_subjects``)
    opening = segment_start
    if not stops and wide < start:
        opening = sentence_start(text, sentence_stops(text, wide, start), wide, start)
    tag = _tag_at(cast, text, segment_start, end, verbs[-1], opening)  # the segment's last verb
    if len(verbs) > 1 and tag is not None and not (tag.name or tag.pronoun):
        # "and I said, half laughing:": the manner's participle has no subject of its own;
        # the verb before it has
        earlier = _tag_at(cast, text, segment_start, end, verbs[-2], opening)
        if earlier is not None and (earlier.name or earlier.pronoun):
            return earlier
    return tag


def _tag_at(
    cast: Cast, text: str, segment_start: int, end: int, verb: re.Match[str], opening: int
) -> Tag | None:
    """Return the tag whose verb is ``verb`` in the narration ``text[segment_start:end]``
    before a quote (``tag_before``), or ``None`` when too much stands after the verb.
    ``opening``: where the sentence opens when it starts before ``segment_start``."""
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
    if not words and clause > segment_start:
        # "and Nell, in the doorway with the tray, said": the subject before an aside
        lo, hi = aside_subject(text, segment_start, clause - 1)
        subject = list(_WORD_TOKEN.finditer(text, lo, hi))
        name = _phrase_name(cast, text, subject) if 0 < len(subject) <= _PHRASE_WORDS else ""
        if name:
            return Tag(name, "", subject[0].start())
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
        if opening < segment_start:
            head = list(_WORD_TOKEN.finditer(text, opening, verb.start()))
        for k, word in enumerate(head):
            if word.group()[:1].isupper() and not object_of(head, k):
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
    if len(words) < 2 or words[0].group().lower() not in DETERMINERS:
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
        if low in DETERMINERS or is_speech_verb(low):
            break
    return ""
