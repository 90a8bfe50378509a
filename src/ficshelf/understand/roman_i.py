"""Whether a capital "I" is the Roman numeral one, not the first-person pronoun: every place
that counts a narrator's "I" (point of view, the narrator, the speaker ranker's self
features, the narrator's presence in a relationship) asks ``numeral_i``.

An "I" is a numeral

* after a word that numbers what follows it (``NUMBERED``: "Chapter I", "Part I", "Act I"),
  whatever comes after it ("Part I ends at the ford");
* after "World War" ("World War I"), and after a ruler's name that a title of rule opens
  ("King Henry I", "Queen Elizabeth I": ``RULERS``), whatever comes after it;
* on a line of its own, alone or with a full stop ("I." heading a section);
* after a capitalised word inside a sentence when no word follows it ("crowned Henry I.",
  "Henry I's reign"): "told Mary I would" and "Not I." are the pronoun.
"""

from __future__ import annotations

import re

from ficshelf.understand.fast_regex import compile_fast

# A word that numbers what follows it with a Roman numeral ("Chapter I", "Part I").
NUMBERED = frozenset(
    "chapter book part act volume vol section canto scene letter stave article psalm".split()
)
# Titles of rule before a regnal name ("King Henry I"): the "I" after the name is a numeral.
RULERS = frozenset(
    "king queen emperor empress pope tsar czar tsarina kaiser sultan pharaoh shah".split()
)
# The capitalised word right before an "I", and what stands before that word.
_WORD_BEFORE = re.compile(r"(?:^|(\S?)[ \t]*)\b([A-Z][A-Za-z]*)\.?[ \t]+$")
# Two capitalised words before an "I": "World War", "King Henry".
_TWO_BEFORE = compile_fast(r"\b([A-Z][a-z]*)[ \t]+([A-Z][a-z]+)[ \t]+$")  # (at capitals only)
# Marks that end a sentence or open a line of speech: a capitalised word after them opens
# a sentence ("Not I.").
_OPENERS = frozenset(".!?\"'“”‘’:;\n—–-*_(")


def numeral_i(text: str, start: int) -> bool:
    """Whether the capital "I" at ``text[start]`` is a Roman numeral (see the module
    docstring), not the pronoun."""
    after = text[start + 1 : start + 3]
    two = _TWO_BEFORE.search(text, max(0, start - 40), start)
    if two is not None and (
        (two.group(1), two.group(2).lower()) == ("World", "war") or two.group(1).lower() in RULERS
    ):
        return True
    if (
        after[:1] in (" ", "\t")
        and after[1:2].isalpha()
        or after[:1] in ("'", "’")
        and (after[1:2] in ("m", "l", "d", "v"))
    ):
        # a word follows: the pronoun ("I went", "I'm"), unless a word that numbers is before
        found = _WORD_BEFORE.search(text, max(0, start - 24), start)
        return found is not None and found.group(2).lower() in NUMBERED
    line_start = start == 0 or text[start - 1] == "\n"
    if line_start and (after[:1] in ("", "\n", "\r") or after in (".\n", ".\r", ". ")):
        return True  # a numeral heading a section on a line of its own ("I.")
    found = _WORD_BEFORE.search(text, max(0, start - 24), start)
    if found is None:
        return False
    if found.group(2).lower() in NUMBERED:
        return True
    before = found.group(1)
    return bool(before) and before not in _OPENERS
