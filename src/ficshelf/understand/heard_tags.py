"""A line the narration says someone heard: '"…," Mary heard her say.', '"…," I heard one
small boy grumbling.'

English often tags a line from its listener's side: the subject of "heard" (or "could
hear", "overheard") is the hearer, and the person after it, before a verb of speech or a
verb in "-ing" ("heard her say", "heard one small boy grumbling"), is the speaker. The
hearer is the one name such a sentence holds, so the sieve's narration steps and the
ranker gave the line to them. Read after the ranker (``speakers``, rule ``heard``):

* a newcomer after "heard" ("one small boy", "a man", "an old woman": "a"/"an"/"one", at
  most three modifiers, a person noun) is the line's speaker, as a description's tag is
  (``described_tags``; no character is made of them);
* "him"/"her"/"them" after "heard": the line is not the hearer's; when it went to the
  hearer, it goes back to the sieve's choice, if that was someone else.

Only the sentence right after the line (at most ``_REACH`` characters, no line between);
one regex per line, tried only where "heard" or "hear" stands there.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ficshelf.understand.description_words import noun_key
from ficshelf.understand.person_nouns import PERSON_NOUNS
from ficshelf.understand.speaker_context import Context

RULE = "heard"
_REACH = 90
# After a line: the closing mark, the hearer (a name of one to three capitalised words, or a
# pronoun), "heard", the speaker's phrase and its verb.
_HEARD = re.compile(
    r"[\"'”’\s,]*(?P<hearer>I|[Hh]e|[Ss]he|[Ww]e|[Tt]hey|[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,2})"
    r"\s+(?:had\s+|could\s+|then\s+)?(?:heard|hear|overheard)\s+"
    r"(?P<who>[\w'’-]+(?:\s+[\w'’-]+){0,4}?)\s+"
    r"(?P<verb>say|said|saying|cry|crying|call|calling|ask|asking|answer|answering|"
    r"exclaim|exclaiming|mutter|muttering|whisper|whispering|murmur|murmuring|shout|shouting|"
    r"[a-z]+ing)\b"
)
_NEWCOMER_WORDS = frozenset(("a", "an", "one"))
_MODIFIERS = 3
_OBJECT_PRONOUNS = frozenset(("him", "her", "them"))


def heard_speakers(ctx: Context, sieve: Sequence[str]) -> dict[int, str]:
    """Return ``{quote index: speaker}`` for the lines a "heard" sentence right after them
    gives another speaker than the one they have (see the module docstring); ``sieve``:
    each quote's sieve choice, before the ranker."""
    text, quotes = ctx.text, ctx.quotes
    found: dict[int, str] = {}
    for k, quote in enumerate(quotes):
        end = quote.span.end
        stop = quotes[k + 1].span.start if k + 1 < len(quotes) else len(text)
        stop = min(stop, end + _REACH)
        if text.find("hear", end, stop) < 0:
            continue  # (a scan in C: most lines are heard by no one)
        m = _HEARD.match(text, end, stop)
        if m is None:
            continue
        hearer = _hearer(ctx, m)
        who = m.group("who")
        words = who.split()
        if words[0].lower() in _NEWCOMER_WORDS and _newcomer(words):
            label = " ".join(words)
            found[k] = label[:1].lower() + label[1:]
            continue
        if (
            len(words) == 1
            and words[0].lower() in _OBJECT_PRONOUNS
            and hearer
            and quote.label == hearer
            and sieve[k]
            and sieve[k] != hearer
        ):
            found[k] = sieve[k]
    return found


def _newcomer(words: Sequence[str]) -> bool:
    """Whether ``words`` (after "a"/"an"/"one") are at most ``_MODIFIERS`` lower-case
    modifiers and a person noun, and nothing after it."""
    rest = words[1:]
    return (
        0 < len(rest) <= _MODIFIERS + 1
        and all(w.islower() for w in rest)
        and noun_key(rest[-1]) in PERSON_NOUNS
    )


def _hearer(ctx: Context, m: re.Match[str]) -> str:
    """Return the character the hearer of match ``m`` is: the narrator for "I", the
    character a name there is, else ""."""
    word = m.group("hearer")
    if word == "I":
        return ctx.cast.narrator
    mention = ctx.cast.first_in(m.start("hearer"), m.end("hearer"))
    return mention.label if mention is not None else ""
