"""What the author states about a story's warnings and rating, for the "themes" stage: an
author's note in the text that states warnings ("Warnings for gore and character death",
"Rated T for language and lager", "there is a lot of drinking": ``note_warnings``), the
file's own metadata (an AO3 download's notes, summary and freeform tags that name a
warning, "Grief/Mourning": ``given_warnings``, each with where it is stated), and a rating a
note states ("Rated M for the gore", "hence the M", or in another scheme mapped to AO3's,
"Rated K+", "Rating: PG-13": ``stated_rating``, ``theme_rating_schemes``). The vocabulary of
these statements is data in ``theme_context`` (``NOTE_WARNING_LABEL``, ``NOTE_TERMS``,
``FREEFORM_TERMS``, ``NOTE_RATING``, ``NOTE_GORE``), widened in a fan writer's words by
``theme_note_terms`` (round warn35: "TW: dead parents, cussing"). Any note but a title or an
epigraph states them (a disclaimer that goes on to rate the story), a rating line in any of
its forms ("Rating: T (for language and one death)"), and a bare rating ("Rated T.") lists its
reasons in the sentence after it.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence
from dataclasses import dataclass

from ficshelf.model import GivenMetadata, NoteKind, Span, TagType
from ficshelf.understand import theme_context as ctx
from ficshelf.understand.theme_evidence import drink_named
from ficshelf.understand.theme_note_terms import BARE_RATING_REST, MORE_NOTE_TERMS
from ficshelf.vocabulary import ao3_rating

_NOTE_LABEL = re.compile(ctx.NOTE_WARNING_LABEL, re.IGNORECASE)
_NOTE_IN_PASSING = re.compile(ctx.NOTE_STATED_IN_PASSING, re.IGNORECASE)
_SENTENCE_END = re.compile(r"[.!?](?=\s|$)|\n")
# The note terms of each warning, compiled (read by ``theme_note_denials`` too).
NOTE_TERM_PATTERNS = {
    tag: re.compile(
        r"(?<!\w)(?:" + source + "|" + MORE_NOTE_TERMS[tag] + r")(?!\w)"
        if tag in MORE_NOTE_TERMS
        else r"(?<!\w)(?:" + source + r")(?!\w)",
        re.IGNORECASE,
    )
    for tag, source in ctx.NOTE_TERMS.items()
}
_BARE_RATING_REST = re.compile(BARE_RATING_REST, re.IGNORECASE)
# The notes an author states warnings or a rating in: any but a title or an epigraph (a
# quotation from another book): an author's note, a summary, a disclaimer ("Disclaimer: not
# mine. Rated T for a funeral"), a byline line that goes on to rate the story.
STATING_NOTES = frozenset(
    {NoteKind.AUTHORS_NOTE, NoteKind.SUMMARY, NoteKind.DISCLAIMER, NoteKind.BYLINE}
)
_NOTE_RATING = re.compile(ctx.NOTE_RATING, re.IGNORECASE)
# A negation a word or two before a stated rating denies it ("isn't rated M", "not even
# rated T", "never rated it E").
_RATING_DENIED = re.compile(
    r"(?:\b(?:no|not|never|nor|hardly)|n['’]t)\W+(?:\w+\W+){0,2}\Z", re.IGNORECASE
)
_NOTE_GORE = re.compile(r"(?<!\w)(?:" + ctx.NOTE_GORE + r")(?!\w)", re.IGNORECASE)


@functools.cache
def _freeform_terms() -> dict[str, re.Pattern[str]]:
    """Return, per warning, the freeform tags that name it (``theme_context.FREEFORM_TERMS``),
    compiled the first time a file's metadata gives freeform tags (round speed39: compiled at
    import, for every process, though a plain-text story gives none)."""
    return {
        tag: re.compile(ctx.FREEFORM_BEFORE + f"(?:{source})" + ctx.FREEFORM_AFTER, re.I)
        for tag, source in ctx.FREEFORM_TERMS.items()
    }


_NOTE_NEGATED = re.compile(
    r"\b(?:no|not|nobody|none|never|without|nor)\W+(?:\w+\W+){0,1}\Z", re.IGNORECASE
)


def warns_of_gore(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` (a note, a tag) warns of gore (``theme_context.NOTE_GORE``)."""
    return _NOTE_GORE.search(text, start, end) is not None


