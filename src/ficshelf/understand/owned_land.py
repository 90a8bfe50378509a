"""A surname owning a piece of land names the land: "the pond in Gorse's field".

Country narration names fields, farms and mills after their owners ("Gorse's field",
"down past Hallam's mill"), much as a capitalised head does ("Baker's Farm", handled by
``names._OWNED_PLACE``); the owner is at most alluded to. Only a word no census lists as a
given name counts ("Tom's field" is as likely Tom's own). One anchored match after a name
that takes "'s".
"""

from __future__ import annotations

import re

from ficshelf.understand.title_rules import is_given_name

_LAND = "field|fields|farm|meadow|pasture|orchard|mill|paddock|barn|pond|copse|spinney|acre|acres"
_OWNED_LAND = re.compile(rf"['’]s?[ \t]+(?:{_LAND})\b(?![’'-])")


def owns_land(text: str, name: str, end: int, stop: int) -> bool:
    """Whether the name ``name`` ending at ``end`` owns a field, a farm or a mill ("Gorse's
    field"), read no further than ``stop``; never a given name."""
    return _OWNED_LAND.match(text, end, stop) is not None and not is_given_name(name.lower())
