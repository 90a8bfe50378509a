"""Warnings told obliquely: two weak cues of different kinds that agree in one scene.

A story often tells an illness, a drink or a grief without one strong word for it: a cough
here and what the doctor said there, a brandy and how it burned, a death and someone crying.
Each cue alone is too weak (a cough clears a throat, brandy stands on a sideboard, people
cry for many reasons), so none weighs much in the cue tally (``theme_cue_tally.tally_cues``). Two
cues of *different kinds* near each other agree: a symptom with a doctor, a medicine or a
sick-bed; a spirit named with its drinking or its effect; a death with mourning — crying, a
grave, a funeral, someone missed, the day kept; a pregnancy's time ("near her time") with
what is made ready for it or who attends it (a midwife, a cradle, the lying-in).

``agreeing`` finds, per tag of ``KINDS``, the scenes (``SCENE_CHARS`` of text) where cues of
two kinds meet. A cue does not count when it is negated, supposed (after "if" or a modal),
inside a simile or a figurative use (the stage's own checks, ``theme_evidence``), a
capitalised word inside its sentence (a name: "Doctor Foster", "Gin came in"), or in a
sentence that tells a play, a song or a story, or play-acts ("in the play he died",
"pretended to be dead"). A story needs one such scene per ``BASE_WORDS`` of it, counted
by the square root as the thresholds are (``themes.threshold``): a novel's one doctor near
one cough is no illness story. A scene whose agreeing cues are all in dialogue counts half
(``TALKED_SCENE``), as a tag only talked about needs twice its threshold in the tally.

The families are written from how English fiction tells these things, not from any one
story; the tests (``tests/understand/test_theme_agreeing.py``) hold invented sentences for
each kind, and contrasts that must not fire.
"""

from __future__ import annotations

import functools
import math
import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass

from ficshelf.model import Span
from ficshelf.understand.fast_regex import compile_fast
from ficshelf.understand.regex_tries import trie_regex
from ficshelf.understand.theme_evidence import (
    containing,
    figurative,
    hypothetical,
    negated,
    simile,
)
from ficshelf.understand.theme_matcher import cue_prefixes, plainly_lowered

# Two cues of different kinds this close (characters, about three short paragraphs) are in
# one scene.
SCENE_CHARS = 1500
# Words of story one agreeing scene suffices for; longer stories need more scenes, growing
# with the square root of the length (as ``themes.threshold`` grows).
BASE_WORDS = 3000
# A scene whose agreeing cues are all in dialogue (talked about, never shown: "He was
# delirious for a week," she said) counts this much: the talk must come back to it, as a
# tag only talked about needs twice its threshold in the cue tally (``themes.TALKED_ONLY``).
TALKED_SCENE = 0.5

# A possessive or "the" just before a noun, as lookbehinds (each of one width) so that the
# cue starts at its own word: "her drops", "his mother's grave".
_POSSESSED = r"(?:(?<=(?:her|his|the|our|its) )|(?<=your )|(?<=['’]s )|(?<=their )|(?<=\bmy ))"

