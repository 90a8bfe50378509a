"""The evidence of how the text uses a descriptor phrase, read around it once
``descriptor_phrases`` has found it (``with_evidence``): whether it tags a quote (after
the verb, "…," said the girl, or before it, the girl cried, "…"; ``tags_quote`` for an
indefinite phrase), whether it is the subject of a verb ("the boy wheeled", after a
participle aside too), whether it comes on the scene ("the maid came in", "the nurse put
her head round the door"), and which line right after it is its own (``pronoun_quote``:
a "he"/"she" of the noun's gender tags it; ``definite_quote``: "the" and the noun tag it;
``_next_line``: an untagged paragraph of its own). Each reading is a bounded look at the
text beside the phrase (at most ``CONTEXT`` characters, a line at most
``VOICED_REACH`` on), so the evidence costs a fixed amount per phrase."""

from __future__ import annotations

import re

from ficshelf.model import Span
from ficshelf.understand import name_tables
from ficshelf.understand import person_nouns as nouns
from ficshelf.understand.clause_speech import speaks_past_clause
from ficshelf.understand.descriptor_mention import DescriptorMention
from ficshelf.understand.descriptor_patterns import (
    CONTEXT,
    INTRO_GAP,
    TAG_GAP,
    VOICED_REACH,
)
from ficshelf.understand.names import QuoteIndex
from ficshelf.understand.speech_verbs import (
    MANNER_ASIDE,
    PARTICLE_VERBS,
    SPEECH_VERBS,
)

# A "he"/"she" tag right after a line: '…,” he says', '…!” she cried softly'.
_PRONOUN_TAG = re.compile(
    r"[\"”’'»]*[ \t]*,?[ \t]*(?P<pronoun>he|she)[ \t]+(?:[a-z]+ly[ \t]+)?(?P<verb>[a-z]+)\b"
)
# The same tag with its verb first, as older prose writes it ('"…," said he').
_PRONOUN_TAG_INVERTED = re.compile(
    r"[\"”’'»]*[ \t]*,?[ \t]*(?P<verb>[a-z]+)[ \t]+(?P<pronoun>he|she)\b"
)
# Two-word speech verbs ("broke in", "spoke up", "put in"): not "said in a small voice".
_PARTICLES = frozenset(("in", "up", "out"))
_WORD_AFTER = re.compile(r"['’]?s?[ \t]+(?:([a-z]+ly)[ \t]+)?([a-z]+)\b")
_LETTERS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz")
_AUXILIARIES = frozenset(
    """was is had has could would did will can might must should shall may does were
    seemed looked""".split()
)
# Irregular past tenses: "the chief rode off" is a person doing something.
_IRREGULAR_PAST = frozenset(
    """came went ran rode stood fell rose began spoke grew drew drove flew threw wore swore
    tore broke chose froze woke led fled fought caught brought bought taught sought held
    kept left lay slept swept wept meant met sent spent built lost paid laid sold stole
    struck stuck hung shook won wrote bit hid slid spat sprang sang sank swam got put set
    let cut hit shut read made""".split()
)
# A tag's verb and a manner set off by commas before its subject: "…," interposed, more
# softly, a young wife (``speech_verbs.MANNER_ASIDE``).
_ASIDE_BEFORE = re.compile(rf"([a-z]+){MANNER_ASIDE}\Z")


# What a newcomer has or wears, between them and a speech tag's verb ("a stout woman in a
# purple hat said", "a man with a pipe said"): it tells this person from the others, and
# their name keeps it.
HELD_PLACE = re.compile(
    r"[ \t]+(?:with|in)[ \t]+(?:a|an|his|her)[ \t]+(?:[a-z]+(?:-[a-z]+)?[ \t]+)?"
    r"[a-z]+(?:-[a-z]+)?(?=[ \t])"
)
# What may stand between a newcomer and their verb: a participle's clause between commas
# ("An old boatman, mending a net on the shingle, touched his cap") or what they have
# ("a small boy with a chilblained nose took his spoonful").
_BETWEEN_SUBJECT_AND_VERB = re.compile(
    r",[ \t]+[a-z]+ing\b[^,.;:!?\"“”‘’\n]{0,60},(?=[ \t])"
    r"|[ \t]+with[ \t]+(?:a|an|his|her)[ \t]+(?:[a-z]+(?:-[a-z]+)?[ \t]+)?[a-z]+(?=[ \t])"
)


