"""The author of the work a story is written in, as its notes name it ("Disclaimer: Hardy's,
not mine.", "belong to Anthony Trollope", "a Lorna Doone fic, by R. D. Blackmore's leave"):
what turns a stated fandom the table does not know into AO3's "Title - Author" form
(``fandom_finding``).

Where the notes name an author (bylines, authors' notes, disclaimers, summaries; never the
story's own writer, the ``authors`` layer):

* "by", "belongs to", "owned by", "property of", "credit to", "all rights to" and
  "apologies to" ("with apologies to Shakespeare") before a
  name, "owns" after it, a possessive standing alone after "is" ("Lorna Doone is R. D.
  Blackmore’s, and so is Exmoor"), and any name's possessive ("Hardy's");
* the name is an author the fandom table knows (in full, or by a surname only one of its
  authors has: "Mrs. Gaskell" is Elizabeth Gaskell, "Hardy's" Thomas Hardy), written as
  the table writes it ("Sir Arthur Conan Doyle" is Arthur Conan Doyle); or, after "by",
  "belongs to" and the like, a full name of two to four capitalised words, no title before
  it, that is not a character of the story or of the table, as written ("by Eleanor H.
  Porter");
* a name that is a word of one of the story's characters' names is never an author ("the
  Henchard's oath" of a Mayor of Casterbridge story), nor one led by a title other than
  "Mr.", "Mrs." or "Miss" of a known author ("Lady Sneerwell's drawing room").

``stated_author`` returns the one author so named, or ``None`` when the notes name none or
name two: the author is never guessed. One pass of two precompiled patterns over the notes.
"""

from __future__ import annotations

import re
from functools import cache

from ficshelf.model import Analysis
from ficshelf.understand.fandom_names import (
    character_index,
    load_fandoms,
    name_key,
    on_table_change,
)
from ficshelf.understand.name_tables import CIVIL_TITLES, GIVEN_NAMES, TITLES

_SCANNED_NOTES = frozenset({"byline", "authors_note", "disclaimer", "summary"})
MAX_NOTE = 4000  # characters of a note read for an author
# One to four capitalised words (up to three initials before each), from the start of a
# word, each at most 30 characters long (no scan is quadratic in a long run of letters).
_NAME = (
    r"(?<![\w'’])(?:[A-Z]\.\s?){0,3}[A-Z][\w'’-]{0,30}"
    r"(?:\s(?:[A-Z]\.\s?){0,3}[A-Z][\w'’-]{0,30}){0,3}"
)
AUTHOR_NAME = _NAME  # the pattern of a name the notes may credit as an author
# A title an author is credited with ("by Mrs. Gaskell", "Sir Walter Scott's"): a civil
# title or a knighthood, capitalised as the notes write it; a regex alternation, longest
# first.
_TITLE = "|".join(
    sorted((t.capitalize() for t in CIVIL_TITLES | {"sir", "dame"}), key=lambda t: (-len(t), t))
)
# A name after a word that says whose the work is ("by", "belongs to"), or before "owns".
_OWNER = re.compile(
    r"\b(?:by|belongs?\s+to|belonged\s+to|belonging\s+to|owned\s+by|property\s+of"
    r"|credit\s+(?:goes\s+)?to|all\s+rights\s+(?:go\s+)?to|apologies\s+to)"
    r"\s+(?:the\s+(?:great|late|wonderful)\s+)?"
    rf"(?P<after>(?:(?:{_TITLE})\.?\s+)?{_NAME})"
    rf"|(?P<before>{_NAME})\s+owns\b"
    # "Quentin Marsh's novel", "Marsh's characters": the work is the name's
    rf"|(?P<work_of>{_NAME})['’]s\s+(?:novels?|books?|plays?|novellas?|stor(?:y|ies)|tales?"
    r"|poems?|characters|world|universe)\b"
    # "Lorna Doone is R. D. Blackmore’s, and so is Exmoor": a possessive standing alone
    rf"|\b(?:is|are|all)\s+(?P<whose>{_NAME})['’]s(?=\s*[,.;:!)—–]|\s+(?:and|not)\b|\s*$)"
)
# A name's possessive: "Hardy's", "R. D. Blackmore’s" (a known author only).
_POSSESSIVE = re.compile(rf"(?P<name>{_NAME})['’]s\b")
_CIVIL = re.compile(rf"^(?:{_TITLE})\.?\s+")
_POSSESSIVE_END = re.compile(r"['’]s$")


