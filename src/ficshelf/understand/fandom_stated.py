"""The fandoms a story's bylines and notes state (``stated_fandoms``, which the "fandom"
stage reports and the characters stage reads early to know the story's canon) and the
spellings of the file's own fandom tags (``given_spellings``). No stage lives here, so any
stage may import it; the rules are described in the ``fandom`` module's docstring.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from functools import cache

from ficshelf.model import Analysis, TagType
from ficshelf.understand.fandom_authors import is_known_author, stated_author
from ficshelf.understand.fandom_finding import (
    MAX_EVIDENCE,
    MAX_STATED_NAME,
    STATED,
    STATED_UNKNOWN,
    FandomFinding,
    plain_name,
)
from ficshelf.understand.fandom_names import (
    Fandom,
    character_index,
    find_fandom,
    load_fandoms,
    name_key,
    on_table_change,
)
from ficshelf.understand.fandom_works import (
    credited_works,
    named_among_others,
    names_story_people,
    stated_name_start,
    works_in_passing,
)
from ficshelf.understand.fast_regex import compile_fast
from ficshelf.understand.name_tables import (
    CIVIL_TITLES,
)

_EDGE_MARKS = " .,!?;:\"'“”‘’*_~()[]"
# An exclamation or a question ends the name a note states: "writing for Zenda! I reread".
_EXCLAIMED = compile_fast(r"(?<=\w)[!?]+\s+(?=[A-Z])")
_SCANNED_NOTES = frozenset({"byline", "authors_note", "disclaimer", "summary"})

# A name the table does not know written as initials ("WD fic", "HP fic"): the fan's short
# form of a title, which says no more than that the notes name some work.
_INITIALS = re.compile(r"[A-Z]{2,5}")
_WORD = re.compile(r"(?<!\w)\w+")
_WORD_CHAR = re.compile(r"\w")


@cache
def _aliases_by_first_word() -> dict[str, tuple[str, ...]]:
    """The distinctive aliases of every known fandom (five characters or more, and not one
    given name or English word: a note thanking "Heidi" names a beta reader, and "Tags:
    Kidnapped, Angst" no novel), as written, grouped by their first word, longest first.
    A dictionary rather than one regex of every alias: it is built in a few milliseconds,
    where that regex took tens to compile."""
    aliases = {
        alias
        for fandom in load_fandoms()
        for alias in (fandom.name, fandom.name.split(" - ")[0], *fandom.aliases)
        if len(alias) >= 5 and not plain_name(name_key(alias))
    }
    grouped: dict[str, list[str]] = {}
    for alias in aliases:
        first = _WORD.match(alias)
        if first is not None:
            grouped.setdefault(first.group(), []).append(alias)
    return {word: tuple(sorted(group, key=len, reverse=True)) for word, group in grouped.items()}


on_table_change(_aliases_by_first_word.cache_clear)


def _written_aliases(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Return the spans of ``text[start:end]`` that are known fandom aliases as written
    (case-sensitive, whole words, longest first, not overlapping), in text order."""
    by_first = _aliases_by_first_word()
    found: list[tuple[int, int]] = []
    last = start
    for word in _WORD.finditer(text, start, end):
        at = word.start()
        if at < last:
            continue
        for alias in by_first.get(word.group(), ()):
            stop = at + len(alias)
            if stop <= end and text.startswith(alias, at):
                if stop < end and _WORD_CHAR.match(text, stop):
                    continue
                found.append((at, stop))
                last = stop
                break
    return found


_LIST_SEPARATOR = re.compile(r"\s*(?:,|&|\band\b|/)\s*")


def _stated_names(written: str) -> list[tuple[str, bool]]:
    """Return the fandoms a stated name stands for, each with whether the table knows it.
    A list ("Sherlock Holmes, Dr. Watson and Mrs. Hudson") is read item by item, and items
    that are known characters rather than fandoms are dropped."""
    fandom = find_fandom(written)
    if fandom is not None:
        return [(fandom.name, True)]
    parts = [p for p in _LIST_SEPARATOR.split(written) if p.strip()]
    if len(parts) < 2:
        return [(written, False)] if _plausible(written) and not _is_character(written) else []
    found = []
    for part in parts:
        fandom = find_fandom(part)
        if fandom is not None:
            found.append((fandom.name, True))
    if found or any(_is_character(part) for part in parts) or not _plausible(written):
        return found
    return [(written, False)]


# Words that a loose "X fic" or "writing for X" pattern may catch but that name no fandom.
_NOT_A_FANDOM = frozenset(
    """i you he she it we they me him her us them my your his its our their this that these
    those there here the a an what which who some any every each one all this my own
    everything everyone everybody nothing""".split()
)


def _plausible(name: str) -> bool:
    """Whether a stated name the table does not know could be a fandom's name: it has a
    capitalised word and is not just pronouns and determiners."""
    words = name.split()
    return any(w[:1].isupper() for w in words) and any(
        w.casefold().strip(".,!?'’") not in _NOT_A_FANDOM for w in words
    )


def _is_character(name: str) -> bool:
    return any(entry.listed for entry in character_index().get(name_key(name), ()))


def stated_fandoms(analysis: Analysis) -> list[FandomFinding]:
    """Return the fandoms the story's bylines and notes name, most evidence first.
    Never raises."""
    text = analysis.text
    found: dict[str, FandomFinding] = {}

    def add(name: str, known: bool, start: int, end: int) -> None:
        if not known and _INITIALS.fullmatch(name):
            return  # "everyone who still reads WD fic": a title cut to its initials
        finding = found.setdefault(name, FandomFinding(name, STATED if known else STATED_UNKNOWN))
        if (start, end) not in finding.evidence:
            finding.evidence.append((start, end))

    credited = credited_works(analysis)
    for span in analysis.layers.get("fandom_mentions", ()):
        if any(span.start < end and start < span.end for start, end, _ in credited):
            continue  # "writing for Harrowgate Hall (Quentin Marsh)": the credited work's
        begin = stated_name_start(text, span.start, span.end)
        written = " ".join(text[begin : span.end].split())
        written = _EXCLAIMED.split(written, maxsplit=1)[0].strip(_EDGE_MARKS)
        if not written or len(written) > MAX_STATED_NAME:
            continue
        other_work = _OTHER_WORK.search(text, max(0, span.start - 24), span.start)
        for name, known in _stated_names(written):
            if other_work and not known:
                continue  # "comments on my old Helstone fic": another story of the writer's
            if not known and names_story_people(analysis, name, begin):
                continue  # "Mara and Jory belong to …": the story's people, not a work
            if not known and named_among_others(text, span.end):
                continue  # "Mara and everyone else belong to …": one of the people
            add(name, known, span.start, span.end)
    tagged = tagged_fandoms(analysis)
    for start, end, name in credited:
        fandom = find_fandom(name)
        name = fandom.name if fandom is not None else name
        if not tagged or name in tagged:
            add(name, fandom is not None, start, end)
    if not found and not tagged:
        for start, end, name in works_in_passing(analysis):
            add(name, False, start, end)
    for note in analysis.layers.get("notes", ()):
        if note.label not in _SCANNED_NOTES:
            continue
        for start, end in _written_aliases(text, note.start, note.end):
            fandom = find_fandom(text[start:end])
            if fandom is not None and (not tagged or fandom.name in tagged):
                add(fandom.name, True, start, end)
    folded = _folded(found.values())
    if any(f.confidence == STATED_UNKNOWN for f in folded):
        folded = [f for f in folded if not _names_an_author(analysis, f)]
        _with_author(analysis, folded)
    ranked = sorted(folded, key=lambda f: (-f.confidence, -len(f.evidence), f.name))
    for finding in ranked:
        finding.evidence.sort()
        del finding.evidence[MAX_EVIDENCE:]
    return ranked


def tagged_fandoms(analysis: Analysis) -> set[str]:
    """Return the known fandoms among the file's own fandom tags (an AO3 download's, an
    EPUB's subjects). When the file tags its fandoms, a work a note merely names ("writing
    an essay on Beowulf", "listening to the Hamilton soundtrack") is not one of the story's:
    the author's tags already say which works the story belongs to."""
    return {
        fandom.name if fandom is not None else name
        for name, _, fandom in _given_fandom_tags(analysis)
    }


def _given_fandom_tags(analysis: Analysis) -> Iterator[tuple[str, str, Fandom | None]]:
    """Yield each of the file's own fandom tags: its name, that name with its whitespace
    runs made single spaces, and the known fandom it names (``None`` for none)."""
    for tag in analysis.doc.given.tags:
        if tag.type == TagType.FANDOM:
            written = " ".join(tag.name.split())
            yield tag.name, written, find_fandom(written)


# A fandom named as that of the writer's other work ("my old Helstone fic", "my other
# Barsetshire fic"): not this story's.
_OTHER_WORK = re.compile(
    r"\b(?i:my|our)\s+(?i:old|other|last|previous|earlier|next|older)\s+(?:[\w'’-]+\s+)?$"
)


# Titles that lead a person's name, not a work's ("Mayor of Casterbridge" is a work): the
# civil titles and the ranks "Dr. Watson and …" are written with, but not the civil titles
# that also lead works' titles ("Master and Commander", "Mister Pip", "Mistress Masham's
# Repose"): such a work keeps its stated author.
_CIVIL = (CIVIL_TITLES - {"master", "mister", "mistress"}) | {"dr", "sir", "lady", "lord"}


def _names_an_author(analysis: Analysis, finding: FandomFinding) -> bool:
    """Whether ``finding``, a stated name the table does not know, is a writer's name, not a
    work's: the author the notes credit ("Daniel Deronda belongs to George Eliot") or the
    author of a canon the table knows."""
    if finding.confidence != STATED_UNKNOWN:
        return False
    key = name_key(finding.name)
    author = stated_author(analysis)
    return (author is not None and key == name_key(author)) or is_known_author(finding.name)


def _with_author(analysis: Analysis, findings: list[FandomFinding]) -> None:
    """Give each stated fandom the table does not know (and written without its author)
    the AO3 form "Title - Author" when the notes name the work's author, one author only
    (``stated_author``); "The" leads the title only when the text writes it so. The
    author is never guessed: without one the name stays as written."""
    author = stated_author(analysis)
    if author is None:
        return
    for finding in findings:
        first = name_key(finding.name).split(maxsplit=1)[:1]
        if finding.confidence != STATED_UNKNOWN or " - " in finding.name or first[0] in _CIVIL:
            continue  # known, already with its author, or people ("Dr. Watson and …")
        title = finding.name
        if not title.startswith("The ") and f"The {title}" in analysis.text:
            title = f"The {title}"
        finding.name = f"{title} - {author}"


def _folded(findings: Iterable[FandomFinding]) -> list[FandomFinding]:
    """Return ``findings`` with each unknown stated name that is a run of whole words of
    another stated name folded into that one, its evidence added: "Barchester" (from
    "Barchester and its clergy belong to …") is the "Barchester Towers" of the byline."""
    kept = list(findings)
    # titles compared without their authors: "Harrowgate - Quentin Marsh" (from "Harrowgate
    # belongs to Quentin Marsh") is the "Harrowgate Chronicles" a byline states
    words = {
        f.name: f" {' '.join(_WORD.findall(f.name.split(' - ')[0].casefold()))} " for f in kept
    }
    out: list[FandomFinding] = []
    for finding in kept:
        short = words[finding.name]
        fuller = [
            other
            for other in kept
            if other is not finding
            and short in words[other.name]
            and (short != words[other.name] or _authored(other.name, finding.name))
        ]
        if finding.confidence == STATED_UNKNOWN and len(fuller) == 1:
            fuller[0].evidence.extend(e for e in finding.evidence if e not in fuller[0].evidence)
            continue
        out.append(finding)
    return out


def _authored(name: str, other: str) -> bool:
    """Whether ``name`` carries its author ("Title - Author") where ``other`` does not."""
    return " - " in name and " - " not in other


def given_spellings(analysis: Analysis) -> dict[str, str]:
    """Return, per known fandom the file's own fandom tags name (an AO3 download's, an
    EPUB's subjects) in another spelling than the table's, that spelling ("Othello -
    William Shakespeare" for the table's "Othello - Shakespeare"): the author's tag is the
    story's, and one fandom is not to be listed twice under two spellings."""
    out: dict[str, str] = {}
    for _, written, fandom in _given_fandom_tags(analysis):
        if written and fandom is not None and fandom.name != written:
            out.setdefault(fandom.name, written)
    return out