def note_warnings(text: str, notes: Sequence[Span]) -> dict[str, Span]:
    """Return the tags an author's note states as warnings, each with the note as evidence
    ("Warnings: gore, character death"; "no character death" states nothing)."""
    found: dict[str, Span] = {}
    for note in notes:
        if note.label in STATING_NOTES:
            for tag in _note_statements(text, note.start, note.end):
                found.setdefault(tag, note)
    return found


# A note's words that make a warning a mention, not a scene of the story: before the term
# ("mentions of", "talk of", "references to", "past") or just after it ("nothing on the
# page", "off-screen").
_MENTIONED_BEFORE = re.compile(
    r"\b(?:mentions? of|mentioned|talk of|talked about|references? to|referenced|implied"
    r"|discussions? of|discussed|past)\b[^.;:!?)]{0,40}\Z",
    re.IGNORECASE,
)
_MENTIONED_AFTER = re.compile(
    r"\A[^.;!?()]{0,20}?\b(?:nothing (?:of it )?on the page|not on the page|off (?:the )?page"
    r"|off.?screen|only mentioned|only talked about)\b",
    re.IGNORECASE,
)


def mentioned_warnings(text: str, notes: Sequence[Span]) -> set[str]:
    """Return the tags an author's note states only as mentioned ("heads up for mentions of
    his dad knocking him around, nothing on the page", "talk of a father who drank"): the
    first unnegated naming of the tag in its statement has a mention word before it or says
    right after it that it is not on the page."""
    found: set[str] = set()
    for note in notes:
        if note.label not in STATING_NOTES:
            continue
        for tag, (a, b) in _note_statements(text, note.start, note.end).items():
            named = _stated_at(text, tag, NOTE_TERM_PATTERNS[tag], a, b)
            for m in NOTE_TERM_PATTERNS[tag].finditer(text, a, b):
                if m.end() == named:
                    before = text[max(a, m.start() - 60) : m.start()]
                    after = text[m.end() : min(b, m.end() + 60)]
                    if _MENTIONED_BEFORE.search(before) or _MENTIONED_AFTER.search(after):
                        found.add(tag)
                    break
    return found


def _note_statements(text: str, start: int, end: int) -> dict[str, tuple[int, int]]:
    """The tags the note ``text[start:end]`` states, not negated, each with the offsets of
    the words that state it: after a warning label, to the note's end; after a phrase that
    states them in passing ("Rated T for", "there is a lot of",
    ``theme_context.NOTE_STATED_IN_PASSING``), to the end of its sentence. The statement of a
    tag runs from its label or phrase to the end of the sentence that names the tag."""
    label = _NOTE_LABEL.search(text, start, end)
    stated: list[tuple[int, int]] = []
    for m in _NOTE_IN_PASSING.finditer(text, start, label.start() if label else end):
        if stated and m.start() < stated[-1][1]:
            continue  # in the sentence of the phrase before
        stop = _SENTENCE_END.search(text, m.end(), end)
        stated.append((m.start(), stop.start() if stop else end))
    stated.extend(_rating_sentences(text, start, label.start() if label else end))
    if label is not None:
        stated.append((label.start(), end))
    found: dict[str, tuple[int, int]] = {}
    for tag, pattern in NOTE_TERM_PATTERNS.items():
        for a, b in stated:
            named = _stated_at(text, tag, pattern, a, b)
            if named is not None:
                stop = _SENTENCE_END.search(text, named, end)
                if stop is None:
                    found[tag] = (a, end)
                else:  # the sentence's full stop kept, a line break left out
                    found[tag] = (a, stop.start() if stop.group() == "\n" else stop.end())
                break
    return found


