"""The capitalised sequences that may be names, and how each is cut into name candidates.

``SEQUENCE`` is the one regex ``names.scan_names`` runs over each story paragraph for
capitalised sequences ("Dr. Theodora Vance", "Robin of Locksley", "d'Artagnan", "R. M.
Renfield"); ``sequence_plans`` cuts a sequence at words that are never names ("Then Theo" is
"Theo"), splits off titles and styles ("the Rev. Mr. Villars" is "Mr. Villars"), and gives
each piece's key, name parts (``name_parts``) and title (``title_of``), worked out once for
each distinct sequence. Part of the characters stage (``names`` reads the evidence of each
candidate).
"""

from __future__ import annotations

import re
import sys
from functools import lru_cache

from ficshelf.understand import name_tables as tables
from ficshelf.understand.fast_regex import compile_skipping
from ficshelf.understand.glued_openers import glued_first_word
from ficshelf.understand.name_origins import origin_cut
from ficshelf.understand.regex_tries import trie_regex


def _letter_class(pred: str) -> str:
    """Return a regex class body of the BMP letters for which ``str.<pred>()`` holds."""
    chars = [chr(c) for c in range(0x41, 0x3000) if getattr(chr(c), pred)() and chr(c).isalpha()]
    ranges: list[str] = []
    first = prev = ord(chars[0])
    for ch in chars[1:] + [chr(sys.maxunicode)]:
        code = ord(ch)
        if code != prev + 1:
            ranges.append(
                re.escape(chr(first)) + ("-" + re.escape(chr(prev)) if prev > first else "")
            )
            first = code
        prev = code
    return "".join(ranges)


_UP = _letter_class("isupper")
_LO = _letter_class("islower")
_SEP = r"(?:[ \t]+\r?\n?[ \t]*|\r?\n[ \t]*)"
# Atomic, and never the front of a contraction ("Don’t", "Ma’am"). A name said with a
# letter or a syllable left out keeps it ("Wal’r" for Walter, "Ed’ard" for Edward): an
# apostrophe between lower-case letters that is no contraction's nor a possessive's.
_WORD = (
    rf"(?>(?:[dl]['’])?[{_UP}](?:['’][{_UP}])?[{_LO}]+"
    rf"(?:['’](?!(?:s|t|ll|re|ve|d|m|am|em|n)\b)[{_LO}]+)?"
    rf"(?:[{_UP}][{_LO}]+)*(?:-[{_UP}]?[{_LO}]+)*)"
    rf"(?!['’](?:t|ll|re|ve|d|m|am)\b)"
)
# Regnal numbers go with the name before them: "Charles II", "Edward the Second".
_REGNAL = (
    rf"(?:[ \t]+(?:(?:{tables.REGNAL_NUMERALS})\b(?![.'’-]\w)"
    rf"|the[ \t]+(?:{tables.REGNAL_ORDINALS})\b(?!-\w)))?"
)
_UNIT = rf"(?:(?:{tables.TITLE_ABBREVIATIONS})\.|{_WORD}{_REGNAL}|[{_UP}]\.(?={_SEP}[{_UP}]))"


# Stop words never start a name; skipping them in the regex saves a Python call each
# (cutting them off in ``sequence_plans`` gives the same candidates). A people's word may be
# a nickname in a tag ("Irish"), so the scan (``names``) sees it.
# A faith's or a people's word that is also a given name ("Christian Cantle", "Norman
# Bates") opens a name before a word no English word (``_given_before_name``).
_FAITH_GIVEN_NAMES = frozenset(
    w
    for w in "christian norman roman".split()
    if w in tables.STOP_WORDS and w in tables.GIVEN_NAMES
)
_NEVER_FIRST = trie_regex(
    w.capitalize()
    for w in tables.STOP_WORDS
    if w.isalpha()
    and w not in tables.TITLES
    and len(w) > 1
    and w not in tables.PEOPLE_ADJECTIVES
    and w not in _FAITH_GIVEN_NAMES
)
# The lookahead of the letters a name can start with (a capital, or the "d'"/"l'" of
# "d'Artagnan") comes first so that the engine skips every other position fast (twice as fast).
SEQUENCE = compile_skipping(
    rf"(?=[{_UP}dl])(?<![\w.-])(?<!\w['’])(?!(?:{_NEVER_FIRST})\b){_UNIT}(?:{_SEP}(?:(?:{tables.NAME_PARTICLES}){_SEP})?{_UNIT}){{0,6}}"
)
_TOKEN = re.compile(r"\S+")
_ORDINAL = re.compile(tables.REGNAL_ORDINALS)  # "Edward the Second": the name's number
_PARTICLES = frozenset(
    "of the de du des del della di da le la van von der den ter bin ibn o' o’".split()
)
_OF = frozenset(("of", "o'", "o’"))
_MAX_PARTS = 4
# A capitalised word ("Carfax"; ``name_words_before`` reads it in a list before a name).
CAPITALISED = re.compile(rf"[{_UP}][{_LO}]+\Z")


