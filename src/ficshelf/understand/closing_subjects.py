"""Who speaks first after a paragraph of narration: the one its last sentence opens with.

(Round L21.) A line that opens the paragraph right after narration, untagged, is most
often said by whoever the narration's last sentence is about: the one who moved or began
last ("The auctioneer began by praising the horse." / "Sound in wind and limb, gentlemen!").
``conversation.closing_subject`` reads a "he"/"she" there; ``closing_named_subject`` reads
a character known only by a description ("The old porter") standing as that sentence's
subject, which the rule after it (``narration_subject``) would pass over for the first
subject of the whole paragraph. A name standing there is left to the rules after (taking it
too lost lines on tuning stories the round did not study).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ficshelf.understand.speaker_context import Context

# What may stand before the subject at a sentence's opening: marks, "Then", "At last" (the
# source of a pattern: ``conversation`` reads a "he"/"she" after it).
SENTENCE_LEAD = (
    r"[\s\"'“”‘’*_(—–-]*(?:(?:[Tt]hen|[Nn]ow|[Aa]nd|[Bb]ut|[Ss]o|[Aa]t last|[Ff]inally|[Ss]till)"
    r",?\s+)?"
)
_LEAD = re.compile(SENTENCE_LEAD)


def closing_named_subject(ctx: Context, start: int, end: int, excluded: Sequence[str]) -> str:
    """Return the character whose narration mention opens the sentence at ``start`` (up to
    ``end``) as its subject, unless ``excluded`` (addressed or named by the turn); "" for
    none."""
    lead = _LEAD.match(ctx.text, start, end)
    at = lead.end() if lead is not None else start
    cast = ctx.cast
    k = cast.first_at(at)
    if k >= len(cast.narration) or cast.narration[k].start != at or k not in cast.subjects:
        return ""
    name = cast.narration[k].label
    # a character known only by a description ("the auctioneer", "a man"): a name's
    # closing subject is left to the rules after (one more rule for names lost on 86-110)
    if not name[:1].islower() or name in excluded:
        return ""
    return name
