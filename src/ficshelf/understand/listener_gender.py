"""The gender a line of dialogue gives its listener by how it calls them: a title or a
kinship word said as a vocative ("Professor of what, sir?", "It is a dolphin, lady.",
"Yes, mamma."). In an exchange the listener is the one who answers, and the line answers
the one who spoke before it, so the word tells the gender of the next and of the previous
speaker where no name is said. Used by the conversation model (``conversation``) and the
ranker's features (``speaker_features``).

The kinship and rank words among them ("uncle", "mamma", "doctor", "captain") also point
at one character: the one whose names hold the word ("her uncle", "Uncle John", "Dr.
Archie"): ``role_calls`` and ``role_holders``, for the ranker.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Iterable, Iterator, Mapping

from ficshelf.model import Span
from ficshelf.understand.regex_tries import trie_regex
from ficshelf.understand.speaker_cues import FEMALE, MALE

_MALE_CALLS = (
    "sir|sire|good sir|my lord|my liege|monsieur|signior|signor|señor|senor|mister|sirrah|"
    "young man|old man|my good man|my boy|boy|my lad|lad|my son|son|father|papa|pa|uncle|"
    "brother|grandfather|grandpa|grandad|dad|daddy|nuncle|master"
)
_FEMALE_CALLS = (
    "madam|madame|ma['’]am|ma['’]m|mam|my lady|milady|lady|miss|mademoiselle|signora|señora|"
    "senora|young lady|my girl|girl|lass|my daughter|daughter|mother|mamma|mama|mum|mom|"
    "mummy|mommy|aunt|auntie|sister|grandmother|grandma|granny|missus|mistress|good woman"
)


def _words(alternation: str) -> list[str]:
    """Return the words of an alternation of call words, each ``['’]`` written out as both
    apostrophes ("ma['’]am" -> "ma'am", "ma’am")."""
    out = []
    for word in alternation.split("|"):
        if "['’]" in word:
            out += [word.replace("['’]", "'"), word.replace("['’]", "’")]
        else:
            out.append(word)
    return out


# The call words as tries (``regex_tries.trie_regex``): the same words, read letter by letter
# instead of one alternative after another (each punctuation mark of every quote is tried).
# The matches are the same: no call word is another's beginning followed by the
# punctuation the lookahead wants, so at most one of them can match at a position.
_CALL_WORDS = (
    r"(?:(?:oh|o|ah|yes|no|well)\s+)?"
    rf"(?:(?P<m>{trie_regex(_words(_MALE_CALLS))})|(?P<f>{trie_regex(_words(_FEMALE_CALLS))}))"
    r"(?=\s*(?:[,.!?;:…—–]|-{2}|\Z))"
)
# A call at the line's start ("Madam, I ...") or set off by punctuation ("Yes, sir."); the
# search only stops at punctuation, so a line costs little more than a scan for it.
_CALL_AT_START = re.compile(_CALL_WORDS, re.IGNORECASE)
_CALL_AFTER = re.compile(r"[,;:.!?…—–]\s*" + _CALL_WORDS, re.IGNORECASE)
# Only so much of a long speech is read, at either end (where calls stand).
_EDGE_CHARS = 400


def called_gender(text: str, quote: Span) -> str:
    """Return the gender ("m" or "f", ``speaker_cues.MALE``/``FEMALE``) that ``quote``'s
    calls give its listener ("Yes, sir." -> "m"), or "" when it makes none or both kinds.
    Reads at most ``_EDGE_CHARS`` at each end of the quote; never raises."""
    found = {
        MALE if m.group("m") else FEMALE for m in _calls(text, quote, _CALL_AT_START, _CALL_AFTER)
    }
    return found.pop() if len(found) == 1 else ""


def _calls(
    text: str, quote: Span, at_start: re.Pattern[str], after: re.Pattern[str]
) -> Iterator[re.Match[str]]:
    """Yield the calls in ``quote``, in order: ``at_start`` matched where a read part starts
    and every match of ``after`` in it. The parts are the whole quote, or ``_EDGE_CHARS``
    at each end of a longer one."""
    start, end = quote.start, quote.end
    parts: tuple[tuple[int, int], ...] = ((start, end),)
    if end - start > 2 * _EDGE_CHARS:
        parts = ((start, start + _EDGE_CHARS), (end - _EDGE_CHARS, end))
    # (read in place, bounded by pos and endpos: the patterns look at nothing outside them)
    for lo, hi in parts:
        first = at_start.match(text, lo, hi)
        if first is not None:
            yield first
        yield from after.finditer(text, lo, hi)


def turn_called_gender(text: str, quotes: Iterable[Span]) -> str:
    """Return the gender the calls of a turn's quotes give its listener ("" when none, or
    when they disagree)."""
    found = {g for g in (called_gender(text, q) for q in quotes) if g}
    return found.pop() if len(found) == 1 else ""


# Calls that name one person of the story by what they are to the speaker or by their
# rank ("Yes, uncle.", "Is it bad, doctor?"), and the words of a character's names that
# answer to them ("Uncle John", "her uncle", "Dr. Archie").
_ROLE_CALLS = (
    "father|papa|pa|dad|daddy|uncle|brother|grandfather|grandpa|mother|mamma|mama|mum|mom|"
    "mummy|aunt|auntie|sister|grandmother|grandma|granny|doctor|captain|professor|colonel|"
    "inspector|nurse|major|sergeant|lieutenant|judge|parson|vicar|master|mistress|nuncle"
)
_ROLE_WORDS = (
    rf"(?:(?:oh|o|ah|yes|no|well|dear|my)\s+)?(?P<r>{trie_regex(_words(_ROLE_CALLS))})"
    r"(?=\s*(?:[,.!?;:…—–]|-{2}|\Z))"
)
_ROLE_AT_START = re.compile(_ROLE_WORDS, re.IGNORECASE)
_ROLE_AFTER = re.compile(r"[,;:.!?…—–]\s*" + _ROLE_WORDS, re.IGNORECASE)
_ROLE_SET = frozenset(_ROLE_CALLS.split("|"))
# Short forms in names that stand for a call word ("Dr. Archie" answers to "doctor").
_SHORT = {
    "dr": "doctor",
    "dr.": "doctor",
    "capt": "captain",
    "capt.": "captain",
    "col": "colonel",
    "col.": "colonel",
    "prof": "professor",
    "prof.": "professor",
}
# A call word more characters than this answer to tells nothing.
_MAX_HOLDERS = 2


def role_calls(text: str, quote: Span, among: Collection[str] | None = None) -> list[str]:
    """Return the kinship and rank words ``quote`` calls its listener by ("Yes, uncle." ->
    ["uncle"]), lower case, in order, at most ``_EDGE_CHARS`` read at each end; never
    raises. With ``among`` (words of ``_ROLE_CALLS``), only those words: a quote whose
    lower-cased text holds none of them is not searched (most lines of a story whose
    names hold one or two such words)."""
    if among is not None:
        lowered = text[quote.start : quote.end].lower()
        if not any(word in lowered for word in among):
            return []
    found = (m.group("r").lower() for m in _calls(text, quote, _ROLE_AT_START, _ROLE_AFTER))
    words = dict.fromkeys(found)
    return [word for word in words if among is None or word in among]


def role_holders(aliases: Mapping[str, str]) -> dict[str, list[str]]:
    """Return, for each call word of ``role_calls``, the characters whose names hold it
    ("her uncle", "Uncle John" -> "uncle": [John Linden]); a word more than
    ``_MAX_HOLDERS`` characters hold is left out. ``aliases``: surface form (lower case) to
    character. Linear in the aliases."""
    holders: dict[str, list[str]] = {}
    for surface, name in aliases.items():
        for word in surface.split():
            word = _SHORT.get(word, word)
            if word in _ROLE_SET:
                names = holders.setdefault(word, [])
                if name not in names:
                    names.append(name)
    return {word: names for word, names in holders.items() if len(names) <= _MAX_HOLDERS}
