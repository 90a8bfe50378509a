"""Kin words a line of dialogue says of its own speaker or listener: "You're my brother."
makes the listener the speaker's brother, "I am your mother" the speaker the listener's
mother, "You are my wife" the two spouses. The line's two sides are its speaker and the one
it is said to, whom the relationships pass knows; the kin word needs no name beside it.

``said_of`` reads a few characters before the possessive of a kin word in a quote, so it
costs a bounded look per such word."""

from __future__ import annotations

import re

# "you are" / "I am" right before the possessive ("You're my", "you were my", "thou art
# my"; "I'm your", "I was your"), with nothing between: "you're not my mother" and "you
# are like my brother" deny or compare, and say nothing of kin.
_YOU_ARE = re.compile(r"\b(?:you(?:['’]re|\s+are|\s+were)|thou\s+art)\s+\Z", re.IGNORECASE)
_I_AM = re.compile(r"\b(?:i['’]m|i\s+am|i\s+was)\s+\Z", re.IGNORECASE)
_REACH = 16  # characters before the possessive the verb stands within
# A kin word that owns something ("You are my son's wife", "my brother's keeper") is not
# the one the line speaks to.
_OWNS = re.compile(r"['’]s?\b")
# Kinship by choice, not birth: "You're my brother in all but blood", "my sister by choice",
# "in every way that matters" (friends in fan fiction say it of each other).
_CHOSEN = re.compile(
    r"[\s,—–-]*(?:in\s+all\s+but|in\s+everything\s+but|by\s+choice|not\s+by\s+blood"
    r"|in\s+every\s+way|if\s+not\s+by\s+blood)",
    re.IGNORECASE,
)
_CHOSEN_REACH = 40


def said_of(text: str, possessive_start: int, word: str, kin_end: int) -> str | None:
    """Return "listener" when the kin word ending at ``kin_end``, after the possessive
    ``word`` ("my", "your", lower-cased) starting at ``possessive_start``, is said of the
    line's listener ("You're my brother."), "speaker" when of its speaker ("I am your
    mother."), else ``None``."""
    if _OWNS.match(text, kin_end, kin_end + 2):
        return None
    if _CHOSEN.match(text, kin_end, kin_end + _CHOSEN_REACH):
        return None
    before = max(0, possessive_start - _REACH)
    if word == "my" and _YOU_ARE.search(text, before, possessive_start):
        return "listener"
    if word == "your" and _I_AM.search(text, before, possessive_start):
        return "speaker"
    return None