# Per tag, the kinds of weak evidence that agree; each a regex of word families.
KINDS: dict[str, dict[str, str]] = {
    "illness": {
        # what the body shows
        "symptom": (
            r"coughing(?! (?:out|politely|discreetly))(?: fits?)?"
            r"|cough(?:s|ed)? (?:into|up|all night|blood|and cough)"
            r"|(?:her|his|my|your|the|that|a (?:dry|wet|hollow|racking|hacking|bad|nasty)) cough\b"
            r"|fevers?|feverish(?! (?:haste|activity|excitement|energy|pace))|a high temperature"
            r"|short of breath|fight(?:s|ing)? for breath|wheez\w*|laboured breath\w*"
            r"|spat blood|spitting blood|blood on (?:the|her|his|my) (?:handkerchief|cloth|pillow)"
            r"|vomit\w*|retch\w*|nause(?:a|ous)|delirious|delirium|(?:her|his|my) temperature"
            r"|shivering fits?|ague|grown (?:so )?thin|thinner than|wasting|wasted away"
            r"|too weak to|could(?:n't|n’t| not) keep (?:anything|food|it) down"
            r"|(?:into|on|in) (?:her|his|my|your) (?:chest|lungs)|(?:her|his|my) lungs"
            r"|(?:a|her|his|my) (?:rash|sore throat|headache|migraine)s?|aching all over"
        ),
        # what is done for it
        "care": (
            r"doctors?|physicians?|apothecar(?:y|ies)|druggist\w*|chemist['’]s|(?:the|a) GP"
            r"|medicines?|medication|physic\b|prescri(?:bed|ption)s?|(?:a|the) dose\b"
            r"|" + _POSSESSED + r"(?:drops|pills|tablets|powders|draughts?|linctus|syrup|inhaler)"
            r"|antibiotics|painkillers|paracetamol|aspirin|thermometer|bed rest"
            r"|sick-?(?:bed|room)s?|invalid(?:s|'s|’s)?\b|bedridden|(?:off|home) sick"
            r"|confined to (?:her|his|my) (?:bed|room)|nurs(?:ed|ing) (?:her|him|them)"
            r"|convalesc\w+|on the mend|turn for the worse"
            r"|(?:a|the) (?:cold|damp|wet) (?:cloth|flannel|compress) (?:on|to) (?:her|his|my)"
        ),
    },
    "alcohol": {
        # a spirit by its name (wine and ale stand on every period table; spirits less so)
        "spirit": (
            r"brandy|gin|whisk(?:e)?y|(?<!a )rum\b|vodka|schnapps|absinthe|liquor|grog"
            r"|bourbon|tequila|moonshine|poteen|aquavit"
        ),
        # its drinking and what it does (a bottle or a decanter on a sideboard is neither)
        "effect": (
            r"choked on it|spluttered|fiery"
            r"|burn(?:ed|t|ing|s)? (?:\w+ )?(?:throat|all the way down)"
            r"|went (?:straight )?to (?:his|her|my|their|your) head|(?:a|another) (?:swallow|gulp"
            r"|mouthful|pull|swig|nip|tot|dram)|gulp(?:ed|ing|s)?|swig(?:ged|ging|s)?|tipsy"
            r"|drunk(?!ard)|unsteady|another (?:glass|cup)|refill(?:ed|ing|s)?"
            r"|a great deal of it|too much of it|made (?:me|him|her|them|us) drink"
            r"|drank|drinking|knocked (?:it|them) back|tossed (?:it|them) back"
        ),
    },
    "drug use": {
        # a drug by its name or its kit
        "drug": (
            r"laudanum|opium|morphi(?:a|ne)|heroin|cocaine|coke\b|weed|joints?|cannabis"
            r"|syringe|(?:the|a|his|her) needle|pills|powders|uppers|downers|the stuff"
            r"|" + _POSSESSED + r"(?:drops|sleeping.draughts?|sleeping.powders?)"
        ),
        # its use (a dose is as often a medicine's)
        "use": (
            r"(?:his|her|their|the) habit|crav(?:ing|ed|es)|withdrawal|high as|getting high"
            r"|(?:another|a) (?:hit|fix|line)|stash|dealer|inject(?:ed|ing)?|snort(?:ed|ing)?"
            r"|pinpricks?|pupils (?:were|had) (?:shrunk|tiny|pinpoints?)|track marks"
            # needing it, and taking more than was allowed
            r"|could(?:n't|n’t| not) (?:sleep|get through the night|face the day) without"
            r"|more than (?:the doctor|he|she|was) (?:allowed|ordered|prescribed)"
            r"|(?:doubled|increased|upped) (?:the|her|his|my) dose"
        ),
    },
    "mental illness": {
        # what a troubled mind does
        "sign": (
            r"(?:walk(?:s|ed|ing)?|talk(?:s|ed|ing)?|speak(?:s|ing)?|spoke|cr(?:y|ies|ied)"
            r"|scream(?:s|ed|ing)?) (?:out )?in (?:her|his|my|their|your) sleep|sleepwalk\w*"
            r"|talk(?:s|ed|ing)? to (?:herself|himself|themselves)|staring at nothing"
            r"|hear(?:s|d|ing)? voices|(?:another|a|one|the) night without sleep"
            r"|(?:will|would|could|can)(?: not|n't|n’t) sleep|no sleep since"
            r"|rub(?:s|bed|bing)? (?:her|his) hands"
            r"|(?:washing|scrubbing) (?:her|his) hands|rock(?:s|ed|ing)? (?:back and forth"
            r"|to and fro)|(?:will|would)(?: not|n't|n’t) (?:eat|get up|speak to anyone)"
        ),
        # the mind named, or tended (a doctor alone is the cast of any sickroom)
        "mind": (
            r"(?:her|his|their) (?:mind|wits|reason|nerves)"
            r"|cure (?:her|him|them)|past my art|watch (?:over|with) (?:her|him|them)"
            r"|not (?:herself|himself|themselves)|melanchol\w+|distracted|distraught"
            r"|troubled mind|mind (?:diseased|gone|going|wandering)|asylum"
            r"|therap(?:y|ist)|counsell?or|psychiatrist|(?:her|his|my) (?:meds|medication)"
        ),
    },
    "death/grief": {
        # a death
        "death": (
            r"died|dead|drowned|passed away|passed on|lost at sea|buried"
            r"|(?:was|were|been) killed"
            r"|(?:her|his|their|my|your|mother's|father's|mother’s|father’s) death|the death of"
            r"|widow(?:ed|er|s)?|orphan(?:ed|s)?"
            r"|lost (?:her|his|my|their|your|our) (?:mother|father|mum|mom|dad|husband|wife|son"
            r"|daughter|brother|sister|baby|child|children|parents)"
        ),
        # mourning
        "mourning": (
            r"crying(?! out)|cried (?:for|over|herself|himself|myself|all night|and cried)"
            r"|weep(?:s|ing)?|wept|sob(?:s|bed|bing)|in tears"
            r"|tears (?:ran|rolled|streamed|stood|fell|came|in (?:her|his|my|your) eyes)"
            r"|(?:her|his|my|your|their) tears|" + _POSSESSED + r"grave(?=[.;!?]| (?:in|at|on"
            r"|under|was|had|where|of|beside|by)\b)"
            r"|graveside|gravestone|churchyard|funeral|memorial|(?:her|his) ashes|the urn"
            r"|mourn(?:s|ed|ing|ers?)?|in black\b|black (?:crape|crêpe|armband|veil)"
            r"|miss(?:es|ed)? (?:him|her|them) (?:so|still|every)|griev\w+|grief"
            r"|bereave\w+|condolences?|since (?:he|she|they) died"
            # the habits of the bereaved: the day kept, the age the dead would have reached
            r"|anniversary|(?:every|each) year on the (?:same )?day"
            r"|(?:would|should) have been (?:(?:nearly|almost|just|only) )?(?:\w+-and-)?(?:one"
            r"|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\w+teen|twenty|thirty"
            r"|forty|fifty|sixty|seventy|eighty|ninety|\d+)\b(?! (?:minutes|hours|pounds"
            r"|miles|o['’]clock|guineas|shillings|dollars|percent|per cent))"
            r"|(?:would|should) have been (?:a grown|a man|a woman|grown)\w* (?:now|by now|today)"
        ),
    },
    "pregnancy": {
        # the state, told by its time and its course
        "sign": (
            r"(?:near|close to) her time(?! (?:for|to|of|in)\b)"
            r"|(?<=her )time (?:is|was) (?:near|close|coming|drawing near)"
            r"|(?:great|heavy|big|quick) with child|with child|months gone"
            r"|(?:before|afore|till|until|when) the (?:baby|child) (?:comes|came|is born|was born"
            r"|arrives|arrived|is due|was due)"
            r"|(?:the|her) (?:baby|child) (?:kicked|kicks|moved|quickened|is due|was due)"
            r"|(?:her|the) (?:bump|swelling belly|big belly)"
        ),
        # what is made ready for it, and who attends it
        "care": (
            r"midwi(?:fe|ves)|accoucheur|(?<=her )confinement|lying-in|layette|cradle"
            r"|monthly nurse|baby clothes|(?:the )?nursery|christening"
            r"|doctor(?:s|['’]s)?|physician(?:s|['’]s)?"
        ),
    },
}

