"""Recognising chapter headings and scene breaks in plain text (used by the "notes" stage).

A heading is a whole line such as "Chapter 3", "Chapter 3: Title", "Chapter Three", "CHAPTER
THREE", "Ch. 3 - Title", "Part II", "Part 2: Title", "Book One", "Prologue", "Epilogue",
"Interlude: Title", optionally framed by symbols ("~ Chapter 3 ~", "=== Part 2 ===").
A bare numeral line ("1", "II.", "~ 3 ~") is a heading only when a document has two or more.

A scene break is a lone short line of symbols: "* * *", "***", "~~~", "#", "---", "________",
"~*~*~", "◇◆◇", or of o/x ornaments: "oOo", "xXx", "-x-", "OoOoO", "xxx" (not "x" or "xx").
"""

from __future__ import annotations

import re
from dataclasses import dataclass

MAX_HEADING_CHARS = 120
MAX_BREAK_CHARS = 60

_UNITS = "one|two|three|four|five|six|seven|eight|nine"
_NUMBER_WORDS = (
    r"(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[-\s]?(?:" + _UNITS + r"))?"
    r"|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen"
    r"|" + _UNITS + r"|hundred)"
)
_ROMAN = r"(?=[mdclxvi])m{0,3}(?:cm|cd|d?c{0,3})(?:xc|xl|l?x{0,3})(?:ix|iv|v?i{0,3})"
_NUMBER = rf"(?:\d{{1,4}}|{_ROMAN}|{_NUMBER_WORDS})"
_DECOR = r"[\s~*=#_<>\[\](){}|•·+\-–—]*"
# The title runs to the end of the line and its trailing decoration is stripped in Python (a
# lazy title before "{_DECOR}$" would rescan the decoration from every position).
_DECOR_CHARS = "~*=#_<>[](){}|•·+-–—"
_SEPARATOR = r"\s*[:.\-–—|~]+\s*"

_HEADING = re.compile(
    rf"""^{_DECOR}
    (?:
        (?P<unit>chapter|chap\.?|ch\.?|part|book|section|act|volume|vol\.?)
        \s*(?P<number>{_NUMBER})\b\.?
      | (?P<named>prologue|epilogue|interlude|intermission|afterword|foreword|preface|coda
          |introduction|finale|bonus\s+chapter|extra)\b
    )
    (?:{_SEPARATOR}(?P<title>.*)|\s+(?P<bare_title>(?-i:[A-Z"“'‘]).*))?
    {_DECOR}$""",
    re.IGNORECASE | re.VERBOSE,
)
_NUMERAL_HEADING = re.compile(
    rf"^{_DECOR}(?:#\s*)?(?:\d{{1,3}}|(?-i:[IVXLC]+|[ivxlc]+))\.?{_DECOR}$", re.IGNORECASE
)
_ROMAN_ONLY = re.compile(rf"^{_ROMAN}$", re.IGNORECASE)

_NOT_WORD = re.compile(r"[\W_]+")
# A letter other than the o/x of ornaments, a digit or a line break: never in a scene break.
_STORY_CHAR = re.compile(r"[^\W_oOxX0]|[\r\n]")
_ORNAMENT_LETTERS = re.compile(r"[oO0]+|[xX]+")
# Lines of these alone are speech or hesitation ("...", "?!"), not breaks.
_SPEECH_PUNCT = frozenset(".,!?;:'\"“”‘’…()[] ")


@dataclass(frozen=True, slots=True)
class Heading:
    """A recognised chapter heading: its title ("" when it has none)."""

    title: str
    numeral_only: bool = False


def parse_heading(line: str) -> Heading | None:
    """Return the heading that ``line`` (one line, already trimmed) is, or ``None``.

    Bare numerals ("1", "II.") come back with ``numeral_only=True``; the caller decides
    whether the document has enough of them to count.
    """
    if not line or len(line) > MAX_HEADING_CHARS or "\n" in line or "\r" in line:
        return None
    m = _HEADING.match(line)
    if m is not None:
        title = _strip_decoration(m.group("title") or m.group("bare_title") or "")
        if not title and m.group("named"):
            title = m.group("named")
        return Heading(title)
    m = _NUMERAL_HEADING.match(line)
    if m is not None:
        core = _NOT_WORD.sub("", line)
        if core.isdigit() or _ROMAN_ONLY.match(core):
            return Heading("", numeral_only=True)
    return None


def _strip_decoration(title: str) -> str:
    """Return ``title`` without spaces and decoration characters at either end."""
    stripped = title.strip().strip(_DECOR_CHARS)
    while stripped != title:
        title, stripped = stripped, stripped.strip().strip(_DECOR_CHARS)
    return title


def is_scene_break(line: str) -> bool:
    """Return whether ``line`` (one line, already trimmed) is a scene break."""
    if not line or len(line) > MAX_BREAK_CHARS or _STORY_CHAR.search(line):
        return False
    letters = _NOT_WORD.sub("", line)
    if letters:
        if any(c.isdigit() for c in letters) or _ORNAMENT_LETTERS.fullmatch(letters) is None:
            # Not only o/x ornaments; but "o x o" style runs need their pieces checked.
            pieces = [p for p in _NOT_WORD.split(line) if p]
            if not all(_ORNAMENT_LETTERS.fullmatch(p) for p in pieces):
                return False
        symbols = len(line) - len(letters) - line.count(" ")
        mixed_case = any(c.islower() for c in letters) and any(c.isupper() for c in letters)
        return symbols > 0 or mixed_case or len(letters) >= 3
    if set(line) <= _SPEECH_PUNCT:
        # "...." or ". . . ." (four or more dots) is a break; "...", "?!" are speech.
        dots = line.count(".") + 3 * line.count("…")
        return set(line) <= {".", "…", " "} and dots >= 4
    return True
