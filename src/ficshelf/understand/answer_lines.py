"""Whether a line answers someone: a word of answer opening it.

A line that opens with a word of answer ("Well, ...", "Oh, ...", "Indeed, ...",
"Precisely.", "Yes, ...", "Why, it is you!"), or with the words that take in news just told
("I am sorry to hear that", "Glad to hear it", "I'm so pleased to hear it": round lbt34),
answers what was said before it, and the voice that has just spoken does not answer
itself. The speakers stage reads it twice:

* where a text's paragraphs were guessed (LitBank keeps none: a new paragraph is guessed at
  every sentence that opens with a quotation mark), a tagged line and the line after it
  stand in two paragraphs even when one voice speaks both ("Go," he said. / "Now."), and
  ``sieve_turns.goes_on_after_tag`` joins them; a line that opens with an answer is not
  joined ("The paper was made abroad," I said. / "Precisely. ...").
* a line with no tag of its own that opens with an answer right after a tagged line (no
  more than ``MAX_TAG_SENTENCE`` characters of narration between) is not given to the
  voice of that tagged line, whatever the turn count or the ranker say
  (``speakers.answers_tagged_line``).

A line that opens with a question taking up the words the line before ended on ("No, I
won't send it anywhere." / "Not send it anywhere?") asks them back: another voice
(``echoes``; read by ``guessed_runs`` between two lines in adjacent paragraphs).

Reads only the first few characters of a line (and, for an echo, the end of the line
before it); nothing per pair of quotes.
"""

from __future__ import annotations

import re

from ficshelf.model import Span

# The most narration between a tagged line and the answer to it: the tag's own sentence,
# running on with a participle or a phrase ("said he, turning to the window.").
MAX_TAG_SENTENCE = 200
# A word of answer opening a line, followed by its comma or stop ("Well, I never", "Oh!").
_REPLY = re.compile(
    r"[\"'“‘]*[ \t]*(?:well|oh|ah|indeed|precisely|exactly|yes|nay|why|nonsense|"
    r"certainly|quite so|very well|of course)[,.!]",
    re.IGNORECASE,
)
# Words that take in what the other has just told ("I am sorry to hear that", "Glad to hear
# it", "I'm so very pleased to hear you say so"): nobody is sorry to hear their own news.
_HEARD_NEWS = re.compile(
    r"[\"'“‘]*[ \t]*(?:(?:I[ \t]+am|I['’]m)[ \t]+)?(?:(?:so|very|most|truly)[ \t]+){0,2}"
    r"(?:sorry|glad|pleased|delighted|happy|relieved)[ \t]+to[ \t]+hear\b",
    re.IGNORECASE,
)
# A tag that names the line an answer ("Ten," was the reply. / "Yes," came the answer.):
# after the closing mark(s), "was"/"came", a determiner, at most one word, the noun.
_TAGGED_REPLY = re.compile(
    r"[\"'”’,.!?\s]*(?:was|came)\s+(?:the|his|her|their|my|our)\s+(?:[a-z]+\s+)?"
    r"(?:reply|answer|response|rejoinder|retort)\b"
)


def opens_reply(text: str, quote: Span) -> bool:
    """Return whether the line ``quote`` opens with a word of answer ("Well, ...",
    "Oh, ...", "Precisely.") or takes in news just told ("I am sorry to hear that"), reading
    only its first few characters."""
    if _REPLY.match(text, quote.start, min(quote.end, quote.start + 16)) is not None:
        return True
    return _HEARD_NEWS.match(text, quote.start, min(quote.end, quote.start + 40)) is not None


def tagged_as_reply(text: str, quote: Span) -> bool:
    """Return whether the tag right after the line ``quote`` calls it an answer ("Ten,"
    was the reply.), reading at most 60 characters after it."""
    return _TAGGED_REPLY.match(text, quote.end, quote.end + 60) is not None


def answers(text: str, quote: Span) -> bool:
    """Return whether the line ``quote`` answers someone: it opens with a word of answer
    (``opens_reply``) or its tag calls it an answer (``tagged_as_reply``)."""
    return opens_reply(text, quote) or tagged_as_reply(text, quote)


# An echo: the question a line opens with, read for the words it takes from the line before.
_FIRST_QUESTION = re.compile(r"[^.!?]{1,80}\?")
_WORDS = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")
# How much of the line before an echo is read (its end, where the echoed words stand).
_ECHO_TAIL = 160


def echoes(text: str, prev: Span, quote: Span) -> bool:
    """Return whether the line ``quote`` opens with a question that takes up two or more
    words in a row from the end of the line ``prev`` (a word of four letters or more among
    them): "No, I won't send it anywhere." / "Not send it anywhere?" A speaker asks back
    what the other said; nobody echoes their own words. Reads the first 80 characters of
    the line and the last ``_ECHO_TAIL`` of the one before."""
    opening = _FIRST_QUESTION.match(text, quote.start, min(quote.end, quote.start + 81))
    if opening is None:
        return False
    asked = [w.lower() for w in _WORDS.findall(opening.group())]
    said = [
        w.lower() for w in _WORDS.findall(text, max(prev.start, prev.end - _ECHO_TAIL), prev.end)
    ]
    pairs = {(a, b) for a, b in zip(said, said[1:], strict=False)}
    return any(
        (a, b) in pairs and max(len(a), len(b)) >= 4 for a, b in zip(asked, asked[1:], strict=False)
    )