_PATTERNS = {
    tag: re.compile(
        r"(?<![\w'’-])(?:"
        + "|".join(f"(?P<{kind}>{source})" for kind, source in kinds.items())
        + r")(?![\w'’-])",
        re.IGNORECASE,
    )
    for tag, kinds in KINDS.items()
}


@functools.cache
def beginnings() -> frozenset[str]:
    """Return the literal beginnings (``theme_matcher.cue_prefixes``) of every tag's cues:
    one of them follows wherever a cue matches."""
    prefixes: set[str] = set()
    for kinds in KINDS.values():
        for source in kinds.values():
            found = cue_prefixes(source)
            if "" in found:
                raise ValueError(f"a cue of {source[:40]!r} has no literal beginning")
            prefixes |= found
    return frozenset(prefixes)


@functools.cache
def _prefilter() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """Return the prefilter of every tag's cues, for lower-cased text and for any text: a
    word start where one of the cues' literal beginnings (``beginnings``) follows. Only
    there is a tag's pattern tried (tried everywhere, the five alternations cost three
    times the rest of the stage). Compiled by the first story, not on import."""
    source = r"\b(?=" + trie_regex(beginnings()) + ")"
    return re.compile(source), re.compile(source, re.IGNORECASE)


# A sentence that tells a play, a song or a tale, or play-acts: what dies in it is not the
# story's death, what ails is not its illness.
_TOLD = compile_fast(
    r"(?<!\w)(?:pretend\w*|play-act\w*|rehears\w*|make-believe|make believe"
    r"|(?:the|a|his|her|their|in the|in a) (?:play|song|ballad|tale|story|poem|novel|book"
    r"|fairy-tale|fairy tale|dream|game)s?)(?!\w)",
    re.IGNORECASE,
)


