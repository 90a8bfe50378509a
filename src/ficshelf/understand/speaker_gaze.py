"""Whom a turn's speaker looks at: the listener a glance names (round spk29).

A line is spoken to someone, and when the words call no one by name the narration often
says whom by a look: "She looked at Tom again, up and down. 'You've done well for yourself,
I see.'", "'Ahai,' said he, softly, looking at Kim on the bed.", "He looked at me. 'You
will want to go to the old people.'" A reader takes the one looked at (turned to, smiled
at, nodded to) for the listener, and so for the one who answers the line, as if the line
had called them.

``gaze_listener`` reads the narration of a turn's paragraphs (outside its quotes, and no
further than a few hundred characters from them) for a
verb of looking followed by "at"/"to"/"towards" and a character's name, or, in a first- or
second-person story, "me"/"you" (the narrator). The conversation pass lets the one found
answer the turn when the turn called no one by name (``conversation``). One bounded regex
per narration mention near a turn and one bounded pass around each turn: linear in the
text, even where a whole story is one paragraph.
"""

from __future__ import annotations

import re
from bisect import bisect_right

from ficshelf.understand.fast_regex import compile_fast
from ficshelf.understand.speaker_context import Context, QuoteState

# A verb of looking (or of a look's gesture: a smile, a nod, a wink), an adverb or two, and
# the preposition that points it at someone: "looked at", "turned to", "glancing sideways
# at", "smiled across at", "nodded to", "looking directly at".
_LOOK = (
    r"\b(?:look(?:ed|s|ing)?|glanc(?:ed|es|ing)|turn(?:ed|s|ing)|star(?:ed|es|ing)|"
    r"gaz(?:ed|es|ing)|peer(?:ed|s|ing)|smil(?:ed|es|ing)|grinn(?:ed|ing)|grins|"
    r"nodd(?:ed|ing)|nods|wink(?:ed|s|ing)|frown(?:ed|s|ing))"
    r"(?:\s+(?:\w+ly|up|down|round|around|across|over|back|again|sideways))*"
    r"\s+(?:at|to|towards|toward|upon)\s+"
)
# The look right before a name (the window ends where the name starts).
_LOOK_BEFORE = compile_fast(_LOOK + r"(?:(?:Mr|Mrs|Miss|Ms|Dr)\.?\s+)?$", re.IGNORECASE)
# The look at the narrator of a first- (group 1 "me") or second-person ("you") story.
_LOOK_AT_SELF = compile_fast(_LOOK + r"(me|you)\b", re.IGNORECASE)
# The narrator's word as ``_LOOK_AT_SELF`` ends on it: a whole word after a space, in any
# case. A stretch without one holds no look at the narrator, and is not scanned for the
# verbs (their first letters are a third of a text's; "me" after a space is rare): round
# speed36. (Opening with a letter, the search skips in C to it.)
_SELF_WORD = {
    "me": re.compile(r"[Mm](?<=\s[Mm])[Ee]\b"),
    "you": re.compile(r"[Yy](?<=\s[Yy])[Oo][Uu]\b"),
}
# How far before a name the look is read.
_REACH = 48
# How far from a turn's quotes its narration is read for a look, and how far back a look's
# sentence is read for another name.
_NEAR = 300


def gaze_listener(ctx: Context, turn: list[QuoteState]) -> str:
    """Return the character the narration of ``turn``'s paragraphs says is looked at
    ("She looked at Tom", "said he, looking at Kim", "He looked at me" in a first-person
    story), the last such look first; "" when none, or when the one looked at is the
    turn's own speaker (as the sieve has it so far). A look whose sentence names someone
    else before it is that one's, not the speaker's (``_another_looks``)."""
    text, cast = ctx.text, ctx.cast
    # the turn's paragraphs, no further than ``_NEAR`` from its quotes (so each turn costs
    # a bounded read even where a whole text is one paragraph)
    start = max(ctx.paragraphs[turn[0].para].start, turn[0].span.start - _NEAR)
    end = min(ctx.paragraphs[turn[-1].end_para].end, turn[-1].span.end + _NEAR)
    speaker = turn[0].label
    found: list[tuple[int, str]] = []
    k = cast.first_at(start)
    while k < len(cast.narration) and cast.narration[k].start < end:
        mention = cast.narration[k]
        k += 1
        if _LOOK_BEFORE.search(text, max(start, mention.start - _REACH), mention.start):
            if not _another_looks(ctx, mention.start, speaker, mention.label):
                found.append((mention.start, mention.label))
    narrator = cast.narrator
    self_word = {"first": "me", "second": "you"}.get(ctx.pov, "")
    if narrator and self_word and _SELF_WORD[self_word].search(text, start, end):
        for look in _LOOK_AT_SELF.finditer(text, start, end):
            at = look.start(1)
            if look.group(1).lower() == self_word and not _in_quote(ctx, at):
                if not _another_looks(ctx, at, speaker, narrator):
                    found.append((at, narrator))
    for _, name in sorted(found, reverse=True):
        if name != speaker:
            return name
    return ""


def _another_looks(ctx: Context, at: int, speaker: str, looked_at: str) -> bool:
    """Return whether the sentence of the look at ``at`` names, before it, a character
    other than the turn's ``speaker`` and the one looked at: "Tom looked at Ann." in a
    paragraph where Mary speaks is Tom's look, which says nothing of Mary's listener."""
    cast = ctx.cast
    s = bisect_right(ctx.sentence_starts, at) - 1
    sentence_start = max(ctx.sentence_starts[s] if s >= 0 else 0, at - _NEAR)
    k = cast.first_at(sentence_start)
    while k < len(cast.narration) and cast.narration[k].start < at:
        if cast.narration[k].label not in (speaker, looked_at):
            return True
        k += 1
    return False


def _in_quote(ctx: Context, pos: int) -> bool:
    """Return whether ``pos`` stands inside one of the story's quotes."""
    k = bisect_right(ctx.quote_starts, pos) - 1
    return k >= 0 and pos < ctx.quotes[k].span.end
