"""What front and end matter looks like, paragraph by paragraph (used by the "notes" stage).

Each function looks at the text of one paragraph (already trimmed) and says what kind of note
it would be if it stood at the edge of the story. Nothing here decides where the story starts:
``notes.py`` only asks these questions of paragraphs before the first and after the last story
paragraph, which is what keeps a first-person story line ("I love him. I think.") from ever
being read as a note.

This module holds the labelled notes ("A/N:", "Summary:", "Disclaimer:"), bylines, fandom
mentions and title lines; ``note_chat`` holds the unlabelled, chatty notes and
``note_epigraphs`` the epigraphs and their attributions.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ficshelf.model import NoteKind
from ficshelf.understand.fast_regex import compile_fast

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
    _OPEN + r"(?:(?:end|chapter|final|closing|story|extra|general|more|fic|last|another|"
    r"further|bonus|additional|one\s+(?:more|last))\s+notes?|notes?(?:\s+again)?|"
    r"edit(?:ed)?(?:\s+\d[\d/.-]*)?|updated?(?:\s+\d[\d/.-]*)?|"
    r"(?:content\s+|trigger\s+|archive\s+)?warnings?|TW|CW|dedication|beta(?:['’]?d)?(?:\s+by)?|"
    r"rating|pairings?|word\s*count|spoilers?|fandoms?|feedback)" + _END,
    re.IGNORECASE,
)
# Everyday words that are labels only with a colon ("Characters:", "Setting:").
_FIELD_LABEL = re.compile(
    _OPEN + r"(?:dedicated\s+to|prompt|inspired\s+by|written\s+for|ships?|relationships?|"
    r"characters?|genres?|words|length|status|categor(?:y|ies)|timeline|setting|tags|series|"
    r"language|crossover|(?:some\s+)?(?:context|background))\s*:",
    re.IGNORECASE,
)
_POSTSCRIPT = re.compile(
    _OPEN + r"(?:P\.\s?S\.|PS:|P\.\s?P\.\s?S\.|PPS:|N\.\s?B\.|NB:)", re.IGNORECASE
)
# "Rated T", "Rated: M", "Rated Teen for …", "Rated Mature", "Rated for language" (no letter:
# the reason alone), "This fic is rated M for …".
_RATED = re.compile(
    _OPEN + r"(?:(?:this|the)\s+(?:fic|story|one-?shot|chapter|work|series)\s+is\s+|"
    r"it['’]s\s+)?rated\s*:?\s*(?:(?:[GKTMRE]|PG|K\+|PG-?13|NC-?17|MA|teens?(?:\s+and\s+up)?|"
    r"mature|explicit|general(?:\s+audiences?)?|adults?)(?![\w'’])|for\s)",
    re.IGNORECASE,
)
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
    r"\bnothing\s+(?:here\s+|in\s+(?:this|here)\s+(?:\w+\s+)?)?belongs\s+to\s+me\b|"
    r"\bnone\s+of\s+(?:this|these|them|it)\s+(?:\w+\s+)?(?:is|are)\s+(?:mine|my\s+own)\b|"
    r"\ball\s+rights\s+reserved\b|\bbelongs?\s+to\s+(?:[\w.,]+\s+){0,4}(?:and\s+)?not\s+(?:to\s+)?me\b|"
    r"\bjust\s+(?:borrowing|playing\s+in)\b|\b(?:usual|standard|same)\s+disclaimers?\b|"
    r"\bdisclaimers?\s+(?:applies|apply|in\s+(?:chapter|part)\s+\w+)",
    re.IGNORECASE,
)

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
CAPITALISED_RUN = _CAP  # a run of capitalised words, small words between: a name or a title

# --- bylines ----------------------------------------------------------------------------------

_WORK_WORD = (
    r"(?:fan\s?-?fic(?:tion)?|fic|story|one-?shot|oneshot|drabble|ficlet|AU|tale|piece|"
    r"vignette|songfic|crossover|(?:reader|self)[-\s]?insert|x\s?reader|poem)"
)
# The words that name fan fiction only (not "story", "tale", "piece": "A Tale by Moonlight").
_FAN_WORK_WORD = r"(?:fan\s?-?fic(?:tion)?|fic|one-?shot|oneshot|drabble|ficlet|songfic)"
_BYLINE = re.compile(
    r"^[\s*_~]*(?:"
    r"(?:An?|My|This)\s+(?:(?P<pre>[^\n]*?)\s+)?" + _WORK_WORD + r",?\s+by\s*:?\s+"
    # "Barchester Towers fanfiction | by NAME": a capitalised fandom, no article, a fan word
    r"|(?P<lead>(?-i:" + _CAP + r"))\s+" + _FAN_WORK_WORD + r"\s*[|·•,:–—-]?\s*by\s*:?\s+"
    r"|(?:author|authors|writer|pseud|pen\s?name|penname)\s*[:\-–—][\s*_]*"
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

# Only this much of a note is searched for fandom names.
MAX_FANDOM_SCAN_CHARS = 10_000
# The kinds of alternate universe a note announces ("Modern AU", "Coffee Shop AU"): never a
# fandom's name.
_AU_KINDS = (
    r"(?i:modern|college|university|uni|high\s+school|school|boarding\s+school|coffee\s+shop|"
    r"caf[eé]|bakery|office|royalty|royal|soulmates?|canon[-\s]divergen(?:ce|t)|alternate\s+"
    r"universe|mafia|fantasy|space|sci-?fi|omegaverse|a/b/o|no\s+powers|human|role[-\s]swap|"
    r"reverse|everyone\s+lives|nobody\s+dies|fix-?it|mundane|historical|regency|victorian|"
    r"hospital|roommates?|flatmates?|fake\s+dating|band|hogwarts|vampire|werewolf|dark)"
)
# A name followed by "AU" whose last words are such a kind ("… Coffee Shop| AU").
_AU_AFTER = re.compile(r"\s+AUs?\b")
_AU_KIND_END = re.compile(r"(?<![\w'’])" + _AU_KINDS + r"$")
_AU_KIND_CHARS = 40
_FANDOM_PATTERNS = (
    re.compile(
        r"(?<![\w'’/])(?P<f>" + _CAP + r")\s+(?:fan\s?-?fic(?:tion)?s?|fics?|one-?shots?|drabbles?|"
        r"ficlets?|fandom|AUs?|crossover)\b"
    ),
    re.compile(r"(?i:\bwriting\s+(?:for|in|about)\s+(?:the\s+)?)(?P<f>" + _CAP + ")"),
    re.compile(r"(?i:\b(?:do\s+not|don'?t|don’t)\s+own\s+(?:the\s+)?)(?P<f>" + _CAP + ")"),
    re.compile(
        r"(?<![\w'’/])(?P<f>" + _CAP + r")(?:,?\s+and(?:\s+[\w'’]+){1,4}?)?"
        r"\s+(?:belongs?|(?:is|are)\s+owned|(?:is|are)\s+the\s+property)\b"
    ),
)
_LEADING_NOT_FANDOM = frozenset(
    "a an my this these another first the some any your our i hey hi hello so and but also "
    "all it its his her their disclaimer note notes".split()
)

_CLOSERS = frozenset(".,;:")
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


# A label standing alone on its line: at most this many words, ending in a colon or a dash.
MAX_BARE_LABEL_WORDS = 4
_BARE_LABEL_END = re.compile(r"[:\-–—][\s*_]*$")


def is_bare_label(para: str) -> bool:
    """Return whether a labelled paragraph is its label alone ("Summary:", "**Disclaimer:**",
    "Author's Note -"), its text on the lines below."""
    return (
        len(para) <= 60
        and len(para.split()) <= MAX_BARE_LABEL_WORDS
        and _BARE_LABEL_END.search(para) is not None
        and labelled_kind(para) is not None
    )


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
    if not names or not all(looks_like_name(para[a:b]) for a, b in names):
        return None
    fandom = None
    for group in ("pre", "lead"):
        if m.groupdict().get(group):
            fandom = _trailing_cap(para, m.start(group), m.end(group))
    return Byline(tuple(names), fandom)


def looks_like_name(name: str) -> bool:
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
            if _names_an_au_kind(text, m.start("f"), m.end("f")):
                continue
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


def is_title_line(para: str) -> bool:
    """Return whether a paragraph could be a title: one short line, not a sentence of
    story (no closing period or comma, no opening quotation or dash)."""
    if "\n" in para or "\r" in para or len(para) > 100 or len(para.split()) > 14:
        return False
    stripped = para.strip("*_~ ")
    return bool(stripped) and stripped[-1] not in ".,;:…" and stripped[0] not in "\"“'‘-–—("


def _names_an_au_kind(text: str, start: int, end: int) -> bool:
    """Return whether ``text[start:end]``, followed by "AU", ends in a kind of alternate
    universe ("Modern", "Coffee Shop") rather than a fandom's name."""
    return (
        _AU_AFTER.match(text, end) is not None
        and _AU_KIND_END.search(text, max(start, end - _AU_KIND_CHARS), end) is not None
    )
