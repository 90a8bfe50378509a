"""The "narration" stage.

Layers:

* ``pov`` — one span (first to last body paragraph), label "first" | "second" | "third",
  score = confidence. Counted on the story body outside quotes only.
* ``tense`` — one span, label "past" | "present", score = confidence.

Both are read from the narration only (at most ``SAMPLE_CHARS`` of it, in even windows over a
long story): the body paragraphs outside quotes (``quoted``), so
neither notes (often in another person and tense) nor dialogue (always full of "I" and "you",
mostly in the present) sway them. Both layers are empty when the body has no narration; the
stage reads English only (``english_only``: the runner does not run it on other text).

Point of view counts personal pronouns (leaving out thoughts in emphasis marks, ``*I can't*``,
which third-person stories write in the first person): first person ("I", "me", "my", "we" …),
second ("you", "your", and the reader-insert placeholders "Y/N", "(y/n)", "[your name]"), third
("he", "she", "they" …). A first-person narrator talks about others all the time, so "he" and
"she" do not outvote "I": first person wins once "I" is frequent in the narration at all
(``FIRST_PER_100`` words), unless "you" is more frequent still (a second-person story whose
"you" meets an "I" now and then). A third-person story's narration has almost no "I" or "you".
Yet the narrator's own pronoun names the protagonist, so it is never rare beside "he" and
"she" (``SECOND_OF_THIRD``, ``FIRST_OF_THIRD`` of the third-person rate): a letter read out in
a third-person narration ("Dear Mac, I am sorry your eyes are bad ... you like to be read
to") gives a handful of "you" and "I" among many "he" and "she", and leaves the story third.

Tense votes verb by verb: each finite verb right after a subject ("she turns", "I walked",
"the door is", "you notice", "there was") is past (-ed forms, a table of irregular pasts,
"was/were/had/did") or present (third-person -s, "is/are/am/has/does", a bare verb after
I/you/we/they). The first such verb of a sentence is its main clause and weighs most; later
ones (subordinate clauses) weigh less. A present-tense story looking back ("I remember when
…", "years ago", "used to") tells its memories in the past: past votes of sentences with such
retrospective markers weigh little, so memories do not outvote the frame.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from ficshelf.model import Analysis, Span
from ficshelf.understand.fast_regex import WHITE_SPACE, compile_fast, compile_skipping
from ficshelf.understand.pipeline import stage
from ficshelf.understand.quoted import narration
from ficshelf.understand.regex_tries import trie_regex
from ficshelf.understand.roman_i import numeral_i
from ficshelf.understand.sampling import sample_pieces
from ficshelf.understand.tense_words import (
    ADVERBS,
    NOT_VERBS,
    PRESENT_S_NOT_VERB,
    is_past_form,
)

# Rates per 100 narration words.
FIRST_PER_100 = 1.0
SECOND_PER_100 = 1.0
THIRD_PER_100 = 1.0
# "you" must outnumber "I" by this factor for a story with both to be second person.
SECOND_OVER_FIRST = 1.2
# The narrator's own pronoun, the story's protagonist, is no rarity beside "he" and "she": a
# second- or first-person narration has at least this share of the third-person rate.
SECOND_OF_THIRD = 0.25
FIRST_OF_THIRD = 0.15
# Narration read for the decision, in characters: a long story is sampled in even windows.
SAMPLE_CHARS = 60_000
# Weight of a verb that is not the first of its sentence.
SUBORDINATE_WEIGHT = 0.5
# Weight of a past verb in a sentence that looks back (a memory).
MEMORY_WEIGHT = 0.2
# A sentence ends at one of these: the weights restart there. (``compile_fast``: the
# engine skips in C to the marks; plain, the alternation was tried at every character.)
_SENTENCE_BREAK = compile_fast(r"[.!?…]+[\"”’')\]]*\s+|\n")

_PRONOUN = compile_fast(  # (the same matches, skipping to the letters they can start with)
    r"(?<![\w'’])(?:(I)(?![\w])|(y/n|\(y/n\)|\[y/n\]|\[your name\]|\(your name\))"
    r"|(me|my|mine|myself|we|us|our|ours|ourselves|you|your|yours|yourself|yourselves"
    r"|he|him|his|himself|she|her|hers|herself|they|them|their|theirs|themselves))(?![\w'’])",
    re.IGNORECASE,
)
_PERSON = {
    **dict.fromkeys(
        "me my mine myself we us our ours ourselves".split(),
        "first",
    ),
    **dict.fromkeys("you your yours yourself yourselves".split(), "second"),
    **dict.fromkeys(
        "he him his himself she her hers herself they them their theirs themselves".split(),
        "third",
    ),
}
_WORD = re.compile(r"\w++(?:['’]\w++)*+")  # (possessive: the same matches, as ``summary._WORD``)
# Text in asterisks or underscores (thoughts, in plain text), at most a few lines long
# (``compile_fast``: skipped to in C, not tried with its lookbehinds at every character).
_EMPHASIS = compile_fast(
    r"(?<![\w*])\*(?=\S)[^*\n]{1,400}?(?<=\S)\*(?![\w*])|(?<!\w)_(?=\S)[^_\n]{1,400}?(?<=\S)_(?!\w)"
)

# A subject, up to two adverbs, then the word that should be its finite verb.
# ``bound``: the clause boundary before "you"/"it" (which can also be objects). No subject
# starts inside a word (each alternative opens at a word's start, a punctuation mark or a
# line's start): the first check fails there at once, before the alternatives are tried.
# The alternatives that open at a word's start share one test of the character before it;
# "there", "here" and the determiners come before "you"/"it" after a boundary, which never
# matches where they do (none of them is a clause word, "you" or "it"; round speed38), and a
# name after it ("Then it rained" is "it", not "Then"). The clause words are a trie.
_CLAUSE_WORDS = trie_regex(
    """and but or so then when while as because if until before after that where though
    although once since now And But So Then When While As If Now Once""".split()
)
_SUBJECT_VERB_SOURCE = (
    r"(?!(?<=\w)\w)"
    r"(?:"
    r"(?<![\w'’])(?:(?P<nom>I|he|she|we|they|He|She|We|They)"
    r"|(?P<expl>[Tt]here|[Hh]ere)"
    r"|(?P<det>[Tt]he|[Hh]is|[Hh]er|[Tt]heir|[Mm]y|[Yy]our|[Oo]ur|[Ii]ts)\s+(?P<noun>[a-z]+))"
    rf"|(?:(?P<bound>^|[,;:—–(]|\b(?:{_CLAUSE_WORDS}))\s*|(?<=[.!?…\"”] ))(?P<amb>you|it|You|It)"
    r"|(?<![\w'’])(?P<name>[A-Z][a-z]{2,})"
    r")"
    # The verb is looked at, not consumed: the next subject may stand right after this one.
    r"(?=(?P<contr>['’](?:s|re|m|ve|d|ll))?"
    r"(?:\s+(?:[a-z]+ly|just|still|only|never|always|already|also|even|then|now|too|barely"
    r"|nearly|almost|suddenly|finally|simply|really|quite|soon|often)){0,2}"
    r"\s+(?P<verb>[a-z]+(?:['’](?:s|t|re|ve|ll|d))?)(?![\w'’]))"
)
# Every character a match can start with: the first letter of a subject (a capital, or one of
# the lower-case letters its words and the clause words before "you"/"it" start with), a
# clause mark, or the white space between a line's start and "you"/"it" (``WHITE_SPACE``).
# The engine skips in C to these (``compile_skipping``) instead of trying the pattern at
# every character of the narration (round speed38: a sixth of the pattern's time).
SUBJECT_STARTS = WHITE_SPACE + ",;:—–(A-Zabhimnostuwy"
_SUBJECT_VERB = compile_skipping(f"(?=[{SUBJECT_STARTS}])" + _SUBJECT_VERB_SOURCE, re.MULTILINE)
_MEMORY = compile_fast(
    r"\b(?:remember(?:s|ed|ing)?|recall(?:s|ed)?|ago|used to|back then|back when|once upon"
    r"|years? (?:before|earlier)|last (?:year|spring|summer|autumn|fall|winter|week|month|night"
    r"|time)|when (?:I|you|he|she|we|they) (?:was|were) (?:a |little|young|small)"
    r"|as a (?:child|girl|boy|kid))\b",
    re.IGNORECASE,
)

_THIRD_SINGULAR_PRESENT = frozenset({"is", "has", "does", "doesn't", "isn't", "hasn't"})
_PLURAL_PRESENT = frozenset({"am", "are", "have", "do", "don't", "aren't", "haven't"})
_PRESENT_CONTRACTIONS = frozenset({"s", "re", "m", "ve"})
_PLURAL_SUBJECTS = frozenset({"i", "you", "we", "they"})


@dataclass(frozen=True, slots=True)
class PovCounts:
    """Pronoun counts over the narration and its word count."""

    first: float
    second: float
    third: float
    words: int


@dataclass(frozen=True, slots=True)
class TenseVotes:
    """Weighted votes for past and present over the narration."""

    past: float
    present: float


def without_thoughts(text: str, pieces: Iterable[tuple[int, int]]) -> list[tuple[int, int]]:
    """Return ``pieces`` less the stretches in emphasis marks (``*I can't*``, ``_I can't_``):
    unquoted thoughts, which a third-person story writes in the first person."""
    kept: list[tuple[int, int]] = []
    for start, end in pieces:
        pos = start
        for m in _EMPHASIS.finditer(text, start, end):
            if m.start() > pos:
                kept.append((pos, m.start()))
            pos = m.end()
        if pos < end:
            kept.append((pos, end))
    return kept


def count_pronouns(text: str, pieces: Iterable[tuple[int, int]]) -> PovCounts:
    """Return the first-, second- and third-person pronoun counts and the word count of the
    ``(start, end)`` stretches of ``text``. Reader-insert placeholders ("Y/N") count thrice."""
    first = second = third = 0.0
    words = 0
    for start, end in pieces:
        words += len(_WORD.findall(text, start, end))
        for m in _PRONOUN.finditer(text, start, end):
            if m.group(1):
                # (a Roman numeral, "World War I", "Chapter I", is no narrator)
                if m.group(1) != "I" or not numeral_i(text, m.start()):
                    first += 1
            elif m.group(2):
                second += 3
            else:
                person = _PERSON[m.group(3).lower()]
                if person == "first":
                    first += 1
                elif person == "second":
                    second += 1
                else:
                    third += 1
    return PovCounts(first, second, third, words)


def decide_pov(counts: PovCounts) -> tuple[str, float]:
    """Return ``(pov, confidence)`` from pronoun counts (see the module docstring)."""
    per = 100.0 / max(counts.words, 1)
    first, second, third = counts.first * per, counts.second * per, counts.third * per
    if (
        second >= SECOND_PER_100
        and second >= SECOND_OVER_FIRST * first
        and second >= SECOND_OF_THIRD * third
    ):
        return "second", _confidence(second, max(first, SECOND_PER_100 / 2))
    if first >= FIRST_PER_100 and first >= FIRST_OF_THIRD * third:
        return "first", _confidence(first, max(second, FIRST_PER_100 / 2))
    strongest = max(first / FIRST_PER_100, second / SECOND_PER_100)
    confidence = min(0.99, max(0.5, 1.0 - 0.5 * strongest))
    if third < THIRD_PER_100:  # hardly a pronoun at all: third person by default only
        confidence = min(confidence, 0.6)
    return "third", round(confidence, 3)


def _confidence(winner: float, rival: float) -> float:
    """Return a confidence in [0.5, 0.99] from how far ``winner`` outweighs ``rival``."""
    if winner <= 0:
        return 0.5
    return round(min(0.99, 0.5 + 0.5 * (winner - rival) / (winner + rival)), 3)


def verb_tense(subject: str, verb: str, plural: bool) -> str | None:
    """Return "past", "present" or ``None`` (not a finite verb, or no tense: modals) for
    ``verb`` following ``subject`` (``plural``: I/you/we/they, which take the bare form)."""
    if is_past_form(verb):
        return "past"
    if verb in _THIRD_SINGULAR_PRESENT:
        return None if plural else "present"
    if verb in _PLURAL_PRESENT:
        return "present" if plural else None
    if verb in NOT_VERBS or verb in ADVERBS or verb.endswith(("ly", "ing")):
        return None
    if plural:
        return None if "'" in verb or "’" in verb else "present"
    if verb.endswith("s") and not verb.endswith(("ss", "us", "is")):
        if verb not in PRESENT_S_NOT_VERB:
            return "present"
    return None


def vote_tense(text: str, pieces: Iterable[tuple[int, int]]) -> TenseVotes:
    """Return the weighted past and present votes of the finite verbs in the ``(start, end)``
    stretches of ``text`` (see the module docstring)."""
    past = present = 0.0
    for start, end in pieces:
        for sent_start, sent_end in _sentences(text, start, end):
            memory = _MEMORY.search(text, sent_start, sent_end) is not None
            weight = 1.0
            for m in _SUBJECT_VERB.finditer(text, sent_start, sent_end):
                tense = _tense_of(m)
                if tense is None:
                    continue
                if tense == "past":
                    past += weight * (MEMORY_WEIGHT if memory else 1.0)
                else:
                    present += weight
                weight = SUBORDINATE_WEIGHT
    return TenseVotes(past, present)


def _sentences(text: str, start: int, end: int) -> Iterable[tuple[int, int]]:
    pos = start
    for m in _SENTENCE_BREAK.finditer(text, start, end):
        if m.end() > pos:
            yield pos, m.end()
            pos = m.end()
    if pos < end:
        yield pos, end


def _tense_of(m: re.Match[str]) -> str | None:
    contraction = m.group("contr")
    if contraction:
        if m.group("det") or m.group("name") and contraction[1:] == "s":
            return None  # a possessive: "the girl's", "Anna's"
        suffix = contraction[1:]
        if suffix in _PRESENT_CONTRACTIONS:
            return "present"
        return None  # 'd (had / would), 'll (future)
    subject = (m.group("nom") or m.group("amb") or m.group("expl") or "").lower()
    if m.group("det"):
        noun = m.group("noun")
        if noun in NOT_VERBS or noun in ADVERBS:
            return None
        subject = "it"
    elif m.group("name"):
        if m.group("name").lower() in NOT_VERBS:
            return None
        subject = "it"
    verb = m.group("verb").lower()
    if subject in ("there", "here"):
        if verb in ("is", "are", "'s"):
            return "present"
        if verb in ("was", "were"):
            return "past"
        return None
    return verb_tense(subject, verb, subject in _PLURAL_SUBJECTS)


def decide_tense(votes: TenseVotes) -> tuple[str, float]:
    """Return ``(tense, confidence)``: the tense with more votes (past on a tie)."""
    if votes.present > votes.past:
        return "present", _confidence(votes.present, votes.past)
    return "past", _confidence(votes.past, votes.present)


@stage(
    "narration",
    requires=("body", "sentences", "quotes", "language"),
    assigns=("pov", "tense"),
    english_only=True,
    fields=("pov", "tense"),
)
def find_narration(analysis: Analysis) -> Mapping[str, tuple[Span, ...]]:
    """Return the pov, tense layers (see the module docstring)."""
    body = analysis.layers.get("body", ())
    if not body:
        return {"pov": (), "tense": ()}
    text = analysis.text
    pieces = sample_pieces(narration(analysis), SAMPLE_CHARS)
    counts = count_pronouns(text, without_thoughts(text, pieces))
    if counts.words == 0:
        return {"pov": (), "tense": ()}
    pov, pov_confidence = decide_pov(counts)
    votes = vote_tense(text, pieces)
    tense, tense_confidence = decide_tense(votes)
    start, end = body[0].start, body[-1].end
    return {
        "pov": (Span(start, end, pov, pov_confidence),),
        "tense": (Span(start, end, tense, tense_confidence),),
    }