def is_verb(word: str) -> bool:
    """Whether ``word``, right after a phrase, is a verb the phrase is the subject of: an
    auxiliary, a past tense or a person's verb, and no function word."""
    return word not in name_tables.FUNCTION_WORDS and (
        word in _AUXILIARIES
        or word in _IRREGULAR_PAST
        or word in name_tables.PERSON_VERBS
        or word.endswith("ed")
    )


def verb_follows(text: str, pos: int, end: int) -> bool:
    """Whether the phrase ending at ``pos`` is the subject of a verb ("A nurse had let him
    in", "an old man is selling chestnuts", "a stranger came"; "an old boatman, mending a
    net, touched his cap"; "a small boy with a red nose took it")."""
    between = _BETWEEN_SUBJECT_AND_VERB.match(text, pos, min(end, pos + 2 * CONTEXT))
    if between is not None:
        pos = between.end()
    if not text.startswith((" ", "\t"), pos):
        return False
    after = _WORD_AFTER.match(text, pos, min(end, pos + CONTEXT))
    if after is None:
        return False
    return is_verb(after.group(2))


def pronoun_quote(text: str, index: QuoteIndex, found: DescriptorMention) -> int:
    """Return where the first quote after ``found`` starts when it stands within
    ``VOICED_REACH`` characters and a "he"/"she" of the noun's gender tags it, else -1."""
    start = index.next_start(found.end)
    if start - found.end > VOICED_REACH:
        return -1
    _, end = index.bounds(index.find(start))
    tag = _PRONOUN_TAG.match(text, end, end + CONTEXT)
    if tag is None or tag.group("verb") not in SPEECH_VERBS:
        tag = _PRONOUN_TAG_INVERTED.match(text, end, end + CONTEXT)
    if tag is None or tag.group("verb") not in SPEECH_VERBS:
        return -1
    pronoun = tag.group("pronoun")
    if (pronoun == "he" and found.noun in nouns.FEMALE) or (
        pronoun == "she" and found.noun in nouns.MALE
    ):
        return -1
    return start


# "the" and up to four words after it, tagging the line before: '…,” said the boy',
# '…” the old boy whispers'.
_DEFINITE_TAG = re.compile(
    r"[\"”’'»]*[ \t]*,?[ \t]*(?:(?P<verb>[a-z]+)[ \t]+)?the[ \t]+"
    r"(?P<words>[a-z’'-]+(?:[ \t]+[a-z’'-]+){0,3})"
)


def definite_quote(text: str, index: QuoteIndex, found: DescriptorMention) -> int:
    """Return where the first quote after ``found`` starts when it stands within
    ``VOICED_REACH`` characters and "the", modifiers and ``found``'s noun tag it with a
    speech verb before or right after them ('…,” said the boy'; '…,” the old boy
    whispers'), else -1: the one just introduced ("A boy put his head in at the door")
    says it."""
    start = index.next_start(found.end)
    if start - found.end > VOICED_REACH:
        return -1
    _, end = index.bounds(index.find(start))
    tag = _DEFINITE_TAG.match(text, end, end + CONTEXT)
    if tag is None:
        return -1
    words = tag.group("words").split()
    if found.noun not in words:
        return -1
    at = words.index(found.noun)
    if any(w in name_tables.FUNCTION_WORDS for w in words[:at]):
        return -1  # "said the man to the boy": the man says it
    after = words[at + 1] if at + 1 < len(words) else ""
    if tag.group("verb") not in SPEECH_VERBS and after not in SPEECH_VERBS:
        return -1
    return start


def _next_line(text: str, index: QuoteIndex, found: DescriptorMention) -> int:
    """Return where the first quote after the narration's ``found`` starts when a fitting
    "he"/"she" tags it (``pronoun_quote``) or when, untagged, it is a paragraph of its own
    right after the phrase's paragraph ("the footman opened the door. / 'Sir Anthony,
    madam.'"), else -1."""
    line = pronoun_quote(text, index, found)
    if line >= 0:
        return line
    start = index.next_start(found.end)
    if start - found.end > VOICED_REACH:
        return -1
    opens = text.rfind("\n", found.end, start)
    # (no line break between: the slice up to it would be the rest of the text)
    if (
        opens < 0
        or text[opens:start].strip(_QUOTE_MARKS)
        or "\n" in text[found.end : opens].strip()
    ):
        return -1  # the line opens the next paragraph
    _, end = index.bounds(index.find(start))
    closes = text.find("\n", end)
    if text[end : len(text) if closes < 0 else closes].strip(_QUOTE_MARKS):
        return -1  # and ends it, untagged
    return start


