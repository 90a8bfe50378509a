"""Speech tags whose subject is a description no character answers to ("said her sister",
"a stout woman cried", "His mother said:"), given the line they tag as a speaker of its own.

A tag's subject that names no character but is a description of a person of known gender
(``speech_tags``: "the old man", "her sister") leaves only a "he"/"she" for the sieve to
resolve, and the pronoun went to a named person near the line: the keeper of a gate, a
stranger's wife, a servant seen once. A reader takes the description at its word: the line
is that person's. So the line, and the second half of it that the tag splits off, keep the
description itself as their speaker (``QuoteState.described``, set by the sieve's tags),
after the sieve and the ranker have run. The description becomes no character: it draws no
other line by turn-taking, and the story's cast is unchanged.

Two kinds of description are taken: a kinsman named by whose kin they are ("said her
sister", "His mother said:"), unless the voice the sieve chose spoke just before (the kin
word then named someone of the exchange: "said his step-son"); and a newcomer, "a"/"an"
and a gendered noun, in the tag ("said a stout woman") or opening the sentence a "he"/"she"
tag points back to ("A woman servant came in. …" / '"…," she said'), or that "the", some
modifiers and the noun bring on as a clause's subject, no character answering to it
(``definite_newcomers``: "…, and the postman tramped up the steps."), or, in a first-person
story, whom the narrator meets inside a sentence of their own ("I faced a cheery old
woman"; ``_met_newcomer``, round lit46: the "he"/"she" cannot be the narrator). "The old
man" in the tag itself is as often a named character's epithet, and is left to the sieve.

A tag after its line that ends on the description and a full stop hands the description
the quote right after it in the same paragraph too ('"…," said her sister. "I knew it
would upset you."'): the voice goes on past its tag's full stop (``goes_on_after_tag``;
where paragraphs were guessed, also in the next one, unless the tagged line asked).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Mapping, Sequence

from ficshelf.model import Span
from ficshelf.understand.definite_newcomers import (
    definite_subject,
    may_hold_newcomer,
    stands_alone,
)
from ficshelf.understand.description_words import NOUN_WORDS, noun_key, phrase_words
from ficshelf.understand.person_nouns import FEMALE, KINSHIP, MALE, PERSON_NOUNS
from ficshelf.understand.speaker_context import Context, QuoteState
from ficshelf.understand.speaker_cues import pronoun_gender
from ficshelf.understand.speaker_quote_contexts import asks_question
from ficshelf.understand.speaker_split import continues_split_line

# A newcomer ("said a stout woman") and a kinsman named by whose kin they are ("said her
# sister"); "the old man", "this gentleman" are as often a named character's epithet.
_INDEFINITE = frozenset(("a", "an"))
_POSSESSIVE = frozenset("his her my our their".split())
SCORE_DESCRIBED = 0.7  # the confidence in a line a description's tag gives it
# How many lines back, and within how many characters, a kinsman's line may find the voice
# the sieve gave it among the voices of the exchange.
_RECENT_LINES = 4
_RECENT_REACH = 2000
# The sieve rules that found the one a kin word points to ("said his wife": the Mrs. of his
# Mr.): their choice stands.
_KIN_RULES = frozenset(("spouse_tag",))
# What may stand between a tag that ends on its subject and the quote that goes on after it:
# the full stop, the quotation marks and a space or two.
_GOES_ON_GAP = 8
_STOP_MARKS = " \t.\"'“”‘’"


def described_phrase(text: str, pos: int) -> tuple[int, int] | None:
    """Return the span of the description of a person that opens at ``pos`` (a tag's
    subject): "a"/"an", at most three modifiers and a gendered person noun ("a stout old
    woman"), or a possessive and a kin noun ("her sister", "his own mother"); ``None``
    when ``pos`` opens no such phrase, or a name follows the noun ("her sister Jane")."""
    if pos < 0:
        return None
    words = phrase_words(text, pos, len(text))
    if not words or words[0].start() != pos:
        return None
    first = words[0].group().lower()
    nouns = (MALE | FEMALE) if first in _INDEFINITE else KINSHIP if first in _POSSESSIVE else None
    if nouns is None:
        return None
    for k in range(1, min(len(words), NOUN_WORDS)):
        if text[words[k - 1].end() : words[k].start()].strip():
            return None  # "a man, Tom": the phrase ends at a mark
        word = words[k].group()
        if not word.islower():
            return None
        if noun_key(word) in nouns:
            after = words[k + 1] if k + 1 < len(words) else None
            if after is None or text[words[k].end() : after.start()].strip():
                return words[0].start(), words[k].end()
            if after.group()[:1].isupper():
                return None  # "her sister Jane": a name, the tag's own
            if after.group() in PERSON_NOUNS:
                return words[0].start(), after.end()  # "a woman servant"
            return words[0].start(), words[k].end()
    return None


def described_label(text: str, span: tuple[int, int]) -> str:
    """Return the speaker label of a description: its words, the first in lower case."""
    phrase = " ".join(text[span[0] : span[1]].split())
    return phrase[:1].lower() + phrase[1:]


def _kin(text: str, span: tuple[int, int]) -> bool:
    return text[span[0] : span[1]].split()[0].lower() in _POSSESSIVE


def described_speakers(ctx: Context) -> dict[int, str]:
    """Return ``{quote index: label}`` for the lines of ``ctx`` whose tag describes their
    speaker (``described_lines``) or whose "he"/"she" tag points to a newcomer
    (``newcomer_phrase``), after the sieve and the ranker."""
    quotes, text = ctx.quotes, ctx.text
    spans = [q.described for q in quotes]
    cast = ctx.cast
    starts = [m.start for m in cast.narration]
    for k, quote in enumerate(quotes):
        if spans[k] is not None or quote.hint not in _GENDER_NOUNS or quote.hint_pos < 0:
            continue
        begin = quotes[k - 1].span.end if k else 0
        end = min(quote.span.start, quote.hint_pos)
        reach = max(begin, end - _NEWCOMER_REACH)
        if (
            text.find("A", reach, end) < 0
            and _NARRATOR_I.search(text, reach, end) is None
            and not may_hold_newcomer(text, begin, end)
        ):
            continue  # (scans in C: no "A"/"An" newcomer, no "I" meeting one, no "the" one)
        if k and continues_split_line(text, quotes[k - 1].span, quote.span):
            continue
        lo, hi = bisect_left(starts, begin), bisect_left(starts, end)
        # a name, or a character of the pronoun's gender, the "he"/"she" may be instead
        want = pronoun_gender(quote.hint)
        rivals = [
            m.start
            for m in cast.narration[lo:hi]
            if cast.gender.get(m.label) == want or m.label[:1].isupper()
        ]
        same = [m.start for m in cast.narration[lo:hi] if cast.gender.get(m.label) == want]
        found = newcomer_phrase(text, begin, end, quote.hint, rivals, same)
        if found is None:  # "…, and the postman tramped up the steps." (round lbt36)
            nouns = _GENDER_NOUNS[quote.hint]
            found = definite_subject(text, reach, end, nouns, rivals, cast.lookup)
        if found is not None and not any(
            m.label == quote.label and m.start < found[1] and found[0] < m.end
            for m in cast.narration[lo:hi]
        ):
            spans[k] = found  # (a character the phrase itself names keeps the line)
    if not any(span is not None for span in spans):
        return {}
    split = [
        k > 0
        and spans[k - 1] is not None
        and continues_split_line(text, quotes[k - 1].span, q.span)
        for k, q in enumerate(quotes)
    ]
    return described_lines(text, spans, quotes, split, cast.gender, ctx.guessed)


def described_lines(
    text: str,
    spans: Sequence[tuple[int, int] | None],
    quotes: Sequence[QuoteState],
    split: Sequence[bool],
    gender: Mapping[str, str],
    guessed: bool = False,
) -> dict[int, str]:
    """Return ``{quote index: label}`` for the quotes a description tags (``spans``: each
    quote's described subject or ``None``) and for the quote after each that is the second
    half of the line its tag splits (``split[k]``: quote ``k`` continues quote ``k - 1``).

    A newcomer ("a stout woman") always takes the line. A kinsman ("her sister") takes it
    unless the sieve's choice (``quotes``' labels), of no other gender than the kin word's
    (``gender``: the characters' known genders), is a voice of the exchange's last few
    lines, or a rule that reads whose kin they are made it: then the kin word was a way of
    naming someone who speaks there already ("said his step-son")."""
    found: dict[int, str] = {}
    for k, span in enumerate(spans):
        if span is None:
            continue
        if _kin(text, span) and (
            quotes[k].rule in _KIN_RULES
            or (
                gender.get(quotes[k].label, "") in ("", _gender_of(text, span))
                and _recent_voice(quotes, k)
            )
        ):
            continue
        label = described_label(text, span)
        found[k] = label
        if k + 1 < len(spans) and spans[k + 1] is None:
            if split[k + 1] or goes_on_after_tag(
                text, quotes[k].span, span, quotes[k + 1].span, guessed
            ):
                found[k + 1] = label
    return found


def goes_on_after_tag(
    text: str, line: Span, subject: tuple[int, int], nxt: Span, guessed: bool
) -> bool:
    """Whether the quote ``nxt`` goes on with ``line``, whose tag after it ends on its
    described ``subject`` and a full stop, in the same paragraph ('"…," said her sister.
    "I knew it …"'): the voice of a tag goes on past the tag's full stop. Where paragraphs
    were ``guessed`` the next line may stand in a paragraph of its own (the voice goes on
    there two times in three, ``guessed_runs``), but not after a question."""
    if subject[0] < line.end:
        return False
    between = text[subject[1] : nxt.start]
    if "\n" in between and (not guessed or asks_question(text, line)):
        return False
    return len(between) <= _GOES_ON_GAP and "." in between and not between.strip(_STOP_MARKS + "\n")


def _recent_voice(quotes: Sequence[QuoteState], k: int) -> bool:
    """Whether quote ``k``'s speaker speaks one of the few lines just before it."""
    said = quotes[k].label
    if not said:
        return False
    start = quotes[k].span.start
    for j in range(k - 1, max(-1, k - 1 - _RECENT_LINES), -1):
        if start - quotes[j].span.end > _RECENT_REACH:
            break
        if quotes[j].label == said:
            return True
    return False


# A sentence that opens on a newcomer: "A woman servant came into the room", "An old man,
# who …, stopped": "A"/"An" after a sentence's end or a paragraph's start.
_NEWCOMER = re.compile(r"An?\s")  # (a literal first letter: the engine skips to it in C)
# A newcomer a first-person narrator meets: "I faced a cheery old woman", "I once said to an
# old man, who …": "a"/"an" inside a sentence whose words before it hold the narrator's "I".
_MET = re.compile(r"(?<=[a-z] )an?\s")
# Words before "a"/"an" that make the phrase a description of someone already there ("I was
# a boy", "I knew him for a doctor", "as a child"), a part of a thing ("of a man") or a count.
_NOT_MET_AFTER = frozenset(
    "am is are was were be been being seem seemed become became as like for of than such what "
    "quite rather half once how so too into from in on by about with without".split()
)
_WORD_BEFORE = re.compile(r"([a-z]+) \Z")
_KNOWN = re.compile(r"\b(?:him|her|them)\b")
_NARRATOR_I = re.compile(r"\bI\b")
_SENTENCE_END = re.compile(r"[.!?][\"'”’]?\s")
_SENTENCE_START = re.compile(r"(?:[.!?][\"'”’]?\s+|\n\s*)\Z")
_NEWCOMER_REACH = 600  # characters of narration read back from a "he"/"she" line
_GENDER_NOUNS = {"he": MALE, "she": FEMALE}


def newcomer_phrase(
    text: str,
    start: int,
    end: int,
    pronoun: str,
    names: Sequence[int],
    same_gender: Sequence[int] = (),
) -> tuple[int, int] | None:
    """Return the span of the newcomer a "he"/"she" tag at the end of the narration
    ``text[start:end]`` refers to: the last sentence in it that opens on "A"/"An", at most
    three modifiers and a person noun of the pronoun's gender ("A woman servant came in. She
    went to the bed." / '"Wake up," she said'), when no name (``names``: the starts of the
    narration's character mentions) and no other person of that gender named by a noun
    stands after it; else ``None``."""
    nouns = _GENDER_NOUNS.get(pronoun)
    if nouns is None:
        return None
    start = max(start, end - _NEWCOMER_REACH)
    found = None
    for m in _NEWCOMER.finditer(text, start, end):
        at = m.start()
        if at and not _SENTENCE_START.search(text, max(0, at - 4), at):
            continue  # "A"/"An" opens no sentence here
        span = described_phrase(text, at)
        if span is not None and _nouns(text, span) & nouns:
            found = span
    met = _met_newcomer(text, start if found is None else found[1], end, nouns, names, same_gender)
    found = met or found
    if found is None:
        return None
    return found if stands_alone(text, found[1], end, names, nouns) else None


def _met_newcomer(
    text: str,
    start: int,
    end: int,
    nouns: frozenset[str],
    names: Sequence[int],
    same_gender: Sequence[int],
) -> tuple[int, int] | None:
    """Return the span of the last newcomer the first-person narrator meets in the narration
    ``text[start:end]``: "a"/"an", at most three modifiers and a person noun of ``nouns``
    inside a sentence whose words before it hold "I", no name and no "him"/"her"/"them"
    ("I faced a cheery elderly woman", "I once said to an old man, who …"), the phrase
    after a word that makes it no description of someone already there ("I was a boy", "I
    knew him for a doctor"); else ``None``. The "he"/"she" of the line after it cannot be
    the narrator, so it is the one the narrator met."""
    first = _NARRATOR_I.search(text, start, end)
    if first is None:
        return None
    found = None
    for m in _MET.finditer(text, first.end(), end):
        at = m.start()
        span = described_phrase(text, at)
        if (
            span is not None
            and _nouns(text, span) & nouns
            and _met_by_narrator(text, start, at, names, same_gender)
        ):
            found = span
    return found


def _met_by_narrator(
    text: str, start: int, at: int, names: Sequence[int], same_gender: Sequence[int]
) -> bool:
    """Whether the words of the sentence before ``at`` hold the narrator's "I" and no
    character's name (``names``: their starts), no character of the newcomer's gender
    (``same_gender``) stands in the narration ``text[start:at]`` before it, and no
    "him"/"her"/"them" stands between the "I" and ``at``: the "a"/"an" person at ``at`` is
    someone the narrator meets ("I faced a cheery old woman"; not "Tom and I saw a man",
    nor "Ann came in. I pointed at a woman")."""
    if any(start <= pos < at for pos in same_gender):
        return False
    begin = start
    for m in _SENTENCE_END.finditer(text, start, at):
        begin = m.end()
    if any(begin <= pos < at for pos in names):
        return False
    before = _WORD_BEFORE.search(text, max(begin, at - 20), at)
    if before is None or before.group(1) in _NOT_MET_AFTER:
        return False
    i = _NARRATOR_I.search(text, begin, at)
    return i is not None and _KNOWN.search(text, i.end(), at) is None


def _gender_of(text: str, span: tuple[int, int]) -> str:
    """Return the gender (``speaker_cues.MALE``/``FEMALE``) of a description's noun, or
    "" ("her cousin")."""
    nouns = _nouns(text, span)
    return pronoun_gender("he" if nouns & MALE else "she" if nouns & FEMALE else "")


def _nouns(text: str, span: tuple[int, int]) -> set[str]:
    return {noun_key(word.lower()) for word in text[span[0] : span[1]].split()[1:]}
