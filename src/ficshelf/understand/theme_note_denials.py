"""The warnings an author's note denies, for the "themes" stage (round warn37): a fan writer
reassures the reader about what the story does not hold ("No actual illnesses were harmed in
the making of this fic", "nobody swears, I promise", "no one gets drunk"), and a reader
takes the author's word over a few cues of the text (a hypochondriac's symptoms, a joke about
a hangover). ``themes.find_tags`` keeps no tag the text alone infers when a note denies it;
a tag a note or the file's metadata states is the author's word too, and stays.

A denial is a warning's note term (``theme_stated.NOTE_TERM_PATTERNS``: the vocabulary's
labels and a fan writer's words for them) with a negation at most two words before it in the
same clause ("nobody actually cheats", "no real swearing"; not "let's not). Harry drinks"),
in any note that states warnings (an author's note, a summary, a disclaimer, a byline line).
A death denied ("nobody dies in this one") denies a major character's death only: grief for
a death before the story, or talked of in it, is still grief.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ficshelf.model import Span
from ficshelf.understand.theme_stated import NOTE_TERM_PATTERNS, STATING_NOTES

# A negation at most two words before a note term, in the same clause.
_DENIAL = re.compile(
    r"(?<![\w'’])(?:no|no one|no-one|nobody|none of (?:the|them|us)|never|not|nothing"
    r"|without|nor|won['’]t|doesn['’]t|don['’]t|isn['’]t|aren['’]t)(?:\s+[\w'’-]+){0,2}\s+\Z",
    re.IGNORECASE,
)
_WINDOW = 40
# Tags a denied note term does not take away (a denied death still leaves grief).
NOT_DENIED = frozenset({"death/grief"})


def denied_warnings(text: str, notes: Sequence[Span]) -> set[str]:
    """Return the warnings an author's note denies (the module docstring)."""
    denied: set[str] = set()
    for note in notes:
        if note.label not in STATING_NOTES:
            continue
        for tag, pattern in NOTE_TERM_PATTERNS.items():
            if tag in NOT_DENIED or tag in denied:
                continue
            for m in pattern.finditer(text, note.start, note.end):
                if _DENIAL.search(text, max(note.start, m.start() - _WINDOW), m.start()):
                    denied.add(tag)
                    break
    return denied
