"""The narrator an author's note names: "Ishmael narrates", "told from Wren's point of view".

Fan fiction often says in its front matter whose eyes a story is told through ("Sherlock's
POV", "narrated by Jo", "POV: Hermione") and then never has anyone call the narrator by name.
``narrator_in_notes`` reads the notes (the ``notes`` layer: summaries, author's notes) of a
first-person story for such a statement and returns the one name it gives, with its span in
the note. Two different names ("alternating POV: Jo and Laurie", "Jo's POV, then Laurie's")
give none: then the notes do not say who "I" is.

Each pattern is one regex search over each note, so the work is linear in the notes' length.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from ficshelf.model import Span
from ficshelf.understand import name_tables as tables
from ficshelf.understand.fast_regex import compile_fast

# One to three capitalised words ("Ishmael", "Sherlock Holmes", "Mary Anne Lisle"). (Each
# word is one greedy run, so that a long word backs off in linear time; a word in capitals
# only is left out afterwards.)
_NAME = r"([A-Z][\w'’-]*(?:[ \t]+[A-Z][\w'’-]*){0,2})"
_IT = r"(?:it|the[ \t]+story)"
_POSSESSIVE = r"['’]s?"
_VIEW = r"(?:POV|P\.O\.V\.?|pov|point[ \t]+of[ \t]+view|perspective)"
_STATEMENTS = compile_fast(
    "|".join(
        (
            # "Ishmael narrates", "Jo tells it", "Wren narrating"
            rf"\b{_NAME}[ \t]+(?:narrates|is[ \t]+narrating|narrating|tells[ \t]+{_IT})\b",
            # "narrated by Jo", "told by Jo", "as told by Jo"
            rf"\b(?:narrated|told)[ \t]+by[ \t]+{_NAME}",
            # "Sherlock's POV", "from Wren's point of view"
            rf"\b{_NAME}{_POSSESSIVE}[ \t]+{_VIEW}\b",
            # "through Jo's eyes" (not "Jo's eyes were blue")
            rf"\bthrough[ \t]+{_NAME}{_POSSESSIVE}[ \t]+eyes\b",
            # "POV: Hermione", "POV - Hermione", "Narrator: Jo"
            r"\b(?:POV|P\.O\.V\.?|Narrator)[ \t]*[:–—-][ \t]*" + _NAME,
        )
    )
)
# Words a statement's name slot may catch that name no one ("The narrator's POV", "First
# person POV", "Her POV").
_NOT_NAMES = frozenset(
    """the a an this that my his her their our your its first second third one other
    another each every narrator author reader readers story alternating alternate
    multiple different same changing shifting new old""".split()
)
_STOP = tables.STOP_WORDS | tables.WEAK_STOP_WORDS


# Every statement holds one of these words.
_KEYWORD = re.compile(r"[Nn]arrat|told|POV|P\.O\.V|pov|point[ \t]+of[ \t]+view|perspective|eyes")
# A second name after the first ("POV: Jo and Laurie", "Jo/Laurie POV") or a word for taking
# turns before the statement ("alternating POV: Jo") says the story has more than one teller.
_MORE_NAMES = re.compile(r"[ \t]*(?:and|&|/|,)[ \t]*[A-Z]")
_TURNS = re.compile(r"(?i:alternat|multiple|switch|chang|shift|rotat)\w*\W{0,3}\w*\W{0,3}\Z")
_LOOK_BACK = 30


@dataclass(frozen=True, slots=True)
class NotedNarrator:
    """The narrator a note names: ``name`` as written, at ``text[start:end]``."""

    name: str
    start: int
    end: int


def narrator_in_notes(text: str, notes: Sequence[Span]) -> NotedNarrator | None:
    """Return the one person the ``notes`` spans of ``text`` say the story is told by, or
    ``None`` when they name no one or more than one. Never raises."""
    found: list[NotedNarrator] = []
    for note in notes:
        if not _KEYWORD.search(text, note.start, note.end):  # most notes: one fast scan
            continue
        for match in _STATEMENTS.finditer(text, note.start, note.end):
            index = next(i for i, g in enumerate(match.groups(), start=1) if g is not None)
            start, end = match.start(index), match.end(index)
            if _MORE_NAMES.match(text, end) or _TURNS.search(
                text, max(note.start, match.start() - _LOOK_BACK), match.start()
            ):
                found.append(NotedNarrator("", start, end))  # more than one teller
                continue
            words = match.group(index).split()
            if any(w.isupper() for w in words):  # "POV: ALL", "JO'S POV"
                continue
            while words and (words[0].lower() in _NOT_NAMES or words[0].lower() in _STOP):
                start += len(words[0])
                words = words[1:]
                start = text.index(words[0], start) if words else start
            if words:
                name = " ".join(words)
                found.append(NotedNarrator(name, start, start + len(name)))
    names = {f.name for f in found}
    if len(names) != 1 or "" in names:
        return None
    return found[0]
