"""How an unlabelled paragraph at the edge of a story reads as a note (used by the "notes"
stage): the cue words of writers talking about their writing or to their readers, the chatty
register, and the long past-tense narration that no cue word makes a note.

Like ``note_patterns``, each function looks at one paragraph; ``notes.py`` decides where the
story starts.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from ficshelf.understand.fast_regex import compile_fast
from ficshelf.understand.note_patterns import MAX_NOTE_CHARS
from ficshelf.understand.tense_words import is_past_form

# --- chatty notes -----------------------------------------------------------------------------

# Any one of these makes a paragraph at the edge a note.
_DECISIVE_CUES = (
    r"\bthank(?:s| you)\s+(?:\w+\s+){0,3}for\s+reading\b",
    r"\blet\s+me\s+know\s+(?:what\s+you|how\s+you|if\s+you|in\s+the\s+comments|your\s+thoughts)",
    r"\b(?:please|pls|plz)\s+(?:review|comment|leave\s+(?:a\s+)?(?:review|comment|kudos))\b|"
    r"\bR\s?&\s?R\b|\breviews?\s+(?:are|is|make|makes|would|keep|feed|mean)\b",
    r"\bkudos\s+(?:and|&)\s+comments\b|\bcomments\s+(?:and|&)\s+kudos\b",
    r"\bto\s+be\s+continued\b|(?-i:\bTBC\b)",
    r"\bA/N\b",
    r"\bfirst\s+time\s+writing\s+(?:for|in|about|a)\b",
    r"\bsorry\s+(?:for|about)\s+(?:the\s+)?(?:long\s+|late\s+)?(?:wait|delay|update)\b",
    r"(?:^|[.!?]\s+)\W*enjoy(?:\s+(?:it|the\s+(?:story|chapter|fic)))?[\s!.~]*(?::\)|<3)?\s*$",
    r"^\W*(?:I\s+)?hope\s+(?:you|u|y['’]all|everyone)\s+(?:\w+\s+){0,2}(?:like[sd]?|enjoy(?:ed|s)?|love[sd]?)\b",
    r"\bwritten\s+for\s+(?:the\s+|a\s+)?(?:[\w'’-]+\s+){0,4}(?:exchange|challenge|fest|bang|"
    r"prompt)\b",
)
# Words that hardly ever occur in story prose: one makes a short paragraph a note.
_META_CUES = (
    r"\b(?:fan\s?-?fic(?:tion)?s?|fics?|ficlets?|one-?shots?|oneshots?|drabbles?)\b",
    r"\breviewers?\b|\breviews\b",
    r"\bkudos\b",
    r"\bbeta(?:['’]?d|ed|-?read(?:ers?|ing)?)\b|\bmy\s+betas?\b",
    r"\b(?:lol|lmao|rofl|haha\w*|hehe\w*|tbh|btw|idk)\b|(?-i:\bxD\b)",
    r"(?:^|\s)(?::-?\)|:D|;-?\)|:P|:-?\(|<3|\^\^|\^_\^)(?=\s|$|[.!,])",
    r"[\U0001F300-\U0001FAFF\u2764\u263A]",
    r"(?-i:\b(?:AU|OOC|OTP)s?\b)|\bcanon[- ]?(?:compliant|divergen(?:t|ce))\b|\bfandom\b",
    r"\bplot\s*bunn(?:y|ies)\b|\bhurt/comfort\b|\bconcrit\b|\btypos\b|\bheadcanons?\b",
    r"\b(?:reader|self)[-\s]?inserts?\b|\bx\s?reader\b|(?-i:\bPOV\b)",
    r"\bun-?beta['’]?(?:e)?d\b|\bnot\s+beta['’]?(?:e)?d\b|\ball\s+mistakes\s+(?:are\s+)?(?:my\s+own|mine)\b",
    r"\b(?:tumblr|ao3|ffnet|fanfiction\.net|wattpad)\b",
    r"(?:^|[.!?]\s+)(?:now,?\s+)?(?:read\s+(?:and|&)\s+)?review[.!]*$",
)
# Talk about the writing that a story could also contain: two, or one with a weak cue.
_STRONG_CUES = (
    r"\breview(?:ed|ing)?\b|\bfeedback\b",
    r"\bspoilers?\b|\bspoiler-free\b",
    r"\blet\s+me\s+know\b",
    r"\bhope\s+(?:you|u|y['’]all|everyone)\s+(?:\w+\s+){0,2}(?:like|liked|enjoy|enjoyed|love|loved)\b",
    r"(?-i:\bOCs?\b)|\bfluff\b|\bangst\b",
    r"\b(?:next|last|previous|this|first|final|new)\s+chapter\b(?!\s+(?:of|in)\b)",
    r"\bset\s+(?:right\s+|just\s+|sometime\s+)?(?:after|during|before|between)\s+(?:the\s+)?"
    r"(?:events|series|season|episode|book|movie|film|finale|end|show)\b",
    r"\bseries\s+finale\b|\bseason\s+\d+\b|\bs\d+\s?e\d+\b|\bepisode\s+\d+\b",
    r"\bupdat(?:e|es|ed|ing)\b",
    # The writer on their own writing: "I wanted to write", "I wrote this on the bus".
    r"(?-i:\bI\b)(?:['’]\w+)?\s+(?:[\w'’]+\s+){0,3}?(?:write\b|(?:wrote|written|writing)\s+"
    r"(?:this|it|these)\b)|(?:^|[.!?]\s+)\W*(?:wrote|writing)\s+this\b",
    r"\b(?:present|past)\s+tense\b|\b(?:first|second|third)[-\s]person\b",
    r"\bbe\s+(?:gentle|nice|kind)\s*[!.]*\s*$|\bgo\s+easy\s+on\s+me\b",
    r"\blife\s+(?:got|gets|has\s+been)\s+(?:so\s+)?(?:busy|crazy|hectic)\b",
    r"\bit['’]s\s+been\s+(?:forever|ages|a\s+while)\b",
    r"\bthank(?:s|\s+you)\s+(?:so\s+much\s+)?(?:to\s+)?(?:everyone|everybody|all\s+of\s+you|"
    r"you\s+all|y['’]all)\b",
    r"\bnext\s+time\s*:|\bpart\s+(?:two|three|2|3)\b[^.!?\n]{0,40}\bcoming\b",
    # The writer as a reader of the canon: "I finished my reread", "on my third rewatch".
    r"\b(?:my|a|this|the|first|second|third|latest)\s+re-?(?:read|watch)(?:es|s)?\b",
    # A warning to the reader in the writer's words: "heads up for mentions of ...".
    r"\bheads[-\s]up\s+(?:for|on|about|that)\b|\bwarnings?\s+for\s+(?:mentions?|references?|"
    r"implied|brief|canon-typical|some)\b",
)
_WEAK_CUES = (
    r"\bchapters?\b",
    r"\bstor(?:y|ies)\b",
    r"\bwr(?:ite|ites|iting|itten|ote)\b",
    r"\breaders\b|\bdear\s+reader\b|\breading\b",
    r"\bcomments?\b",
    r"\bpost(?:ed|ing)?\b",
    r"\benjoy(?:ed)?\b",
    r"\bthanks?\b|\bthank\s+you\b",
    r"\binspired\s+by\b|\bdedicated\s+to\b|\bwritten\s+for\b|\bprompt\b|\bchallenge\b",
    r"\bcanon(?:ical(?:ly)?)?\b|\bsequel\b|\bprequel\b|\bcrossover\b",
    r"\bmy\s+(?:first|second|third|last)\b",
    r"\b(?:guys|y['’]all|folks|lovelies|dear\s+readers)\b|^\W*(?:hey|hi|hello|heya|hiya)\b",
    r"\bhope\s+(?:you|u)\b",
    r"^\W*(?:xo(?:xo)+|x{2,}|hugs|cheers|ciao|love,|peace\s+out|until\s+next\s+time|see\s+you\s+"
    r"(?:next|soon))\b",
)
# (``compile_fast``: each behind a lookahead of its first letters, the same matches faster)
_DECISIVE = tuple(compile_fast(p, re.IGNORECASE) for p in _DECISIVE_CUES)
_META = tuple(compile_fast(p, re.IGNORECASE) for p in _META_CUES)
_STRONG = tuple(compile_fast(p, re.IGNORECASE) for p in _STRONG_CUES)
_WEAK = tuple(compile_fast(p, re.IGNORECASE) for p in _WEAK_CUES)
# --- chatty register ---
# A writer chatting to readers writes in the first person and in a register story narration
# does not use: sentences opening in lower case, "!!", asides in brackets about themselves.
_QUOTATION = re.compile(r"[\"“][^\"“”\n]{0,400}[\"”]")
# "I", or "i" as writers who type in lower case write it (not "i.e.").
_CHAT_I = re.compile(r"(?-i:\b[Ii]\b)(?!\.e\.)")
_CHAT_FEATURES = (
    compile_fast(
        r"\b(?:you|your|you['’](?:re|ve|ll|d)|y['’]all|everyone|everybody|folks|guys)\b", re.I
    ),
    compile_fast(r"\bsorry\b|\bthanks?\b|\bthank\s+you\b|\bforgive\b", re.I),
    compile_fast(r"\bwr(?:ite|ites|iting|itten|ote)\b|\btypos?\b|\bcomments?\b|\breaders?\b", re.I),
    re.compile(r"\([^()\n]{0,80}(?-i:\b(?:I|me|my)\b)[^()\n]{0,80}\)"),
)
# The informal register itself: one of these is required.
# (a full stop after a title or an initial, "Mr. and Mrs.", "J. and", ends no sentence)
_INFORMAL = (
    re.compile(
        r"^\W*[a-z]|(?<![.])(?<!\bMrs)(?<!\bM[rs])(?<!\bDr)(?<!\bSt)(?<!\betc)(?<!\b[A-Za-z])"
        r"[.!?]\s+[a-z]"
    ),
    re.compile(r"!!|\?!|!\?"),
)
MIN_CHAT_FEATURES = 4
MAX_CHAT_CHARS = 1500

# --- narration ---
# A word, for counting past forms ("was", "took", "looked": ``tense_words.is_past_form``).
_LOWER_WORD = re.compile(r"[a-z]+(?:['’][a-z]+)?")
# A paragraph of narration is at least this many words outside quotations, with at least
# ``MIN_PAST_TENSE`` past-tense verbs.
NARRATION_MIN_WORDS = 60
MIN_PAST_TENSE = 4

_FIRST_PERSON = compile_fast(r"\b(?:I|me|my|I'm|I've|I'll)\b")
_SECOND_PERSON = compile_fast(r"\b(?:you|your|you're|y['’]all|everyone)\b", re.IGNORECASE)
# Dialogue with a tag: a quotation followed by a speech verb a few words on.
_TAGGED_DIALOGUE = re.compile(
    r"[\"“][^\"“”]{1,300}[\"”]\s*(?:\w+\s+){0,3}?"
    r"(?:said|says|asked|asks|whispered|shouted|replied|called|muttered|murmured)\b",
    re.IGNORECASE,
)

SHORT_NOTE_WORDS = 40


class NoteCues(NamedTuple):
    """How a paragraph reads as a note: its cue ``strength`` (see ``note_cues``) and
    ``found``, the cue words counted to weigh it (0 where it was settled before counting:
    ruled out, or a decisive cue)."""

    strength: int
    found: int


def note_cues(para: str) -> NoteCues:
    """Return how plainly a paragraph talks about the writing or to the reader, with the cue
    words counted for it. The strength is 2 (a note on its own, e.g. "Hope you enjoy! Reviews
    make my day"), 1 (note-like enough to continue a note), 0 (story). Paragraphs opening
    with a quotation, holding tagged dialogue or longer than ``MAX_NOTE_CHARS`` are 0.

    A decisive cue ("thanks for reading", "please review", "A/N") is enough; a word stories
    hardly use ("fic", "kudos", "lol", an emoji) is enough in a short paragraph or with any
    other cue; other cues ("spoilers", "next chapter", "set after the finale") need company.
    """
    if not para or len(para) > MAX_NOTE_CHARS or para[0] in '"“':
        return NoteCues(0, 0)
    if _TAGGED_DIALOGUE.search(para):
        return NoteCues(0, 0)
    if any(p.search(para) for p in _DECISIVE):
        return NoteCues(2, 0)
    taken: list[tuple[int, int]] = []
    meta = _count_cues(_META, para, taken)
    strong = _count_cues(_STRONG, para, taken)
    weak = _count_cues(_WEAK, para, taken)
    found = meta + strong + weak
    if meta and (meta + strong >= 2 or weak or len(para.split()) <= SHORT_NOTE_WORDS):
        return NoteCues(2, found)
    strong += meta
    if strong >= 2 or (strong == 1 and weak >= 1):
        return NoteCues(2, found)
    if weak >= 3 and _FIRST_PERSON.search(para) and _SECOND_PERSON.search(para):
        return NoteCues(2, found)
    if is_chatty(para):
        return NoteCues(2, found)
    return NoteCues(1 if strong or weak else 0, found)


def cue_strength(para: str) -> int:
    """Return the cue strength of a paragraph: 2, 1 or 0 (``note_cues``)."""
    return note_cues(para).strength


def is_narration(para: str, cues: int) -> bool:
    """Return whether a paragraph holding ``cues`` cue words (``note_cues``) is a long stretch
    of past-tense narration holding at most one (a story's opening paragraph, "… full of
    fluff drifting down from the mill windows …"): at least ``NARRATION_MIN_WORDS`` words and
    ``MIN_PAST_TENSE`` past-tense verbs outside quotations, no talk to the reader ("you",
    "everyone") and no second cue. Such a paragraph never continues a note on its one cue
    word."""
    if len(para) > MAX_NOTE_CHARS:
        return True
    if cues > 1:
        return False
    prose = _QUOTATION.sub(" ", para)
    if len(prose.split()) < NARRATION_MIN_WORDS or _SECOND_PERSON.search(prose):
        return False
    words = _LOWER_WORD.findall(prose.lower())
    return sum(is_past_form(word.replace("’", "'")) for word in words) >= MIN_PAST_TENSE


# An opening double quotation mark that no closing one follows.
_OPEN_QUOTATION = re.compile(r"[\"“][^\"“”]*$")


def runs_on(para: str) -> bool:
    """Return whether ``para`` runs on into the paragraph after it: it leaves a quotation open
    (a song or letter quoted across a blank line) or ends on a comma, colon or dash with no
    closing stop, so the two are one note."""
    if _OPEN_QUOTATION.search(_QUOTATION.sub(" ", para)):
        return True
    return para.rstrip(" *_~\t").endswith((",", ":", ";", "—", "–", "-"))


def is_chatty(para: str) -> bool:
    """Return whether a paragraph (quotations left out) is a writer chatting to readers: in the
    first person, in an informal register (a sentence opening in lower case, "!!"), and with
    at least ``MIN_CHAT_FEATURES`` of: first person, the informal register, talk to the
    reader ("you", "everyone"), thanks or apology, talk about the writing, a first-person
    aside in brackets."""
    prose = _informal_prose(para)
    if prose is None:
        return False
    informal = sum(1 for p in _INFORMAL if p.search(prose))
    features = 1 + informal + sum(1 for p in _CHAT_FEATURES if p.search(prose))
    return features >= MIN_CHAT_FEATURES


def is_informal(para: str) -> bool:
    """Return whether a paragraph (quotations left out, at most ``MAX_CHAT_CHARS`` long) is in
    a writer's informal first person: "I" (or a lower-case "i") and a sentence opening in
    lower case or "!!", a register story narration does not use. Not a note on its own
    (a first-person story's diary entry can read so); ``notes`` counts it only where front
    matter stands beside it."""
    return _informal_prose(para) is not None


def _informal_prose(para: str) -> str | None:
    """Return the paragraph with its quotations blanked when it is in the informal first
    person (``is_informal``), else ``None``."""
    if len(para) > MAX_CHAT_CHARS:
        return None
    prose = _QUOTATION.sub(" ", para)
    if not _CHAT_I.search(prose) or not any(p.search(prose) for p in _INFORMAL):
        return None
    return prose


def _count_cues(
    patterns: tuple[re.Pattern[str], ...], para: str, taken: list[tuple[int, int]]
) -> int:
    """Return how many of ``patterns`` occur in ``para`` away from the stretches in ``taken``
    (so that "next chapter" does not count again as "chapter"); add their stretches to it."""
    count = 0
    for pattern in patterns:
        m = pattern.search(para)
        if m is not None and not any(a < m.end() and m.start() < b for a, b in taken):
            taken.append(m.span())
            count += 1
    return count
