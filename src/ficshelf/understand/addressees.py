"""Pet names used only in address: "She's better, Teddy," Jo called back — Teddy is Laurie.

A one-word name that the text uses only to call someone (every mention a vocative) and never
in the narration is often a pet name of a character the narration calls otherwise. In a line whose
speaker is named ("Jo called back"), the one addressed is the other side of the exchange: the
named speaker of the line just before or just after, when that is someone else. When every
call of such a name points to one character that way, the name is that character's.
A line with no speech tag is read as a careful reader reads it: its speaker is the one character
its own narration names (an action beat: 'Lanyon's hand came up. "I have had a shock, John."'),
and an untagged line with no beat answers the line before it, so it calls that line's speaker
('"Lanyon laughed. "You might."' then '"Hastie —"'). A call that neither reading places
(no named speaker near it) is no vote; the name joins the one character when the calls that
are placed all point to it and they are at least as many as those that are not.

A titled name used only in dialogue and there to call someone ("Miss Darcy," he said) may
be the only place the text gives that title: the one addressed is known otherwise by
another name ("Georgiana"). ``addressed_titles`` joins such a form to the one named
character it can be: the named speaker of the line just after the call (the one addressed
answers), else the one named in the call's paragraph, the three before it or the one after,
who has the title's gender and a name of the other kind — a bare name for "Miss Darcy", a
title and a surname for "Madam Mina" ("Mrs. Harker") — and no full name the call would
contradict. One who answers the call by speaking of a woman (or, for a man's title, a man)
in the third person ('"Mrs. Casaubon, you look like a crow." / "That is what I have been
telling her," said Celia') answers for the one called and is not her. A kinship title
with a surname ("Aunt Shaw") calls a relative, never another
name; with a given name ("Aunt Augusta") it may call one known by title and surname ("Lady
Bracknell").

Both read only the paragraphs that hold a call, a fixed number of look-ups per mention, so
they are linear in the number of mentions.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections import Counter
from collections.abc import Callable, Sequence

from ficshelf.model import Span
from ficshelf.understand import name_tables as tables
from ficshelf.understand.names import Candidate
from ficshelf.understand.speech_verbs import SPEECH_VERB, compile_with_verbs

# A pet name is called a few times at most; a character called more often by a name the
# narration never uses is a character of its own, not an alias.
MAX_CALLS = 3


def paragraph_of(paragraphs: Sequence[Span], candidates: Sequence[Candidate]) -> list[int]:
    """Return the index of the paragraph (``paragraphs`` in text order) each of
    ``candidates`` starts in (-1 before the first)."""
    starts = [p.start for p in paragraphs]
    return [bisect_right(starts, cand.start) - 1 for cand in candidates]


def addressed_nicknames(
    paragraphs: Sequence[Span],
    candidates: Sequence[Candidate],
    who: Sequence[int],
    where: Sequence[int],
    quotes: Sequence[Span] = (),
    text: str = "",
    first_person: bool = False,
    kind: Callable[[Candidate], bool] | None = None,
    max_calls: int = MAX_CALLS,
) -> dict[int, int]:
    """Return character -> the character it is a pet name of, for characters named only in
    vocatives (see the module docstring). ``who[i]`` is the character of ``candidates[i]``
    (in text order) and ``where[i]`` its paragraph (``paragraph_of``); ``paragraphs`` are
    the story paragraphs in text order; ``quotes`` the
    story's quotes (a paragraph holding one is a line of dialogue, whose action beat names
    its speaker) in ``text``. In a ``first_person`` story the placed calls must outnumber
    the calls nothing places: the silent other side of an exchange is as often the
    narrator, whom no tag names ('"Then hold them, Susan,"' untagged, and '"Susan, where
    are the glasses?" said Mr. Toots' to the maid who tells the story)."""
    mentions: Counter[int] = Counter(who)
    called = _pet_name if kind is None else kind
    calls: Counter[int] = Counter(
        w for c, w in zip(candidates, who, strict=True) if c.vocative and called(c)
    )
    callers = {w for w, n in calls.items() if n == mentions[w] and n <= max_calls}
    if not callers:
        return {}
    speakers: dict[int, set[int]] = {}  # paragraph -> characters named as its speaker
    beats: dict[int, set[int]] = {}  # paragraph -> characters its narration names
    for cand, w, para in zip(candidates, who, where, strict=True):
        if cand.speech and not cand.in_quote:
            speakers.setdefault(para, set()).add(w)
        elif not cand.in_quote and w not in callers:
            beats.setdefault(para, set()).add(w)
    lines = _lines(paragraphs, quotes)
    ordered = sorted(quotes, key=lambda q: q.start)
    quote_starts = [q.start for q in ordered]
    tagged = {  # each line holding a call is read once
        para: unnamed_tag(text, paragraphs[para], ordered, quote_starts)
        for w, para in zip(who, where, strict=True)
        if w in callers and para in lines
    }
    for para, named in beats.items():  # 'Lanyon laughed. "You might."'
        if para not in speakers and para in lines and len(named) == 1:
            speakers[para] = named
    placed: dict[int, set[int]] = {}
    votes: Counter[int] = Counter()  # placed calls per name
    unplaced: Counter[int] = Counter()
    for w, para in zip(who, where, strict=True):
        if w not in callers:
            continue
        said_by = speakers.get(para, set())
        if len(said_by) == 1:
            other = _other_side(speakers, para, said_by, w, lines if first_person else None)
        elif not said_by and para in lines and not tagged.get(para, False):
            # an untagged line answers the one before
            before = speakers.get(para - 1, set()) - {w}
            other = next(iter(before)) if len(before) == 1 == len(speakers[para - 1]) else None
        else:
            other = None
        if other is None:
            unplaced[w] += 1
        else:
            placed.setdefault(w, set()).add(other)
            votes[w] += 1
    return {
        w: next(iter(to))
        for w, to in placed.items()
        if len(to) == 1 and next(iter(to)) not in callers and votes[w] >= unplaced[w] + first_person
    }


def _other_side(
    speakers: dict[int, set[int]],
    para: int,
    said_by: set[int],
    called: int,
    lines: set[int] | None = None,
) -> int | None:
    """Return the one named speaker of the line before (else after) paragraph ``para``
    who is neither its speaker nor the name called, or None. With ``lines`` (the
    paragraphs holding a quote: a first-person story's), only a line counts: there a name
    beside a speech verb in narration with no line is as often the one the narrator spoke
    to ("I told Frank he was wrong.") as a speaker."""
    for near in (para - 1, para + 1):
        if lines is not None and near not in lines:
            continue
        found = speakers.get(near, set()) - said_by - {called}
        if len(found) == 1 and len(speakers[near]) == 1:
            return next(iter(found))
    return None


# A tag whose speaker is not named ("he cried out", "instructed her husband"): someone
# else may be speaking, so the line need not answer the one before.
_UNNAMED_TAG = compile_with_verbs(
    r"\b(?:he|she|they|i|we)\s+(?:[a-z]+ly\s+)?(?:" + SPEECH_VERB.pattern + r")"
    r"|(?:" + SPEECH_VERB.pattern + r")\s+(?:he|she|they|i|we|his|her|their|my|the|a|an)\b",
    re.IGNORECASE,
)


def unnamed_tag(text: str, para: Span, quotes: Sequence[Span], starts: Sequence[int]) -> bool:
    """Whether the narration of paragraph ``para`` (its text outside ``quotes``, sorted,
    whose starts are ``starts``) holds a speech tag whose speaker is a pronoun or a
    description, not a name."""
    cut = quotes[bisect_left(starts, para.start) : bisect_left(starts, para.end)]
    pos, pieces = para.start, []
    for q in cut:
        pieces.append(text[pos : q.start])
        pos = max(pos, q.end)
    pieces.append(text[pos : para.end])
    return _UNNAMED_TAG.search(" ".join(pieces)) is not None


def _lines(paragraphs: Sequence[Span], quotes: Sequence[Span]) -> set[int]:
    """Return the indexes of the ``paragraphs`` (in text order) that hold the start of one
    of the ``quotes``: the lines of dialogue."""
    starts = [p.start for p in paragraphs]
    return {bisect_right(starts, q.start) - 1 for q in quotes} - {-1}


def _pet_name(cand: Candidate) -> bool:
    """Whether a call could be a pet name: one word, no title ("Teddy", not "Cheshire
    Cat" or "Mrs. Harker")."""
    return len(cand.parts) == 1 and not cand.title and " " not in cand.key and not cand.described


# How far before a call the one addressed may have been named, in paragraphs.
BACK = 3
_SURNAME_TITLES = frozenset(("mr", "mrs", "ms"))


def forms_by_character(
    candidates: Sequence[Candidate], who: Sequence[int]
) -> dict[int, list[Candidate]]:
    """Return character -> its candidates in text order, where ``who[i]`` is the character
    of ``candidates[i]``."""
    forms: dict[int, list[Candidate]] = {}
    for cand, w in zip(candidates, who, strict=True):
        own = forms.get(w)  # (``setdefault`` would build a list per candidate)
        if own is None:
            forms[w] = [cand]
        else:
            own.append(cand)
    return forms


class CastView:
    """One assignment of name candidates to characters as the join rules read it: each
    character's candidates in text order (``forms``: ``forms_by_character``) and its gender
    (``genders``: ``character_genders``), each worked out on first use. The characters
    stage builds one per assignment and hands it to every rule that reads the cast, a new
    one only when a rule has moved a form. Read only: no caller may change ``forms``, its
    lists or ``genders``, nor ``candidates`` or ``who`` while the view is in use."""

    __slots__ = ("_candidates", "_who", "_forms", "_genders")

    def __init__(self, candidates: Sequence[Candidate], who: Sequence[int]) -> None:
        self._candidates = candidates
        self._who = who
        self._forms: dict[int, list[Candidate]] | None = None
        self._genders: dict[int, str] | None = None

    @property
    def forms(self) -> dict[int, list[Candidate]]:
        """Character -> its candidates in text order."""
        if self._forms is None:
            self._forms = forms_by_character(self._candidates, self._who)
        return self._forms

    @property
    def genders(self) -> dict[int, str]:
        """Character -> "m" or "f", where its forms tell (``character_genders``)."""
        if self._genders is None:
            self._genders = character_genders(self.forms)
        return self._genders


def addressed_titles(
    candidates: Sequence[Candidate],
    who: Sequence[int],
    where: Sequence[int],
    cast: CastView,
    text: str = "",
    paragraphs: Sequence[Span] = (),
    quotes: Sequence[Span] = (),
) -> dict[int, int]:
    """Return character -> the character it is another name of, for titled names used only
    in calls (see the module docstring). ``who[i]`` is the character of ``candidates[i]``
    (in text order) and ``where[i]`` its paragraph (``paragraph_of``); ``cast`` the view of
    that assignment. With ``text``, its ``paragraphs`` and ``quotes``, an answer that
    speaks of a third person of the call's gender ('"That is what I have been telling
    her," said Celia') is no answer of the one called, and its speaker is not the one
    called."""
    forms = cast.forms
    callers = {
        w
        for w, cands in forms.items()
        if called_only(cands)
        and tables.TITLES.get(cands[0].title)
        # "Aunt Shaw" is family; "Aunt Augusta" may call one known as "Lady Bracknell"
        and (cands[0].title not in tables.KINSHIP_TITLES or _given(cands[0], candidates))
    }
    if not callers:
        return {}
    named = names_by_paragraph(who, where)
    speakers = tag_speakers(candidates, who, where)
    genders = cast.genders
    surnames = {  # "Darcy" of "Mr. Darcy" is a surname here, whatever the census says
        c.parts[-1].lower()
        for c in candidates
        if len(c.parts) > 1 or (c.parts and c.title in _SURNAME_TITLES)
    }
    starts = [q.start for q in quotes]  # (``quotes`` are in text order)
    votes: dict[int, set[int]] = {}
    for cand, w, para in zip(candidates, who, where, strict=True):
        if w not in callers or not cand.vocative:
            continue
        call = forms[w][0]
        fits = [
            o
            for o in near_call(named, para, {w, *callers, *speakers.get(para, ())})
            if genders.get(o) == tables.TITLES[call.title] and _other_kind(call, forms[o], surnames)
        ]
        answer = [o for o in speakers.get(para + 1, set()) if o in fits]
        if answer and _speaks_of_third(text, paragraphs, quotes, starts, para + 1, call.title):
            # the one who answers for her is not the one called
            fits = [o for o in fits if o not in answer]
            answer = []
        found = answer if len(answer) == 1 else fits
        votes.setdefault(w, set()).add(found[0] if len(found) == 1 else -1)
    return agreed(votes)


def names_by_paragraph(
    who: Sequence[int], where: Sequence[int], keep: Sequence[bool] = ()
) -> dict[int, list[int]]:
    """Return paragraph -> the characters named there, in text order (``who[i]`` is the
    character of the ``i``-th candidate and ``where[i]`` its paragraph); with ``keep``,
    only the candidates ``keep[i]`` holds for."""
    named: dict[int, list[int]] = {}
    for i, (w, para) in enumerate(zip(who, where, strict=True)):
        if not keep or keep[i]:
            named.setdefault(para, []).append(w)
    return named


def near_call(named: dict[int, list[int]], para: int, besides: set[int]) -> list[int]:
    """Return the characters a call in paragraph ``para`` may be said to: those named
    (``names_by_paragraph``) in it, the ``BACK`` paragraphs before it or the one after,
    in that order, each once, but for the characters in ``besides``."""
    near = (o for p in range(para - BACK, para + 2) for o in named.get(p, ()))
    return [o for o in dict.fromkeys(near) if o not in besides]


# A third person's pronouns, by the gender a title gives.
_THIRD = {
    "f": re.compile(r"\b(?:she|her|hers|herself)\b", re.IGNORECASE),
    "m": re.compile(r"\b(?:he|him|his|himself)\b", re.IGNORECASE),
}


def _speaks_of_third(
    text: str,
    paragraphs: Sequence[Span],
    quotes: Sequence[Span],
    starts: Sequence[int],
    para: int,
    title: str,
) -> bool:
    """Whether the quotes of paragraph ``para`` speak of someone of ``title``'s gender in
    the third person: the one who answers a call ("Mrs. Casaubon, you look like a crow")
    with "That is what I have been telling her" answers for the one called, not as her."""
    third = _THIRD.get(tables.TITLES.get(title, ""))
    if third is None or not text or not 0 <= para < len(paragraphs):
        return False
    span = paragraphs[para]
    first = bisect_left(starts, span.start)
    for quote in quotes[first:]:
        if quote.start >= span.end:
            break
        if third.search(text, quote.start, quote.end):
            return True
    return False


def called_only(cands: Sequence[Candidate]) -> bool:
    """Whether one character's name candidates (``forms_by_character``) are one titled
    name of one word ("Mrs. Winthrop") used only inside quotes, at most ``MAX_CALLS``
    times, once at least as a call."""
    return (
        len(cands) <= MAX_CALLS
        and all(c.in_quote and c.title and len(c.parts) == 1 for c in cands)
        and any(c.vocative for c in cands)
        and len({(c.title, c.key) for c in cands}) == 1
    )


def tag_speakers(
    candidates: Sequence[Candidate], who: Sequence[int], where: Sequence[int]
) -> dict[int, set[int]]:
    """Return paragraph -> the characters named in its speech tags (outside quotes)."""
    speakers: dict[int, set[int]] = {}
    for cand, w, para in zip(candidates, who, where, strict=True):
        if cand.speech and not cand.in_quote:
            speakers.setdefault(para, set()).add(w)
    return speakers


def agreed(votes: dict[int, set[int]]) -> dict[int, int]:
    """Return caller -> the one character all its calls point to (a vote of -1 is a call
    that points to more than one)."""
    return {w: next(iter(to)) for w, to in votes.items() if len(to) == 1 and -1 not in to}


def _given(call: Candidate, candidates: Sequence[Candidate]) -> bool:
    """Whether the one name of a titled ``call`` is a census given name that no candidate
    uses as a surname (after another name)."""
    low = call.key.lower()
    return low in tables.GIVEN_NAMES and not any(
        len(c.parts) > 1 and c.parts[-1].lower() == low for c in candidates
    )


def character_genders(forms: dict[int, list[Candidate]]) -> dict[int, str]:
    """Return character -> "m" or "f" (characters given as character -> its candidates)
    from its titles, else the pronouns after it when they agree, else the census gender of
    its bare given name; characters with none of these are left out."""
    out: dict[int, str] = {}
    title_genders, census_genders = tables.TITLES, tables.GIVEN_NAMES
    for w, cands in forms.items():
        # Each kind of evidence only when the one before settles nothing, and each table
        # read once per distinct title or given name, not per candidate (a character has
        # hundreds of candidates and a handful of forms).
        titles = {c.title for c in cands}
        titles.discard("")
        titled = {title_genders.get(title, "") for title in titles}
        titled.discard("")
        if len(titled) == 1:
            out[w] = next(iter(titled))
            continue
        votes = {c.gender for c in cands}
        votes.discard("")
        if len(votes) == 1:
            out[w] = next(iter(votes))
            continue
        if titles:
            continue
        firsts = {c.parts[0] for c in cands if c.parts}
        census = {census_genders.get(first.lower(), "") for first in firsts}
        census.discard("")
        if len(census) == 1:
            out[w] = next(iter(census))
    return out


def _other_kind(call: Candidate, forms: Sequence[Candidate], surnames: set[str]) -> bool:
    """Whether a character known by ``forms`` can be the one a titled ``call`` addresses by
    another kind of name: "Madam Mina" (a given name) a woman known only as "Mrs. Harker";
    "Miss Darcy" (a surname: one of ``surnames``, or no given name) one known only by a
    bare given name, "Georgiana"."""
    if any(len(c.parts) != 1 for c in forms):
        return False
    low = call.key.lower()
    if low in tables.GIVEN_NAMES and low not in surnames:
        return all(c.title and c.title not in tables.KINSHIP_TITLES for c in forms)
    return all(not c.title for c in forms)
