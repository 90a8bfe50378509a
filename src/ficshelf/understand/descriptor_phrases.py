"""Descriptor phrases: the places where a story speaks of someone by a description ("the
old man", "her father", "the girl", "Gisborne's soldier"), with the evidence of how the
text uses each; ``descriptors`` decides which of them are characters.

``scan_descriptors`` finds the candidate phrases: a definite article, a possessive pronoun
or an owner's possessive (a name's, "Gisborne's", or a described one's, "the child's"), at
most two modifiers, and a singular person noun (``person_nouns``). Indefinite and
quantified phrases ("a man", "every woman") and plurals ("the men") never match, but for
a group that tags a quote ("cried the thralls", "the players cry"; a singular noun for a
body of people, "the choir said", and a short place the name keeps, "the men by the fire
roared"), which speaks as one and is a character of its scene (``group``), and for a
one-line speaker in a tag ("cried one of the women", "said another":
``one_line_speakers``, kept as a group). A definite phrase keeps a short place after its
noun when the place ends the subject of a tag or a verb ('"…," the man in the bar said';
``_placed``). A vague modifier ("the other man", "the first
girl") drops the phrase, and so does a noun that modifies the next one ("the chief
reason", "the guest room"). The subject of a speech tag
after its verb may be any noun ('…," said the old horse') where the text speaks of it
again ("an old riding horse"): ``_tag_subject_in``. Each phrase carries the
evidence of how the text uses it: whether it tags a quote ("said the old man", "the girl
cried," next to a quotation in its paragraph; never a possessive: in "said the child's
nurse" the nurse speaks), whether it is the subject of a verb ("the boy wheeled"; after a
participle aside too: "the grandson, coming up with the mutton, nearly dropped it", and a
speech verb there is a tag: "the housemaid, going by the door, said"), whether it comes on
the scene ("the maid came in", "the nurse put her head round the door"), whether it
stands inside dialogue.

The scan is one regex pass per paragraph plus a fixed number of look-ups per phrase, linear
in the length of the text.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, replace
from heapq import merge

from ficshelf.model import Span
from ficshelf.understand import name_tables
from ficshelf.understand import person_nouns as nouns
from ficshelf.understand.fast_regex import (
    compile_by_case,
    compile_embedding,
    compile_fast,
    compile_skipping,
    trie_regex,
)
from ficshelf.understand.names import QuoteIndex
from ficshelf.understand.one_line_speakers import PHRASE_CORES, one_line_phrases
from ficshelf.understand.speech_verbs import (
    MANNER_ASIDE,
    PARTICLE_VERBS,
    SPEECH_VERB_TRIE,
    SPEECH_VERBS,
)

PRONOUN_DETERMINERS = ("her", "his", "my", "their", "your", "our")
_NOT_MODIFIERS = (
    name_tables.FUNCTION_WORDS
    | name_tables.STOP_WORDS
    | nouns.VAGUE_MODIFIERS
    | SPEECH_VERBS
    | frozenset(("is", "was", "were", "are", "be", "been", "had", "has", "have", "did"))
)
_NOUN = trie_regex(nouns.PERSON_NOUNS)
# (Possessive: what follows a modifier is never a letter, so giving letters back is no use.)
_NOT_MODIFIER_WORDS = sorted(w for w in _NOT_MODIFIERS if w.isalpha())
_NOT_MODIFIER = trie_regex(_NOT_MODIFIER_WORDS)
_MODIFIER = rf"(?!(?:{_NOT_MODIFIER})\b)[a-z]++(?:-[a-z]++)?"
_DETERMINER = r"[Tt]he|[Hh]er|[Hh]is|[Mm]y|[Tt]heir|[Yy]our|[Oo]ur"
# A name's or a described owner's possessive ("Gisborne's", "the child's", "the old man's"),
# or a determiner; then modifiers and the person noun. A described owner is tried only where
# letters, spaces and hyphens run on to an apostrophe (the lookahead, which costs a scan of
# the words ahead instead of the owner's modifiers tried every way; at most 80 characters, as
# far as three words run, or a paragraph with no punctuation is scanned to its end from every
# determiner: quadratic); the runs of letters and
# spaces never give back what they took: the next character is never one of them.
_PHRASE = compile_skipping(  # (the engine skips in C to the letters of the lookahead)
    r"(?=[A-Zthmyo])(?<![\w'’-])(?:(?P<owner>(?P<name>[A-Z][a-z]++)"
    rf"|(?=[A-Za-z \t-]{{0,80}}+['’])(?:{_DETERMINER})[ \t]++(?:{_MODIFIER}[ \t]++)?"
    rf"{_MODIFIER})['’]s"
    rf"|(?P<det>{_DETERMINER}))[ \t]++"
    rf"(?P<mods>(?:{_MODIFIER}[ \t]++){{0,2}})"
    rf"(?P<noun>(?:[a-z]++-)?(?:{_NOUN}))\b(?!-\w)(?!['’](?!s\b)\w)"
)
_CONTEXT = 40


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


_GROUP_NOUNS = frozenset(_plural(n) for n in nouns.PERSON_NOUNS) - nouns.PERSON_NOUNS
# Singular nouns for a body of people that can speak as one ("the choir said", "the
# company cries"); not a word that is also a place or a thing said to talk ("the room",
# "the table", "the court", "the house").
_COLLECTIVE_NOUNS = frozenset(
    "choir chorus company crowd congregation audience assembly mob household".split()
)
# Plurals for people whose singular is as often a thing ("the players cry"; "the record
# player").
_PLURAL_ONLY_GROUPS = frozenset(("players",))
_GROUP_HEADS = _GROUP_NOUNS | _COLLECTIVE_NOUNS | _PLURAL_ONLY_GROUPS
# A group the narration names in a speech tag ("cried the thralls", "the players cry"):
# "the", at most two modifiers, a plural person noun. (The "t" comes before the lookbehind,
# as in ``_INDEFINITE``, so that the engine skips fast to it.)
# (``_GROUP_CASES``: one pattern for each case of its first letter, see ``_case_scan``)
_GROUP, _GROUP_CASES = compile_by_case(
    rf"[Tt](?<![\w'’-][Tt])he[ \t]++(?P<mods>(?:{_MODIFIER}[ \t]++){{0,2}})"
    rf"(?P<noun>(?:[a-z]++-)?(?:{trie_regex(_GROUP_HEADS)}))\b(?!-\w)(?!['’]\w)",
    "[Tt]",
)
# A short place between a group and the verb of its tag ('"…!" the men by the fire
# roared'), which the group's name keeps: it tells them from the other men.
_GROUP_PLACE = re.compile(
    r"[ \t]++(?:in|at|by|near|behind|round|around|outside|upstairs|downstairs)"
    r"(?:[ \t]++(?:the|a|an|his|her|their)[ \t]++[a-z]++(?:-[a-z]++)*+)?(?=[ \t]+[a-z])"
)
# Someone the text only introduces in a speech tag: "said a thin, elderly gentleman",
# "exclaimed a man in the crowd", "a man's voice said", "called a voice": an indefinite
# phrase (modifiers may be ordinals and be set off by commas: "a third autumnal matron"),
# a person noun or "voice" (a person's voice: "a girl's voice" is the girl), and a short
# place or company after it ("in the crowd", "of fifty", "at the door"), which the name
# keeps: it is how the text tells this person from the others.
_LOOSE_MODIFIER = (
    rf"(?!(?:{trie_regex(w for w in name_tables.FUNCTION_WORDS | SPEECH_VERBS if w.isalpha())})\b)"
    r"[a-z]++(?:-[a-z]++)*+"
)
_VOICE = "voice"
# The words every phrase ``_voices_again_in`` finds holds one of.
_VOICE_WORDS = ("voice", "speaker")
# (The article's first letter comes before the lookbehind so that the engine can skip fast
# to the letters a match can start with; ``_INDEFINITE_CASES``: one pattern per case of it.)
_INDEFINITE, _INDEFINITE_CASES = compile_by_case(
    r"(?P<det>[Aa](?<![\w'’-][Aa])(?:n|nother)?)[ \t]++"
    rf"(?P<mods>(?:{_LOOSE_MODIFIER},?[ \t]++){{0,3}})"
    rf"(?P<noun>(?:[a-z]++-)?(?:{_NOUN})|{_VOICE})\b(?!-\w)"
    rf"(?P<voice>['’]s[ \t]+{_VOICE}\b)?"
    r"(?P<place>[ \t]++(?:in|of|at|from|by|behind|near|on|with)[ \t]++"
    r"(?:(?:the|a|an|his|her|their)[ \t]++)?[a-z]++(?:-[a-z]++)*+(?=[ \t]*[,.;:!?\"“”‘’]))?",
    "[Aa]",
)


# The subject of a speech tag after its verb that is no person noun ("…," said the old
# horse; "…," replied the archdeacon): a definite or possessive phrase, at most two
# modifiers and one lower-case word the clause ends on. The tag makes it someone who speaks
# whatever the word; ``_tag_subject_in`` keeps the ones no other scan finds. Only a tag
# right after a quote counts, so the pattern is tried only there (``_TAG_SUBJECT_AFTER``).
_TAG_SUBJECT = (
    rf"(?<![\w'’-])(?P<verb>{SPEECH_VERB_TRIE[0]})[ \t]++"
    r"(?P<det>the|his|her|my|their|our)[ \t]++"
    rf"(?P<mods>(?:{_MODIFIER}[ \t]++){{0,2}})"
    r"(?P<noun>[a-z]++(?:-[a-z]++)?)(?=[ \t]*[,.;:!?\"”’—])"
)


def _case_scan(
    whole: re.Pattern[str], cases: Sequence[re.Pattern[str]], text: str, start: int, end: int
) -> list[re.Match[str]]:
    """Return the matches of ``whole`` in ``text[start:end]`` (as ``finditer`` finds them),
    from the scans of its ``cases`` (``fast_regex.compile_by_case``) merged in text order.
    At each position only the case of its letter can match, and matches there as ``whole``
    does; so when no two of the merged matches overlap they are exactly ``whole``'s (a match
    of one case inside another's, "A friend of a friend", is one that ``whole`` skips: then
    ``whole`` scans again itself)."""
    found = list(merge(*(case.finditer(text, start, end) for case in cases), key=re.Match.start))
    for before, after in zip(found, found[1:], strict=False):
        if before.end() > after.start():
            return list(whole.finditer(text, start, end))
    return found


# What continues a voice: "the voice", "the rough voice", "the speaker" (not "the voice of
# the clever lady": someone else's).
_VOICE_AGAIN = compile_embedding(
    rf"[Tt](?<![\w'’-][Tt])he[ \t]+(?:(?P<mods>{_MODIFIER})[ \t]+)?"
    r"(?P<noun>voice|speaker)\b(?!-\w)(?!['’]s\b)(?![ \t]+of\b)",
    [(_NOT_MODIFIER, _NOT_MODIFIER_WORDS)],
)
# How a text names the owner of a voice it first only heard.
_VOICE_OWNER = compile_fast(
    r"\b(?:[Ii]t was|belonged to|turned out to be|[Ii]t was only|[Tt]here stood)[ \t]+"
    r"(?:(?:Mr|Mrs|Miss|Ms|Dr|Lady|Lord|Sir)\.?[ \t]+)?[A-Z][a-z]"
)
# How far a line said by "he"/"she" may stand from the phrase that brings its speaker in.
_VOICED_REACH = 400
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
# How close a tag must stand to its quotation: "…," said the girl / the girl said, "…".
_TAG_GAP = 4
# ``_TAG_SUBJECT`` with its verb at most ``_TAG_GAP`` characters on from where it is tried
# (a quote's end): matched there, instead of searched for over the whole text.
# (the tries of the verbs and of the words no modifier is built, not parsed)
_TAG_SUBJECT_AFTER = compile_embedding(
    rf"[\s\S]{{0,{_TAG_GAP}}}?(?:{_TAG_SUBJECT})",
    [SPEECH_VERB_TRIE, (_NOT_MODIFIER, _NOT_MODIFIER_WORDS)],
)
_INTRO_GAP = 30


# "the turnkey's son", "the ship's boy": a person noun whose owner is a role in the
# possessive ("the <noun>'s").
_OWNED_BY_ROLE = re.compile(r"the [a-z]+['’]s [a-z]+")


def owned_by_role(key: str) -> bool:
    """Return whether a descriptor key is a person noun owned by a role ("the turnkey's
    son", "the miller's daughter", "the ship's boy"). Such a phrase relates the person to
    the role, not to anyone named just before it (a kin noun: "her father" after "Emma" is
    Emma's father), and says what the person is (a noun that names anyone: "the boy" is
    anyone, "the ship's boy" a role)."""
    return _OWNED_BY_ROLE.fullmatch(key) is not None


@dataclass(frozen=True, slots=True)
class DescriptorMention:
    """One descriptor phrase ``text[start:end]``: ``key`` is its lower-case form ("the old
    man"; a name's possessive keeps the name: "Gisborne's soldier", whose span covers only
    "soldier" so that it never overlaps the name), ``noun`` the person noun ("man").
    ``modified``: a modifier stands before the noun; ``possessive``: "'s" follows it ("the
    doctor's man"); ``speech``: it tags a quote; ``subject``: a verb follows it;
    ``in_quote``: it stands in dialogue."""

    start: int
    end: int
    key: str
    noun: str
    modified: bool
    possessive: bool
    speech: bool
    subject: bool
    in_quote: bool
    # where the first quote after the phrase starts when that quote's tag is a "he"/"she"
    # agreeing with the noun ("An old man sat there. / '…,' he says.") or, for a definite
    # phrase in the narration, when it is untagged and a paragraph of its own right after
    # the phrase's ("the footman opened the door. / 'Sir Anthony, madam.'"), else -1
    pronoun_quote: int = -1
    # a voice ("said a rough voice") or what continues one ("the speaker", "the voice")
    voice: bool = False
    # a group that speaks as one ("cried the thralls", "the players cry")
    group: bool = False
    # the subject of a verb that brings someone on the scene ("the footman opened the
    # door", "the bargeman shouts at us", "the maid came in")
    enters: bool = False


def scan_descriptors(
    text: str,
    paragraphs: Sequence[Span],
    quotes: Sequence[Span],
    index: QuoteIndex | None = None,
) -> Iterator[DescriptorMention]:
    """Yield the descriptor phrases of the ``paragraphs`` of ``text`` in text order, with
    their evidence (see ``DescriptorMention``); ``quotes`` are the dialogue spans, and
    ``index`` the caller's ``QuoteIndex`` of them, if it has one. Never raises."""
    if index is None:
        index = QuoteIndex(quotes)
    placed = _placed_matches(text, paragraphs)
    # With the matches placed, only the paragraphs where something can be found are
    # visited: those holding a match of the three patterns, a voice word
    # (``_voices_again_in`` reads no other) or the letters of a one-line speaker's phrase
    # (``one_line_phrases`` reads no other).
    tagged = _tag_subjects(text, paragraphs, index)
    uses = _NounUses(text)
    visit: Iterable[int] = (
        range(len(paragraphs))
        if placed is None
        else sorted(set(_busy(text, paragraphs, placed)) | tagged.keys())
    )
    for i in visit:
        para = paragraphs[i]
        if placed is None:
            found = list(_definite_in(text, para, index))
            found += _indefinite_in(text, para, index)
        else:
            phrases, indefinites, groups = (by_para.get(i) for by_para in placed)
            found = list(_definite_in(text, para, index, phrases)) if phrases else []
            if indefinites:
                found += _indefinite_in(text, para, index, indefinites)
        found += _voices_again_in(text, para, index)
        if index.next_start(para.start) < para.end:  # a line of dialogue: a group may speak
            if placed is None:
                found += _groups_in(text, para, index)
            elif groups:
                found += _groups_in(text, para, index, groups)
            found += _one_line_in(text, para, index)
            if i in tagged:
                found += _tag_subject_in(text, para, index, tagged[i], uses)
        if found:
            found.sort(key=lambda d: d.start)
            yield from found


def _busy(
    text: str, paragraphs: Sequence[Span], placed: tuple[_Placed, _Placed, _Placed]
) -> list[int]:
    """Return, in order, the indexes of the ``paragraphs`` where ``scan_descriptors`` can
    find something (see there)."""
    starts = [para.start for para in paragraphs]
    busy: set[int] = set().union(*placed)
    busy.update(_holding(text, paragraphs, starts, _VOICE_WORDS))
    busy.update(_holding(text, paragraphs, starts, PHRASE_CORES))
    return sorted(busy)


def _holding(
    text: str, paragraphs: Sequence[Span], starts: list[int], words: Iterable[str]
) -> set[int]:
    """Return the indexes of the ``paragraphs`` (in order, ``starts`` their starts) that
    hold one of ``words`` whole: those for which ``text.find(word, para.start, para.end)``
    finds one; a ``str.find`` per occurrence in the text instead of one per paragraph."""
    held: set[int] = set()
    first, last = starts[0], paragraphs[-1].end
    for word in words:
        at = text.find(word, first, last)
        while at >= 0:
            i = bisect_right(starts, at) - 1
            if at + len(word) <= paragraphs[i].end:
                held.add(i)
            at = text.find(word, at + 1, last)
    return held


_Placed = dict[int, list[re.Match[str]]]


def _placed_matches(
    text: str, paragraphs: Sequence[Span]
) -> tuple[_Placed, _Placed, _Placed] | None:
    """Return the matches of ``_PHRASE``, ``_INDEFINITE`` and ``_GROUP`` by paragraph index,
    each pattern run once over the paragraphs' whole stretch of text instead of once per
    paragraph (7,900 paragraphs in a novel: a regex call and a generator each), or ``None``
    when that could find other matches than the paragraph by paragraph scan.

    It finds the same ones when the paragraphs are in order and each has only whitespace
    between it and the line breaks around it: no match of these patterns holds a line break
    (they consume only letters, hyphens, apostrophes, commas, spaces and tabs) and none
    starts with whitespace, so no match crosses into a paragraph from outside or out of it;
    and every lookahead that may read past a paragraph's end (``\\b``, ``(?!-\\w)``,
    ``(?!['’]...)``, a run of ``[ \\t]`` or of letters and spaces before an apostrophe or a
    punctuation mark) sees only whitespace there, which it treats as it treats the end of
    the text. (Lookbehinds read before the start in both scans.) ``_INDEFINITE`` and
    ``_GROUP`` run as one scan per case of their first letter (``_case_scan``)."""
    if not paragraphs:
        return None
    starts: list[int] = []
    ends: list[int] = []
    last = 0
    for para in paragraphs:
        if para.start < last or para.end < para.start:
            return None
        line = text.rfind("\n", 0, para.start) + 1
        stop = text.find("\n", para.end)
        after = text[para.end : len(text) if stop < 0 else stop]
        if (line < para.start and text[line : para.start].strip()) or (after and after.strip()):
            return None
        starts.append(para.start)
        ends.append(para.end)
        last = para.end
    out: list[_Placed] = []
    begin, end = starts[0], ends[-1]
    for matches in (
        _PHRASE.finditer(text, begin, end),
        _case_scan(_INDEFINITE, _INDEFINITE_CASES, text, begin, end),
        _case_scan(_GROUP, _GROUP_CASES, text, begin, end),
    ):
        by_para: _Placed = {}
        for m in matches:
            i = bisect_right(starts, m.start()) - 1
            if i >= 0 and m.end() <= ends[i]:
                by_para.setdefault(i, []).append(m)
        out.append(by_para)
    return out[0], out[1], out[2]


def _definite_in(
    text: str, para: Span, index: QuoteIndex, matches: Iterable[re.Match[str]] | None = None
) -> Iterator[DescriptorMention]:
    """Yield the definite and possessive descriptor phrases of one paragraph (from
    ``matches``, its matches of ``_PHRASE``, when the caller has them)."""
    if matches is None:
        matches = _PHRASE.finditer(text, para.start, para.end)
    for m in matches:
        noun = m.group("noun")
        head = noun.rsplit("-", 1)[-1]
        mods = m.group("mods").split()
        det = m.group("det")
        if det is not None and det.lower() in PRONOUN_DETERMINERS:
            if head in nouns.NOT_AFTER_POSSESSIVE:
                continue
        if head in nouns.MODIFIER_NOUNS and _noun_follows(text, m.end(), para.end):
            continue  # "the chief reason", "the baby carriage"
        owner = m.group("owner")
        # a name is a mention of its own: the phrase then spans only "soldier"
        start = m.start("mods") if m.group("name") else m.start()
        if owner is None:
            det_word = (det or "").lower()
        else:
            first, _, rest = owner.partition(" ")
            owner = " ".join([first if m.group("name") else first.lower(), *rest.split()])
            det_word = owner + text[m.end("owner") : m.end("owner") + 2]
        key = " ".join([det_word, *mods, noun])
        possessive = text.startswith(("'s", "’s"), m.end())
        found = DescriptorMention(
            start, m.end(), key, head, bool(mods), possessive, False, False, False
        )
        told = _with_evidence(text, para, index, found, m.start())
        if det_word == "the" and not (possessive or told.speech or told.subject):
            placed = _placed(text, para, index, found, m.start())
            if placed is not None:  # "the man in the bar said": the place is the name's
                told = placed
        yield told


def _placed(
    text: str, para: Span, index: QuoteIndex, found: DescriptorMention, phrase_start: int
) -> DescriptorMention | None:
    """Return the definite phrase ``found`` with the short place after it ("the man in the
    bar", "the man downstairs", "the gentleman in the bag-wig") when that place ends the
    subject of a speech tag or of a verb ('"…," the man in the bar said'; "The man in the
    skiff looked at him"): the place tells this person from the others and is part of the
    name, as it is for a group (``_GROUP_PLACE``); else ``None``."""
    place = _GROUP_PLACE.match(text, found.end, para.end)
    if place is None:
        return None
    key = " ".join([found.key, *place.group().split()])
    longer = replace(found, end=place.end(), key=key, modified=True)
    told = _with_evidence(text, para, index, longer, phrase_start)
    return told if told.speech or told.subject else None


def _groups_in(
    text: str, para: Span, index: QuoteIndex, matches: Iterable[re.Match[str]] | None = None
) -> Iterator[DescriptorMention]:
    """Yield the groups of one paragraph that tag a quote ("cried the thralls"), ``group``
    set: a group that speaks as one is a character of the scene (from ``matches``, its
    matches of ``_GROUP``, when the caller has them)."""
    if matches is None:
        matches = _GROUP.finditer(text, para.start, para.end)
    for m in matches:
        mods = m.group("mods").split()
        if any(w in _NOT_MODIFIERS for w in mods):
            continue
        noun = m.group("noun")
        key = " ".join(["the", *mods, noun])
        bare = DescriptorMention(
            m.start(), m.end(), key, noun, bool(mods), False, False, False, False, group=True
        )
        found = _with_evidence(text, para, index, bare, m.start())
        if not found.speech:  # '"…!" the men by the fire roared': the place is the name's
            place = _GROUP_PLACE.match(text, m.end(), para.end)
            if place is None:
                continue
            placed = replace(bare, end=place.end(), key=" ".join([key, *place.group().split()]))
            found = _with_evidence(text, para, index, placed, m.start())
        if found.speech:
            yield found


def _tag_subjects(text: str, paragraphs: Sequence[Span], index: QuoteIndex) -> _Placed:
    """Return the matches of ``_TAG_SUBJECT`` whose verb starts at most ``_TAG_GAP``
    characters after a quote's end (``index``), by paragraph index; a match that leaves its
    paragraph is dropped. A match cannot hold a quotation mark, so no match of the pattern
    over the whole text starts before a quote's end and runs past it: the matches tried
    after each end are those a scan of the paragraphs' stretch would find there."""
    if not paragraphs:
        return {}
    starts = [para.start for para in paragraphs]
    first, last = starts[0], paragraphs[-1].end
    by_para: _Placed = {}
    taken = first  # where the last match ended: matches do not overlap, as in a scan
    for end in index.ends:
        if end < first or end >= last:
            continue
        m = _TAG_SUBJECT_AFTER.match(text, end, last)
        if m is None or m.start("verb") < taken:
            continue  # (two quotes ending before one tag: it is read once)
        taken = m.end()
        i = bisect_right(starts, m.start("verb")) - 1
        if i >= 0 and m.end() <= paragraphs[i].end:
            by_para.setdefault(i, []).append(m)
    return by_para


def _tag_subject_in(
    text: str,
    para: Span,
    index: QuoteIndex,
    matches: Iterable[re.Match[str]],
    uses: _NounUses,
) -> Iterator[DescriptorMention]:
    """Yield the subjects of speech tags that no person noun heads ("…," said the old
    horse; "…," replied my master) from one paragraph's ``matches`` of ``_TAG_SUBJECT``:
    those whose verb follows a quote's end and whose noun the text uses again after an
    article or a possessive ("an old riding horse", "the horse"): a creature the story
    follows, not an epithet of someone it names ("said the weeping handmaiden" of a maid
    called Ellis). A word that is no noun of a single person ("said the other", "said the
    voice", "said the boys", "said the man solemnly") is left out, and so is a superlative
    ("said the eldest": one of a group the text names), as is a person noun, which
    ``_definite_in`` reads. ``uses`` answers for the whole text whether a noun is used
    again."""
    for m in matches:
        noun = m.group("noun")
        head = noun.rsplit("-", 1)[-1]
        if (
            head in nouns.PERSON_NOUNS
            or head in _NOT_MODIFIERS
            or head in _GROUP_HEADS
            or head in _VOICE_WORDS
            or head.endswith(("ly", "est"))
            or (head.endswith("s") and not head.endswith("ss"))
            or not index.ends_before(m.start("verb"), _TAG_GAP, para)
            or not uses.used_again(head)
        ):
            continue
        mods = m.group("mods").split()
        key = " ".join([m.group("det"), *mods, noun])
        found = DescriptorMention(
            m.start("det"), m.end(), key, head, bool(mods), False, False, False, False
        )
        yield _with_evidence(text, para, index, found, m.start("det"))


# An article or a possessive and at most two words, ending where a noun begins: what
# ``_NounUses`` looks for before each use of a tag subject's noun, in lower-cased text.
_DETERMINED_BEFORE = re.compile(
    r"\b(?:the|an?|his|her|my|their|our)[ \t\r\n]+(?:[a-z-]+[ \t\r\n]+){0,2}\Z"
)
# How far back from a noun ``_DETERMINED_BEFORE`` is looked for.
_DETERMINED_REACH = 80


class _NounUses:
    """Whether a text puts a noun after an article or a possessive pronoun (at most two
    words between) at least twice: the tag's own phrase and one more ("said the old horse"
    and "an old riding horse"). The text is lower-cased once, when first asked, and each
    noun's answer is kept. A noun is found with ``str.find`` and read back from there: a
    case-blind pattern over the whole text per noun cost up to 60 ms on a novel (and a
    pattern opening with ``\\b`` loses the engine's fast search for its literal)."""

    def __init__(self, text: str) -> None:
        self._text = text
        self._lowered: str | None = None
        self._seen: dict[str, bool] = {}

    def used_again(self, noun: str) -> bool:
        """Return whether the text determines ``noun`` (lower case) twice."""
        found = self._seen.get(noun)
        if found is None:
            found = self._seen[noun] = self._count(noun)
        return found

    def _count(self, noun: str) -> bool:
        if self._lowered is None:
            self._lowered = self._text.lower()
        lowered = self._lowered
        whole_word = re.compile(rf"\b{re.escape(noun)}\b").match  # tried only where found
        hits = 0
        start = lowered.find(noun)
        while start >= 0:
            if whole_word(lowered, start) and _DETERMINED_BEFORE.search(
                lowered, max(0, start - _DETERMINED_REACH), start
            ):
                hits += 1
                if hits == 2:
                    return True
            start = lowered.find(noun, start + len(noun))
        return False


def _one_line_in(text: str, para: Span, index: QuoteIndex) -> Iterator[DescriptorMention]:
    """Yield the one-line speakers of one paragraph ("cried one of the women", "said
    another", "somebody exclaimed": ``one_line_speakers``), ``group`` set, so that a tag of
    theirs makes them a character; the speakers stage gives them only their own lines."""
    for start, end, key, noun in one_line_phrases(text, para, index, _GROUP_NOUNS):
        yield DescriptorMention(start, end, key, noun, False, False, True, True, False, group=True)


def _voices_again_in(text: str, para: Span, index: QuoteIndex) -> Iterator[DescriptorMention]:
    """Yield the phrases of one paragraph that may continue a voice ("the speaker", "the
    rough voice"); ``noun`` is "voice" for all of them."""
    if not any(text.find(word, para.start, para.end) >= 0 for word in _VOICE_WORDS):
        return
    for m in _VOICE_AGAIN.finditer(text, para.start, para.end):
        mod = m.group("mods")
        if mod is not None and mod in _NOT_MODIFIERS:
            continue
        key = " ".join(w for w in ("the", mod, m.group("noun")) if w)
        found = DescriptorMention(
            m.start(), m.end(), key, _VOICE, mod is not None, False, False, False, False
        )
        yield replace(_with_evidence(text, para, index, found, m.start()), voice=True)


# What may stand between a newcomer and their verb: a participle's clause between commas
# ("An old boatman, mending a net on the shingle, touched his cap") or what they have
# ("a small boy with a chilblained nose took his spoonful").
_BETWEEN_SUBJECT_AND_VERB = re.compile(
    r",[ \t]+[a-z]+ing\b[^,.;:!?\"“”‘’\n]{0,60},(?=[ \t])"
    r"|[ \t]+with[ \t]+(?:a|an|his|her)[ \t]+(?:[a-z]+(?:-[a-z]+)?[ \t]+)?[a-z]+(?=[ \t])"
)


def _is_verb(word: str) -> bool:
    """Whether ``word``, right after a phrase, is a verb the phrase is the subject of: an
    auxiliary, a past tense or a person's verb, and no function word."""
    return word not in name_tables.FUNCTION_WORDS and (
        word in _AUXILIARIES
        or word in _IRREGULAR_PAST
        or word in name_tables.PERSON_VERBS
        or word.endswith("ed")
    )


def _verb_follows(text: str, pos: int, end: int) -> bool:
    """Whether the phrase ending at ``pos`` is the subject of a verb ("A nurse had let him
    in", "an old man is selling chestnuts", "a stranger came"; "an old boatman, mending a
    net, touched his cap"; "a small boy with a red nose took it")."""
    between = _BETWEEN_SUBJECT_AND_VERB.match(text, pos, min(end, pos + 2 * _CONTEXT))
    if between is not None:
        pos = between.end()
    if not text.startswith((" ", "\t"), pos):
        return False
    after = _WORD_AFTER.match(text, pos, min(end, pos + _CONTEXT))
    if after is None:
        return False
    return _is_verb(after.group(2))


def _pronoun_quote(text: str, index: QuoteIndex, found: DescriptorMention) -> int:
    """Return where the first quote after ``found`` starts when it stands within
    ``_VOICED_REACH`` characters and a "he"/"she" of the noun's gender tags it, else -1."""
    start = index.next_start(found.end)
    if start - found.end > _VOICED_REACH:
        return -1
    _, end = index.bounds(index.find(start))
    tag = _PRONOUN_TAG.match(text, end, end + _CONTEXT)
    if tag is None or tag.group("verb") not in SPEECH_VERBS:
        tag = _PRONOUN_TAG_INVERTED.match(text, end, end + _CONTEXT)
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


def _definite_quote(text: str, index: QuoteIndex, found: DescriptorMention) -> int:
    """Return where the first quote after ``found`` starts when it stands within
    ``_VOICED_REACH`` characters and "the", modifiers and ``found``'s noun tag it with a
    speech verb before or right after them ('…,” said the boy'; '…,” the old boy
    whispers'), else -1: the one just introduced ("A boy put his head in at the door")
    says it."""
    start = index.next_start(found.end)
    if start - found.end > _VOICED_REACH:
        return -1
    _, end = index.bounds(index.find(start))
    tag = _DEFINITE_TAG.match(text, end, end + _CONTEXT)
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
    "he"/"she" tags it (``_pronoun_quote``) or when, untagged, it is a paragraph of its own
    right after the phrase's paragraph ("the footman opened the door. / 'Sir Anthony,
    madam.'"), else -1."""
    line = _pronoun_quote(text, index, found)
    if line >= 0:
        return line
    start = index.next_start(found.end)
    if start - found.end > _VOICED_REACH:
        return -1
    opens = text.rfind("\n", found.end, start)
    between = text[found.end : opens].strip()
    if opens < 0 or text[opens:start].strip(_QUOTE_MARKS) or "\n" in between:
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
# said": a relative or participle clause of one sentence and no line, closed by a comma,
# then the verb (an adverb may stand before it).
_RELATIVE_THEN_VERB = re.compile(
    r",[ \t]+(?:(?P<relative>who|whom|whose)|[a-z]+ing)\b[^.;:!?\n\"\u201c\u201d]{1,120}?,"
    r"[ \t]+(?:[a-z]+ly[ \t]+)?(?P<verb>[a-z]+)\b"
)


def _indefinite_in(
    text: str, para: Span, index: QuoteIndex, matches: Iterable[re.Match[str]] | None = None
) -> Iterator[DescriptorMention]:
    """Yield, in text order, the indefinite phrases of paragraph ``para`` that tag a quote
    ("…," said a thin, elderly gentleman; "…" cried another voice; A man's voice said, "…"):
    each introduces someone the text does not name. ``key`` is its name and the mention spans
    it: the phrase with a short place after it ("a man in the crowd"), "a man" for "a
    man's voice" (``voice`` set). Yielded are the phrases that tag a quote (a line of
    dialogue next to them, a speech verb before or after), a voice right after a line, and
    a narration subject right before a line a fitting "he"/"she" says (``pronoun_quote``
    set, ``speech`` not); ``matches`` are its matches of ``_INDEFINITE`` when the caller
    has them. Never raises."""
    if matches is None:
        matches = _INDEFINITE.finditer(text, para.start, para.end)
    for m in matches:
        noun = m.group("noun")
        det = m.group("det").lower()
        if index.find(m.start()) >= 0:
            continue
        voice = noun == _VOICE or m.group("voice") is not None
        end = m.end("noun")
        after = m.end("voice") if m.group("voice") else end
        mods = " ".join(m.group("mods").split())
        head = noun.rsplit("-", 1)[-1]
        key = " ".join(w for w in (det, mods, noun) if w)
        if voice and _VOICE_OWNER.search(text, after, min(len(text), after + _VOICED_REACH)):
            continue  # "It was Ron." / "The voice belonged to Ron": someone the text names
        if not _tags_quote(text, para, index, m.start(), after):
            # a voice right after a line is that line's ("'I beg your pardon.' A man's
            # voice beside her made her start")
            if voice and index.ends_before(m.start(), _TAG_GAP, para):
                pass
            elif not voice and det != "another" and _verb_follows(text, end, para.end):
                # someone new the narration brings in ("A nurse had let him in", "an old
                # man is selling chestnuts") just before a line "he"/"she" says
                found = DescriptorMention(
                    m.start(), end, key, head, bool(mods), False, False, True, False
                )
                line = _pronoun_quote(text, index, found)
                if line < 0:  # "A boy put his head in. / '…,' said the boy"
                    line = _definite_quote(text, index, found)
                if line >= 0:
                    yield replace(found, pronoun_quote=line)
                continue
            else:
                continue
        if m.group("place") and not voice:
            key += " " + " ".join(m.group("place").split())
            end = m.end("place")
        elif noun == _VOICE and m.group("place"):  # "a voice in her ear"
            key += " " + " ".join(m.group("place").split())
            end = m.end("place")
        yield DescriptorMention(
            m.start(), end, key, head, bool(mods), False, True, True, False, voice=voice
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
    ``para``: one ends at most ``_TAG_GAP`` characters before ``before`` ('"…," said the
    girl') or starts at most ``_INTRO_GAP`` after ``after`` ('the girl said, "…"')."""
    return quotes.ends_before(before, _TAG_GAP, para) or quotes.starts_after(
        after, _INTRO_GAP, para
    )


def _tags_quote(text: str, para: Span, quotes: QuoteIndex, start: int, end: int) -> bool:
    """Whether the phrase ``text[start:end]`` is the subject of a speech tag next to a
    quote: after the verb ("…," said a man / broke in a man) or before it ("…" a man cried;
    a man said, "…")."""
    window = text[max(para.start, start - _CONTEXT) : start]
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
    after = _WORD_AFTER.match(text, end, min(para.end, end + _CONTEXT))
    if after is not None and after.group(2) in SPEECH_VERBS:
        return _beside_quote(quotes, para, start, after.end())
    return False


def _noun_follows(text: str, pos: int, end: int) -> bool:
    """Whether a lower-case word that is no function word, verb form, adverb or plural
    follows ``pos`` ("the chief reason"; not "the chief said", "the chief rode", "the chief
    of police")."""
    after = _WORD_AFTER.match(text, pos, min(end, pos + _CONTEXT))
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


def _with_evidence(
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
    window = text[max(para.start, phrase_start - _CONTEXT) : phrase_start]
    before = _word_before(window)
    speech = subject = enters = False
    if found.possessive:  # "said the child's nurse": the nurse speaks, not the child
        before = None
    if before is not None and before[0].lower() in SPEECH_VERBS:
        # "…," said the girl / said the girl, "…"
        verb_start = phrase_start - len(window) + before[1]
        speech = _beside_quote(quotes, para, verb_start, found.end)
    after = _WORD_AFTER.match(text, found.end, min(para.end, found.end + _CONTEXT))
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
            and _is_verb(clause.group("verb"))
        )
        if clause is not None and clause.group("verb") in SPEECH_VERBS:
            # "the maid, going by the door, said, '…'": a tag whose subject an aside
            # parts from its verb
            speech = _beside_quote(quotes, para, found.start, clause.end())
            subject = True
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
        _pronoun_quote(text, quotes, found) if found.in_quote else _next_line(text, quotes, found),
        found.voice,
        found.group,
        enters,
    )
