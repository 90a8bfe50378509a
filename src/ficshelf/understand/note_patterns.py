"""What front and end matter looks like, paragraph by paragraph (used by the "notes" stage).

Each function looks at the text of one paragraph (already trimmed) and says what kind of note
it would be if it stood at the edge of the story. Nothing here decides where the story starts:
``notes.py`` only asks these questions of paragraphs before the first and after the last story
paragraph, which is what keeps a first-person story line ("I love him. I think.") from ever
being read as a note.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import NamedTuple

from ficshelf.model import NoteKind
from ficshelf.understand.fast_regex import compile_fast
from ficshelf.understand.tense_words import is_past_form

# --- labelled notes ---------------------------------------------------------------------------

_OPEN = r"^[\s(\[*_~<]*"
_END = r"\s*(?:\d+\s*)?[:\-–—)\]]"
# Labels that only ever introduce a note: the terminator is optional.
_AN_LABEL = re.compile(
    _OPEN + r"(?:A\s?/\s?N|A\.\s?N\.|(?-i:AN)(?=\s*[:\-–—])|Author['’]?s['’]?\s+notes?)"
    r"(?:\s*[:\-–—)\]]|\s)",
    re.IGNORECASE,
)
# Words that are labels with a colon or a dash after them ("Notes -", "Warning:").
_NOTE_LABEL = re.compile(
    _OPEN + r"(?:(?:end|chapter|final|closing|story|extra|general|more|fic)\s+notes?|notes?|"
    r"edit(?:ed)?(?:\s+\d[\d/.-]*)?|updated?(?:\s+\d[\d/.-]*)?|"
    r"(?:content\s+|trigger\s+|archive\s+)?warnings?|TW|CW|dedication|beta(?:['’]?d)?(?:\s+by)?|"
    r"rating|pairings?|word\s*count|spoilers?|fandoms?|feedback)" + _END,
    re.IGNORECASE,
)
# Everyday words that are labels only with a colon ("Characters:", "Setting:").
_FIELD_LABEL = re.compile(
    _OPEN + r"(?:dedicated\s+to|prompt|inspired\s+by|written\s+for|ships?|relationships?|"
    r"characters?|genres?|words|length|status|categor(?:y|ies)|timeline|setting|tags|series|"
    r"language|crossover)\s*:",
    re.IGNORECASE,
)
_POSTSCRIPT = re.compile(
    _OPEN + r"(?:P\.\s?S\.|PS:|P\.\s?P\.\s?S\.|PPS:|N\.\s?B\.|NB:)", re.IGNORECASE
)
_RATED = re.compile(_OPEN + r"rated\s*:?\s*(?:[GKTMRE]|PG|K\+|PG-?13|NC-?17|MA)\b", re.IGNORECASE)
_SUMMARY = re.compile(_OPEN + r"(?:summary|description|blurb)" + _END, re.IGNORECASE)
_DISCLAIMER = re.compile(_OPEN + r"disclaimers?\b", re.IGNORECASE)
# The value runs to the end of the line; its trailing decoration is stripped in Python (a lazy
# value followed by "[\s*_]*$" would try every run of trailing spaces: quadratic).
_TITLE_FIELD = re.compile(r"^[\s*_]*+title\s*+[:\-–—]\s*+(?P<title>\S.*)$", re.IGNORECASE)
_FANDOM_FIELD = re.compile(r"^[\s*_]*+fandoms?\s*+[:\-–—]\s*+(?P<f>\S.*)$", re.IGNORECASE)
_TITLE_TAIL = "*_"
_FANDOM_TAIL = "*_."
# Labels stand at the start of a paragraph: only this much of it is looked at for one.
_LABEL_WINDOW = 200
# A "Title:" field longer than this is not a title.
MAX_TITLE_FIELD_CHARS = 300

# Ownership disclaimers, worded so that story sentences ("I don't own a car", "The house
# belongs to her now") do not match.
_UNLABELLED_DISCLAIMER = compile_fast(
    r"\bI\s+(?:do\s+not|don['’]?t|do\s+n['’]t)\s+own\s+(?:(?:the|any|of|these|this|those)\s+)*"
    r"(?:(?-i:[A-Z])|anything|characters|rights|them\b|it\b)|\bI\s+own\s+nothing\b|"
    r"\b(?:characters|everything|they|these|all)\s+(?:\w+\s+){0,2}(?:are|is)\s+not\s+mine\b|"
    r"\bno\s+(?:copyright\s+)?infringement\b|\bnot\s+making\s+(?:any\s+)?(?:money|profit)\b|"
    r"\bno\s+(?:money|profit)\s+(?:is\s+)?(?:being\s+)?made\b|©|\bcopyright\s+infringement\b|"
    r"\b(?:characters|rights|world|universe)\s+(?:\w+\s+){0,3}(?:belongs?\s+to|are\s+owned\s+by)|"
    r"\bbelong(?:s|ing)?\s+to\s+(?:their|its|the)\s+(?:respective\s+)?(?:owners?|creators?|authors?)|"
    r"\ball\s+rights\s+reserved\b|\bbelongs?\s+to\s+(?:[\w.,]+\s+){0,4}(?:and\s+)?not\s+(?:to\s+)?me\b|"
    r"\bjust\s+(?:borrowing|playing\s+in)\b|\b(?:usual|standard|same)\s+disclaimers?\b|"
    r"\bdisclaimers?\s+(?:applies|apply|in\s+(?:chapter|part)\s+\w+)",
    re.IGNORECASE,
)

# --- bylines ----------------------------------------------------------------------------------

_WORK_WORD = (
    r"(?:fan\s?-?fic(?:tion)?|fic|story|one-?shot|oneshot|drabble|ficlet|AU|tale|piece|"
    r"vignette|songfic|crossover|(?:reader|self)[-\s]?insert|x\s?reader|poem)"
)
_BYLINE = re.compile(
    r"^[\s*_~]*(?:"
    r"(?:An?|My|This)\s+(?:(?P<pre>[^\n]*?)\s+)?" + _WORK_WORD + r",?\s+by\s*:?\s+"
    r"|(?:author|authors|writer|pseud|pen\s?name|penname)\s*[:\-–—]\s*"
    r"|(?:written|story|posted|fic|art|words)\s+by\s*:?\s*"
    r"|by\s*[:\-–—]?\s+"
    r")(?P<names>\S[^\n]*?)[\s*_~]*$",
    re.IGNORECASE,
)
# "NAME presents" (or "NAME presents:") on a line of its own.
_PRESENTS = re.compile(
    r"^[\s*_~]*(?P<names>\S[^\n]{0,60}?)\s+presents\s*[:.…]*[\s*_~]*$", re.IGNORECASE
)
# Starting only where a run of spaces starts: each one is scanned once.
_NAME_SPLIT = re.compile(r"(?<!\s)\s*+(?:,|&|\band\b)\s*+")
_NAME_CONNECTORS = frozenset("de da di du van von der den le la del dos y".split())

# --- fandom mentions --------------------------------------------------------------------------

# A capitalised name ("Peter Pan", "Lord of the Rings", "Avatar: The Last Airbender").
# Every repeat is bounded (a word of at most 41 characters, at most 3 connectors, at most 6
# words) and possessive: each start position then costs a bounded amount of work, so a long
# run of capitalised words is scanned in linear time instead of quadratic.
_CAP_WORD = r"[A-Z0-9][\w'’!.-]{0,40}+(?![\w'’!.-])"
_CAP = (
    _CAP_WORD
    + r"(?:(?::\s++|\s++(?:(?:of|the|and|in|on|a|an|at|to|for|&)\s++){0,3})"
    + _CAP_WORD
    + "){0,5}"
)
# Only this much of a note is searched for fandom names.
MAX_FANDOM_SCAN_CHARS = 10_000
_FANDOM_PATTERNS = (
    re.compile(
        r"(?<![\w'’/])(?P<f>" + _CAP + r")\s+(?:fan\s?-?fic(?:tion)?s?|fics?|one-?shots?|drabbles?|"
        r"ficlets?|fandom|AUs?|crossover)\b"
    ),
    re.compile(r"(?i:\bwriting\s+(?:for|in|about)\s+(?:the\s+)?)(?P<f>" + _CAP + ")"),
    re.compile(r"(?i:\b(?:do\s+not|don'?t|don’t)\s+own\s+(?:the\s+)?)(?P<f>" + _CAP + ")"),
    re.compile(
        r"(?<![\w'’/])(?P<f>" + _CAP + r")(?:,?\s+and(?:\s+[\w'’]+){1,4}?)?"
        r"\s+(?:belongs?|is\s+owned|are\s+owned|is\s+the\s+property)\b"
    ),
)
_LEADING_NOT_FANDOM = frozenset(
    "a an my this these another first the some any your our i hey hi hello so and but also "
    "all it its his her their disclaimer note notes".split()
)

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
_CHAT_I = re.compile(r"(?-i:\bI\b)")
_CHAT_FEATURES = (
    compile_fast(
        r"\b(?:you|your|you['’](?:re|ve|ll|d)|y['’]all|everyone|everybody|folks|guys)\b", re.I
    ),
    compile_fast(r"\bsorry\b|\bthanks?\b|\bthank\s+you\b|\bforgive\b", re.I),
    compile_fast(r"\bwr(?:ite|ites|iting|itten|ote)\b|\btypos?\b|\bcomments?\b|\breaders?\b", re.I),
    re.compile(r"\([^()\n]{0,80}(?-i:\b(?:I|me|my)\b)[^()\n]{0,80}\)"),
)
# The informal register itself: one of these is required.
_INFORMAL = (
    re.compile(r"^\W*[a-z]|(?<![.])[.!?]\s+[a-z]"),
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

# --- epigraphs ----------------------------------------------------------------------------------

_ATTRIBUTION = r"(?:[—–~]|-{1,2})\s*(?P<source>[^\W\d_][^\n]{0,100})"
_QUOTED_LINE = re.compile(
    r"^[*_]*(?P<open>[\"“'‘])(?P<inner>.*)[\"”'’][*_.,]*(?:\s*" + _ATTRIBUTION + r")?$",
    re.DOTALL,
)
_ATTRIBUTION_LINE = re.compile(r"^[*_]*" + _ATTRIBUTION + r"$")
# A finished sentence, then the attribution: "… the names. — a saying of the wolves".
_UNQUOTED_EPIGRAPH = re.compile(r"\w[*_]*[.!?…][*_]*\s+" + _ATTRIBUTION + r"$")
MAX_UNQUOTED_EPIGRAPH_WORDS = 70
_INLINE_ATTRIBUTION = re.compile(r"[\"”'’][*_.,]*\s*" + _ATTRIBUTION + r"$")
# Inside a single-quoted line: a quote closing before narration (' she said).
_SINGLE_QUOTE_CLOSE = re.compile(r"[\'’][,.!?]?\s+[a-z]")
MAX_SOURCE_WORDS = 12

# A lone quoted saying (no attribution): one or two sentences, ending in a full stop.
MAX_LONE_EPIGRAPH_CHARS = 250
_SENTENCE_INSIDE = re.compile(r"[.!?…][\"”'’]?\s+[\"“'‘]?[A-Z]")
# What an opening line of dialogue gets next: a reply or a reaction in the first sentence.
# (the reply is looked for in the first ``REACTION_WORDS`` words of the first sentence).
_FIRST_SENTENCE = re.compile(r"[^.!?…\n]*")
REACTION_WORDS = 8
_REACTION = compile_fast(
    r"\b(?:answer(?:s|ed)?|repl(?:y|ies|ied)|respond(?:s|ed)?|sa(?:ys|id)|ask(?:s|ed)|"
    r"nod(?:s|ded)?|shrug(?:s|ged)?|laugh(?:s|ed)?|sigh(?:s|ed)?|agree(?:s|d)?|snort(?:s|ed)?|"
    r"grin(?:s|ned)?|smil(?:e|es|ed)|frown(?:s|ed)?|shook|shakes|echo(?:es|ed))\b",
    re.IGNORECASE,
)

_CLOSERS = frozenset(".,;:")
SHORT_NOTE_WORDS = 40
# Longer paragraphs are story: an unlabelled note paragraph is never this long (a novel's
# opening paragraph is, and it collects stray cue words), and the cue patterns are not run
# over huge paragraphs.
MAX_NOTE_CHARS = 2500


@dataclass(frozen=True, slots=True)
class Byline:
    """A byline: its author names (as offsets into the paragraph) and a stated fandom."""

    names: tuple[tuple[int, int], ...]
    fandom: tuple[int, int] | None


def labelled_kind(para: str) -> NoteKind | None:
    """Return the note kind a paragraph's opening label names ("A/N:", "Disclaimer:",
    "Summary:", "Title:", "Rating:", …), or ``None`` when it has no such label."""
    if title_field(para) is not None:
        return NoteKind.TITLE
    head = para[:_LABEL_WINDOW]
    if _SUMMARY.match(head):
        return NoteKind.SUMMARY
    if _DISCLAIMER.match(head):
        return NoteKind.DISCLAIMER
    if _AN_LABEL.match(head) or _POSTSCRIPT.match(head) or is_field(head):
        return NoteKind.AUTHORS_NOTE
    return None


def is_an_label(para: str) -> bool:
    """Return whether a paragraph opens with an unambiguous author's-note label ("A/N",
    "Author's note"), which makes it a note wherever it stands."""
    return _AN_LABEL.match(para[:_LABEL_WINDOW]) is not None


def is_field(para: str) -> bool:
    """Return whether a paragraph is a header field such as "Rating: T" or "Pairing: A/B"."""
    head = para[:_LABEL_WINDOW]
    return any(p.match(head) for p in (_NOTE_LABEL, _FIELD_LABEL, _RATED))


def title_field(para: str) -> tuple[int, int] | None:
    """Return where the title stands in a one-line "Title: X" paragraph of at most
    ``MAX_TITLE_FIELD_CHARS`` characters (decoration after it left out), or ``None``."""
    if len(para) > MAX_TITLE_FIELD_CHARS:
        return None
    m = _TITLE_FIELD.match(para)
    return _field_value(para, m, "title", _TITLE_TAIL) if m else None


def _field_value(text: str, m: re.Match[str], group: str, tail: str) -> tuple[int, int]:
    """Return the span of ``group`` in ``m`` without trailing spaces and ``tail`` characters
    (its first character is always kept)."""
    start, end = m.span(group)
    while end > start + 1 and (text[end - 1].isspace() or text[end - 1] in tail):
        end -= 1
    return start, end


def is_disclaimer(para: str) -> bool:
    """Return whether a paragraph disclaims ownership without a "Disclaimer:" label."""
    return len(para) <= MAX_NOTE_CHARS and _UNLABELLED_DISCLAIMER.search(para) is not None


def byline(para: str) -> Byline | None:
    """Return the byline a one-line paragraph is ("by NAME", "Author: NAME", "A <Fandom> fic
    by NAME", "a fic by NAME", "Written by NAME", "NAME presents"), or ``None``."""
    if "\n" in para or "\r" in para or len(para) > 150:
        return None
    m = _BYLINE.match(para) or _PRESENTS.match(para)
    if m is None:
        return None
    names_start = m.start("names")
    raw = m.group("names").rstrip(" .!")
    names: list[tuple[int, int]] = []
    pos = 0
    for sep in _NAME_SPLIT.finditer(raw):
        names.append((names_start + pos, names_start + sep.start()))
        pos = sep.end()
    names.append((names_start + pos, names_start + len(raw)))
    names = [(a, b) for a, b in names if b > a]
    if not names or not all(_looks_like_name(para[a:b]) for a, b in names):
        return None
    fandom = None
    if m.groupdict().get("pre"):
        fandom = _trailing_cap(para, m.start("pre"), m.end("pre"))
    return Byline(tuple(names), fandom)


def _looks_like_name(name: str) -> bool:
    """Return whether ``name`` could be a person's name or a user name (not a phrase)."""
    if not name or len(name) > 40 or name[-1] in _CLOSERS or '"' in name or "“" in name:
        return False
    tokens = name.split()
    if len(tokens) == 1:
        return True
    if len(tokens) > 5:
        return False
    return all(t[0].isupper() or t[0].isdigit() or t.lower() in _NAME_CONNECTORS for t in tokens)


def _trailing_cap(text: str, start: int, end: int) -> tuple[int, int] | None:
    """Return the last capitalised name inside ``text[start:end]`` (e.g. "Peter Pan" in
    "short Peter Pan"), or ``None``."""
    best = None
    for m in re.finditer(_CAP, text[start:end]):
        best = (start + m.start(), start + m.end())
    if best is None or best[1] != end:
        return None
    return _trim_fandom(text, *best)


def _trim_fandom(text: str, start: int, end: int) -> tuple[int, int] | None:
    """Drop leading words that are not part of a name ("My", "This", "Hey"); return the
    remaining stretch or ``None`` when nothing is left."""
    words = list(re.finditer(r"\S+", text[start:end]))
    i = 0
    while i < len(words) and words[i].group().lower().strip(",:") in _LEADING_NOT_FANDOM:
        i += 1
    if i == len(words):
        return None
    return start + words[i].start(), end


def fandom_mentions(para: str) -> list[tuple[int, int]]:
    """Return where a paragraph names a fandom: "a Peter Pan fic", "first time writing for
    Little Women", "I don't own Peter Pan", "Peter Pan belongs to …", "Fandom: X"."""
    text = para[:MAX_FANDOM_SCAN_CHARS]
    found: list[tuple[int, int]] = []
    field = _FANDOM_FIELD.match(text)
    if field:
        found.append(_field_value(text, field, "f", _FANDOM_TAIL))
    for pattern in _FANDOM_PATTERNS:
        for m in pattern.finditer(text):
            trimmed = _trim_fandom(text, m.start("f"), m.end("f"))
            if trimmed is not None:
                found.append(trimmed)
    # "Writing for the Avatar: The Last Airbender" also matches as a whole: keep the inner name.
    # Walking from the last start back (shortest first at equal starts), a stretch holds
    # another exactly when one seen before it ends no later than it does.
    kept: list[tuple[int, int]] = []
    nearest_end = len(text) + 1
    for a, b in sorted(set(found), key=lambda ab: (-ab[0], ab[1])):
        if b < nearest_end:
            kept.append((a, b))
        nearest_end = min(nearest_end, b)
    return kept[::-1]


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


def is_chatty(para: str) -> bool:
    """Return whether a paragraph (quotations left out) is a writer chatting to readers: in the
    first person, in an informal register (a sentence opening in lower case, "!!"), and with
    at least ``MIN_CHAT_FEATURES`` of: first person, the informal register, talk to the
    reader ("you", "everyone"), thanks or apology, talk about the writing, a first-person
    aside in brackets."""
    if len(para) > MAX_CHAT_CHARS:
        return False
    prose = _QUOTATION.sub(" ", para)
    if not _CHAT_I.search(prose):
        return False
    informal = sum(1 for p in _INFORMAL if p.search(prose))
    if not informal:
        return False
    features = 1 + informal + sum(1 for p in _CHAT_FEATURES if p.search(prose))
    return features >= MIN_CHAT_FEATURES


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


def is_title_line(para: str) -> bool:
    """Return whether a paragraph could be a title: one short line, not a sentence of
    story (no closing period or comma, no opening quotation or dash)."""
    if "\n" in para or "\r" in para or len(para) > 100 or len(para.split()) > 14:
        return False
    stripped = para.strip("*_~ ")
    return bool(stripped) and stripped[-1] not in ".,;:…" and stripped[0] not in "\"“'‘-–—("


def is_quoted_line(para: str) -> bool:
    """Return whether a paragraph is wholly one quotation (maybe with an inline "— Name"
    attribution), as epigraph lines are; '"Hi," she said, "bye."' is not."""
    m = _QUOTED_LINE.match(para)
    if m is None or (m.group("source") is not None and not _source_like(m.group("source"))):
        return False
    inner = m.group("inner")
    if m.group("open") in '"“':
        return not any(q in inner for q in '"“”')
    return _SINGLE_QUOTE_CLOSE.search(inner) is None


def is_lone_epigraph(para: str) -> bool:
    """Return whether a paragraph could be an epigraph without an attribution: one line,
    wholly one quotation (``is_quoted_line``) of one or two sentences ending in a full stop,
    at most ``MAX_LONE_EPIGRAPH_CHARS`` long. A question, an exclamation, or speech broken
    off ("—", "…", ",") is read as someone speaking instead."""
    if len(para) > MAX_LONE_EPIGRAPH_CHARS or "\n" in para or not is_quoted_line(para):
        return False
    if has_inline_attribution(para):
        return False
    inner = para.strip("*_ ")[1:-1].rstrip("*_")
    return (
        inner.endswith(".")
        and not inner.endswith("..")
        and (len(_SENTENCE_INSIDE.findall(inner)) <= 1)
    )


def opens_narration(para: str) -> bool:
    """Return whether a paragraph is narration that neither answers nor carries on a line of
    dialogue standing above it: it opens on a capital letter (not a quotation, a dash or a
    lower-case speech tag such as "says Miss Pole"), and its first sentence holds no
    quotation and opens (first ``REACTION_WORDS`` words) on no reply or reaction ("said",
    "answered", "nodded", "laughed", …)."""
    head = para.lstrip("*_ ")
    if not head[:1].isupper() or is_quoted_line(para):
        return False
    first = _FIRST_SENTENCE.match(head)
    sentence = first.group() if first else head
    opening = " ".join(sentence.split()[:REACTION_WORDS])
    return not any(q in sentence for q in '"“”') and _REACTION.search(opening) is None


def is_attribution(para: str) -> bool:
    """Return whether a paragraph is an epigraph attribution line ("— Name", "- Name, Book")."""
    m = _ATTRIBUTION_LINE.match(para)
    return m is not None and _source_like(m.group("source"))


def is_unquoted_epigraph(para: str) -> bool:
    """Return whether a paragraph is a short saying without quotation marks that ends in its
    own attribution after a finished sentence ("Keep the names. — a saying of the wolves",
    "Run swift. -- The Law of the Jungle"): at most ``MAX_UNQUOTED_EPIGRAPH_WORDS`` words,
    of one line or of short lines."""
    if len(para) > 600 or len(para.split()) > MAX_UNQUOTED_EPIGRAPH_WORDS:
        return False
    m = _UNQUOTED_EPIGRAPH.search(para)
    return m is not None and _source_like(m.group("source"))


def has_inline_attribution(para: str) -> bool:
    """Return whether a quoted line ends with its own attribution ('"…" — Name')."""
    m = _INLINE_ATTRIBUTION.search(para)
    return m is not None and _source_like(m.group("source"))


def _source_like(source: str) -> bool:
    """Return whether an attribution names a source ("Calliope", "J. M. Barrie, Peter Pan")
    rather than carrying on a sentence ("I love my garden.")."""
    words = source.split()
    if len(words) > MAX_SOURCE_WORDS:
        return False
    last = words[-1].rstrip("*_")
    return last[-1:] not in ".!?" or last[:1].isupper() or last[:1].isdigit()
