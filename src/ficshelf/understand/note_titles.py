"""A work's title named inside an author's note (used by the "notes" stage).

Fan writers who put no title line above a story sometimes name the title in a note instead:
"title is Under the Floorboards bc that's where the letters were", "This one is called The
Long Table because …", "title: salt roads", "'Lamp Oil' is the title because …", "I called
it Low Water since …". ``named_title`` finds such a title in one note's text; the stage looks
for it only in author's notes, and only when no title line (or the file's metadata) gives one.

What names the title, and what does not:

* a cue that the work's title follows: "title:", "(the) title is/was/'s", "this (one/fic/
  story/drabble …) is/'s called/titled/named", "I (have) called/titled/named it/this (one)";
  or a quoted or title-cased phrase opening a sentence before "is the title". Not the title
  of something else: "chapter title", "working title", "song title", "it's called" (a place,
  a dish), "this chapter is called", "called him a fool";
* a title-like phrase after the cue: quoted ("'Lamp Oil'", "*Lamp Oil*"); or in title case
  ("The Long Table") followed by the sentence's end or an explanation ("because", "bc",
  "since", "for", a comma …); or, as writers who type in lower case write it, a few plain
  words followed by "because"/"bc"/"since". Not a remark about the title: "the title is from
  Hozier", "title's a placeholder", "the title is kind of a joke because …", "title from
  <a song>" (which names the title's source, not the title).
"""

from __future__ import annotations

import re
from enum import Enum

# The cue that the work's title follows (group "cue" ends where the title starts).
_CUE = re.compile(
    r"(?P<before>\b[\w'’]+[\s*_]+)?"
    r"(?P<cue>"
    r"\btitle\s*(?::|\bis\b|\bwas\b|['’]s\b)"
    r"|\bthis(?:\s+(?:one|fic|story|piece|one-?shot|oneshot|drabble|ficlet|work))?"
    r"(?:\s+(?:is|was)|['’]s)\s+(?:called|titled|named)\b"
    r"|\bi\s+(?:(?:have|['’]ve)\s+)?(?:called|titled|named)\s+(?:it|this(?:\s+one)?)\b"
    r")",
    re.IGNORECASE,
)
# Words before "title" that make it the title of something else.
_OTHER_TITLE = frozenset(
    """chapter chapter's chapters working song song's book book's album episode poem poem's
    series fic's""".split()
)
# "X is the title": a quoted or title-cased phrase opening a sentence.
_IS_THE_TITLE = re.compile(r"\s+is\s+(?:the|my)\s+title\b", re.IGNORECASE)
_SENTENCE_START = re.compile(r"(?:^|[.!?…]\s+|\n)[\s*_]*(?:(?:ok(?:ay)?\s+)?so,?\s+)?", re.I)
# A quoted title ("Lamp Oil", 'Lamp Oil', *Lamp Oil*, _Lamp Oil_): its text in the one group
# that matched.
_QUOTED = re.compile(
    r"\"(?P<a>[^\"\n]{1,100})\"|“(?P<b>[^”\n]{1,100})”|‘(?P<c>[^’\n]{1,100}?)’(?!\w)"
    r"|'(?P<d>[^'\n]{1,100}?)'(?!\w)|\*+(?P<e>[^*\n]{1,100})\*+|_(?P<f>[^_\n]{1,100})_"
)
_WORD = re.compile(r"[\w'’&-]+|[^\w\s]")
# Small words inside a title in title case ("The Boss of the Mill").
_MINOR = frozenset("a an and as at but by for from in into nor of on or the to upon with".split())
# What may follow a title that is not quoted: an explanation or the sentence's end.
_AFTER = frozenset(
    """because bc b/c cause 'cause cuz coz since as for after from which and but so lol haha
    btw i""".split()
)
_EXPLAINS = frozenset("because bc b/c cause 'cause cuz coz since".split())
_STOPS = frozenset(".,;:!?()[]—–-~")
# A plain lower-case phrase naming the title has at most this many words.
MAX_PLAIN_WORDS = 6
# A title has at most this many words.
MAX_TITLE_WORDS = 10
# Words a title's source opens on ("the title is from Hozier", "Title: Taken From …").
_SOURCE = frozenset("from taken stolen borrowed lifted inspired based".split())
# Words a remark about the title holds ("a placeholder", "kind of a joke", "pretty
# self-explanatory", "what it is"), which a plain lower-case title does not.
_REMARK = _SOURCE | frozenset(
    """a an kind kinda sort sorta pretty very really just so too still also not literally
    basically probably maybe obviously placeholder temporary tbd wip pun joke reference nod
    homage quote lyric lyrics line bad terrible awful weird cheesy lame silly dumb stupid
    worst best self-explanatory literal obvious ironic meh whatever subject there here what
    it this that these those i my me we our you your he she they his her their""".split()
)
# One word that refers rather than names ("This is the title", "It is the title").
_DEICTIC = frozenset(
    "it this that there here what which mine yours his hers theirs ours so".split()
)


