"""Who the "you" of a second-person story is, for the relationships pass.

A story told in the second person ("You take the lamp down from its hook") has no narrator
the narrator stage names (gold gives none), yet its "you" is one of the characters: the
others call them by name in their lines, and the speakers stage gives them the lines the
narration tags "you say", "you ask". The relationships pass needs that character wherever
the narration says "you" (present in the paragraph, "your father" their father), as it
needs a first-person narrator wherever the narration says "I".

``second_person_you`` reads the tags once: each quote's few characters after its end (and
before its start, for a tag that opens the line: 'You say, "…"') are matched against one
pattern, so it is linear in the number of quotes.
"""

from __future__ import annotations

import re
from collections import Counter

from ficshelf.model import Analysis

# The speech verbs a second-person tag uses: "you say", "you ask", "you whisper".
_VERBS = (
    "say|said|says|ask|asked|answer|answered|reply|replied|tell|told|whisper|whispered"
    "|call|called|shout|shouted|murmur|murmured|cry|cried|begin|began|manage|managed"
)
# A tag right after a quote: '"Go on," you say', '"No." You shake your head' is no tag.
# (the quote span ends inside its closing mark: '‘Emily,’ you say')
_TAG_AFTER = re.compile(rf"[\s,’'\"”]*you\s+(?:{_VERBS})\b", re.IGNORECASE)
# A tag right before it: 'You say, "Go on."', 'and you ask: "Why?"'.
_TAG_BEFORE = re.compile(rf"\byou\s+(?:{_VERBS})\s*[,:]?\s*[‘'\"“]?\Z", re.IGNORECASE)
_REACH = 24  # characters of narration a tag lies within
MIN_TAGS = 2  # a single "you say" may be a line given to the wrong speaker


def second_person_you(analysis: Analysis) -> str | None:
    """Return the character a second-person story's "you" is: the speaker the speakers
    stage gives the lines tagged "you say" (at least ``MIN_TAGS`` of them, and more than
    half of all such lines), or ``None`` when no one is clear."""
    text = analysis.text
    said = {(s.start, s.end): s.label for s in analysis.layers.get("speakers", ())}
    tagged: Counter[str] = Counter()
    for quote in analysis.layers.get("quotes", ()):
        if quote.label:
            continue
        after = _TAG_AFTER.match(text, quote.end, min(len(text), quote.end + _REACH))
        before = _TAG_BEFORE.search(text, max(0, quote.start - _REACH), quote.start)
        if after is None and before is None:
            continue
        tagged[said.get((quote.start, quote.end), "")] += 1
    named = [(count, name) for name, count in tagged.items() if name]
    if not named:
        return None
    count, name = max(named)
    return name if count >= MIN_TAGS and 2 * count > sum(tagged.values()) else None
