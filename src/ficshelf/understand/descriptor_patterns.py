"""The word tables and patterns of the descriptor scan (``descriptor_phrases``): the modifiers and
person nouns a phrase is built of, the definite and possessive phrase (``PHRASE``), the groups
that speak as one (``GROUP_CASES``, ``group_pattern``), the indefinite newcomers of a speech tag
(``INDEFINITE_CASES``, ``indefinite_pattern``), the subject of a tag after its verb
(``_TAG_SUBJECT``), what continues a voice (``VOICE_AGAIN``), and ``case_scan``, which runs a
pattern as one scan per case of its first letter. Building them is all this module does; no
pattern here holds a line break or starts with whitespace (``descriptor_phrases.placed_matches``
relies on it)."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from functools import cache
from heapq import merge

from ficshelf.understand import name_tables
from ficshelf.understand import person_nouns as nouns
from ficshelf.understand.fast_regex import compile_fast, compile_skipping
from ficshelf.understand.regex_from_parse import compile_cases
from ficshelf.understand.regex_tries import compile_embedding, parse_embedding, trie_regex
from ficshelf.understand.speech_verbs import (
    SPEECH_VERB_TRIE,
    SPEECH_VERBS,
)

PRONOUN_DETERMINERS = ("her", "his", "my", "their", "your", "our")
# The times of day the stop list holds (greetings: "Morning, Tom"), which before a person
# noun name a shift, as "day" does: "the night porter", "the night nurse" (round chr47b).
SHIFT_MODIFIERS = frozenset(("morning", "afternoon", "evening", "night"))
NOT_MODIFIERS = (
    name_tables.FUNCTION_WORDS
    | name_tables.STOP_WORDS
    | nouns.VAGUE_MODIFIERS
    | SPEECH_VERBS
    | frozenset(("is", "was", "were", "are", "be", "been", "had", "has", "have", "did"))
) - SHIFT_MODIFIERS
_NOUN = trie_regex(nouns.PERSON_NOUNS)
# (Possessive: what follows a modifier is never a letter, so giving letters back is no use.)
_NOT_MODIFIER_WORDS = sorted(w for w in NOT_MODIFIERS if w.isalpha())
_NOT_MODIFIER = trie_regex(_NOT_MODIFIER_WORDS)
# The tries the phrase patterns below embed, built from their words, not parsed (round
# speed37: ``PHRASE`` holds the non-modifiers' trie four times; parsing the three patterns
# was about 80 ms of a fresh process's start-up): ``regex_tries.parse_embedding``.
_TRIES: list[tuple[str, Sequence[str]]] = [
    (_NOT_MODIFIER, _NOT_MODIFIER_WORDS),
    (_NOUN, sorted(nouns.PERSON_NOUNS)),
]
_MODIFIER = rf"(?!(?:{_NOT_MODIFIER})\b)[a-z]++(?:-[a-z]++)?"
_DETERMINER = r"[Tt]he|[Hh]er|[Hh]is|[Mm]y|[Tt]heir|[Yy]our|[Oo]ur"
# A name's or a described owner's possessive ("Gisborne's", "the child's", "the old man's"),
# or a determiner; then modifiers and the person noun. A described owner is tried only where
# letters, spaces and hyphens run on to an apostrophe (the lookahead, which costs a scan of
# the words ahead instead of the owner's modifiers tried every way; at most 80 characters, as
# far as three words run, or a paragraph with no punctuation is scanned to its end from every
# determiner: quadratic); the runs of letters and
# spaces never give back what they took: the next character is never one of them.
_PHRASE = (
    r"(?=[A-Zthmyo])(?<![\w'’-])(?:(?P<owner>(?P<name>[A-Z][a-z]++)"
    rf"|(?=[A-Za-z \t-]{{0,80}}+['’])(?:{_DETERMINER})[ \t]++(?:{_MODIFIER}[ \t]++)?"
    rf"{_MODIFIER})['’]s"
    rf"|(?P<det>{_DETERMINER}))[ \t]++"
    rf"(?P<mods>(?:{_MODIFIER}[ \t]++){{0,2}})"
    rf"(?P<noun>(?:[a-z]++-)?(?:{_NOUN}))\b(?!-\w)(?!['’](?!s\b)\w)"
)
# (the engine skips in C to the letters of the lookahead)
PHRASE = compile_skipping(_PHRASE, 0, parse_embedding(_PHRASE, _TRIES))
CONTEXT = 40


def _plural(noun: str) -> str:
    """The plural of a person noun: "sailor" → "sailors", "fisherman" → "fishermen"."""
    if noun.endswith("man"):
        return noun[:-3] + "men"
    if noun == "child":
        return "children"
    if noun.endswith(("s", "sh", "ch", "x")):
        return noun + "es"
    if noun.endswith("y") and noun[-2:-1] not in ("a", "e", "i", "o", "u"):
        return noun[:-1] + "ies"
    if noun.endswith("f") and noun in ("thief", "elf", "dwarf"):
        return noun[:-1] + "ves"
    return noun + "s"


GROUP_NOUNS = frozenset(_plural(n) for n in nouns.PERSON_NOUNS) - nouns.PERSON_NOUNS
# Singular nouns for a body of people that can speak as one ("the choir said", "the
# company cries"); not a word that is also a place or a thing said to talk ("the room",
# "the table", "the court", "the house").
_COLLECTIVE_NOUNS = frozenset(
    "choir chorus company crowd congregation audience assembly mob household".split()
)
# Plurals for people whose singular is as often a thing ("the players cry"; "the record
# player").
_PLURAL_ONLY_GROUPS = frozenset(("players",))
GROUP_HEADS = GROUP_NOUNS | _COLLECTIVE_NOUNS | _PLURAL_ONLY_GROUPS
# A group the narration names in a speech tag ("cried the thralls", "the players cry"):
# "the", at most two modifiers, a plural person noun. (The "t" comes before the lookbehind,
# as in ``INDEFINITE``, so that the engine skips fast to it.)
# (``GROUP_CASES``: one pattern for each case of its first letter, see ``case_scan``)
_GROUP_HEAD = trie_regex(GROUP_HEADS)
_GROUP = (
    rf"[Tt](?<![\w'’-][Tt])he[ \t]++(?P<mods>(?:{_MODIFIER}[ \t]++){{0,2}})"
    rf"(?P<noun>(?:[a-z]++-)?(?:{_GROUP_HEAD}))\b(?!-\w)(?!['’]\w)"
)
GROUP_CASES = compile_cases(
    _GROUP, "[Tt]", parse_embedding(_GROUP, [*_TRIES, (_GROUP_HEAD, sorted(GROUP_HEADS))])
)


@cache
def group_pattern() -> re.Pattern[str]:
    """Return the group pattern whole, compiled on first use: its scans run by case
    (``GROUP_CASES``, ``case_scan``, ``group_at``) and read it only where two cases' matches
    overlap or the paragraphs cannot be scanned as one stretch."""
    return re.compile(_GROUP)


def group_at(text: str, at: int, end: int) -> re.Match[str] | None:
    """Return the group pattern's match at ``at`` (before ``end``), or ``None``: the case of
    the letter there, the only one that can match at ``at``, matches as the whole does."""
    first = text[at : at + 1] if at < end else ""
    letter = "Tt".find(first) if first else -1
    return None if letter < 0 else GROUP_CASES[letter].match(text, at, end)


# A short place between a group and the verb of its tag ('"…!" the men by the fire
# roared'), which the group's name keeps: it tells them from the other men.
GROUP_PLACE = re.compile(
    r"[ \t]++(?:in|at|by|from|near|behind|round|around|outside|upstairs|downstairs)"
    r"(?:[ \t]++(?:the|a|an|his|her|their)[ \t]++[a-z]++(?:-[a-z]++)*+)?(?=[ \t]+[a-z])"
)
# The same place after the subject of a tag that follows its verb ('"…," said the man from
# the town.'; '…," said the man in the bar quietly'): the tag ends on it, at a punctuation
# mark or an adverb in "-ly".
TAG_PLACE = re.compile(
    r"[ \t]++(?:in|at|by|from|near|behind|round|around|outside|upstairs|downstairs)"
    r"(?:[ \t]++(?:the|a|an|his|her|their)[ \t]++[a-z]++(?:-[a-z]++)*+)?"
    r"(?=[ \t]*[,.;:!?\"”’—]|[ \t]++[a-z]++ly\b)"
)
# Someone the text only introduces in a speech tag: "said a thin, elderly gentleman",
# "exclaimed a man in the crowd", "a man's voice said", "called a voice": an indefinite
# phrase (modifiers may be ordinals and be set off by commas: "a third autumnal matron"),
# a person noun or "voice" (a person's voice: "a girl's voice" is the girl), and a short
# place or company after it ("in the crowd", "of fifty", "at the door"), which the name
# keeps: it is how the text tells this person from the others.
_LOOSE_WORDS = sorted(w for w in name_tables.FUNCTION_WORDS | SPEECH_VERBS if w.isalpha())
_LOOSE_TRIE = trie_regex(_LOOSE_WORDS)
_LOOSE_MODIFIER = rf"(?!(?:{_LOOSE_TRIE})\b)[a-z]++(?:-[a-z]++)*+"
VOICE = "voice"
# The words every phrase ``_voices_again_in`` finds holds one of.
VOICE_WORDS = ("voice", "speaker")
# (The article's first letter comes before the lookbehind so that the engine can skip fast
# to the letters a match can start with; ``INDEFINITE_CASES``: one pattern per case of it.)
_INDEFINITE = (
    r"(?P<det>[Aa](?<![\w'’-][Aa])(?:n|nother)?)[ \t]++"
    rf"(?P<mods>(?:{_LOOSE_MODIFIER},?[ \t]++){{0,3}})"
    rf"(?P<noun>(?:[a-z]++-)?(?:{_NOUN})|{VOICE})\b(?!-\w)"
    rf"(?P<voice>['’]s[ \t]+{VOICE}\b)?"
    r"(?P<place>[ \t]++(?:in|of|at|from|by|behind|near|on|with)[ \t]++"
    r"(?:(?:the|a|an|his|her|their)[ \t]++)?[a-z]++(?:-[a-z]++)*+(?=[ \t]*[,.;:!?\"“”‘’]))?"
)
INDEFINITE_CASES = compile_cases(
    _INDEFINITE,
    "[Aa]",
    parse_embedding(_INDEFINITE, [(_LOOSE_TRIE, _LOOSE_WORDS), *_TRIES]),
)


@cache
def indefinite_pattern() -> re.Pattern[str]:
    """Return the indefinite pattern whole, compiled on first use (see ``group_pattern``)."""
    return re.compile(_INDEFINITE)


# The subject of a speech tag after its verb that is no person noun ("…," said the old
# horse; "…," replied the archdeacon): a definite or possessive phrase, at most two
# modifiers and one lower-case word the clause ends on. The tag makes it someone who speaks
# whatever the word; ``_tag_subject_in`` keeps the ones no other scan finds. Only a tag
# right after a quote counts, so the pattern is tried only there (``TAG_SUBJECT_AFTER``).
_TAG_SUBJECT = (
    rf"(?<![\w'’-])(?P<verb>{SPEECH_VERB_TRIE[0]})[ \t]++"
    r"(?P<det>the|his|her|my|their|our)[ \t]++"
    rf"(?P<mods>(?:{_MODIFIER}[ \t]++){{0,2}})"
    r"(?P<noun>[a-z]++(?:-[a-z]++)?)(?=[ \t]*[,.;:!?\"”’—])"
)


def case_scan(
    whole: Callable[[], re.Pattern[str]],
    cases: Sequence[re.Pattern[str]],
    text: str,
    start: int,
    end: int,
) -> list[re.Match[str]]:
    """Return the matches of the pattern ``whole()`` (compiled on first use) in ``text[start:end]``
    (as ``finditer`` finds them), from the scans of its ``cases``
    (``regex_from_parse.compile_cases``) merged in text order. At each position only the case
    of its letter can match, and matches there as ``whole`` does; so when no two of the merged
    matches overlap they are exactly ``whole``'s (a match of one case inside another's, "A
    friend of a friend", is one that ``whole`` skips: then ``whole`` scans again itself)."""
    found = list(merge(*(case.finditer(text, start, end) for case in cases), key=re.Match.start))
    for before, after in zip(found, found[1:], strict=False):
        if before.end() > after.start():
            return list(whole().finditer(text, start, end))
    return found


