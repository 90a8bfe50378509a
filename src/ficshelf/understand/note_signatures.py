"""An author named only by the signature closing a note (used by the "notes" stage).

Fans without a byline often sign their note at the start or end of a story: "— username",
"-- username", "~username", "xx username", "Love, username" as the last words of the note
(kisses after the name left out: "love, username x", round notes45), on a line of their own
or after the last sentence of its last line. ``note_signature`` finds such a signature at
the end of a note's text; the stage reads it as the story's author when no byline names
one (``notes._layers``). ``is_signature_paragraph`` tells a paragraph that is a signature
alone, so that it continues the note above it instead of ending the story
(``note_edges._cues``). A disclaimer may be signed as an author's note is ("…
belong to Quentin Marsh. — username": ``disclaimer_signature``), by a username of one
word, never a name of the canon's authors (round notes43).

Not a signature: a dash aside closing a sentence ("— or so I thought": several words in
lower case, or a word after a word, not after a finished sentence), the attribution of a
quotation ('"…" — Hamlet': a closing quotation mark before the dash), a common word or a
greeting ("— everyone", "Thanks, everyone", "xx" alone), a name ending in a stop.
"""

from __future__ import annotations

import re

from ficshelf.understand.fandom_authors import names_known_author
from ficshelf.understand.name_tables import COMMON_WORDS
from ficshelf.understand.note_patterns import looks_like_name

# A signature at the end of a text: at a line's start or after a finished sentence, a dash or
# a tilde, or a close with its comma ("Love,", "Cheers,"; the name on the same line or the
# next); or after any word, kisses ("xx", "xoxo": never a dash aside); then the name, the rest
# of the line.
_SIGNATURE = re.compile(
    r"(?:(?:^|(?<=\n)|(?<=[.!?…)])[ \t]+)[ \t*_]*"
    r"(?:(?:[—–~]|--?)[ \t]*"
    r"|(?i:(?:all[ \t]+my[ \t]+)?love|cheers|hugs|best|yours),(?:[ \t]+|[ \t]*\n[ \t*_]*))"
    r"|(?:^|(?<=\s))(?i:x(?:o|x)+)[,!]?[ \t]+)"
    r"(?P<name>[^\s\-–—~][^\n]*?)[ \t*_]*\Z"
)
# Kisses a writer may sign off with after the name ("love, username x"), never part of it; in
# lower case only ("— Malcolm X" keeps his). Taken off after a match (``_unkissed``), which
# keeps ``_SIGNATURE`` as cheap as it was on the many paragraphs that are no signature.
_KISSES_AFTER = re.compile(r"[ \t]+(?:x+|(?:xo)+x?)\Z")
# What closes a quotation: a signature after one is its attribution ('"…" — Hamlet').
_QUOTE_CLOSERS = "\"”'’"
# Words after a dash or a close that sign for no one ("xx everyone", "— you").
_NOT_SIGNERS = frozenset("everyone all everybody you guys folks y'all ya me xx xo xoxo".split())


def note_signature(note: str) -> tuple[int, int] | None:
    """Return the start and end, in ``note``, of the name signing it at its end ("… Enjoy!
    — username", "Love,\\nusername"), or ``None`` when the note ends otherwise."""
    tail_at = max(0, len(note) - 200)
    m = _SIGNATURE.search(note, tail_at)
    if m is None:
        return None
    name = _unkissed(m.group("name"))
    if not _signs(name) or note[: m.start()].rstrip(" \t*_\n").endswith(tuple(_QUOTE_CLOSERS)):
        return None
    return m.start("name"), m.start("name") + len(name)


def disclaimer_signature(note: str) -> tuple[int, int] | None:
    """Return the start and end, in disclaimer ``note``, of the username signing it at its
    end ("… I own nothing. — username"), or ``None``: the signature is one word (a
    disclaimer's credit to the canon's author, "— Quentin Marsh", is no writer's name) and
    not a name of an author the fandom table knows ("— Austen")."""
    found = note_signature(note)
    if found is None:
        return None
    name = note[found[0] : found[1]]
    return None if len(name.split()) > 1 or names_known_author(name) else found


def is_signature_paragraph(para: str) -> bool:
    """Return whether a paragraph is a signature alone ("— username", "~username",
    "xx username", "Love, username")."""
    if len(para) > 80:
        return False
    m = _SIGNATURE.match(para.strip())
    return m is not None and _signs(_unkissed(m.group("name")))


def _unkissed(name: str) -> str:
    """Return the words after a signature's mark less the kisses after the name
    (``_KISSES_AFTER``: "username x" gives "username")."""
    if name[-1] not in "xo":
        return name
    kisses = _KISSES_AFTER.search(name)
    return name if kisses is None else name[: kisses.start()]


def _signs(name: str) -> bool:
    """Return whether the words after a signature's mark are a name: what a byline takes
    (``note_patterns.looks_like_name``), not ending in a stop or a comma, and a single word
    not a common word in lower case or a greeting ("everyone")."""
    if not looks_like_name(name) or name[-1] in ".,;:?!":
        return False
    words = name.split()
    if len(words) > 1:
        return True
    word = words[0].lower()
    return word not in _NOT_SIGNERS and not (
        name.isalpha() and name.islower() and word in COMMON_WORDS
    )
