"""Split lines: one sentence of speech that its own tag cuts in two ("I didn't know, sir,"
she began, "that you were in."). Both halves are the same speaker's, whatever the ranker
makes of the second half on its own.

``continues_split_line`` tells whether a quote is the second half of the quote before it:
the first half ends with a comma (its sentence goes on), and the narration between them is
one clause, holding a verb of speaking, with no sentence end or line break, that ends with
a comma before the second half's opening mark. A quote that follows a finished sentence
("Go." He turned. "Now.") or a paragraph break is a new line, which may be anyone's.
"""

from __future__ import annotations

import re

from ficshelf.model import Span
from ficshelf.understand.fast_regex import compile_fast
from ficshelf.understand.name_tables import NOT_AFTER_TITLE
from ficshelf.understand.speech_verbs import is_speech_verb
from ficshelf.understand.story_marks import MARKS

_MARKS = " \t" + MARKS
# The narration between the halves: closing mark(s), a clause without a sentence end or
# line break, a comma, the opening mark(s).
_TAG_CLAUSE = re.compile(r"\A[\"'”’]*[ \t]+([^\n!?;:\"'“”‘’]+?),[ \t]*[\"'“‘]*\Z")
# A full stop that ends a sentence; the period of a title ("Mr. Bennet") does not.
_FULL_STOP = compile_fast(NOT_AFTER_TITLE + r"\.")
_WORD = re.compile(r"[^\W\d_]+")


def continues_split_line(text: str, first: Span, second: Span) -> bool:
    """Return whether ``second`` (the next quote) is the second half of the line ``first``
    that a speech tag splits (``"Leave it," he said, "on the chair."``)."""
    if not text[first.start : first.end].rstrip(_MARKS).endswith(","):
        return False
    clause = _TAG_CLAUSE.match(text[first.end : second.start])
    if not clause or _FULL_STOP.search(clause.group(1)):
        return False
    return any(is_speech_verb(w) for w in _WORD.findall(clause.group(1)))
