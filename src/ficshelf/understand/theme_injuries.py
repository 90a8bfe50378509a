"""Care that an injury explains (round warn45; pure data, for the "themes" stage's cue tally,
``theme_cue_tally``): a hospital, a hospital bed and a nurse are weak cues of an illness
(``theme_life_cues``), but in a story that tells an injury (someone wounded or hit, a broken
bone, a limb in plaster) they are where the injured are taken, no one's sickness. The fresh
canons of stops 44 and 45 showed it in two stories and seven cues with no illness in the gold:
a soldier promised "a hospital bed by Sunday with a nurse" for his wound, a driver who wakes
in a hospital after a crash, with its nurses, beside a woman with cracked ribs.

``CARE`` is what such a cue is (the words of the illness cue it matched, whole);
``INJURY`` is the anchor ``injury in the story`` of ``theme_conditional.ANCHORS``, searched
in the whole story, not the paragraph: the wound is told in one scene, the ward in the next.
A care word counts for nothing in a story that has one; every other illness cue (a fever, a
cough, a named disease) counts as before, so a wound that festers is still an illness.
"""

from __future__ import annotations

# The illness cues that name only where and by whom someone is cared for.
CARE = r"hospitals?|hospital bed|nurses?"

# The bones a story breaks, and how it says so.
_BONES = (
    r"(?:collar.?bones?|ribs?|legs?|arms?|wrists?|ankles?|jaw|skull|hips?|nose|neck|pelvis"
    r"|bones?)"
)
_BROKEN = r"(?:broken|cracked|fractured|shattered|smashed)"

# An injury told: someone wounded or hit, a bone broken, a limb set in plaster.
INJURY = (
    r"\b(?:wounded|(?:his|her|my|your|their|its|the|a|this|that) wounds?\b"
    rf"|{_BROKEN} (?:\w+ )?{_BONES}\b"
    rf"|{_BONES} (?:was|were|is|are|had been|has been|have been) {_BROKEN}\b"
    r"|in (?:plaster|a cast|traction)\b"
    r"|(?:I['’]m|I am|he['’]s|she['’]s|I was|he was|she was|been) (?:hit|shot)\b)"
)