class _Kind(Enum):
    """How the title is set apart from the note around it."""

    QUOTED = 1  # in quotation marks or emphasis
    CASED = 2  # in title case
    PLAIN = 3  # plain lower-case words before "because"/"bc"


def named_title(note: str) -> tuple[int, int] | None:
    """Return where the title of the work stands in an author's note that names it ("title
    is Under the Floorboards bc …", "This one is called The Long Table because …",
    "'Lamp Oil' is the title"), as (start, end) offsets into ``note``; ``None`` when the
    note names none (see the module docstring)."""
    for m in _CUE.finditer(note):
        before = (m.group("before") or "").strip(" *_\t\n").lower()
        if m.group("cue").lower().startswith("title") and before in _OTHER_TITLE:
            continue
        found = _title_after(note, m.end())
        if found is not None:
            return found
    for m in _IS_THE_TITLE.finditer(note):
        found = _title_before(note, m.start())
        if found is not None:
            return found
    return None


def _quoted(note: str, at: int) -> tuple[int, int] | None:
    """Return the span of the quoted words at ``at`` (``_QUOTED``), or ``None``."""
    m = _QUOTED.match(note, at)
    if m is None:
        return None
    group = next(g for g in "abcdef" if m.group(g) is not None)
    return m.start(group), m.end(group)


def _title_after(note: str, at: int) -> tuple[int, int] | None:
    """Return the title-like phrase starting at ``at`` (after a cue), or ``None``."""
    lead = len(note) - len(note[at:].lstrip(" \t"))
    quoted = _quoted(note, lead)
    if quoted is not None:
        return _checked(note, *quoted, _Kind.QUOTED)
    words = [(w.start(), w.end(), w.group()) for w in _WORD.finditer(note, lead)]
    if not words or words[0][0] != lead:
        return None
    if words[0][2][:1].isupper():
        return _title_cased(note, words)
    return _plain(note, words)


def _title_cased(note: str, words: list[tuple[int, int, str]]) -> tuple[int, int] | None:
    """Return the title-cased phrase that ``words`` open with ("The Long Table"), when what
    follows it is the sentence's end or an explanation ("because", "bc", a comma)."""
    last = -1
    for k, (_, _, w) in enumerate(words[:MAX_TITLE_WORDS]):
        if (w[:1].isupper() or w.isdigit()) and (w != "I" or k == 0):
            last = k
        elif w.lower() not in _MINOR:
            break
    if last < 0:
        return None
    follower = words[last + 1][2] if last + 1 < len(words) else "."
    if follower not in _STOPS and follower.lower() not in _AFTER:
        return None
    return _checked(note, words[0][0], words[last][1], _Kind.CASED)


def _plain(note: str, words: list[tuple[int, int, str]]) -> tuple[int, int] | None:
    """Return a lower-case phrase of at most ``MAX_PLAIN_WORDS`` words that an explanation
    ("because", "bc", "since") follows ("title is under the floorboards bc …")."""
    for k, (_, _, w) in enumerate(words[: MAX_PLAIN_WORDS + 1]):
        if w.lower() in _EXPLAINS:
            return _checked(note, words[0][0], words[k - 1][1], _Kind.PLAIN) if k else None
        if w in _STOPS:
            return None
    return None


def _checked(note: str, start: int, end: int, kind: _Kind) -> tuple[int, int] | None:
    """Return (start, end) when ``note[start:end]`` reads as a title: at most
    ``MAX_TITLE_WORDS`` words; in title case, not a source ("From Hozier") or one word that
    refers ("This"); in plain lower case, no word of a remark about the title (``_REMARK``:
    "a placeholder", "from hozier", "kind of a joke")."""
    words = [w.lower() for w in _WORD.findall(note[start:end]) if w not in _STOPS]
    if not words or len(words) > MAX_TITLE_WORDS:
        return None
    if kind is _Kind.PLAIN and any(w in _REMARK for w in words):
        return None
    if kind is _Kind.CASED and (
        words[0] in _SOURCE or words == [words[0]] and words[0] in _DEICTIC
    ):
        return None
    return start, end


def _title_before(note: str, at: int) -> tuple[int, int] | None:
    """Return the quoted or title-cased phrase that opens the sentence ending at ``at``
    ("'Lamp Oil' is the title", "Low Water is the title"), or ``None``."""
    start = max((m.end() for m in _SENTENCE_START.finditer(note, 0, at)), default=0)
    phrase = note[start:at].strip()
    if not phrase:
        return None
    offset = note.index(phrase, start)
    quoted = _quoted(note, offset)
    if quoted is not None:
        return (
            _checked(note, *quoted, _Kind.QUOTED) if quoted[1] + 1 >= offset + len(phrase) else None
        )
    words = [(w.start(), w.end(), w.group()) for w in _WORD.finditer(note, start, at)]
    if not words or not words[-1][2][:1].isupper():
        return None
    found = _title_cased(note, words)
    return found if found is not None and found[1] == words[-1][1] else None
