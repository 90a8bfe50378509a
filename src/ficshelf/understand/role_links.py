"""Roles the text gives to a named character: which descriptor ("the housekeeper", "her
nurse") names someone the text also names.

``role_holders`` returns descriptor key -> character for every way the text equates a role
with a name, the first statement winning:

* apposition: "Mrs. Reynolds, the housekeeper," and "the housekeeper, Mrs. Reynolds" (not
  where the name goes on into its own clause, no comma after it: "Behind the housekeeper,
  Mrs. Reynolds frowned" names two people); a
  phrase whose noun no person-noun table holds, read only where it tags a line ('"…,"
  said the carrier'), is looked for in apposition anywhere ("Mr. Barton, the carrier,");
* a role right before a name: "her nurse Emma", "the housekeeper Mrs. Reynolds";
* a copula: "Emma was the nurse", "Emma, who was the nurse,", "the nurse was Emma" (not
  with a noun that names anyone: "Tom is the man for the job");
* a speaker naming their own role: "Today I am a tinker from Barnsdale," Robin said — in a
  quote tagged by exactly one name, "I am a tinker" / "I'm the nurse" make "the tinker" /
  "the nurse" that speaker (but "I'm just a girl" makes no one "the girl").

A role given with a possessive ("their nurse Hesketh") is "the nurse" too.

``Introductions`` reads a role the text never equates with a name the way a reader
does: "Mrs. Reynolds came in, a little out of breath" and then '"Begging your pardon,"
said the housekeeper' — a role noun of one gender ("housekeeper", "damsel"; not one that
names anyone, "the woman", nor kin, "her father", unless a role owns the kin: "the
turnkey's son") whose first mention follows, in its
paragraph or the one before, exactly one named character of that gender with no speech
tag of their own anywhere (the role's tags are theirs), is that character; so is the one
person the narration names there at all when nothing tells that one's gender ("Quennell
unbarred the gate. The old footman did not move.": in a canon the fandom table does not
know, many names have no gender). Only names the narration gives count: a name said inside
a quote is someone spoken to or of, not someone who comes in ('"Nothing for you, Ethan,"
the postmaster says' calls Ethan; the postmaster is someone else), and an owner ("the gate
of Ashby's yard") is no one who comes in either.

A title standing alone as a name ("the Professor") that the text gives in apposition to
exactly one named character ("Otto Lidenbrock, professor of mineralogy,") is that
character (``apposed_titles``).

A name the narration puts right after a possessive and a kin word ("her own brother Jem",
"his cousin Will") is a person's: ``kin_named`` returns those characters, whom the learned
filter keeps (a kinsman is no place and no thing, however seldom named).

A descriptor with an owner's "'s" after it ("Larry, the doctor's man,") is never the
role. Every test is a fixed number of look-ups per descriptor or quote, so the whole is
linear in the length of the text.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Sequence

from ficshelf.model import Span
from ficshelf.understand import person_nouns as nouns
from ficshelf.understand.addressees import CastView
from ficshelf.understand.descriptor_mention import DescriptorMention, owned_by_name, owned_by_role
from ficshelf.understand.fast_regex import compile_fast
from ficshelf.understand.names import Candidate
from ficshelf.understand.regex_tries import trie_regex

_COPULA_AFTER_NAME = re.compile(r"(?:,[ \t]+who)?[ \t]+(?:was|is)[ \t]+")
_COPULA_BEFORE_NAME = re.compile(r"[ \t]+(?:was|is)[ \t]+")
# "I am a tinker", "I'm the new nurse": a speaker's own role (a modifier at most).
_SELF_ROLE = compile_fast(
    r"\bI(?:[ \t]+am|['’]m)[ \t]+(?:only[ \t]+|just[ \t]+)?(?:a|an|the|your)[ \t]+"
    rf"(?:[a-z]+[ \t]+)?({trie_regex(nouns.PERSON_NOUNS)})\b(?![-'’]\w)"
)
_REACH = 40
# A name followed by a lower-case word, no comma: the subject of a clause going on, not a
# name set beside a role ("Behind the housekeeper, Mrs. Reynolds frowned").
_CLAUSE_GOES_ON = re.compile(r"[ \t]+[a-z]")
_TAG_GAP = 12  # from a quote's end to its tag's name: '," Robin said' or ', said Robin'
_PRONOUN_DETERMINERS = frozenset(("her", "his", "my", "their", "your", "our"))
_THE_HEAD = re.compile(r"[Tt]he[ \t]+")  # an apposed role's article
_KEY = 4  # characters of a phrase's start (end) it is looked up by beside a name


def role_holders(
    text: str,
    candidates: Sequence[Candidate],
    named: Sequence[int],
    descriptors: Sequence[DescriptorMention],
    quotes: Sequence[Span],
) -> dict[str, int]:
    """Return descriptor key -> the character the text says holds that role (see the
    module docstring). ``named[i]`` is the character of ``candidates[i]`` (both in text
    order); ``quotes`` are the dialogue spans. Never raises."""
    ends = {c.end: who for c, who in zip(candidates, named, strict=True)}
    starts = {c.start: who for c, who in zip(candidates, named, strict=True)}
    stops = {c.start: c.end for c in candidates}
    roles: dict[str, int] = {}
    for d in descriptors:
        if d.possessive:  # "Larry, the doctor's man,"
            continue
        who = _holder(text, d, ends, starts, stops)
        if who is not None:
            roles.setdefault(d.key, who)
    for key, who in list(roles.items()):  # "their nurse Hesketh" is "the nurse" too
        determiner, _, rest = key.partition(" ")
        if determiner in _PRONOUN_DETERMINERS:
            roles.setdefault(f"the {rest}", who)
    for key, who in _self_roles(text, candidates, named, quotes):
        roles.setdefault(key, who)
    for key, who in _apposed_tag_subjects(text, descriptors, ends, starts):
        roles.setdefault(key, who)
    return roles


def _apposed_tag_subjects(
    text: str,
    descriptors: Sequence[DescriptorMention],
    ends: dict[int, int],
    starts: dict[int, int],
) -> list[tuple[str, int]]:
    """Return ("the carrier", character) for a phrase whose noun no person-noun table
    holds, which the scan reads only as the subject of a speech tag ('"…," said the
    carrier'), where the text puts it in apposition to a name anywhere ("Mr. Barton, the
    carrier, came in"; "the carrier, Mr. Barton,"): a trade the story gives a person is
    theirs, whatever the word. The first apposition in the text wins. Only the places
    beside a name are read (after "Name, " and before ", Name"), each phrase looked up by
    its first or last four characters: linear in the names, not a search of the text per
    phrase (a novel has hundreds)."""
    rests = list(  # the phrases after "the ", once each, in the descriptors' order
        dict.fromkeys(
            d.key[4:]
            for d in descriptors
            if d.noun not in nouns.PERSON_NOUNS and d.key.startswith("the ")
        )
    )
    if not rests:
        return []
    heads: dict[str, list[str]] = {}  # a phrase's first four characters -> the phrases
    tails: dict[str, list[str]] = {}  # its last four
    short = [rest for rest in rests if len(rest) < _KEY]  # tried everywhere (a handful)
    for rest in rests:
        if len(rest) >= _KEY:
            heads.setdefault(rest[:_KEY], []).append(rest)
            tails.setdefault(rest[-_KEY:], []).append(rest)
    first: dict[str, tuple[int, int, int]] = {}  # phrase -> (where, after/before, who)

    def hit(rest: str, where: int, order: int, who: int) -> None:
        if rest not in first or (where, order) < first[rest][:2]:
            first[rest] = (where, order, who)

    for end, who in ends.items():  # "Mr. Barton, the carrier"
        head = _THE_HEAD.match(text, end + 2) if text[end : end + 2] == ", " else None
        if head is None:
            continue
        at = head.end()
        for rest in (*heads.get(text[at : at + _KEY], ()), *short):
            if text.startswith(rest, at) and _phrase_ends(text, at + len(rest)):
                hit(rest, end + 2, 0, who)
    for start, who in starts.items():  # "the carrier, Mr. Barton"
        stop = start - 2
        if stop < 0 or text[stop:start] != ", ":
            continue
        for rest in (*tails.get(text[max(0, stop - _KEY) : stop], ()), *short):
            where = _phrase_start(text, stop - len(rest)) if text.endswith(rest, 0, stop) else -1
            if where >= 0:
                hit(rest, where, 1, who)
    return [(f"the {rest}", first[rest][2]) for rest in rests if rest in first]


def _phrase_ends(text: str, end: int) -> bool:
    """Whether a phrase ending at ``end`` ends a word there (not "carrier-boy", "carrier's")."""
    if end < len(text) and _is_word(text[end]):
        return False
    return not (end + 1 < len(text) and text[end] in "-'’" and _is_word(text[end + 1]))


def _phrase_start(text: str, rest_start: int) -> int:
    """Return where "the"/"The" and its spaces begin before ``rest_start`` (a word of its
    own), or -1."""
    gap = rest_start
    while gap > 0 and text[gap - 1] in " \t":
        gap -= 1
    where = gap - 3
    if gap == rest_start or where < 0 or text[where:gap] not in ("the", "The"):
        return -1
    if where > 0 and (_is_word(text[where - 1]) or text[where - 1] in "'’-"):
        return -1
    return where


def _is_word(char: str) -> bool:
    return char.isalnum() or char == "_"


def _holder(
    text: str,
    d: DescriptorMention,
    ends: dict[int, int],
    starts: dict[int, int],
    stops: dict[int, int],
) -> int | None:
    """Return the character a descriptor mention is equated with where it stands, or
    None. ``stops`` gives each name's end by its start."""
    if text[d.start - 2 : d.start] == ", " and d.start - 2 in ends:
        return ends[d.start - 2]  # "Mrs. Reynolds, the housekeeper"
    if text[d.end : d.end + 2] == ", " and d.end + 2 in starts:
        # "the housekeeper, Mrs. Reynolds" but not a name opening the clause after a
        # phrase the role ends ("Behind the housekeeper, Mrs. Reynolds frowned.")
        if _CLAUSE_GOES_ON.match(text, stops[d.end + 2]) is not None:
            return None
        return starts[d.end + 2]
    if text[d.end : d.end + 1] == " " and d.end + 1 in starts and not d.in_quote:
        return starts[d.end + 1]  # "her nurse Emma"
    if not d.key.startswith("the ") or d.noun in nouns.GENERIC:  # "Tom is the man for it"
        return None
    window = text[max(0, d.start - _REACH) : d.start]
    for m in _COPULA_AFTER_NAME.finditer(window):  # "Emma was the nurse"
        if m.end() == len(window) and d.start - len(window) + m.start() in ends:
            return ends[d.start - len(window) + m.start()]
    after = _COPULA_BEFORE_NAME.match(text, d.end, d.end + _REACH)  # "the nurse was Emma"
    if after is not None and after.end() in starts:
        return starts[after.end()]
    return None


def _self_roles(
    text: str,
    candidates: Sequence[Candidate],
    named: Sequence[int],
    quotes: Sequence[Span],
) -> list[tuple[str, int]]:
    """Return ("the <noun>", character) for quotes in which a speaker names their own
    role, when exactly one name tags the quote ("…," Robin said / Robin said, "…")."""
    tags = [(c.start, c.end, who) for c, who in zip(candidates, named, strict=True) if c.speech]
    if not tags:
        return []
    starts = [t[0] for t in tags]
    found: list[tuple[str, int]] = []
    for q in quotes:
        m = _SELF_ROLE.search(text, q.start, q.end)
        if m is None or m.group(1) in nouns.GENERIC:  # "I'm just a girl"
            continue
        i = bisect_right(starts, q.end)  # the first tag after the quote, the last before
        near = {
            who
            for start, end, who in tags[max(0, i - 1) : i + 1]
            if 0 <= start - q.end <= _TAG_GAP or 0 <= q.start - end <= _TAG_GAP
        }
        if len(near) == 1:
            found.append((f"the {m.group(1)}", next(iter(near))))
    return found


class Introductions:
    """Answers ``holder``: which named character a role's first mention refers to by
    introduction (see the module docstring). Built once per text, linear in the number of
    candidates; each question costs a bisection and the candidates of two paragraphs."""

    def __init__(
        self,
        candidates: Sequence[Candidate],
        named: Sequence[int],
        paragraphs: Sequence[Span],
        cast: CastView,
    ) -> None:
        """``named[i]`` is the character of ``candidates[i]``; ``cast`` the view of that
        assignment (``addressees.CastView``)."""
        forms = cast.forms
        self._genders = cast.genders
        self._tagged = {who for who, cands in forms.items() if any(c.speech for c in cands)}
        # an owner ("Jekyll's house") brings no one on the scene; a name said in a quote is
        # someone spoken to or of
        told = [i for i, c in enumerate(candidates) if not c.in_quote and not c.possessive]
        self._starts = [candidates[i].start for i in told]
        self._named = [named[i] for i in told]
        self._paragraphs = [p.start for p in paragraphs]

    def holder(self, first: DescriptorMention) -> int | None:
        """Return the named character the role whose first mention is ``first`` refers to,
        or None."""
        noun = first.noun
        gender = nouns.gender_of(noun)
        if not gender or noun in nouns.GENERIC:
            return None
        named_kin = noun in nouns.KINSHIP and owned_by_name(first.key)
        if noun in nouns.KINSHIP and not owned_by_role(first.key) and not named_kin:
            return None
        para = bisect_right(self._paragraphs, first.start) - 1
        if not (first.key.startswith("the ") or named_kin) or para < 0:
            return None
        begin = self._paragraphs[max(0, para - 1)]
        lo, hi = bisect_left(self._starts, begin), bisect_left(self._starts, first.start)
        window = set(self._named[lo:hi])
        fits = {w for w in window if self._genders.get(w) == gender and w not in self._tagged}
        if not fits and len(window) == 1:
            # the one person the narration has named there, whose gender nothing tells
            fits = {w for w in window if w not in self._genders and w not in self._tagged}
        return next(iter(fits)) if len(fits) == 1 else None


# A title in apposition after a name: "Otto Lidenbrock, professor of mineralogy," or
# "Hale, the Colonel," (the title in lower case or capitalised, with "the"/"a" or none).
_APPOSED_TITLE = re.compile(r",[ \t]+(?:(?:the|a|an)[ \t]+)?([A-Za-z]+)\b(?![-'’])")


def apposed_titles(
    text: str, candidates: Sequence[Candidate], named: Sequence[int]
) -> dict[int, int]:
    """Return character -> the character it is another name of, for a title standing alone
    as a name ("the Professor") that the text gives in apposition to exactly one named
    character ("Otto Lidenbrock, professor of mineralogy,"). Only characters every form of
    which is that one bare title are joined. One anchored match per candidate: linear."""
    bare: dict[int, set[str]] = {}
    for cand, who in zip(candidates, named, strict=True):
        bare.setdefault(who, set()).add(cand.title if not cand.parts else "\0")
    alone = {
        next(iter(titles)): who
        for who, titles in bare.items()
        if len(titles) == 1 and "\0" not in titles
    }
    if not alone:
        return {}
    titled = set(alone.values())
    holders: dict[str, set[int]] = {}
    for cand, who in zip(candidates, named, strict=True):
        if not cand.parts or who in titled:
            continue
        m = _APPOSED_TITLE.match(text, cand.end, min(len(text), cand.end + _REACH))
        if m is not None and m.group(1).lower() in alone:
            holders.setdefault(m.group(1).lower(), set()).add(who)
    return {alone[title]: next(iter(found)) for title, found in holders.items() if len(found) == 1}


# A possessive and a kin word right before a name: "her own brother Jem", "his cousin Will,".
_KIN_BEFORE = compile_fast(
    r"\b(?:[Hh]er|[Hh]is|[Mm]y|[Tt]heir|[Yy]our|[Oo]ur)[ \t]+(?:own[ \t]+)?"
    rf"(?:{trie_regex(nouns.KINSHIP)})[ \t]+\Z"
)


def kin_named(text: str, candidates: Sequence[Candidate], named: Sequence[int]) -> set[int]:
    """Return the characters a candidate of which the narration gives right after a
    possessive and a kin word ("her own brother Jem", "his cousin Will"): a kinsman, so a
    person. One anchored search of a short window per candidate: linear."""
    found: set[int] = set()
    for cand, who in zip(candidates, named, strict=True):
        if cand.in_quote or cand.title or who in found:
            continue
        window = text[max(0, cand.start - _REACH) : cand.start]
        if _KIN_BEFORE.search(window) is not None:
            found.add(who)
    return found