@cache
def _known_authors() -> tuple[dict[str, str], dict[str, str]]:
    """The authors of the table's fandoms ("Title - Author"), by their ``name_key`` and by
    the surname (last word's key) only one of them has, each as the table writes it."""
    full: dict[str, str] = {}
    surnames: dict[str, set[str]] = {}
    for fandom in load_fandoms():
        _, dash, author = fandom.name.partition(" - ")
        if not dash or not author.strip():
            continue
        key = name_key(author)
        full.setdefault(key, author)
        surnames.setdefault(key.split()[-1], set()).add(author)
    unique = {s: next(iter(a)) for s, a in surnames.items() if len(a) == 1}
    return full, unique


on_table_change(_known_authors.cache_clear)


def is_known_author(name: str) -> bool:
    """Whether ``name`` (in any spelling ``name_key`` folds) is the author of a fandom the
    table knows, as the table writes it ("George Eliot")."""
    return name_key(name) in _known_authors()[0]


def names_known_author(name: str) -> bool:
    """Whether ``name`` is an author the fandom table knows, by a full name or by the
    surname only one of its authors has ("Austen")."""
    return is_known_author(name) or name_key(name) in _known_authors()[1]


def story_name_words(analysis: Analysis) -> frozenset[str]:
    """The words of the story's characters' names and name forms (keys)."""
    text = analysis.text
    words: set[str] = set()
    for span in analysis.layers.get("characters", ()):
        words.update(name_key(span.label).split())
    for span in analysis.layers.get("mentions", ()):
        if span.end - span.start <= 60:
            words.update(name_key(text[span.start : span.end]).split())
    return frozenset(words)


def _resolved(written: str, as_owner: bool, story_words: frozenset[str]) -> str | None:
    """Return the author a name in the notes stands for, or ``None`` (module docstring)."""
    written = " ".join(_POSSESSIVE_END.sub("", written).split())
    bare = _CIVIL.sub("", written)
    key = name_key(bare)
    words = key.split()
    if not words or words[0] in TITLES or any(w in story_words for w in words):
        return None
    full, surnames = _known_authors()
    if key in full:
        return full[key]
    if len(words) == 1:
        return surnames.get(key)
    known = surnames.get(words[-1])
    if known is not None and f" {name_key(known)}".endswith(f" {key}"):
        return known  # "May Alcott": Louisa May Alcott; not "Mas Hardy" nor "Beth Gaskell"
    if not as_owner or bare != written or not 2 <= len(words) <= 4:
        return None
    if any(entry.listed for entry in character_index().get(key, ())):
        return None  # a known character ("belong to Sherlock Holmes"), not an author
    return bare


def credited_author(written: str, story_words: frozenset[str]) -> str | None:
    """Return the author a name written beside a work ("Harrowgate Hall (Quentin Marsh)",
    "Harrowgate Hall by Quentin Marsh") stands for: an author the table knows, as it writes
    them, or a full name of two to four capitalised words whose first word is a given name
    or an initial, no word of a character of the story (``story_words``: the keys'
    words, ``story_name_words``) or of the table, as written; else ``None``."""
    author = _resolved(written, True, story_words)
    if author is None or name_key(author) in _known_authors()[0]:
        return author
    first = author.split()[0]
    return author if _INITIAL.match(first) or name_key(first) in GIVEN_NAMES else None


_INITIAL = re.compile(r"^[A-Z]\.")


def stated_author(analysis: Analysis) -> str | None:
    """Return the author of the work the story is written in, as its notes name it (see
    the module docstring), or ``None`` when they name none or more than one. Never
    raises."""
    text = analysis.text
    writers = [(s.start, s.end) for s in analysis.layers.get("authors", ())]
    story_words: frozenset[str] | None = None
    found: set[str] = set()
    for note in analysis.layers.get("notes", ()):
        if note.label not in _SCANNED_NOTES:
            continue
        hits: list[tuple[int, int, str, bool]] = []
        end = min(note.end, note.start + MAX_NOTE)  # a note is a few lines: bound the scan
        for m in _OWNER.finditer(text, note.start, end):
            group = next(g for g in ("after", "before", "whose", "work_of") if m.group(g))
            hits.append((m.start(group), m.end(group), m.group(group), True))
        for m in _POSSESSIVE.finditer(text, note.start, end):
            hits.append((m.start("name"), m.end("name"), m.group("name"), False))
        for at, until, written, as_owner in hits:
            if any(at < w_end and w_start < until for w_start, w_end in writers):
                continue  # the story's own writer ("A Lorna Doone fic by plovers_barrows")
            if story_words is None:
                story_words = story_name_words(analysis)
            author = _resolved(written, as_owner, story_words)
            if author is not None:
                found.add(author)
    return found.pop() if len(found) == 1 else None
