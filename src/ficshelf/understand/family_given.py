"""A daughter of a named family called by title once and by her given name elsewhere.

Fiction often names a young woman of a family in the story once as "Miss Tilney" or
"Lady Glyde" (the narration introduces her, or another speaker speaks of her) and
everywhere else by her given name alone ("Eleanor", "Laura"); the text never writes the
two together, so the name rules keep two characters. A reader joins them because the
titled woman belongs to a family the story names ("Henry Tilney", "Sir Percival Glyde",
"Mrs. Honeychurch") and the only woman known by a bare given name who is about where she is
(a few paragraphs either side) is never there beside her.

``family_given`` returns the titled character -> the given-name character it is, when:

* every mention of the titled character is "Miss" or "Lady" and one surname, at most
  ``MAX_TITLED`` times; another character of the story holds that surname (a full name or
  a titled one: the family is in the story);
* the given-name character is a woman (by her pronouns or her census given name) known
  only by bare one-word names ("Lucy", and a pet form the rules joined: "Lucia"), never
  with a surname or a title;
* around every mention of the titled name (``WINDOW`` paragraphs either side, and no
  more than ``REACH`` characters away) the one such woman named is that character, and
  she is never named in the same paragraph as the titled name (two people side by side:
  "Miss Bennet and Elizabeth"). Two such women near a mention (two sisters, "Jane" and
  "Elizabeth" near "Miss Bennet") leave it alone.

"Mrs." is left out: "Mrs. Honeychurch" is as often the mother of the given-name daughter
as the daughter herself married. Each mention of a titled character reads a fixed number
of paragraphs, so the pass is linear in the number of mentions.
"""

from __future__ import annotations

from collections.abc import Sequence

from ficshelf.understand.addressees import CastView, agreed
from ficshelf.understand.names import Candidate

# Titles that name an unmarried daughter or a lady by the family surname.
_FAMILY_TITLES = frozenset(("miss", "lady"))
# A titled form used more often than this is a character the story knows by it.
MAX_TITLED = 3
# Paragraphs either side of a titled mention read for the given-name woman, and how far
# from it (in characters) her mention may start: a scene of short lines, not a chapter of
# long paragraphs.
WINDOW = 6
REACH = 1500


def family_given(
    candidates: Sequence[Candidate],
    who: Sequence[int],
    where: Sequence[int],
    cast: CastView,
) -> dict[int, int]:
    """Return character -> the character it is another name of, for a family title used a
    few times and a woman's bare given name near it (see the module docstring).
    ``who[i]`` is the character of ``candidates[i]`` (in text order), ``where[i]`` its
    paragraph (``addressees.paragraph_of``); ``cast`` the view of ``who``."""
    forms = cast.forms
    titled: dict[int, str] = {}  # character -> the surname its family title gives
    for w, cands in forms.items():
        first = cands[0]
        if (
            len(cands) <= MAX_TITLED
            and first.title in _FAMILY_TITLES
            and len(first.parts) == 1
            and all((c.title, c.key) == (first.title, first.key) for c in cands)
        ):
            titled[w] = first.parts[0].lower()
    if not titled:
        return {}
    family: dict[str, set[int]] = {}  # surname -> characters holding it
    for w, cands in forms.items():
        for c in cands:
            if c.parts and (len(c.parts) > 1 or c.title):
                family.setdefault(c.parts[-1].lower(), set()).add(w)
    titled = {w: s for w, s in titled.items() if family.get(s, set()) - {w}}
    if not titled:
        return {}
    genders = cast.genders
    given = {
        w
        for w, cands in forms.items()
        if genders.get(w) == "f" and all(not c.title and len(c.parts) == 1 for c in cands)
    }
    if not given:
        return {}
    # paragraph -> the given-name women named there, with where each mention starts
    named: dict[int, list[tuple[int, int]]] = {}
    for cand, w, para in zip(candidates, who, where, strict=True):
        if w in given:
            named.setdefault(para, []).append((w, cand.start))
    votes: dict[int, set[int]] = {}
    for cand, w, para in zip(candidates, who, where, strict=True):
        if w not in titled:
            continue
        beside = {g for g, _ in named.get(para, ())}
        near = {
            g
            for p in range(para - WINDOW, para + WINDOW + 1)
            if p != para
            for g, start in named.get(p, ())
            if g not in beside and abs(start - cand.start) <= REACH
        }
        if beside:
            votes.setdefault(w, set()).add(-1)  # a woman named beside her: none for sure
        elif near:
            votes.setdefault(w, set()).update(near if len(near) == 1 else {-1})
        else:
            votes.setdefault(w, set()).add(-1)
    return agreed(votes)
