"""Who is present in the scene at each line (round S25).

A reader of a conversation keeps a record of who is in the room: the people the narration
shows acting ("Ann crossed to the window"), the ones who come in ("Tom came in with the
tea") and go out ("the maid left"), the ones the lines' own speech tags put there, and the
ones somebody present calls by name ("Sit down, Ben."). A name that is only talked about
("My father was a sailor, Captain Hale.") puts nobody in the room, nor does one the
narration mentions in passing without making them act. A scene break or a heading clears
the record, and so does a long stretch of text in which a person gives no sign (20
paragraphs, or 50,000 characters: a story saved without its line breaks is one paragraph).

``scene_presence`` walks the narration mentions and the quotes once, in text order, and
returns for each quote of ``ctx.quotes`` the state of every person the record holds just
before the quote opens: ``PRESENT`` (acted, arrived, spoke by a tag, was called by name)
or ``LEFT`` (the last sign was a departure). Linear in the mentions and quotes; the copy
per quote is bounded by the people of one scene, or of ``REACH_CHARS`` characters.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import deque

from ficshelf.understand.speaker_context import Context, QuoteState
from ficshelf.understand.speaker_turns import SURE

PRESENT = "present"
LEFT = "left"
# A sign of presence older than this many paragraphs no longer counts (a long gap).
REACH_PARAS = 20
# ... or than this many characters, so that a text without paragraphs (a story on one line)
# keeps a record of the people near the line, not of everyone in the text (which made each
# quote's copy grow with the text: quadratic). Twenty paragraphs of prose are far shorter.
REACH_CHARS = 50_000
# How far after a name the narration is read for an arrival or a departure (characters).
_VERB_REACH = 40
# What may stand between a name and its verb: "Tom had just come in", "the maid quietly left".
_BEFORE_VERB = r"[\s,]+(?:[a-z]+ly\s+|had\s+|has\s+|just\s+|now\s+|then\s+)*"
# "Tom came in", "Ann, pale and tired, entered", "the maid appeared at the door".
_ARRIVES = re.compile(
    _BEFORE_VERB
    + r"(?:came|comes|come|entered|enters|appeared|appears|arrived|arrives|returned|returns|"
    r"(?:walked|stepped|burst|hurried|rushed|ran|looked|put\s+(?:his|her)\s+head)\s+in\b|"
    r"joined|joins|approached|approaches|reappeared|reappears)\b"
)
# "Tom left", "the maid went out", "Ann was gone".
_LEAVES = re.compile(
    _BEFORE_VERB
    + r"(?:left|leaves|departed|departs|withdrew|withdraws|disappeared|disappears|vanished|"
    r"(?:went|goes|walked|walks|hurried|hurries|ran|runs|stepped|steps|slipped|slips|"
    r"stormed|storms|stalked|stalks)\s+(?:out|away|off)\b|was\s+gone|is\s+gone)\b"
)


def _state_after(text: str, end: int) -> str:
    window = text[end : end + _VERB_REACH]
    if _LEAVES.match(window):
        return LEFT
    if _ARRIVES.match(window):
        return PRESENT
    return ""


def scene_presence(ctx: Context) -> list[dict[str, str]]:
    """Return, per quote of ``ctx.quotes`` (in order), the people the scene's record holds
    just before the quote opens, each ``PRESENT`` or ``LEFT`` (see the module docstring).
    The signs: a narration mention that is a subject (opens its sentence or a speech tag)
    or is followed by a verb of arriving; a narration mention followed by a verb of
    leaving (``LEFT``); a quote's speaker decided by its tag, and the people a quote calls
    by name (``QuoteState.addressed``), from the end of that quote on. Never a name a quote
    only talks about."""
    cast, text = ctx.cast, ctx.text
    starts = ctx.paragraph_starts
    breaks = ctx.breaks
    narration = cast.narration
    subjects = cast.subjects
    record: dict[str, tuple[str, int, int]] = {}  # name: (state, paragraph, offset)
    scene = -1
    out: list[dict[str, str]] = []
    pending: deque[QuoteState] = deque()  # quotes whose signs count once they are passed
    k = 0

    def para_of(pos: int) -> int:
        return max(0, bisect_right(starts, pos) - 1)

    def enter_scene(para: int) -> None:
        nonlocal scene
        here = breaks[para] if breaks and para < len(breaks) else 0
        if here != scene:
            record.clear()
            scene = here

    def note(name: str, state: str, para: int, pos: int) -> None:
        if name:
            record[name] = (state, para, pos)

    def settle(upto: int) -> None:
        """Take in the signs of the quotes already passed that end at or before ``upto``."""
        while pending and pending[0].span.end <= upto:
            quote = pending.popleft()
            para = quote.end_para
            enter_scene(para)
            if quote.label and (quote.tagged or quote.score >= SURE):
                note(quote.label, PRESENT, para, quote.span.end)
            for name in quote.addressed:
                note(name, PRESENT, para, quote.span.end)

    for quote in ctx.quotes:
        start = quote.span.start
        while k < len(narration) and narration[k].start < start:
            mention = narration[k]
            settle(mention.start)
            para = para_of(mention.start)
            enter_scene(para)
            state = _state_after(text, mention.end)
            if not state and k in subjects:
                state = PRESENT
            if state:
                note(mention.label, state, para, mention.start)
            k += 1
        settle(start)
        enter_scene(quote.para)
        stale = [
            name
            for name, (_, para, pos) in record.items()
            if quote.para - para > REACH_PARAS or start - pos > REACH_CHARS
        ]
        for name in stale:
            del record[name]
        out.append({name: state for name, (state, _, _) in record.items()})
        pending.append(quote)
    return out