# A name right before a weekday names a day, not a person: "Quasimodo Sunday", "Whit
# Monday".
_WEEKDAYS = frozenset("sunday monday tuesday wednesday thursday friday saturday".split())


# A piece of a sequence as a candidate: its start and end in the sequence, key, parts,
# title and whether it opens a sentence.
_Made = tuple[int, int, str, tuple[str, ...], str, bool]
# A piece's plan (see ``sequence_plans``).
_Plan = tuple[int, _Made | None, _Made | None, _Made | None, int]


@lru_cache(maxsize=16384)
def sequence_plans(matched: str) -> tuple[_Plan, ...]:
    """Return for each piece of the capitalised sequence ``matched`` cut at stop words:
    where in ``matched`` the word that may open a sentence stands, and the candidate the
    piece makes (offsets in ``matched``) when that word does not open a sentence and when
    it does (``None``: no candidate); then, when that word may be a common word glued to
    the name after it (``glued_openers``), the candidate without it and where in
    ``matched`` the next word ends (else ``None`` and 0)."""
    plans: list[_Plan] = []
    group: list[tuple[str, int, int]] = []
    tokens = list(_TOKEN.finditer(matched))
    for n, tok in enumerate(tokens):
        word = tok.group()
        low = word.lower().rstrip(".")
        if n == 0 and _given_before_name(low, tokens[1:]):
            group.append((word, tok.start(), tok.end()))
            continue
        if (
            word[0].isupper()
            and low not in tables.TITLES
            and (low in tables.STOP_WORDS or low.partition("-")[0] in tables.STOP_WORDS)
            and not (len(group) > 1 and group[-1][0] == "the" and _ORDINAL.fullmatch(word))
        ):
            if group and low not in _WEEKDAYS:  # "Quasimodo Sunday" is a feast day
                _plan(group, plans)
            group = []
            continue
        if not group and low.endswith("ly") and tok.end() < len(matched) and _adverb(low):
            continue  # "Presently Retty came in": the adverb opens the sentence, not the name
        group.append((word, tok.start(), tok.end()))
    if group:
        _plan(group, plans)
    return tuple(plans)


def _given_before_name(low: str, rest: list[re.Match[str]]) -> bool:
    """Whether the lower-cased first word ``low`` of a capitalised sequence is a faith's or
    a people's word that is also a given name, followed by a word that is neither a stop
    word nor an English word: "Christian Cantle" is a man, "Roman Empire" and "Christian
    Science" are not."""
    if low not in _FAITH_GIVEN_NAMES or not rest:
        return False
    after = rest[0].group().lower().rstrip(".")
    return (
        after.isalpha()
        and after not in tables.STOP_WORDS
        and after not in tables.TITLES
        and after not in tables.ENGLISH_WORDS
    )


def _plan(group: list[tuple[str, int, int]], plans: list[_Plan]) -> None:
    """Add to ``plans`` the plan of one cut ``group`` of words (see ``sequence_plans``), if it can
    make a candidate."""
    while group and group[0][0] in _PARTICLES:
        group = group[1:]
    while group and group[-1][0] in _PARTICLES:
        group = group[:-1]
    if not group:
        return
    # A style of courtesy is no part of the name: "the (Right) Honourable Mrs. Jamieson" is
    # Mrs. Jamieson; a cleric's style before another title too: "the Rev. Mr. Villars" is
    # Mr. Villars (but "Rev. James Flynn" keeps his title).
    while len(group) > 1 and (
        group[0][0].lower().rstrip(".") in _STYLES
        or (group[0][0].lower() == "right" and group[1][0].lower().rstrip(".") in _STYLES)
        or (
            group[0][0].lower().rstrip(".") in _CLERICAL_STYLES
            and len(group) > 2
            and title_of(group[1][0]) in _STYLED_TITLES
        )
    ):
        group = group[1:]
    if " ".join(w for w, _, _ in group).lower() in _FEAST_DAYS:
        return
    glued: _Made | None = None
    if (
        len(group) > 1
        and group[0][0].lower() not in tables.SENTENCE_OPENERS
        and group[1][0][:1].isupper()
        and glued_first_word(group[0][0])
    ):
        glued = _made(group[1:], False)
    probe_end = group[1][2] if glued else 0
    plans.append((group[0][1], _made(group, False), _made(group, True), glued, probe_end))


