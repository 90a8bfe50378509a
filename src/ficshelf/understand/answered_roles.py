"""A described speaker called by name across an exchange: '"You are very quiet, Lavinia,"
your father says.' / '"I am always quiet, Austin."'

A story can keep a person under a description in every speech tag ("your father says",
"said the housekeeper") while the people who talk to them call them by name. A line whose
tag is the description, answered by the next line's speaker calling a name, or answering a
line that calls a name, is said by the one called: a line of dialogue answers the line
before it, and a name called in it is said to the speaker of that line.

``CalledRoles.holder`` returns the named character an unnamed descriptor character
(``descriptors.UnnamedCharacter``) is, when:

* the description is a person noun of one gender ("father", "housekeeper"; kin too: a
  call joins a person, not an owner, so "your father" is as good as "the butler") and not
  one that names anyone ("the man": '"What do they call you?" said the man. / "Tobias,
  sir."' is a name given, not called), in a speech tag outside quotes of a paragraph that
  no name tags;
* the paragraph right after it is a line of dialogue whose quotes call one name (a
  vocative name candidate) its own tags do not name, or the paragraph right before it is;
* every such call of every tag of the description is one character, of the noun's gender,
  never named in a speech tag of its own (its lines are the description's) and never named
  in the narration of a paragraph that also holds the description (two people side by
  side: "your father and Austin").

The evidence is the characters stage's own (the name candidates' vocative and speech-tag
cues and the paragraphs), not the speakers stage's addressee of each line, which runs later
and reads this stage's cast. One pass over the candidates (a bisection each) builds the
tables; each tag then costs a bisection and two look-ups.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Sequence

from ficshelf.model import Span
from ficshelf.understand import person_nouns as nouns
from ficshelf.understand.addressees import CastView
from ficshelf.understand.descriptors import UnnamedCharacter
from ficshelf.understand.names import Candidate


class CalledRoles:
    """Answers ``holder``: which named character a described speaker is by the names its
    exchanges call (see the module docstring). Built once per text, linear in the number of
    candidates."""

    def __init__(
        self,
        candidates: Sequence[Candidate],
        named: Sequence[int],
        paragraphs: Sequence[Span],
        quotes: Sequence[Span],
        cast: CastView,
    ) -> None:
        """``named[i]`` is the character of ``candidates[i]`` (in text order);
        ``quotes`` are the story's quotes; ``cast`` the view of ``named``."""
        self._genders = cast.genders
        self._starts = [p.start for p in paragraphs]
        self._lines = {bisect_right(self._starts, q.start) - 1 for q in quotes} - {-1}
        self._calls: dict[int, set[int]] = {}  # paragraph -> characters its quotes call
        self._tags: dict[int, set[int]] = {}  # paragraph -> characters its tags name
        self._told: dict[int, set[int]] = {}  # paragraph -> characters its narration names
        tagged: set[int] = set()
        for cand, who in zip(candidates, named, strict=True):
            para = bisect_right(self._starts, cand.start) - 1
            if cand.in_quote:
                if cand.vocative and cand.parts:
                    self._calls.setdefault(para, set()).add(who)
                continue
            self._told.setdefault(para, set()).add(who)
            if cand.speech:
                self._tags.setdefault(para, set()).add(who)
                tagged.add(who)
        self._tagged = tagged

    def holder(self, person: UnnamedCharacter) -> int | None:
        """Return the named character the described speaker ``person`` is, or None."""
        noun = person.mentions[0].noun
        gender = nouns.gender_of(noun)
        if not gender or noun in nouns.GENERIC:
            return None
        votes: set[int] = set()
        paras: set[int] = set()

        for d in person.mentions:
            para = bisect_right(self._starts, d.start) - 1
            paras.add(para)
            if not d.speech or d.in_quote or para in self._tags:
                continue
            for near in (para - 1, para + 1):
                if near not in self._lines:
                    continue
                votes |= self._calls.get(near, set()) - self._tags.get(near, set())
        if len(votes) != 1:
            return None
        who = next(iter(votes))
        if who in self._tagged or self._genders.get(who) != gender:
            return None
        if any(who in self._told.get(p, ()) for p in paras):
            return None
        return who
