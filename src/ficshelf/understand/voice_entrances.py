"""A line first only heard, whose speaker the narration names as they come into view.

'"Here!" says a voice from the back of the cart. / Out climbs Tom, with straw in his hair.',
'Then there were boots on the stair, and a voice. / "Is she up?" Ned stopped in the door.':
the text gives the line to "a voice" and names its owner only after it, as the narration
turns to look. The sieve and the ranker read the name of whoever the narration last
followed (the listener) or count the turns past the newcomer. Read after the ranker, before
the turns are counted on (``speakers``, ``speaker_carry``), so a run follows the mended
line:

* a line is **heard** when its tag is "a voice" ('…," said a voice from the door.', '…,"
  came a low voice.'), or when the narration right before it, in its paragraph or the
  paragraph before with no line between, brings in "a voice" ("and a voice, and the door
  flew open."), not "in a voice" or "with a voice" (a known speaker's manner);
* the heard voice says that line and the lines after it in its paragraph;
* its owner is the first character the narration names after those lines, before the next
  line and within ``_REACH`` characters, unless that character spoke the line before the
  voice (the one answered, who turns to look) or the name is the subject of a verb of
  looking or starting ("Tom turned", "Ann looked up"): the listener's reaction.

One scan of the text for "voice" (in C); the regexes only at the lines next to one.
"""

from __future__ import annotations

import re
from bisect import bisect_right

from ficshelf.understand.speaker_context import Context

SCORE_ENTRANCE = 0.7
# How far after the heard lines the owner's name may stand, and before a line how far back
# the narration bringing the voice in may.
_REACH = 300
_BEFORE = 200
# A tag of "a voice" right after a line: a closing mark, an optional verb of speech, "a",
# at most two lower-case modifiers, "voice" ("said a voice", "came a deep voice", "a voice
# said").
_VOICE_TAG = re.compile(
    r"[\"'”’,.!?…\s—–-]*(?:(?:said|says|called|calls|cried|cries|came|comes|answered|"
    r"answers|replied|replies|asked|asks|whispered|whispers|shouted|shouts|spoke|speaks)\s+)?"
    r"a\s+(?:[a-z]+,?\s+){0,2}?voice\b(?!['’]s)"
)
# "a voice" in narration, not a manner ("in a low voice", "with a voice like ...").
_VOICE_NARRATED = re.compile(
    r"(?<![\w'’-])(?:[Aa])\s+(?:[a-z]+,?\s+){0,2}?voice\b(?!['’]s)(?!\s+of\b)"
)
_MANNER = frozenset(("in", "with", "such", "own", "of", "had", "has", "have", "like"))
# Verbs of a listener's reaction: the name before them turns toward the voice.
_REACTION = re.compile(
    r"\s+(?:had\s+)?(?:turned|turns|looked|looks|glanced|glances|started|starts|jumped|"
    r"jumps|spun|spins|whirled|whirls|froze|freezes|stiffened|stiffens|blinked|blinks|"
    r"gasped|gasps|swung|swings|wheeled|wheels|raised|raises|lifted|lifts)\b"
)


def voice_owners(ctx: Context) -> dict[int, str]:
    """Return ``{quote index: speaker}`` for the lines a heard voice says whose owner the
    narration names right after them (see the module docstring)."""
    text, quotes, cast = ctx.text, ctx.quotes, ctx.cast
    found: dict[int, str] = {}
    done = -1
    for k in _near_voices(ctx):
        if k <= done or not _heard(ctx, k):
            continue
        last = k
        while last + 1 < len(quotes) and quotes[last + 1].para == quotes[k].end_para:
            last += 1
        end = quotes[last].span.end
        stop = quotes[last + 1].span.start if last + 1 < len(quotes) else len(text)
        stop = min(stop, end + _REACH)
        mention = cast.first_in(end, stop)
        if mention is not None and mention.end <= stop:
            owner = mention.label
            answered = quotes[k - 1].label if k else ""
            if owner and owner != answered and not _REACTION.match(text, mention.end):
                for j in range(k, last + 1):
                    found[j] = owner
        done = last
    return found


def _near_voices(ctx: Context) -> list[int]:
    """Return, in order, the quotes next to a "voice" of the narration (the quote before it
    and the quote after it): the only ones ``_heard`` may find said by a voice. One scan of
    the text in C; most stories hear few voices."""
    text, starts = ctx.text, ctx.quote_starts
    near: set[int] = set()
    at = text.find("voice")
    while at >= 0:
        k = bisect_right(starts, at)
        near.update(j for j in (k - 1, k) if 0 <= j < len(starts))
        at = text.find("voice", at + 5)
    return sorted(near)


def _heard(ctx: Context, k: int) -> bool:
    """Whether quote ``k`` is said by "a voice": its tag, or the narration right before it."""
    text, quotes = ctx.text, ctx.quotes
    quote = quotes[k]
    end = quote.span.end
    after = quotes[k + 1].span.start if k + 1 < len(quotes) else len(text)
    after = min(after, end + 60)
    if text.find("voice", end, after) >= 0 and _VOICE_TAG.match(text, end, after):
        return True
    start = quote.span.start
    before = quotes[k - 1].span.end if k else 0
    before = max(before, start - _BEFORE)
    if quote.para:  # no further back than the paragraph before
        before = max(before, ctx.paragraphs[quote.para - 1].start)
    if text.find("voice", before, start) < 0:
        return False
    return any(not _manner(text, m.start()) for m in _VOICE_NARRATED.finditer(text, before, start))


def _manner(text: str, pos: int) -> bool:
    """Whether the word before ``pos`` makes "a voice" a manner ("in a low voice")."""
    words = text[max(0, pos - 12) : pos].split()
    return bool(words) and words[-1].lower().strip(",") in _MANNER


def give_voice_owners(ctx: Context) -> None:
    """Give each line a heard voice says its owner (``voice_owners``), with
    ``SCORE_ENTRANCE``; its rule stays the sieve's, so the turns counted on from it follow."""
    for k, owner in voice_owners(ctx).items():
        ctx.quotes[k].label, ctx.quotes[k].score = owner, SCORE_ENTRANCE