@dataclass(frozen=True, slots=True)
class Agreement:
    """A tag found by agreeing cues: how many scenes agree (a scene only talked about counts
    ``TALKED_SCENE``) and the sentences of their cues (evidence, in text order)."""

    tag: str
    scenes: float
    evidence: tuple[Span, ...]


def scenes_needed(words: int) -> int:
    """Return how many agreeing scenes a story of ``words`` words needs: one up to
    ``BASE_WORDS``, growing with the square root of the length."""
    return max(1, math.ceil(math.sqrt(words / BASE_WORDS) - 1e-9))


def agreeing(
    text: str,
    paragraphs: Sequence[Span],
    sentences: Sequence[Span],
    quotes: Sequence[Span],
    words: int,
    starts: Iterable[tuple[int, Span]] | None = None,
    lowered: str | None = None,
) -> dict[str, Agreement]:
    """Return, per tag of ``KINDS``, the agreement of its cues when the story holds at least
    ``scenes_needed(words)`` scenes where cues of two kinds meet within ``SCENE_CHARS`` (a
    scene whose agreeing cues are all inside ``quotes`` counts ``TALKED_SCENE``: see the
    module docstring); tags with too few are left out. ``starts``: where the prefilter lands,
    each with its paragraph, in text order, when the caller has scanned for it already
    (``themes``' one scan for its own cues and these, ``theme_matcher.joint_prefilter``);
    ``lowered``: the text lower-cased by ``theme_matcher.plainly_lowered``, when the caller
    holds it (read by ``theme_evidence.figurative``; the same agreement)."""
    sent_starts = [s.start for s in sentences]
    quote_starts = [q.start for q in quotes]
    # per tag, the cues where the prefilter lands, in text order
    hits: dict[str, list[tuple[re.Match[str], Span]]] = {tag: [] for tag in _PATTERNS}
    for pos, para in _starts(text, paragraphs) if starts is None else starts:
        for tag, pattern in _PATTERNS.items():
            m = pattern.match(text, pos, para.end)
            if m is not None:
                hits[tag].append((m, para))
    found: dict[str, Agreement] = {}
    for tag, cues in hits.items():
        # kind -> (offset, sentence, in the narration) of its last cue
        last: dict[str, tuple[int, Span, bool]] = {}
        score = 0.0  # the scenes closed so far
        scene = 0.0  # what the open scene counts (0 while none is open)
        scene_end = -1  # a new scene starts after the last agreement's window
        evidence: list[Span] = []
        for m, para in cues:
            kind = m.lastgroup
            if kind is None:
                continue
            sentence = containing(sentences, sent_starts, m.start()) or para
            if not _counts(text, tag, m, sentence, lowered):
                continue
            pos = m.start()
            narrated = containing(quotes, quote_starts, pos) is None
            for other, (at, where, told) in last.items():
                if other != kind and pos - at <= SCENE_CHARS:
                    counts = 1.0 if narrated or told else TALKED_SCENE
                    if at > scene_end:
                        score, scene = score + scene, counts
                        evidence += [where, sentence]
                    else:
                        scene = max(scene, counts)
                    scene_end = pos
                    break
            last[kind] = (pos, sentence, narrated)
        score += scene
        if score >= scenes_needed(words) - 1e-9:
            unique = {(s.start, s.end): s for s in evidence}
            ordered = tuple(sorted(unique.values(), key=lambda s: s.start))
            found[tag] = Agreement(tag, score, ordered)
    return found


def _starts(text: str, paragraphs: Sequence[Span]) -> Iterator[tuple[int, Span]]:
    """Yield where the prefilter lands in ``paragraphs``, each with its paragraph."""
    lower, caseless = _prefilter()
    # Lower-casing keeps offsets (and the cues' beginnings) for almost every text; when it
    # does not, search case-blind.
    lowered = plainly_lowered(text)
    search, prefilter = (text, caseless) if lowered is None else (lowered, lower)
    for para in paragraphs:
        for start in prefilter.finditer(search, para.start, para.end):
            yield start.start(), para


def _counts(
    text: str, tag: str, m: re.Match[str], sentence: Span, lowered: str | None = None
) -> bool:
    """Whether the cue ``m`` of ``tag`` counts: not negated, supposed, a simile, figurative,
    a capitalised name inside its sentence, or in a sentence that tells a play or a tale."""
    pos = m.start()
    word = m.group()
    if word[:1].isupper() and text[sentence.start : pos].strip(" \t\n\"'“‘«(—-"):
        return False
    if figurative(text, tag, pos, m.end(), sentence, lowered):
        return False
    if negated(text, pos, sentence.start) or hypothetical(text, pos, sentence.start):
        return False
    if simile(text, pos, sentence.start):
        return False
    return _TOLD.search(text, sentence.start, sentence.end) is None
