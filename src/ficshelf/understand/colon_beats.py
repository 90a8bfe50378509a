"""A clause ending on a colon right before a line, with a "he"/"she" for its subject and
no verb of speech: 'He turned round to the fire, watched it an instant. Then as he faced
us again: "I can't begin."'

A colon before a quotation introduces it, so the person the clause is about says it, as a
speech tag's subject would: the sieve had given such a line, in a paragraph that opened
with another voice's tagged line, to that voice (rule ``same_paragraph``). ``colon_beat``
reads the last sentence of the narration before the line: when it ends on a colon and holds
"he" or "she", the last of them is the line's tag, for the conversation pass to resolve
(round lbt37). Read only where the sieve found no tag; one short scan per such line.
"""

from __future__ import annotations

import re

from ficshelf.understand.speech_tags import Tag

# The narration's end: a colon, perhaps a dash, the opening marks.
_ENDS_ON_COLON = re.compile(r":[ \t]*(?:--|—)?[ \t\n]*[\"'“‘]*\Z")
_SENTENCE_END = re.compile(r"[.!?][\"'”’]?\s")
_PRONOUN = re.compile(r"\b(?:he|she|He|She)\b")
_REACH = 200  # characters of narration read back from the colon


def colon_beat(text: str, start: int, end: int) -> Tag | None:
    """Return the "he"/"she" tag of the narration ``text[start:end]`` right before a quote
    when its last sentence ends on a colon (see the module docstring), else ``None``."""
    start = max(start, end - _REACH)
    colon = _ENDS_ON_COLON.search(text, start, end)
    if colon is None:
        return None
    opening = start
    for m in _SENTENCE_END.finditer(text, start, colon.start()):
        opening = m.end()
    found = None
    for m in _PRONOUN.finditer(text, opening, colon.start()):
        found = m
    if found is None:
        return None
    return Tag("", found.group().lower(), found.start())