def _made(group: list[tuple[str, int, int]], initial: bool) -> _Made | None:
    """Return the candidate of one cut ``group`` of words whose first word opens a
    sentence or not (``initial``), or ``None`` when it makes none."""
    if initial and len(group) > 1 and group[0][0].lower() in tables.SENTENCE_OPENERS:
        group = group[1:]
        initial = False
    title, first_start = "", group[0][1]
    if len(group) == 1 and title_of(group[0][0]):
        alone = title_of(group[0][0])
        if alone in _NOT_ALONE or group[0][0].endswith("."):
            return None
        return (group[0][1], group[0][2], group[0][0], (), alone, initial)
    # "Monsieur de Tréville" has a title; "Sheriff of Nottingham" is a title as a name.
    while len(group) > 1 and title_of(group[0][0]) and group[1][0].lower() not in _OF:
        title = title or title_of(group[0][0])
        group = group[1:]
    start, end = (first_start if title else group[0][1]), group[-1][2]
    parts = name_parts(group)
    if not parts or len(parts) > _MAX_PARTS:
        return None
    return (start, end, " ".join(w for w, _, _ in group), parts, title, initial)


def _adverb(low: str) -> bool:
    """Whether a lower-cased word is an English adverb made with -ly ("presently" of
    "present", "happily" of "happy"; not "family", nor a given name: "holly")."""
    if len(low) <= 5 or not low.endswith("ly") or low in tables.GIVEN_NAMES:
        return False
    stem = low[:-2]
    return low in tables.ENGLISH_WORDS and (
        stem in tables.ENGLISH_WORDS
        or (stem.endswith("i") and stem[:-1] + "y" in tables.ENGLISH_WORDS)
    )


# Feast days named like a titled person: "since Lady Day" (Our Lady's, the quarter day of
# 25 March, when rents fell due and farm servants were hired) is a date.
_FEAST_DAYS = frozenset(("lady day", "lady-day"))

# Styles of courtesy before a title or a name ("the Honourable", "the Hon.").
_STYLES = frozenset(("honourable", "honorable", "hon"))
# A cleric's style, and the titles it may stand before ("the Reverend Dr. Primrose").
_CLERICAL_STYLES = frozenset(("rev", "revd", "reverend"))
_STYLED_TITLES = frozenset(("mr", "mrs", "dr", "doctor", "professor", "prof"))

# Titles that say nothing when they stand alone ("Sir", "Miss" as forms of address).
_NOT_ALONE = frozenset(
    """mr mister mrs ms mx miss sir madam m mme mlle st saint dr rev fr lord lady mother father
    sister brother master mistress cousin private general officer agent chief justice
    friend""".split()
)


# A title spelt out, and the abbreviation the rules read it as ("Mister Penhallow" is
# "Mr. Penhallow").
_SPELT_TITLES = {"mister": "mr"}


def title_of(word: str) -> str:
    """Return the lower-case title ``word`` is ("Dr." → "dr", "Mister" → "mr"), or ""."""
    low = word.lower().rstrip(".")
    return _SPELT_TITLES.get(low, low) if low in tables.TITLES else ""


def name_parts(group: list[tuple[str, int, int]]) -> tuple[str, ...]:
    """Return the name parts of ``group``: no particles or initials, surname prefixes joined
    to the next word ("Van Helsing")."""
    parts: list[str] = []
    pending = ""
    if len(group) > 3:  # "James Powell of Richmond": the place is no surname
        group = group[: origin_cut([word for word, _, _ in group])]
    for word, _, _ in group:
        low = word.lower()
        if word in _PARTICLES or (len(word) == 2 and word.endswith(".")):
            continue
        if low in tables.SURNAME_PREFIXES and word[0].isupper() and not pending:
            pending = word + " "
            continue
        parts.append(pending + word)
        pending = ""
    if pending:
        parts.append(pending.strip())
    return tuple(parts)
