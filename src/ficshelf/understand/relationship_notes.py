"""The pairings a story's notes name, for the relationships stage.

Fan fiction often says in its front matter which relationship it is about, in AO3's own
shorthand or in a sentence: "Arabin/Eleanor, eventually." (a slash: a romance), "Quasimodo/
Esmeralda is one-sided", "Edward and Tom friendship is my whole heart", "Queequeg and Ishmael
are my favourite friendship", "Tom & Jerry" (an ampersand: a friendship, or kin). The author
knows what the story is about better than any count of paragraphs: the pair is a main
relationship of the story, of the kind the note gives, however little a tally of the text
would make of it (two who court with no romantic word between them, a friendship the
narrator's "I" keeps out of the paragraph counts).

``noted_pairings`` reads the summary and the author's notes (the ``notes`` layer's
``summary`` and ``authors_note`` spans) for such a statement and returns each pair whose two
names are two of the story's characters (``noted_character``: a character's name or a form
the text calls them by, or the words of one character's name only: "Arabin" is "Mr.
Arabin"). "A/N", "and/or" and "Jo/Laurie POV" (who tells the story, in turns) name no
pairing. Each pattern is one regex search over each note, so the work is linear in the
notes' length; the names are looked up only for a note that holds a statement.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence
from dataclasses import dataclass

from ficshelf.model import Analysis, Span
from ficshelf.understand.fast_regex import compile_fast
from ficshelf.understand.relationship_tally import Pairs, add_span

# One to three capitalised words ("Arabin", "Tom Canty", "Mary Anne Lisle"), each one greedy
# run so that a long word backs off in linear time.
_NAME = r"([A-Z][\w'’-]*(?:[ \t]+[A-Z][\w'’-]*){0,2})"
# "A/B": AO3's romantic pairing tag (not "A/N", nor "Jo/Laurie POV": turns at telling it).
_SLASH = rf"\b{_NAME}[ \t]?/[ \t]?{_NAME}(?![\w/])(?![ \t]*(?:POV|P\.O\.V|pov|point))"
# "A & B": AO3's platonic (or family) tag; "A and B friendship", "A and B are my favourite
# friendship", "the friendship between A and B".
_AMPERSAND = rf"\b{_NAME}[ \t]+&[ \t]+{_NAME}\b"
_FRIENDS_AFTER = (
    rf"\b{_NAME}[ \t]+and[ \t]+{_NAME}(?:['’]s?)?(?:[ \t]+[a-z]+){{0,3}}[ \t]+friendship"
)
_FRIENDS_BEFORE = rf"\bfriendship[ \t]+(?:between|of)[ \t]+{_NAME}[ \t]+(?:and|&)[ \t]+{_NAME}"


@functools.cache
def _statements() -> re.Pattern[str]:
    """The pattern of a stated pairing, its alternatives in ``_KINDS``'s order; compiled the
    first time a note holds a keyword (about 1 ms: fewer than half the stories need it)."""
    return compile_fast("|".join((_SLASH, _AMPERSAND, _FRIENDS_AFTER, _FRIENDS_BEFORE)))


# The kind each alternative of ``_statements()`` gives (its two names are groups 2k+1, 2k+2).
_KINDS = ("romantic", "platonic", "platonic", "platonic")
# Every statement holds one of these.
_KEYWORD = re.compile(r"/|&|friendship")
# The notes a pairing is stated in.
_SCANNED_NOTES = frozenset({"summary", "authors_note"})
# Leading words of a name slot that name no one ("The", "My").
_NOT_NAMES = frozenset("the a an my his her their our your this that and".split())


@dataclass(frozen=True, slots=True)
class NotedPairing:
    """A pairing a note names: the two characters (canonical names, in the note's order),
    the kind the note gives ("romantic" or "platonic") and the statement's span."""

    a: str
    b: str
    kind: str
    start: int
    end: int


def mark_noted(pairs: Pairs, analysis: Analysis, mentions: Sequence[Span]) -> None:
    """Mark in ``pairs`` (adding the pair when the story has none) every pairing the notes
    of ``analysis`` name (``noted_pairings``; ``mentions``: the characters' mentions):
    ``Pair.noted`` takes the note's kind, and the statement is the pair's first cue span."""
    characters = [c.label for c in analysis.layers.get("characters", ()) if c.label]
    notes = analysis.layers.get("notes", ())
    for noted in noted_pairings(analysis.text, notes, mentions, characters):
        pair = pairs.get(noted.a, noted.b)
        if pair is not None:
            pair.noted = pair.noted or noted.kind
            add_span(pair.cue_spans, (noted.start, noted.end))


def noted_pairings(
    text: str, notes: Sequence[Span], mentions: Sequence[Span], characters: Sequence[str]
) -> list[NotedPairing]:
    """Return the pairings the summary and author's notes among ``notes`` state, each whose
    two names are two different ``characters`` (canonical names; ``mentions`` give the
    forms the text calls them by), in text order. Never raises."""
    statements: list[tuple[str, str, str, int, int]] = []
    for note in notes:
        if note.label not in _SCANNED_NOTES or not _KEYWORD.search(text, note.start, note.end):
            continue
        for match in _statements().finditer(text, note.start, note.end):
            index = next(i for i, g in enumerate(match.groups()) if g is not None)
            kind = _KINDS[index // 2]
            statements.append(
                (match.group(index + 1), match.group(index + 2), kind, match.start(), match.end())
            )
    if not statements:
        return []
    forms: dict[str, set[str]] = {}
    for mention in mentions:
        forms.setdefault(" ".join(text[mention.start : mention.end].split()), set()).add(
            mention.label
        )
    found: list[NotedPairing] = []
    for first, second, kind, start, end in statements:
        a = noted_character(first, forms, characters)
        b = noted_character(second, forms, characters)
        if a and b and a != b:
            found.append(NotedPairing(a, b, kind, start, end))
    return found


def noted_character(name: str, forms: dict[str, set[str]], characters: Sequence[str]) -> str:
    """Return the character a note's ``name`` is: the one whose canonical name or whose one
    form in the text (``forms``: surface form to the characters called so) it is, else the
    one character whose name holds every word of it ("Arabin" is "Mr. Arabin"); "" for
    none or more than one."""
    words = name.split()
    while words and words[0].casefold() in _NOT_NAMES:
        words = words[1:]
    if not words:
        return ""
    words[-1] = words[-1].rstrip(".")  # "Arabin/Eleanor." ends a sentence
    name = " ".join(words)
    if name in characters:
        return name
    called = forms.get(name, set())
    if len(called) == 1:
        return next(iter(called))
    wanted = set(words)
    holding = [c for c in characters if wanted <= set(c.split())]
    return holding[0] if len(holding) == 1 else ""
