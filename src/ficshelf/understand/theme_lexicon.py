"""The lexicons of the "themes" stage: cue patterns per warning or theme and their weights.
Pure data (regular-expression sources); ``theme_matcher`` compiles it once. The cues are
kept in two modules by what they tell: harm and loss (``theme_harm_cues``) and how people
live, body and conduct (``theme_life_cues``); ``CUES`` holds them in one table. The
figurative uses that do not count, negations and the other context rules are in
``theme_context``.

The cues were written from the vocabulary's definitions (DESIGN.md), not from stories: for
each tag, how fiction tells it without naming it, the act and its aftermath in every
inflection and phrasal form ("stopped breathing", "buried him", "the blade went in", "threw
up", "couldn't stop shaking", "in the family way"). Each cue is ``(regex source, weight)``:
1.0 for a word or phrase that alone says the theme ("overdose", "bled to death"), less for
one that only hints at it ("wine", "doctor", "nightmare"), so that evidence must accumulate.
Patterns are matched case-insensitively at word boundaries, so "ale" never fires in "pale".
Every alternative of a cue starts with a word of three letters or more (after any
lookbehinds: "(?<=in )labour"), best a distinctive one ("(?<=her |the )waters? broke", not
"(?:her|the) waters? broke"): ``theme_matcher`` finds candidate places by those first
letters before trying the cues themselves. Keys of ``CUES`` are the vocabulary's warnings
(``vocabulary.WARNINGS``) plus the stage's own inner themes, which are never tags but weigh
in the rating: ``violence`` (fights and weapons short of gore), ``menace`` (horror and
threat) and ``explicit`` (the strongest sexual words).
"""

from __future__ import annotations

from ficshelf.understand.theme_harm_cues import HARM_CUES
from ficshelf.understand.theme_life_cues import LIFE_CUES
from ficshelf.vocabulary import WARNINGS

# Inner themes: they count towards the rating only.
VIOLENCE = "violence"
MENACE = "menace"
EXPLICIT = "explicit"

# Each tag's cues, in the order the matcher files them under their heads (``theme_matcher``):
# the vocabulary's warnings, the explicit theme after sexual content, violence and menace last.
_SEX = WARNINGS.index("sexual content") + 1
_BY_TAG = {**LIFE_CUES, **HARM_CUES}
CUES: dict[str, tuple[tuple[str, float], ...]] = {
    tag: _BY_TAG[tag] for tag in (*WARNINGS[:_SEX], EXPLICIT, *WARNINGS[_SEX:], VIOLENCE, MENACE)
}
