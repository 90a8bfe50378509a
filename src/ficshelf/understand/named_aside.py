"""A name standing as a sentence of its own that the line talks about, not calls.

(Round spk34.) Inside a line a bare name set off by full stops reads as a call ("Hobbs.
Shut the gate."), but two shapes of English use it to name whom the line is about:

- the sentence after it goes on about that person as "he"/"she" ("She'd be at school by
  now. Rosie. She'd be seven."; "My brother went to sea. Will Penn. He drowned."): the
  name is set between two sentences about someone absent;
- the sentence before it gives a name, or is a bare description that the name completes
  ("And you said her name. Rosie."; "And the other one. The clerk. Hobbs."): the name
  answers or renames, it calls no one.

A "he"/"she" of the other gender than the named character's, after the name, is someone
else ("Ann. He's awake."): the name stays a call. ``talked_about`` reads a fixed stretch
on either side of one vocative mention.
"""

from __future__ import annotations

import re

from ficshelf.model import Span

# How far before and after the name the neighbouring sentences are read.
_REACH = 60
# The name stands as a sentence: a sentence ends right before it, a full stop right after.
_STOP_BEFORE = re.compile(r"[.!?…][\"'”’]?\s+\Z")
# The sentence after opens with a third-person pronoun: group 1.
_PRONOUN_NEXT = re.compile(r"\.\s+(He|She|His|Her)\b")
# The sentence before gives a name ("his name.") or is a short description that the name
# renames ("The man.", "And the other.", "Her husband."): at most four words.
_NAME_WORD = re.compile(r"\bnames?\.\s+\Z", re.IGNORECASE)
_DESCRIPTION = re.compile(
    r"(?:\A|[.!?…]\s+)(?:And\s+|Or\s+)?(?:[Tt]he|[Hh]is|[Hh]er|[Tt]heir|[Tt]hat)"
    r"(?:\s+[a-z][\w'’-]*){1,3}\.\s+\Z"
)
_GENDER = {"he": "m", "his": "m", "she": "f", "her": "f"}


def talked_about(text: str, quote: Span, mention: Span, sex: str | None) -> bool:
    """Return whether ``mention``, a name standing as a sentence of its own inside the line
    ``quote``, is one the line talks about rather than calls (see the module docstring).
    ``sex`` is the named character's gender ("m", "f"), or None when unknown."""
    before = text[max(quote.start, mention.start - _REACH) : mention.start]
    if not _STOP_BEFORE.search(before):
        return False
    after = text[mention.end : min(quote.end, mention.end + 12)]
    pronoun = _PRONOUN_NEXT.match(after)
    if pronoun is not None:
        said = _GENDER[pronoun.group(1).lower()]
        return sex is None or sex == said
    if not after.startswith("."):
        return False
    return bool(_NAME_WORD.search(before) or _DESCRIPTION.search(before))
