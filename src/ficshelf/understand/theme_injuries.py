"""Care that an injury explains (round warn45; pure data, for the "themes" stage's cue tally,
``theme_cue_tally``): a hospital, a hospital bed and a nurse are weak cues of an illness
(``theme_life_cues``), but in a story that tells an injury (someone wounded or hit, a broken
bone, a limb in plaster) they are where the injured are taken, no one's sickness. The fresh
canons of stops 44 and 45 showed it in two stories and seven cues with no illness in the gold:
a soldier promised "a hospital bed by Sunday with a nurse" for his wound, a driver who wakes
in a hospital after a crash, with its nurses, beside a woman with cracked ribs.

``CARE`` is what such a cue is (the words of the illness cue it matched, whole);
``INJURY`` is what tells an injury, searched in the whole story (``injury_told``), not the
paragraph: the wound is told in one scene, the ward in the next. A care word counts for
nothing in a story that has one; every other illness cue (a fever, a cough, a named disease)
counts as before, so a wound that festers is still an illness. Each of its alternatives
starts at one of ``STEMS``, so the story is searched by ``str.find`` for those words and the
pattern tried only where one stands (a regular-expression scan of a whole novel costs more
than the rest of the rule).
"""

from __future__ import annotations

import re

# The illness cues that name only where and by whom someone is cared for.
CARE = r"hospitals?|hospital bed|nurses?"

# The bones a story breaks, and how it says so.
_BONES = (
    r"(?:collar.?bones?|ribs?|legs?|arms?|wrists?|ankles?|jaw|skull|hips?|nose|neck|pelvis"
    r"|bones?)"
)
_BROKEN = r"(?:broken|cracked|fractured|shattered|smashed)"
# Whose wound: "the wound", "his wound" (not "wound the clock", "the road wound down").
_OWNED = (
    "(?:"
    + "|".join(
        rf"(?<=\b{w} )"
        for w in ("his", "her", "my", "your", "their", "its", "the", "a", "this", "that")
    )
    + ")"
)

# An injury told: someone wounded or hit, a bone broken, a limb set in plaster; each
# alternative starts at one of ``STEMS``.
INJURY = (
    r"(?<!\w)(?:wounded\b|wounds\b|" + _OWNED + r"wound\b"
    rf"|{_BROKEN} (?:\w+ )?{_BONES}\b"
    r"|(?<=\bin )(?:plaster|traction)\b|(?<=\bin a )cast\b"
    r"|(?:(?<=\bI['’]m )|(?<=\bI am )|(?<=\bhe['’]s )|(?<=\bshe['’]s )|(?<=\bwas )"
    r"|(?<=\bbeen ))(?:hit|shot)\b)"
)
# The words each alternative of ``INJURY`` starts with, lower case.
STEMS = (
    "wound",
    "broken",
    "cracked",
    "fractured",
    "shattered",
    "smashed",
    "plaster",
    "traction",
    "cast",
    "hit",
    "shot",
)
_INJURY = re.compile(INJURY, re.IGNORECASE)


def injury_told(lowered: str) -> bool:
    """Return whether the story ``lowered`` (its text in lower case) tells an injury
    (``INJURY``), tried only where one of ``STEMS`` stands."""
    for stem in STEMS:
        at = lowered.find(stem)
        while at != -1:
            if _INJURY.match(lowered, at):
                return True
            at = lowered.find(stem, at + 1)
    return False
