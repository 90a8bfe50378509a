"""A bare title called in the lines and answered: "Lieutenant, I appeal to you." — Joachim.

A rank or an office used alone as a name ("Colonel", "Lieutenant", "Doctor") that only the
characters' lines use, and there to call someone, names the one addressed, whom the
narration knows by his name: the named speaker of the line right after the call, who answers
it. The speaker of that line is the one its tag names ('"Perhaps," said Vershinin') or, with
no named tag, the one character its narration names (an action beat: 'Joachim went red to
the ears. "I do not know," he said.'). The bare title joins that character when more than
half of its calls are answered by it, none by a character of another gender than the
title's, and the one who answers is not the call's own speaker. A call whose next line
nobody named speaks is no vote but counts against the half: a title called over a scene
with no answers stays a character of its own. Kinship titles ("Mother", "Uncle") are left to
the rules of parents' words; a title the narration uses ("the Doctor came in") is a
character the narration knows by it, and stays.

One pass over the mentions and a fixed number of look-ups per call: linear.
"""

from __future__ import annotations

from bisect import bisect_right
from collections import Counter
from collections.abc import Sequence

from ficshelf.model import Span
from ficshelf.understand import name_tables as tables
from ficshelf.understand.addressees import CastView, tag_speakers
from ficshelf.understand.names import Candidate


def _bare_title_calls(cands: Sequence[Candidate]) -> bool:
    """Whether one character's candidates (in text order) are one bare title, no kinship
    title, used only inside quotes and once at least as a call."""
    title = cands[0].title
    return (
        bool(title)
        and title not in tables.KINSHIP_TITLES
        and all(not c.parts and c.title == title and c.in_quote for c in cands)
        and any(c.vocative for c in cands)
    )


def answered_title_calls(
    candidates: Sequence[Candidate],
    who: Sequence[int],
    where: Sequence[int],
    cast: CastView,
    paragraphs: Sequence[Span],
    quotes: Sequence[Span],
) -> dict[int, int]:
    """Return character -> the character it is another name of, for bare titles called in
    the lines and answered by one named character (see the module docstring). ``who[i]``
    is the character of ``candidates[i]`` (in text order) and ``where[i]`` its paragraph
    (``addressees.paragraph_of``) among ``paragraphs``; ``quotes`` the story's quotes."""
    forms = cast.forms
    callers = {w for w, cands in forms.items() if _bare_title_calls(cands)}
    if not callers:
        return {}
    starts = [p.start for p in paragraphs]
    lines = _line_paragraphs(starts, quotes)
    speakers = tag_speakers(candidates, who, where)
    beats: dict[int, set[int]] = {}  # line -> characters its narration names
    for cand, w, para in zip(candidates, who, where, strict=True):
        if not cand.in_quote and para in lines and w not in callers:
            beats.setdefault(para, set()).add(w)
    genders = cast.genders
    calls: Counter[int] = Counter()
    votes: dict[int, Counter[int]] = {}
    for cand, w, para in zip(candidates, who, where, strict=True):
        if w not in callers or not cand.vocative:
            continue
        calls[w] += 1
        answer = speakers.get(para + 1) or (
            beats.get(para + 1, set()) if para + 1 in lines else set()
        )
        if len(answer) != 1:
            continue
        other = next(iter(answer))
        if other in callers or other in speakers.get(para, ()):
            continue
        votes.setdefault(w, Counter())[other] += 1
    out: dict[int, int] = {}
    for w, counted in votes.items():
        title_gender = tables.TITLES.get(forms[w][0].title, "")
        if title_gender and any(genders.get(o, title_gender) != title_gender for o in counted):
            continue
        best, n = counted.most_common(1)[0]
        if 2 * n > calls[w]:
            out[w] = best
    return out


def _line_paragraphs(starts: Sequence[int], quotes: Sequence[Span]) -> set[int]:
    """Return the indexes of the paragraphs (whose starts are ``starts``, in text order)
    that hold the start of a quote: the lines of dialogue."""
    return {bisect_right(starts, q.start) - 1 for q in quotes} - {-1}
