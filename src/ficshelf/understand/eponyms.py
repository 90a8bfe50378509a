"""Names that stand for no one in the story: an eponym and a personified idea.

- ``owns_an_eponym``: a surname owning a word for what science names after a person
  ("Weil's disease", "Halley's comet", "Zeno's paradox") names the disease, the comet or
  the paradox; the person is at most alluded to. A given name is read as a person's own
  ("Kit's disease came back"), so only a word no census lists as a given name counts.
- ``PERSONIFIED``: the ideas English personifies with a title ("Madame Guillotine", "Mother
  Nature", "Father Time", "Lady Luck", "Dame Fortune"). Such a figure is no character unless
  the text gives it lines (a story may let Death speak: "said Death").

Each is one anchored regex match or a set lookup at a name already found, so nothing reads
the text beyond the name's own few characters.
"""

from __future__ import annotations

import re
from collections.abc import Container

from ficshelf.understand.title_rules import is_given_name

# What is named after its finder or first sufferer: "Weil's disease", "Bell's palsy",
# "Fermat's theorem", "Halley's comet", "Planck's constant". ("law" is left out: "Tom's law
# firm"; so are "number" and "razor", which people own: "Kit's number", "Ned's razor".)
_EPONYM_HEADS = (
    "disease",
    "syndrome",
    "palsy",
    "theorem",
    "conjecture",
    "paradox",
    "comet",
    "constant",
)
_OWNED_EPONYM = re.compile(r"['’]s?[ \t]+(?:" + "|".join(_EPONYM_HEADS) + r")\b(?![’'-])")

# Ideas English writes as titled figures ("Madame Guillotine shall not have it").
PERSONIFIED = frozenset(
    ("death", "fate", "fortune", "luck", "nature", "time", "guillotine", "earth", "justice")
)


def owns_an_eponym(text: str, name: str, end: int, stop: int) -> bool:
    """Whether the name ``name`` ending at ``end`` owns a word for a thing named after a
    person ("Weil's disease"), searched no further than ``stop``; never for a given name."""
    return _OWNED_EPONYM.match(text, end, stop) is not None and not is_given_name(name.lower())


def is_personified(lows: list[str], titles: Container[str]) -> bool:
    """Whether the lower-case name words ``lows`` are a personified idea: the idea, after
    nothing but titles ("guillotine"; "mother", "nature" when the title is read as a word)."""
    return bool(lows) and lows[-1] in PERSONIFIED and all(w in titles for w in lows[:-1])
