"""A described speaker called by name across an exchange: '"You are very quiet, Lavinia,"
your father says.' / '"I am always quiet, Austin."'

A story can keep a person under a description in every speech tag ("your father says",
"said the housekeeper") while the people who talk to them call them by name. A line whose
tag is the description, answered by the next line's speaker calling a name, or answering a
line that calls a name, is said by the one called: a line of dialogue answers the line
before it, and a name called in it is said to the speaker of that line.

``CalledRoles.holder`` returns the named character an unnamed descriptor character
(``descriptors.UnnamedCharacter``) is, when:

* the description is a person noun ("father", "housekeeper"; kin too: a call joins a
  person, not an owner, so "your father" is as good as "the butler") and not one that
  names anyone ("the man": '"What do they call you?" said the man. / "Tobias, sir."' is a
  name given, not called), in a speech tag outside quotes of a paragraph that no name tags;
* the paragraph right after it is a line of dialogue whose quotes call one name (a
  vocative name candidate) its own tags do not name, or the paragraph right before it is,
  or the paragraph right before is a line its tag says to one name ('"Tell him," she said
  to Allan.' / '"He knows," said the old hunter.': the reply to a line said to someone is
  theirs);
* every such call of every tag of the description is one character, of the noun's gender
  (a noun of no gender, "the scout", "the hunter", only with a line said to someone: a call
  alone may be anyone's), and never named in the narration of a paragraph that also holds
  the description (two people side by side: "your father and Austin");
* that character is never named in a speech tag of its own (its lines are the
  description's), unless the one called cannot be the owner of the description's kin word
  (``_owner_unanswering``): a role owns none ("the old hunter"), and "her father" or "my
  husband" (a spouse is of the other sex) are not of their owner's gender; but "her
  mother" answering "…, Lizzy" is Lizzy's mother, and "your uncle" may be an uncle of
  the one called.

The evidence is the characters stage's own (the name candidates' vocative and speech-tag
cues and the paragraphs), not the speakers stage's addressee of each line, which runs later
and reads this stage's cast. One pass over the candidates (a bisection each) builds the
tables; each tag then costs a bisection and two look-ups.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Sequence

from ficshelf.model import Span
from ficshelf.understand import person_nouns as nouns
from ficshelf.understand.addressees import CastView
from ficshelf.understand.descriptors import UnnamedCharacter
from ficshelf.understand.names import Candidate
from ficshelf.understand.speech_verbs import SPEECH_VERB_TRIE, compile_with_verbs

_SPOUSES = frozenset({"husband", "wife"})
_OWNER_GENDER = {"his": "m", "her": "f"}

# the end of a tag that says to whom a line is said: "she said to", "he whispered softly to"
_SAID_TO = compile_with_verbs(
    r"\b(?:" + SPEECH_VERB_TRIE[0] + r")\b(?:[ \t]+[a-z]+ly)?[ \t]+to[ \t]+$", re.IGNORECASE
)


def _owner_unanswering(key: str, gender: str) -> bool:
    """Whether the one a line calls or speaks to, answered by the description ``key`` (of
    the noun's ``gender``), cannot be the owner of its kin word: "the old hunter" owns none;
    "her father" and "my husband" (a spouse is of the other sex) are not of their owner's
    gender. "her mother" answering "…, Lizzy." is Lizzy's mother, not Lizzy."""
    if key.startswith(("the ", "a ", "an ")):
        return True
    owner, _, noun = key.partition(" ")
    if noun in _SPOUSES:
        return owner in ("my", "your")
    return bool(gender) and _OWNER_GENDER.get(owner, gender) != gender


class CalledRoles:
    """Answers ``holder``: which named character a described speaker is by the names its
    exchanges call (see the module docstring). Built once per text, linear in the number of
    candidates."""

    def __init__(
        self,
        text: str,
        candidates: Sequence[Candidate],
        named: Sequence[int],
        paragraphs: Sequence[Span],
        quotes: Sequence[Span],
        cast: CastView,
    ) -> None:
        """``named[i]`` is the character of ``candidates[i]`` (in text order) of ``text``;
        ``quotes`` are the story's quotes; ``cast`` the view of ``named``."""
        self._genders = cast.genders
        self._starts = [p.start for p in paragraphs]
        self._lines = {bisect_right(self._starts, q.start) - 1 for q in quotes} - {-1}
        self._calls: dict[int, set[int]] = {}  # paragraph -> characters its quotes call
        self._tags: dict[int, set[int]] = {}  # paragraph -> characters its tags name
        self._told: dict[int, set[int]] = {}  # paragraph -> characters its narration names
        self._told_to: dict[int, set[int]] = {}  # paragraph -> whom its tag says a line to
        tagged: set[int] = set()
        for cand, who in zip(candidates, named, strict=True):
            para = bisect_right(self._starts, cand.start) - 1
            if cand.in_quote:
                if cand.vocative and cand.parts:
                    self._calls.setdefault(para, set()).add(who)
                continue
            self._told.setdefault(para, set()).add(who)
            if cand.object_of and _SAID_TO.search(text, max(0, cand.start - 40), cand.start):
                self._told_to.setdefault(para, set()).add(who)
            if cand.speech:
                self._tags.setdefault(para, set()).add(who)
                tagged.add(who)
        self._tagged = tagged

    def holder(self, person: UnnamedCharacter) -> int | None:
        """Return the named character the described speaker ``person`` is, or None."""
        noun = person.mentions[0].noun
        gender = nouns.gender_of(noun)
        if noun in nouns.GENERIC:
            return None
        votes: set[int] = set()
        told = 0  # the votes of a line said to someone ("she said to Allan")
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
            if para - 1 in self._lines:
                to = self._told_to.get(para - 1, set()) - self._tags.get(para - 1, set())
                votes |= to
                told += len(to)
        if len(votes) != 1:
            return None
        who = next(iter(votes))
        if not gender and not told:  # "the scout": only a line said to someone says who
            return None
        if who in self._tagged and not _owner_unanswering(person.mentions[0].key, gender):
            return None
        if gender and self._genders.get(who) != gender:
            return None
        if any(who in self._told.get(p, ()) for p in paras):
            return None
        return who
