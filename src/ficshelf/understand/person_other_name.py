"""The first-person narrator's other name: what the other characters call them.

A first-person narrator seldom names themselves in full; the others do, by a civil title
and the narrator's surname ('"I have given him a little wine, Mr. Markham,"' to Gilbert
Markham, who tells the story; '"Master Ridd," said Gwenny' to John Ridd). The name rules
find such a name but cannot cluster it with the narrator, whom the text calls "I" and
names, if at all, by a given name ("Gilbert"; "Jan").

``narrator_titled_names`` returns the characters that are the narrator's titled surname:

* every mention of the character is a civil title and one name, or the one name bare,
  inside a quote, and at least one of them calls someone ("..., Mr. Markham,"; '"Bäumer,"
  he says.' to Paul Bäumer): the others address the narrator;
* the name is the narrator's own surname: the last word of the narrator's fullest name
  ("Gilbert Markham"), or, when the text gives none, of the name the canon's roster knows
  the narrator by ("Jan" is John Ridd in Lorna Doone);
* the title's gender does not contradict the narrator's ("Mrs. Markham" is not Gilbert);
  a father or a mother is called "Father" and "Mother", not by a title and a surname.

One pass over the candidates, so linear in their number.
"""

from __future__ import annotations

from collections.abc import Sequence

from ficshelf.understand import name_tables as tables
from ficshelf.understand.names import Candidate


def narrator_titled_names(
    candidates: Sequence[Candidate],
    owner: Sequence[int],
    narrator: int,
    surname: str,
    gender: str,
) -> set[int]:
    """Return the characters (indexes as in ``owner``, the character of each candidate)
    that are the narrator's titled surname (see the module docstring): ``narrator`` is the
    narrator's character, ``surname`` the narrator's surname ("" when unknown: then none)
    and ``gender`` the narrator's ("m", "f" or "" when unknown). Never raises."""
    if not surname:
        return set()
    low = surname.lower()
    fits: dict[int, bool] = {}  # character -> whether every mention fits so far
    calls: set[int] = set()
    for cand, who in zip(candidates, owner, strict=True):
        if who == narrator or not fits.get(who, True):
            continue
        title_gender = tables.TITLES.get(cand.title, "")
        fits[who] = (
            # "Mr. Markham", "Master Ridd"; a bare surname called: '"Bäumer," he says.'
            (cand.title in tables.CIVIL_TITLES or not cand.title)
            and cand.in_quote
            and len(cand.parts) == 1
            and cand.parts[0].lower() == low
            and not (gender and title_gender and title_gender != gender)
        )
        if cand.vocative:
            calls.add(who)
    return {who for who, ok in fits.items() if ok and who in calls}


def surname_of(names: Sequence[str]) -> str:
    """Return the last word of the first of ``names`` (a character's fullest names, best
    first) with two words or more, not counting a title ("Gilbert Markham" → "Markham");
    "" when none has. Never raises."""
    for name in names:
        words = [w for w in name.split() if w.lower().rstrip(".") not in tables.TITLES]
        if len(words) > 1 and words[-1][:1].isupper():
            return words[-1]
    return ""
