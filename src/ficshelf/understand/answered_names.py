"""A given name called and answered by a titled surname: "Winifred, the rain is coming in."
/ "Then fetch the bucket," said Miss Penrose.

Fiction names one woman "Miss Penrose" or "Mrs. Fennimore" in the narration while the
people closest to her call her by her given name, "Winifred", "Beatrice" (her niece's "Aunt
Beatrice"). A character known only by one given name, bare or after a kinship title, that
is called by it (a vocative, or a line that is the name alone: '"Beatrice."') is the one
character who answers the call, or whose line the call answers, when that one is known only
by a civil title and a surname ("Miss Penrose", "Mrs. Fennimore", "Mr. Gorringe"), of the
gender the title and the given name share, and is not the one who speaks the call:

* the answer is the next quote, in the call's paragraph or the next; its speaker is the tag
  after it, or a tag before it that ends in a colon ("Miss Penrose said, without turning
  round: ..."); a tag between the call and the next quote that ends in no colon is the
  call's own ("Harriet, come down," said Mrs. Ashdown) and rules its name out as the answer;
* a call in a line with no tag and no answer that a tag names answers the line before,
  when one named speaker is tagged there ('"Rupert," says Mrs. Fennimore.' / '"Beatrice."').

* in a third-person story, a name the narration never uses, said only inside lines, whose
  call neither reading places, calls the one character known only by a civil title and a
  surname of its gender that the narration names near the call (``addressees.near_call``:
  its paragraph, the three before, the one after), when there is one such character only
  ('Mrs. Welch was pouring out.' / '"..., wasn't I, Celia, ..." said Welch.'). Not in a
  first-person story: there the silent other side of an exchange is as often the
  narrator, whom no name near the call shows (the maid who tells the story, called
  "Susan" while her young mistress, "Miss Floy", is named beside the call).

When every placed call of the name points to one such character, and they are at least as
many as the calls nothing places, the name is hers, unless the narration of one paragraph
names both (two people side by side: "Mrs. Ashdown and Harriet went out"). Mother and daughter
stay apart: the mother speaks her call to the daughter, and a daughter named in the
narration beside her mother is another person.

``addressees.addressed_nicknames`` joins a call to the other side of an exchange when the
call's own line is tagged and the name is used only in calls; this reads the cases it
leaves out, a call in one paragraph with its answer and a given name the narration uses
too. Each call reads a fixed number of quotes and tags, found by bisection, so it is linear
in the number of mentions.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Sequence

from ficshelf.model import Span
from ficshelf.understand import name_tables as tables
from ficshelf.understand.addressees import (
    CastView,
    agreed,
    names_by_paragraph,
    near_call,
    tag_speakers,
    unnamed_tag,
)
from ficshelf.understand.names import Candidate

# Civil titles that name one by title and surname alone.
_SURNAME_TITLES = frozenset(("mr", "mrs", "miss", "ms"))
_MARKS = " \t\n\"'“”‘’«»—–-"


def answered_given(
    text: str,
    paragraphs: Sequence[Span],
    candidates: Sequence[Candidate],
    who: Sequence[int],
    where: Sequence[int],
    quotes: Sequence[Span],
    cast: CastView,
    first_person: bool = False,
) -> dict[int, int]:
    """Return character -> the character it is another name of, for a bare given name
    called and answered by a character known by title and surname (see the module
    docstring). ``who[i]`` is the character of ``candidates[i]`` (in text order),
    ``where[i]`` its paragraph in ``paragraphs`` (``addressees.paragraph_of``); ``quotes``
    are the story's quotes in ``text``; ``cast`` the view of ``who``. In a
    ``first_person`` story a call nothing answers places nothing."""
    if not quotes:
        return {}
    ordered = sorted(quotes, key=lambda q: q.start)
    starts = [q.start for q in ordered]
    calls = [_bare_call(text, c, ordered, starts) for c in candidates]
    forms = cast.forms
    called = {w for w, call in zip(who, calls, strict=True) if call}
    callers = {w for w in called if _given_only(forms[w])}
    if not callers:
        return {}
    titled = {  # character -> the gender of its one title
        w: tables.TITLES.get(cands[0].title, "")
        for w, cands in forms.items()
        if all(c.title in _SURNAME_TITLES and len(c.parts) == 1 for c in cands)
        and len({c.title for c in cands}) == 1
    }
    if not titled:
        return {}
    tags = [  # the names in speech tags (outside quotes), in text order
        (c.start, c.end, w)
        for c, w in zip(candidates, who, strict=True)
        if c.speech and not c.in_quote
    ]
    tag_starts = [t[0] for t in tags]
    paragraph = dict(zip((c.start for c in candidates), where, strict=True))
    tagged = tag_speakers(candidates, who, where)  # paragraph -> characters its tags name
    # names said only in lines, of a third-person story, may take the one near the call
    quoted_only = set() if first_person else {w for w in callers if _quoted_only(forms[w])}
    told = [not c.in_quote for c in candidates]
    named = names_by_paragraph(who, where, told) if quoted_only else {}
    votes: dict[int, set[int]] = {}
    placed: dict[int, int] = {}
    unplaced: dict[int, int] = {}
    for cand, w, para, call in zip(candidates, who, where, calls, strict=True):
        if w not in callers or not call:
            continue
        gender = tables.GIVEN_NAMES.get(cand.key.lower(), "")
        i = bisect_right(starts, cand.start) - 1
        answer = _answer(text, ordered, i, tags, tag_starts, paragraph, para)
        if answer is None and para not in tagged and para - 1 in tagged and 0 <= para:
            # an untagged line answers the one before: it calls that line's speaker
            before = tagged[para - 1]
            untagged = not unnamed_tag(text, paragraphs[para], ordered, starts)
            if len(before) == 1 and untagged:
                answer = next(iter(before)), set()
        if answer is None and w in quoted_only:
            # no answer: the one titled character of the call's gender near it
            near = near_call(named, para, {w, *callers, *tagged.get(para, ())})
            titled_near = [o for o in near if titled.get(o) == gender]
            if len(titled_near) == 1:
                answer = titled_near[0], set()
        if answer is None:
            unplaced[w] = unplaced.get(w, 0) + 1
            continue
        speaker, own = answer
        placed[w] = placed.get(w, 0) + 1
        fits = speaker in titled and speaker not in own and titled[speaker] == gender
        votes.setdefault(w, set()).add(speaker if fits else -1)
    joined = {
        w: o
        for w, o in agreed(votes).items()
        if placed.get(w, 0) >= unplaced.get(w, 0) and o not in callers
    }
    return {w: o for w, o in joined.items() if not _side_by_side(w, o, candidates, who, where)}


def _bare_call(text: str, cand: Candidate, ordered: Sequence[Span], starts: Sequence[int]) -> bool:
    """Whether a candidate is a bare census given name ("Winifred") called inside a quote
    (``ordered``, sorted, whose starts are ``starts``): a vocative, or the whole line
    ('"Beatrice."': a name said alone is said to the one it names)."""
    if not cand.in_quote or cand.title or len(cand.parts) != 1:
        return False
    if tables.GIVEN_NAMES.get(cand.key.lower(), "") not in ("m", "f"):
        return False
    if cand.vocative:
        return True
    i = bisect_right(starts, cand.start) - 1
    if i < 0:
        return False
    quote = ordered[i]
    rest = text[quote.start : cand.start] + text[cand.end : quote.end]
    return not rest.strip(_MARKS + ".!?,;")


def _given_only(cands: Sequence[Candidate]) -> bool:
    """Whether one character is known by one given name alone, bare or after a kinship
    title ("Beatrice", "Aunt Beatrice")."""
    first = cands[0]
    return all(
        len(c.parts) == 1
        and c.key == first.key
        and (not c.title or c.title in tables.KINSHIP_TITLES)
        for c in cands
    )


def _quoted_only(cands: Sequence[Candidate]) -> bool:
    """Whether a character's names (``_given_only``) are said only inside lines, never by
    the narration, and are no kin word a census lists as a given name ("Pa")."""
    return all(c.in_quote for c in cands) and cands[0].key.lower() not in tables.WEAK_STOP_WORDS


def _side_by_side(
    a: int, b: int, candidates: Sequence[Candidate], who: Sequence[int], where: Sequence[int]
) -> bool:
    """Whether characters ``a`` and ``b`` are both named in the narration of one paragraph
    (two people side by side: "Mrs. Reed and Eliza went out")."""
    seen: dict[int, set[int]] = {}
    for cand, w, para in zip(candidates, who, where, strict=True):
        if w in (a, b) and not cand.in_quote:
            seen.setdefault(para, set()).add(w)
    return any(len(found) == 2 for found in seen.values())


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
            own.add(w)  # the call's own tag: "Harriet, come down," said Mrs. Ashdown
            continue
        # the next line's tag: after it, or before it ending in a colon
        return (w, own) if paragraph[start] in (para, para + 1) else None
    return None