# What continues a voice: "the voice", "the rough voice", "the speaker" (not "the voice of
# the clever lady": someone else's).
VOICE_AGAIN = compile_embedding(
    rf"[Tt](?<![\w'’-][Tt])he[ \t]+(?:(?P<mods>{_MODIFIER})[ \t]+)?"
    r"(?P<noun>voice|speaker)\b(?!-\w)(?!['’]s\b)(?![ \t]+of\b)",
    [(_NOT_MODIFIER, _NOT_MODIFIER_WORDS)],
)
# How a text names the owner of a voice it first only heard.
VOICE_OWNER = compile_fast(
    r"\b(?:[Ii]t was|belonged to|turned out to be|[Ii]t was only|[Tt]here stood)[ \t]+"
    r"(?:(?:Mr|Mrs|Miss|Ms|Dr|Lady|Lord|Sir)\.?[ \t]+)?[A-Z][a-z]"
)
# How far a line said by "he"/"she" may stand from the phrase that brings its speaker in.
VOICED_REACH = 400

# How close a tag must stand to its quotation: "…," said the girl / the girl said, "…".
TAG_GAP = 4
# ``_TAG_SUBJECT`` with its verb at most ``TAG_GAP`` characters on from where it is tried
# (a quote's end): matched there, instead of searched for over the whole text.
# (the tries of the verbs and of the words no modifier is built, not parsed)
TAG_SUBJECT_AFTER = compile_embedding(
    rf"[\s\S]{{0,{TAG_GAP}}}?(?:{_TAG_SUBJECT})",
    [SPEECH_VERB_TRIE, (_NOT_MODIFIER, _NOT_MODIFIER_WORDS)],
)
INTRO_GAP = 30