def _rating_sentences(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The sentences of ``text[start:end]`` (a note before its warning label) that state the
    story's rating in another form than "Rated T for" ("Some rain, a duel in the yard (hence
    the M), and a death off stage"): the author lists there what rated it, as a warning
    label lists it. A rating the note denies lists nothing."""
    found: list[tuple[int, int]] = []
    for m in _NOTE_RATING.finditer(text, start, end):
        if _RATING_DENIED.search(text, max(start, m.start() - 24), m.start()):
            continue
        begin = start
        for full_stop in _SENTENCE_END.finditer(text, start, m.start()):
            begin = full_stop.end()
        if found and begin < found[-1][1]:
            continue  # in the sentence of the rating before
        stop = _SENTENCE_END.search(text, m.end(), end)
        if stop is not None and _BARE_RATING_REST.match(text, m.end(), stop.end()):
            # a bare rating ("Rated T.", "Rating: Teen and Up.") lists its reasons next
            after = _SENTENCE_END.search(text, stop.end(), end)
            stop = after if after is not None and stop.group() != "\n" else stop
        found.append((begin, stop.start() if stop else end))
    return found


def _stated_at(text: str, tag: str, pattern: re.Pattern[str], start: int, end: int) -> int | None:
    """The end of the first match of ``pattern`` (of ``tag``) in ``text[start:end]`` with no
    negation before it (and, for a drink, not as a name: "Gin's temper"), or ``None``."""
    for m in pattern.finditer(text, start, end):
        if not _NOTE_NEGATED.search(text, max(start, m.start() - 20), m.start()) and not (
            tag == "alcohol" and drink_named(text, m.start(), m.end())
        ):
            return m.end()
    return None


@dataclass(frozen=True, slots=True)
class GivenWarning:
    """A warning the file's own metadata states: whether a statement of it warns of gore,
    and where it is stated (``sources``: "tag: Grief/Mourning", "author's note: …")."""

    gore: bool
    sources: tuple[str, ...]


# How a source names the note of the file's metadata it is read from, and how much of the
# note's statement it quotes.
_NOTE_SOURCES = {NoteKind.AUTHORS_NOTE: "author's note", NoteKind.SUMMARY: "summary"}
SOURCE_CHARS = 120


def given_warnings(given: GivenMetadata) -> dict[str, GivenWarning]:
    """Return the tags the file's own metadata states (an AO3 download's notes and summary,
    read as ``note_warnings`` reads a note in the text, and its freeform tags that name a
    warning, ``theme_context.FREEFORM_TERMS``: "Grief/Mourning", "Mentions of Drug Use"),
    each with whether a statement of it warns of gore and where it is stated: the tag's
    name, or the words of a note that state it ("author's note: Warnings for a car crash.",
    from its label or phrase to the end of the sentence naming the tag; at most
    ``SOURCE_CHARS``)."""
    found: dict[str, GivenWarning] = {}

    def add(tag: str, gore: bool, source: str) -> None:
        known = found.get(tag)
        if known is None:
            found[tag] = GivenWarning(gore, (source,))
        elif source not in known.sources:
            found[tag] = GivenWarning(known.gore or gore, (*known.sources, source))
        else:
            found[tag] = GivenWarning(known.gore or gore, known.sources)

    for note in given.notes:
        kind = _NOTE_SOURCES.get(note.kind)
        if kind is not None:
            gore = _NOTE_GORE.search(note.text) is not None
            for tag, (a, b) in _note_statements(note.text, 0, len(note.text)).items():
                flat = " ".join(note.text[a:b].split())
                if len(flat) > SOURCE_CHARS:
                    flat = flat[: SOURCE_CHARS - 1] + "…"
                add(tag, gore, f"{kind}: {flat}")
    for given_tag in given.tags:
        if given_tag.type != TagType.FREEFORM:
            continue
        name = " ".join(given_tag.name.split())
        for warning, pattern in _freeform_terms().items():
            if pattern.fullmatch(name):
                add(warning, _NOTE_GORE.search(name) is not None, f"tag: {name}")
    return found


def stated_rating(text: str, notes: Sequence[Span]) -> str | None:
    """Return the rating on AO3's scale that an author's note states ("Rated M for the
    gore", "hence the M"), in AO3's scheme or another one mapped to it ("Rated K+" General,
    "Rating: PG-13" Teen, "Rated FR15" Mature: ``theme_rating_schemes``), or ``None``; a
    rating the note denies ("this isn't rated M", "not rated R") states nothing, and the note
    may go on to state the one it is ("not rated M, rated T")."""
    for note in notes:
        if note.label in STATING_NOTES:
            for m in _NOTE_RATING.finditer(text, note.start, note.end):
                if _RATING_DENIED.search(text, max(note.start, m.start() - 24), m.start()):
                    continue
                rating = ao3_rating(next(g for g in m.groups() if g))
                if rating is not None:
                    return rating
    return None
