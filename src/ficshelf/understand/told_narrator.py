"""A tag that says the line was spoken to the narrator: "she asked me", "he said to me".

In a first-person story a tag whose verb of speaking takes "me" for its object ("'Did you
find them all, Walter?' she asked me.", "said he to me", "she whispered to me") says who
listened: the narrator, so the untagged line that answers is the narrator's. A name the
line calls may say the same thing less surely: the narrator's given name is often another
character's too ("Walter" the narrator and "Walter Tuck" the shepherd), and the call is read
as the namesake's. So the narrator named by such a tag answers the turn before whomever its
calls name (``conversation``). In a second-person story the object is "you".

``told_narrator`` reads the text right after each of the turn's quotes, and right before
its first, no further than the next quote's opening mark or a sentence's end, a fixed
number of characters at most: linear in the number of quotes.
"""

from __future__ import annotations

import re

from ficshelf.understand.fast_regex import compile_fast
from ficshelf.understand.speaker_context import Context, QuoteState
from ficshelf.understand.speech_verbs import SPEECH_VERB, compile_with_verbs
from ficshelf.understand.story_marks import MARKS

# How far from a quote its tag is read.
_REACH = 60
# A verb of speaking, at most one adverb, "to" or not, then the narrator's word: "asked
# me", "said to me", "whispered softly to me", "answered you".
_TO_SELF = compile_with_verbs(
    r"\b(?:"
    + SPEECH_VERB.pattern
    + r")(?:\s+[a-z]+ly)?\s+(?:to\s+)?(me|you)\b(?!\s+(?:that|to)\b)",
    re.IGNORECASE,
)
# Where a tag's stretch of narration ends: the next quote's opening mark, or a sentence's
# end after a word ("she asked me. Then ...").
_STOP = compile_fast(r"[“\"‘]|(?<=[a-z])[.!?;]")  # (tried only at those marks)


def told_narrator(ctx: Context, turn: list[QuoteState]) -> str:
    """Return the narrator when a tag of ``turn`` says its line was spoken to them ("she
    asked me" in a first-person story, "he told you" in a second-person one), else ""."""
    narrator = ctx.cast.narrator
    self_word = {"first": "me", "second": "you"}.get(ctx.pov, "")
    if not narrator or not self_word or turn[0].label == narrator:
        return ""
    text = ctx.text
    pieces = [(q.span.end, min(len(text), q.span.end + _REACH)) for q in turn]
    para_start = ctx.paragraphs[turn[0].para].start
    pieces.append((max(para_start, turn[0].span.start - _REACH), turn[0].span.start))
    for start, end in pieces:
        stretch = text[start:end]
        if end != turn[0].span.start:  # after a quote: up to the next quote or a stop
            stretch = stretch.lstrip(MARKS)
            stop = _STOP.search(stretch)
            stretch = stretch[: stop.start()] if stop else stretch
        else:  # before the first quote: from the last quote's close or sentence's end
            stretch = stretch.rstrip().rstrip(MARKS)
            stops = list(_STOP.finditer(stretch))
            stretch = stretch[stops[-1].end() :] if stops else stretch
        if self_word not in stretch.lower():
            continue  # (no "me"/"you": no such tag, and the long search is spared)
        found = _TO_SELF.search(stretch)
        if found is not None and found.group(1).lower() == self_word:
            return narrator
    return ""