# Verbs that bring someone on the scene or make them heard from off it.
_ENTRANCE_VERBS = frozenset(
    """come comes came enter enters entered appear appears appeared arrive arrives arrived
    open opens opened knock knocks knocked bring brings brought announce announces
    announced usher ushers ushered hurry hurries hurried shout shouts shouted call calls
    called""".split()
)
# Putting one's head in at a door is coming on the scene ("The nurse put her head round
# it", "the boy popped his head in"; not "put her head against my shoulder").
_HEAD_IN = re.compile(
    r"[ \t]++(?:put|puts|popped|pops|poked|pokes|stuck|sticks)[ \t]++(?:his|her)[ \t]++"
    r"(?:[a-z]++[ \t]++)?head[ \t]++(?:round|around|in|into|out|through)\b"
)
_QUOTE_MARKS = " \t\r\n\"'\u201c\u201d\u2018\u2019"
# ", who had been waiting in the passage, came", ", going by the door with the scuttle,
# said", ", after folding his paper, said": a relative or participle clause (a preposition
# may open the participle's) of one sentence and no line, closed by a comma, then the verb
# (an adverb may stand before it).
_RELATIVE_THEN_VERB = re.compile(
    r",[ \t]+(?:(?P<relative>who|whom|whose)|(?:(?:after|before|on|upon|without|while)[ \t]+)?"
    r"[a-z]+ing)\b[^.;:!?\n\"\u201c\u201d]{1,120}?,"
    r"[ \t]+(?:[a-z]+ly[ \t]+)?(?P<verb>[a-z]+)\b"
)


def _word_before(window: str, end: int | None = None) -> tuple[str, int] | None:
    """Return the word of ASCII letters that spaces or tabs alone separate from the end of
    ``window[:end]``, and where it starts in ``window``, or ``None``: what the regex
    ``([A-Za-z]+)[ \\t]+\\Z`` finds, read backwards from the end instead of tried at every
    position."""
    if end is not None:
        window = window[:end]
    stripped = window.rstrip(" \t")
    i = len(stripped)
    if i == len(window):
        return None
    while i > 0 and stripped[i - 1] in _LETTERS:
        i -= 1
    return (stripped[i:], i) if i < len(stripped) else None


def _beside_quote(quotes: QuoteIndex, para: Span, before: int, after: int) -> bool:
    """Whether a tag between ``before`` and ``after`` stands beside a quote of paragraph
    ``para``: one ends at most ``TAG_GAP`` characters before ``before`` ('"…," said the
    girl') or starts at most ``INTRO_GAP`` after ``after`` ('the girl said, "…"')."""
    return quotes.ends_before(before, TAG_GAP, para) or quotes.starts_after(after, INTRO_GAP, para)


def tags_quote(text: str, para: Span, quotes: QuoteIndex, start: int, end: int) -> bool:
    """Whether the phrase ``text[start:end]`` is the subject of a speech tag next to a
    quote: after the verb ("…," said a man / broke in a man) or before it ("…" a man cried;
    a man said, "…")."""
    window = text[max(para.start, start - CONTEXT) : start]
    before = _word_before(window)
    aside = _ASIDE_BEFORE.search(window)
    if aside is not None:  # "…," interposed, more softly, a young wife
        before = (aside.group(1), aside.start(1))
    if before is not None:
        word = before[0].lower()
        verb_start = start - len(window) + before[1]
        if word in _PARTICLES:  # "broke in a thin, elderly gentleman"
            earlier = _word_before(window, before[1])
            if earlier is not None and earlier[0].lower() in PARTICLE_VERBS:
                word, verb_start = "said", start - len(window) + earlier[1]
        if word in SPEECH_VERBS and _beside_quote(quotes, para, verb_start, end):
            return True
    after = _WORD_AFTER.match(text, end, min(para.end, end + CONTEXT))
    if after is not None and after.group(2) in SPEECH_VERBS:
        return _beside_quote(quotes, para, start, after.end())
    return False


