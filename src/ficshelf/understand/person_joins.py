"""One person, one character: second clusters of a person that the text itself joins.

The name clusters (``name_clusters``) join forms that share a name part; these joins read
what the text shows of two clusters that share a surname but that the name rules keep
apart, each returning character -> the character it is another name of:

* ``clergy_titles``: a priest, a nun or a friar goes by their religious title and surname
  ("Father Flynn", "the Rev. James Flynn"; "Sister Greenbank", "Mother Greenbank": a nun is
  "Sister" and, as a superior, "Mother"). Two characters both known by a religious title
  and one surname, of no clashing gender ("Father Doyle" is not "Sister Doyle") and with no
  two given names between them ("Father James Doyle" is not "Father John Doyle"), are one.
  The surname must be one: a census given name after the title ("Sister Mary", "Brother
  Tom") is a given name and joins nothing here.
* ``answered_titles``: a civil title and a surname used only to call someone ("Good
  morning, Mrs. Winthrop," in a line right before or after one that "Dolly Winthrop" is
  named as speaking) is the one character of that surname with a full name and the
  title's gender whose line it answers or who answers it, when every placed call points
  to that one. A mother whom the text calls "Mrs. March" in the narration is no such
  call, so she never joins her daughter "Jo March".

Both read each candidate once and a fixed number of paragraphs around each call, so they
are linear in the number of mentions.
"""

from __future__ import annotations

from collections.abc import Sequence

from ficshelf.understand import name_tables as tables
from ficshelf.understand.addressees import CastView, agreed, called_only, tag_speakers
from ficshelf.understand.names import Candidate

# Titles of the religious: a priest or minister ("Father", "Rev."), a monk or friar, a nun
# ("Sister", and "Mother" for a superior).
RELIGIOUS_TITLES = frozenset(
    "rev reverend father mother sister brother friar parson abbot abbess".split()
)
# Civil titles a call may give one the text names otherwise by given name and surname.
_CIVIL_TITLES = frozenset(("mr", "mrs", "miss", "ms", "master", "mistress"))


def clergy_titles(
    candidates: Sequence[Candidate], who: Sequence[int], cast: CastView
) -> dict[int, int]:
    """Return character -> the character it is another name of, for the characters known by
    a religious title and one surname (see the module docstring). ``who[i]`` is the
    character of ``candidates[i]``; ``cast`` the view of that assignment."""
    forms = cast.forms
    # surname -> characters holding it under a religious title
    holders: dict[str, set[int]] = {}
    full_surnames = {c.parts[-1].lower() for c in candidates if len(c.parts) > 1}
    for cand, w in zip(candidates, who, strict=True):
        if cand.title not in RELIGIOUS_TITLES or not cand.parts:
            continue
        last = cand.parts[-1].lower()
        if len(cand.parts) == 1 and last in tables.GIVEN_NAMES and last not in full_surnames:
            continue  # "Sister Mary", "Brother Tom": a given name
        holders.setdefault(last, set()).add(w)
    genders = cast.genders
    joined: dict[int, int] = {}
    for group in holders.values():
        if len(group) < 2:
            continue
        if len({genders[w] for w in group if w in genders}) > 1:
            continue  # "Father Doyle" and "Sister Doyle"
        given = {c.parts[0].lower() for w in group for c in forms[w] if len(c.parts) > 1}
        if len(given) > 1:
            continue  # "Father James Doyle" and "Father John Doyle"
        if any(c.title and c.title not in RELIGIOUS_TITLES for w in group for c in forms[w]):
            continue  # one of them is also "Mr. Doyle" or "Dr. Doyle": no cleric's name alone
        main = max(sorted(group), key=lambda w: len(forms[w]))
        joined.update((w, main) for w in group if w != main)
    return joined


def answered_titles(
    candidates: Sequence[Candidate],
    who: Sequence[int],
    where: Sequence[int],
    cast: CastView,
) -> dict[int, int]:
    """Return character -> the character it is another name of, for a civil title and a
    surname used only to call the one of that surname whose line it answers or who answers
    it (see the module docstring). ``who[i]`` is the character of ``candidates[i]`` (in
    text order) and ``where[i]`` its paragraph (``addressees.paragraph_of``); ``cast`` the
    view of that assignment."""
    forms = cast.forms
    callers = {
        w for w, cands in forms.items() if called_only(cands) and cands[0].title in _CIVIL_TITLES
    }
    if not callers:
        return {}
    speakers = tag_speakers(candidates, who, where)
    # surname -> characters with a full name ending in it
    surnamed: dict[str, set[int]] = {}
    for w, cands in forms.items():
        for c in cands:
            if len(c.parts) > 1 and w not in callers:
                surnamed.setdefault(c.parts[-1].lower(), set()).add(w)
    genders = cast.genders
    votes: dict[int, set[int]] = {}
    for cand, w, para in zip(candidates, who, where, strict=True):
        if w not in callers or not cand.vocative:
            continue
        gender = tables.TITLES.get(cand.title, "")
        same = surnamed.get(cand.parts[0].lower(), set())
        own = speakers.get(para, set())
        found = {
            o
            for near in (para - 1, para + 1)
            for o in speakers.get(near, set())
            if o in same and o not in own and genders.get(o, gender) == gender
        }
        if found:
            votes.setdefault(w, set()).update(found if len(found) == 1 else {-1})
    return agreed(votes)
