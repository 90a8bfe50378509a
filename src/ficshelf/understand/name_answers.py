"""A name that answers a question asking who: not a call (round spk45).

A line that opens on a name ("Wumpet. Mr. Wumpet. He keeps the mill.") is read as calling
the one it names, so the next line goes to them (``addressed_before``) and the line itself
never does. Right after a line that asks who someone is ("What's his name?", "Who was
that?", "And who might you be?"), the name is the answer: it calls no one. When the
question asks the listener's own name ("Who are you?", "What is your name?"), the answer's
speaker gives their own name, as "I'm Alice" does (``Cast.introduced``).

Only the question right before the line counts: nothing but quotation marks and spaces
between its "?" and the line, its "who" opening the sentence. A "who" question of another
verb ("Who told you that?", "Who believes him?") asks no name, nor does a "who" after a
name ("Darcy, who would not dance with you?"). One anchored look back from the line's start.
"""

from __future__ import annotations

import re

from ficshelf.understand.fast_regex import compile_fast

# What may stand between the question's "?" and the answer's first letter.
_BETWEEN = " \t\n\"'“”‘’*_"
# How far back the question's last sentence may start.
_QUESTION_CHARS = 80
# A question asking who someone is, or their name, ending at the "?" (its last sentence),
# its "who" opening the sentence: "Darcy, who would not dance with you?" asks no name.
_ASKS_NAME = compile_fast(
    r"(?:(?:^|[.!?…]\s+|[\"'“‘]\s*)(?:(?:[Aa]nd|[Bb]ut|[Ss]o|[Ww]ell|[Tt]hen|[Nn]ow),?\s+)?"
    r"(?:[Ww]ho(?:['’]s|['’]re|\s+(?:is|are|was|were)|\s+(?:might|may|can|could)\s+\w+\s+be)\b"
    r"|[Ww]hat(?:['’]s|\s+is|\s+was)\s+(?:your|his|her|their|its)\s+name\b)"
    r"|\b[Yy]our\s+name\b)[^.!?\"“”]*\?\Z",
    re.M,
)
# The same, asking the listener: the answer is the speaker's own name.
_ASKS_YOU = re.compile(r"\byou\b|\byour\b|\byourself\b", re.I)


def asked_name(text: str, start: int) -> str:
    """Return "you" when the line starting at ``start`` (its opening mark or first letter)
    comes right after a question asking the listener's name ("Who are you?"), "other"
    after one asking who someone else is ("What's her name?", "Who was that?"), else ""."""
    end = start
    low = max(0, start - 8)
    while end > low and text[end - 1] in _BETWEEN:
        end -= 1
    if end <= low or text[end - 1] != "?":
        return ""
    question = text[max(0, end - _QUESTION_CHARS) : end]
    found = _ASKS_NAME.search(question)
    if found is None:
        return ""
    return "you" if _ASKS_YOU.search(found.group()) else "other"