def noun_follows(text: str, pos: int, end: int) -> bool:
    """Whether a lower-case word that is no function word, verb form, adverb or plural
    follows ``pos`` ("the chief reason"; not "the chief said", "the chief rode", "the chief
    of police")."""
    after = _WORD_AFTER.match(text, pos, min(end, pos + CONTEXT))
    if after is None or after.group(1) or not text.startswith((" ", "\t"), pos):
        return False
    word = after.group(2)
    return not (
        word in name_tables.FUNCTION_WORDS
        or word in _AUXILIARIES
        or word in _IRREGULAR_PAST
        or word in name_tables.PERSON_VERBS
        or word.endswith(("ed", "ly", "s"))  # "the chief nodded", "the chief says"
    )


def with_evidence(
    text: str, para: Span, quotes: QuoteIndex, found: DescriptorMention, phrase_start: int
) -> DescriptorMention:
    """Return ``found`` with its speech and subject evidence read from the text around it
    (the whole phrase starts at ``phrase_start``: before "Gisborne's" in "Gisborne's
    soldier")."""
    # (built field by field: ``dataclasses.replace`` costs three times as much)
    if quotes.find(found.start) >= 0:
        return DescriptorMention(
            found.start,
            found.end,
            found.key,
            found.noun,
            found.modified,
            found.possessive,
            found.speech,
            found.subject,
            True,
            found.pronoun_quote,
            found.voice,
            found.group,
        )
    window = text[max(para.start, phrase_start - CONTEXT) : phrase_start]
    before = _word_before(window)
    speech = subject = enters = False
    if found.possessive:  # "said the child's nurse": the nurse speaks, not the child
        before = None
    if before is not None and before[0].lower() in SPEECH_VERBS:
        # "…," said the girl / said the girl, "…"
        verb_start = phrase_start - len(window) + before[1]
        speech = _beside_quote(quotes, para, verb_start, found.end)
    after = _WORD_AFTER.match(text, found.end, min(para.end, found.end + CONTEXT))
    if after is not None:
        verb = after.group(2)
        if verb in SPEECH_VERBS:
            # "…" the girl cried / the girl said, "…"
            speech = _beside_quote(quotes, para, found.start, after.end())
            subject = True
        elif text[found.end] in " \t":  # "the man's hat" is no subject
            subject = (
                verb in _AUXILIARIES or verb.endswith("ed") or verb in name_tables.PERSON_VERBS
            ) and verb not in name_tables.FUNCTION_WORDS
        enters = subject and verb in _ENTRANCE_VERBS and text[found.end] in " \t"
        if not subject and _HEAD_IN.match(text, found.end, para.end):
            subject = enters = True  # "the nurse put her head round the door"
    elif text[found.end : found.end + 1] == ",":
        # "The nurse, who had been waiting in the passage, came in": the verb after a
        # relative clause set off by commas is the phrase's; only an entrance is read there
        clause = _RELATIVE_THEN_VERB.match(text, found.end, para.end)
        enters = clause is not None and clause.group("verb") in _ENTRANCE_VERBS
        # after a participle aside any verb is the phrase's ("the grandson, coming up with
        # the mutton, nearly dropped it"); after a relative clause only an entrance is read
        subject = enters or (
            clause is not None
            and clause.group("relative") is None
            and is_verb(clause.group("verb"))
        )
        if clause is not None and clause.group("verb") in SPEECH_VERBS:
            # "the maid, going by the door, said, '…'": a tag whose subject an aside
            # parts from its verb
            speech = _beside_quote(quotes, para, found.start, clause.end())
            subject = True
    if not (speech or found.possessive) and speaks_past_clause(
        text, para, quotes, found.end, is_verb
    ):
        # "the ferry-boy who held it shouted up to us, '…'", "the drover leaned on the
        # gate and said, '…'"
        speech = subject = True
    return DescriptorMention(
        found.start,
        found.end,
        found.key,
        found.noun,
        found.modified,
        found.possessive,
        speech,
        subject,
        found.in_quote,
        pronoun_quote(text, quotes, found) if found.in_quote else _next_line(text, quotes, found),
        found.voice,
        found.group,
        enters,
    )
