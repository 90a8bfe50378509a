"""A given name called and answered by a titled surname: "Charlotte, you must have it" /
"No, dear," said Miss Bartlett.

Fiction names one woman "Miss Bartlett" in the narration while the people closest to her
call her by her given name, "Charlotte", which the narration never uses. A bare given name
used only in calls (every mention a vocative, a few at most) is the one character who
answers it: the named speaker of the line that follows the call, when that speaker is known
only by a civil title and a surname ("Miss Bartlett", "Mrs. Pontifex", "Mr. Carey"), of the
gender the title and the given name share, and is not the one who speaks the call. The line
that follows is the next quote, in the call's paragraph or the next one; its speaker is the
tag after it, or a tag before it that ends in a colon ("Miss Bartlett said, with more
restraint: ..."); a tag between the call and the next quote that ends in no colon is the
call's own ("Eliza, come here," said Mrs. Reed) and rules its name out as the answer. When
every placed call of the name points to one such character, and they are at least as many
as the calls nothing places, the name is hers. Mother and daughter ("Mrs. Reed" calling
"Eliza") stay apart: the mother speaks the call, the daughter's answer names her, so her
name is no call only.

``addressees.addressed_nicknames`` joins a call to the other side of an exchange when the
call's own line is tagged; this reads the case it leaves out, a call in an untagged line or
in one paragraph with its answer. Each call reads a fixed number of quotes and tags, found
by bisection, so it is linear in the number of mentions.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Sequence

from ficshelf.model import Span
from ficshelf.understand import name_tables as tables
from ficshelf.understand.addressees import MAX_CALLS, agreed, forms_by_character
from ficshelf.understand.names import Candidate

# Civil titles that name one by title and surname alone.
_SURNAME_TITLES = frozenset(("mr", "mrs", "miss", "ms"))
_MARKS = " \t\n\"'“”‘’«»—–-"


def answered_given(
    text: str,
    candidates: Sequence[Candidate],
    who: Sequence[int],
    where: Sequence[int],
    quotes: Sequence[Span],
) -> dict[int, int]:
    """Return character -> the character it is another name of, for a bare given name used
    only in calls that a character known by title and surname answers (see the module
    docstring). ``who[i]`` is the character of ``candidates[i]`` (in text order),
    ``where[i]`` its paragraph (``addressees.paragraph_of``); ``quotes`` are the story's
    quotes in ``text``."""
    forms = forms_by_character(candidates, who)
    callers = {w: cands[0] for w, cands in forms.items() if _called_given(cands)}
    if not callers or not quotes:
        return {}
    titled = {  # character -> the gender of its one title
        w: tables.TITLES.get(cands[0].title, "")
        for w, cands in forms.items()
        if all(c.title in _SURNAME_TITLES and len(c.parts) == 1 for c in cands)
        and len({c.title for c in cands}) == 1
    }
    if not titled:
        return {}
    ordered = sorted(quotes, key=lambda q: q.start)
    starts = [q.start for q in ordered]
    tags = [(c.start, c.end, w) for c, w in zip(candidates, who, strict=True) if c.speech]
    tags = [t for t in tags if not _inside(t[0], ordered, starts)]
    tags.sort()
    tag_starts = [t[0] for t in tags]
    paragraph = dict(zip((c.start for c in candidates), where, strict=True))
    votes: dict[int, set[int]] = {}
    placed: dict[int, int] = {}
    unplaced: dict[int, int] = {}
    for cand, w, para in zip(candidates, who, where, strict=True):
        if w not in callers:
            continue
        gender = tables.GIVEN_NAMES.get(cand.key.lower(), "")
        i = bisect_right(starts, cand.start) - 1
        answer = _answer(text, ordered, i, tags, tag_starts, paragraph, para)
        if answer is None:
            unplaced[w] = unplaced.get(w, 0) + 1
            continue
        speaker, own = answer
        placed[w] = placed.get(w, 0) + 1
        fits = speaker in titled and speaker not in own and titled[speaker] == gender
        votes.setdefault(w, set()).add(speaker if fits else -1)
    return {
        w: o
        for w, o in agreed(votes).items()
        if placed.get(w, 0) >= unplaced.get(w, 0) and o not in callers
    }


def _called_given(cands: Sequence[Candidate]) -> bool:
    """Whether one character's name candidates are one bare census given name ("Charlotte")
    used only as a call inside quotes, at most ``MAX_CALLS`` times."""
    first = cands[0]
    return (
        len(cands) <= MAX_CALLS
        and not first.title
        and len(first.parts) == 1
        and tables.GIVEN_NAMES.get(first.key.lower(), "") in ("m", "f")
        and all(c.vocative and c.in_quote and c.key == first.key and not c.title for c in cands)
    )


def _inside(pos: int, ordered: Sequence[Span], starts: Sequence[int]) -> bool:
    i = bisect_right(starts, pos) - 1
    return i >= 0 and ordered[i].start <= pos < ordered[i].end


def _answer(
    text: str,
    ordered: Sequence[Span],
    i: int,
    tags: Sequence[tuple[int, int, int]],
    tag_starts: Sequence[int],
    paragraph: dict[int, int],
    para: int,
) -> tuple[int, set[int]] | None:
    """Return the named speaker of the quote after ``ordered[i]`` (the quote holding a
    call in paragraph ``para``) with the characters named as the call's own speaker, or
    None when no tag names it in that paragraph or the next."""
    if i < 0 or i + 1 >= len(ordered):
        return None
    call, nxt = ordered[i], ordered[i + 1]
    after = ordered[i + 2].start if i + 2 < len(ordered) else len(text)
    own: set[int] = set()
    for start, end, w in tags[bisect_left(tag_starts, call.end) : bisect_left(tag_starts, after)]:
        if start < nxt.start and not text[end : nxt.start].strip(_MARKS).endswith(":"):
            own.add(w)  # the call's own tag: "Eliza, come here," said Mrs. Reed
            continue
        # the next line's tag: after it, or before it ending in a colon
        return (w, own) if paragraph[start] in (para, para + 1) else None
    return None
