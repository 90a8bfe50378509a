"""Languages: one vocabulary for the language of a story.

A story's language is told by its ISO 639-1 code ("en", "de"), or its ISO 639-3 code when
the language has no two-letter one ("yue" Cantonese, "tok" Toki Pona): what the language
stage detects, what ``ficshelf analyze --json`` gives, whatever the file said.
``language_code`` reads every way a file states one — a code or language tag ("en", "EN",
"pt-BR", "zh_Hant", AO3's "ptBR"), the English name ("English", "German") or the name AO3
downloads give, which is the language's own ("Deutsch", "Español", "中文-普通话 國語"). The
archive stores and shows the English name of that code (``language_name``: "German"), the
way AO3 downloads in English state theirs, so a work reads the same whichever way its file
said it; a filter by language takes any of those spellings (``language_spellings``).

Codes, tags and names come from ``langcodes`` (IANA's language subtag registry, and CLDR's
names of languages in every language through its ``language_data`` extra): the English
name is CLDR's ("Bangla", "Western Frisian"), a deprecated code reads as its replacement
("iw" → "he", "tl" → "fil"). Only the names AO3 writes that CLDR does not know stay here.
"""

from __future__ import annotations

import re
from functools import cache, lru_cache

from langcodes import Language
from langcodes import find as find_language
from language_data.names import code_to_names

# ISO 639-2/3 "no linguistic content": what the detector says of text in no language at all
# (base64, symbols). It is no language: ``language_code`` gives ``None`` for it.
NO_LANGUAGE = "zxx"

# Codes that are no one language: none, undetermined, uncoded, many; 639-2's private use.
_NOT_A_LANGUAGE = frozenset({NO_LANGUAGE, "und", "mis", "mul"})
_PRIVATE_USE = re.compile(r"q[a-t][a-z]")

# The names AO3 gives its languages in a download's "Language:" field that CLDR's names do
# not read (the others — "Deutsch", "Español", "日本語", "中文-普通话 國語" — it does), and
# the English name AO3's English pages give Literary Chinese.
AO3_LANGUAGE_NAMES: dict[str, str] = {
    "Plattdüütsch": "nds", "Қазақша": "kk", "ភាសាខ្មែរ": "km", "中文-广东话 粵語": "yue",
    "中文-客家话": "hak", "中文-闽南话 臺語": "nan", "中文-吴语": "wuu", "中文-古文": "lzh",
    "Norrǿnt mál": "non", "Classical Chinese": "lzh",
}  # fmt: skip
_AO3_CODES = {name.casefold(): code for name, code in AO3_LANGUAGE_NAMES.items()}

# AO3's short tags glue a region to the language: "ptBR".
_GLUED_TAG = re.compile(r"([a-z]{2,3})([A-Z]{2})")


def _known(language: Language) -> str | None:
    """Return the language code of ``language`` when it is one language CLDR names in
    English, else ``None``."""
    code = language.language
    if not code or code in _NOT_A_LANGUAGE or _PRIVATE_USE.fullmatch(code):
        return None
    return code if _english_name(code) else None


@cache
def _english_name(code: str) -> str | None:
    """The English name CLDR gives the language ``code`` ("de" → "German"), else ``None``."""
    name = Language.get(code).language_name("en")
    return None if name.startswith("Unknown language") else name


@lru_cache(maxsize=4096)  # what files and filters state: a few spellings, over and over
def _code_of(text: str) -> str | None:
    """The code ``language_code`` gives ``text`` (whitespace collapsed, case kept)."""
    folded = text.casefold()
    if folded in _AO3_CODES:
        return _AO3_CODES[folded]
    glued = _GLUED_TAG.fullmatch(text)
    tag = f"{glued[1]}-{glued[2]}" if glued else text.replace("_", "-")
    try:
        code = _known(Language.get(tag))
    except ValueError:  # no language tag (langcodes' LanguageTagError)
        code = None
    if code is not None:
        return code
    try:
        return _known(find_language(text))
    except LookupError:
        return None


def language_code(value: str | None) -> str | None:
    """Return the code (ISO 639-1, else ISO 639-3) of the language ``value`` states — a code
    or language tag ("de", "pt-BR", "ptBR"), an English name ("German") or the name AO3
    gives ("Deutsch") — or ``None`` when it is blank, no known language, or ``NO_LANGUAGE``."""
    text = " ".join((value or "").split())
    return _code_of(text) if text else None


def language_name(language: str) -> str:
    """Return the English name of the language ``language`` states, in any spelling
    ``language_code`` reads ("fr", "Français" → "French"); a value that names no known
    language is returned as it is (stripped)."""
    code = language_code(language)
    return (_english_name(code) or code) if code else language.strip()


@cache
def _spellings_of(code: str) -> frozenset[str]:
    """Every spelling of the language ``code`` names, casefolded: the code, its name in
    every language CLDR names it in (English "German", its own "Deutsch", French "allemand"),
    and AO3's."""
    names = {code, *code_to_names(code).values()}
    names |= {name for name, of in AO3_LANGUAGE_NAMES.items() if of == code}
    return frozenset(" ".join(name.split()).casefold() for name in names)


def language_spellings(language: str) -> tuple[str, ...]:
    """Return, casefolded and sorted, every spelling of the language ``language`` states —
    its code and its names in every language (English, its own, AO3's) — for matching stored
    values whichever one a work carries (the blank value and an unknown one: just
    themselves)."""
    value = " ".join(language.split()).casefold()
    code = language_code(language)
    if code is None:
        return (value,) if value else ()
    return tuple(sorted({value} | _spellings_of(code)))
