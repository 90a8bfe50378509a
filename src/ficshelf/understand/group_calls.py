"""A reply to a line that calls a group: the group answers ("How much, gentlemen?" /
"Five hundred.").

A line that calls its listeners by a plural noun ("gentlemen", "ladies", "boys", "my
friends") speaks to a group, and the untagged line right after it, when nothing but
turn-taking decided it, is the group's answer: one of them, whom the text does not name.
Turn-taking gives it instead to the scene's other voice, most often the person the caller
talks about or to in the same scene (the girl an auctioneer sells, the captain who stands
by). The line keeps the group word as its speaker (``group_answers``), after the sieve and
the ranker, as a description's tag does (``described_tags``); it becomes no character.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ficshelf.understand.run_parity import COUNTED
from ficshelf.understand.speaker_context import QuoteState

# A plural noun of address set off as a call: after the line's start or a mark (or "O",
# "oh", "now", "well", "my"), before a mark. ("Ladies and gentlemen, …", "Now, boys!")
_GROUP = (
    r"ladies\s+and\s+gentlemen|gentlemen|ladies|boys|girls|lads|lasses|men|friends|children"
    r"|brothers|sisters|brethren|folks|fellows|comrades|neighbours|neighbors|sirs|mates"
)
_CALL = re.compile(
    r"(?:^|[,.!?;:—–(]\s*|--\s*)(?:(?:[Oo]h?|[Nn]ow|[Ww]ell|[Mm]y|[Dd]ear|[Gg]ood)\s+)?"
    rf"(?P<group>(?i:{_GROUP}))(?=\s*(?:[,.!?;:—–)]|--))"
)
# How far apart a call and the untagged reply may be (characters of narration between).
_REACH = 200
SCORE_GROUP = 0.6  # the confidence in a line a group call's reply is given


def group_call(text: str, start: int, end: int) -> str:
    """Return the group word the quote ``text[start:end]`` calls its listeners by
    ("gentlemen"), lower case, or "" when it calls no group."""
    m = _CALL.search(text[start:end])
    return " ".join(m.group("group").lower().split()) if m else ""


def _asks(text: str, quote: QuoteState) -> bool:
    return text.find("?", quote.span.start, quote.span.end) >= 0


def group_answers(text: str, quotes: Sequence[QuoteState], guessed: bool) -> dict[int, str]:
    """Return ``{quote index: group word}`` for each line that only turn-taking decided,
    right after a line that calls a group (``group_call``), with at most ``_REACH``
    characters between them."""
    found: dict[int, str] = {}
    for k in range(1, len(quotes)):
        quote = quotes[k]
        if quote.hint or quote.tagged or quote.label and quote.rule and quote.rule not in COUNTED:
            continue  # a cue of its own decided it (``run_parity.counted``)
        prev = quotes[k - 1]
        if not 0 <= quote.span.start - prev.span.end <= _REACH:
            continue
        if guessed and (prev.tagged or prev.hint) and not _asks(text, prev):
            continue  # "Really, girls, …," said Meg. / "You are old enough …": Meg goes on
        group = group_call(text, prev.span.start, prev.span.end)
        if group:
            found[k] = group
    return found
