"""Reading what a reader types into a search box, and the tags they filter by. Pure: no
database, so the web form, the CLI and the tests share one reading.

The text query language (AO3's and web search engines' habits)::

    lighthouse storm        both words (in any field, any order)
    "kept the lamp"         the exact phrase
    -angst  -"dead dove"    works without the word or phrase
    storm OR gale           either (also ``|``); OR binds tighter than the space
    light*                  a word starting with "light"

The query is read in Unicode's NFKC form, so full-width letters ("ｌａｍｐ") and other
compatibility forms ("ﬁ") match the plain ones; case does not matter. Words are runs of
letters and digits (``\\w`` without ``_``): apostrophes, hyphens and other
punctuation split them ("don't" is the phrase "don t", as the index sees it). An unbalanced
quote runs to the end of the query. Anything else (brackets, stray operators, emoji) is
ignored, so every string reads as some query (perhaps an empty one); ``parse_query`` raises
``QueryError`` (a ``ValueError`` with a message for the reader) only for a query too long to
run.

A tag filter is written ``type:name`` ("fandom:Gullrock Chronicles", "warning:graphic
violence") or as a bare name, which matches a tag of that name of any type.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from ficshelf.model import TagType

MAX_QUERY_CHARS = 1000
MAX_TERMS = 32

_WORD = re.compile(r"[^\W_]+")
# A token: an optional minus, then a quoted phrase (closing quote optional) or a bare run.
_TOKEN = re.compile(r'(-?)(?:["“”„](?P<phrase>[^"“”„]*)["“”„]?|(?P<bare>[^\s"“”„]+))')
_OR = frozenset({"OR", "|", "||"})


class QueryError(ValueError):
    """A query that cannot be run; the message says why in words for the reader."""


@dataclass(frozen=True, slots=True)
class Term:
    """One thing to look for: ``words`` in this order (one word, or a phrase), with the last
    word as a prefix when ``prefix`` is set."""

    words: tuple[str, ...]
    prefix: bool = False

    @property
    def phrase(self) -> bool:
        return len(self.words) > 1

    def __str__(self) -> str:
        shown = " ".join(self.words) + ("*" if self.prefix else "")
        return f'"{shown}"' if self.phrase else shown


@dataclass(frozen=True, slots=True)
class TextQuery:
    """A parsed query: every group must match (a group matches when any of its terms does),
    and none of the ``excluded`` terms may."""

    groups: tuple[tuple[Term, ...], ...] = ()
    excluded: tuple[Term, ...] = ()

    @property
    def empty(self) -> bool:
        return not self.groups and not self.excluded

    def __str__(self) -> str:
        parts = [" OR ".join(str(t) for t in group) for group in self.groups]
        parts += [f"-{term}" for term in self.excluded]
        return " ".join(parts)


def _term(body: str, quoted: bool) -> Term | None:
    prefix = not quoted and body.endswith("*")
    words = tuple(unicodedata.normalize("NFKC", w.casefold()) for w in _WORD.findall(body))
    if not words:
        return None
    return Term(words, prefix)


def parse_query(query: str) -> TextQuery:
    """Return the ``TextQuery`` that ``query`` states (see the module docstring); a blank
    query gives an empty one. Raises ``QueryError`` for a query over ``MAX_QUERY_CHARS``
    characters or ``MAX_TERMS`` terms."""
    if len(query) > MAX_QUERY_CHARS:
        raise QueryError(f"The search is too long: at most {MAX_QUERY_CHARS} characters.")
    # Compatibility forms read as what they stand for: full-width "ｌａｍｐ" is "lamp", "ﬁ" is
    # "fi", a full-width "－" or "＂" an operator.
    query = unicodedata.normalize("NFKC", query)
    groups: list[list[Term]] = []
    excluded: list[Term] = []
    join_next = False
    count = 0
    for match in _TOKEN.finditer(query):
        negative, phrase, bare = match.group(1), match.group("phrase"), match.group("bare")
        if bare is not None and not negative and bare in _OR:
            join_next = bool(groups)
            continue
        term = _term(phrase if phrase is not None else bare, quoted=phrase is not None)
        if term is None:
            continue
        count += 1
        if count > MAX_TERMS:
            raise QueryError(f"The search has too many terms: at most {MAX_TERMS}.")
        if negative:
            excluded.append(term)
            join_next = False
        elif join_next:
            groups[-1].append(term)
            join_next = False
        else:
            groups.append([term])
    return TextQuery(tuple(tuple(group) for group in groups), tuple(excluded))


# --- compiling for the databases ------------------------------------------------------------


def _fts5_term(term: Term) -> str:
    # Words are letters and digits only, so a quoted FTS5 string needs no escaping.
    phrase = '"' + " ".join(term.words) + '"'
    return phrase + " *" if term.prefix else phrase


def fts5_match(terms: tuple[tuple[Term, ...], ...]) -> str:
    """Return the SQLite FTS5 MATCH expression for groups of terms (all groups, any term
    of each). Safe to bind as a parameter: every word is quoted."""
    return " AND ".join("(" + " OR ".join(_fts5_term(t) for t in group) + ")" for group in terms)


def tsquery_text(term: Term) -> str:
    """Return ``to_tsquery`` input for one term: its words joined by ``<->`` (followed by),
    the last one marked ``:*`` when it is a prefix. Words are letters and digits only, so
    the result is always valid ``to_tsquery`` syntax."""
    words = list(term.words)
    if term.prefix:
        words[-1] += ":*"
    return " <-> ".join(words)


# --- tag filters -----------------------------------------------------------------------------

_TYPES = {tag_type.value: tag_type for tag_type in TagType}
TAG_TYPE_NAMES = ", ".join(_TYPES)
"""The tag types as a message lists them: "fandom, character, …"."""


@dataclass(frozen=True, slots=True)
class TagRef:
    """A tag named in a filter: its type (``None``: any type) and name as written."""

    type: TagType | None
    name: str

    def __str__(self) -> str:
        return f"{self.type.value}:{self.name}" if self.type else self.name


def parse_tag_ref(value: str) -> TagRef:
    """Return the tag that ``value`` names: ``type:name`` when the part before the first
    colon is a tag type, else a bare name of any type. Raises ``QueryError`` for a blank
    name."""
    kind, colon, rest = value.partition(":")
    tag_type = _TYPES.get(kind.strip().casefold()) if colon else None
    name = " ".join((rest if tag_type else value).split())
    if not name:
        raise QueryError(f"A tag filter needs a name, not {value!r}.")
    return TagRef(tag_type, name)


def unknown_type(ref: TagRef) -> str | None:
    """Return the word before the colon of a bare name written like ``type:name``
    ("nosuch" of "nosuch:thing"), which is not a tag type; ``None`` for any other ref."""
    kind, colon, rest = ref.name.partition(":")
    if ref.type is not None or not colon or not rest.strip() or " " in kind.strip():
        return None
    return kind.strip() or None
