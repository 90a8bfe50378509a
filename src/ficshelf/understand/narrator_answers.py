"""Whether the first-person narrator answers a line: the paragraph after it opens with the
narrator's reply told in the narration ("I said I did not know.", "I told him the truth.",
"I promised.").

A new paragraph is a new turn: an untagged line that calls someone by name and is answered,
right after, by the narrator is another person's line said to the narrator, whom it calls
(``narrator.find_narrator`` weighs such a call as one in another's tagged line):

    "Dunmore, what were you doing in the second half?"

    I said I did not know.

The narrator's own call is answered by the one called ('"Lottie, what is it?"' / "She
nodded."), or followed by the narrator acting ("I held out my hand.") or saying the line
again ("I said it twice more before he stirred."): none of those is an answer here. A reply
is a verb of answering right after the paragraph's opening "I" (an adverb in "-ly" may
stand between: "I quietly said"), followed by what was said, never by "it" with no verb of
its own after it ("said it did not matter", not "said it twice more"), nor by "again",
"once" or "twice".

Reads the first few dozen characters of one paragraph; nothing else.
"""

from __future__ import annotations

import functools
import re

from ficshelf.model import Span
from ficshelf.understand.tense_words import is_past_form


# The narrator's reply opening a paragraph: "I", perhaps an adverb in -ly, a verb of
# answering, then what follows it up to the sentence's end (at most 40 characters read).
@functools.cache
def _reply() -> re.Pattern[str]:
    """The narrator's reply opening a paragraph, compiled the first time a first-person
    story's call goes unanswered by a quoted line (one story in seven needs it)."""
    return re.compile(
        r"[ \t\n]*I[ \t]+(?:[a-z]+ly[ \t]+)?"
        r"(?:said|told|asked|answered|replied|promised|thanked|agreed|nodded)\b"
        r"(?P<rest>[^.!?\n]{0,40})"
    )


_WORD = re.compile(r"[A-Za-z'’]+")
# Words after the verb that say the line before was the narrator's, said again.
_AGAIN = frozenset(("again", "once", "twice"))
# Present-tense verbs and modals that make "it" a clause's subject ("said it is late").
_PRESENT_VERBS = frozenset(
    "is does has will would can could may might must should shall seems".split()
)


def narrator_replies(text: str, para: Span) -> bool:
    """Return whether paragraph ``para`` opens with the narrator's reply told in the
    narration ("I said I did not know.", "I told him the truth.", "I promised."): "I" and
    a verb of answering first, and after the verb no "again", "once", "twice", nor an "it"
    with no verb of its own ("I said it twice more": the narrator's line said again)."""
    m = _reply().match(text, para.start, min(para.end, para.start + 80))
    if m is None:
        return False
    words = [w.lower() for w in _WORD.findall(m.group("rest"))[:2]]
    if not words:
        return True  # "I promised."
    if words[0] in _AGAIN:
        return False
    if words[0] == "it":
        return len(words) > 1 and (words[1] in _PRESENT_VERBS or is_past_form(words[1]))
    return True
