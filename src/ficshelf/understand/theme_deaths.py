"""The deaths of named characters, for the "themes" stage's "major character death".

A named, often-mentioned character (named ``MAJOR_MENTIONS`` times or more in the body) who
dies in the narration ("Lucan died", "Arthur is dead", "Ruth drowned", "was hanged",
"expired", "Marcus's heart gave out", "the fever took Marcus" — not backstory "had died"; or
"she died" when she is the one character the narration names in that sentence or the one
before), or whom someone kills ("Mordred killed Arthur"; not after a modal: "would have
killed Arthur"), gives "major character death"; their grave, funeral, coffin or murderer
("Arthur's grave") counts half. Deaths inside quotes, negated ones and supposed ones do not
count (the checks of ``theme_evidence``). Both rules read the ``mentions`` layer: the
pronoun rule for who "she" is, the named rule for who is a character at all — a name no
mention holds (a freezer the family calls Walrus, which "is dying") is no character's.
"""

from __future__ import annotations

import itertools
import re
from bisect import bisect_right
from collections import Counter
from collections.abc import Collection, Iterable, Iterator, Sequence

from ficshelf.model import Span
from ficshelf.understand.fast_regex import compile_fast
from ficshelf.understand.theme_evidence import Tally, containing, hypothetical, negated

# A character must be named this often in the body for their death to be a major one.
MAJOR_MENTIONS = 5
_DYING = (
    r"(?:['’]s heart)?\s++(?:(?:is|was|lay|lies) dead|died|dies|is dying|was dying|passed away"
    r"|breathed (?:his|her|their) last|drew (?:his|her|their) last breath"
    r"|stopped breathing|never woke(?: up| again)?|did(?:n['’]t| not) wake (?:up )?again|expired"
    r"|departed this life|drowned|bled to death|(?:was|is) (?:killed|slain|murdered"
    r"|hanged|executed|found dead|shot dead|stabbed to death|beaten to death)|perished)(?![\w'’])"
)
# Literal pieces one of which every match of ``_DYING`` holds ("dead" in "lay dead" and in
# "found dead", "breath" in "stopped breathing"): a paragraph holding none of them tells
# no death by a name or a pronoun (``dying_paragraphs``).
_DYING_PIECES = tuple(
    "dead|die|dying|passed away|breath|never woke|wake |expired|departed this life|drowned"
    "|bled to death|killed|slain|murdered|hanged|executed|stabbed to death|beaten to death"
    "|perished".split("|")
)
# The lookbehind comes after the first character so that the engine can skip quickly to the
# characters a match can start with; a name's letters and the spaces after it are possessive
# (a letter never follows them, so giving one back is no use).
_DEATH = re.compile(r"(?P<name>[A-Z](?<![\w'’][A-Z])[a-z]++)" + _DYING)
_PRONOUN_DEATH = re.compile(r"(?P<name>[HhSs](?<![\w'’][HhSs])(?:(?<=[Hh])e|(?<=[Ss])he))" + _DYING)
# A named character killed by someone ("Mordred killed Arthur"), or their body, grave or
# funeral told of ("Arthur's grave"): the first is a death, the second half of one.
_KILLING_VERBS = tuple(
    "killed murdered slew strangled smothered beheaded executed hanged drowned buried".split()
)
_KILLED = compile_fast(
    r"(?<![\w'’])(?:" + "|".join(_KILLING_VERBS) + r") "
    r"(?P<name>[A-Z](?<![\w'’][A-Z])[a-z]++)(?![\w'’-]| (?:and|or) )"
)
_REMAINS = re.compile(
    r"(?P<name>[A-Z](?<![\w'’][A-Z])[a-z]++)['’]s (?:funeral|grave|coffin|corpse|dead body"
    r"|body lay|lifeless body|deathbed|death.?bed|murder|murderer|killer|ashes)(?![\w'’])"
)
# A named character's heart failing, or a sickness, the sea or a war taking them ("the fever
# took Marcus"): a death told without the word.
_TAKEN = compile_fast(
    r"(?P<name>[A-Z](?<![\w'’][A-Z])[a-z]++)['’]s heart (?:stopped|gave out|gave way|failed|burst)"
    r"(?![\w'’])|(?<![\w'’])(?:fever|sickness|illness|disease|cancer|plague"
    r"|consumption|cholera|typhus|pox|influenza|flu|war|sea|river|flood|cold|winter) (?:had )?"
    r"(?:took|taken|claimed|carried off) (?P<taken>[A-Z](?<![\w'’][A-Z])[a-z]++)(?![\w'’-])"
)
# Each form of death with its weight and literal pieces one of which every match of it holds
# (``None``: searched everywhere): a paragraph holding none of them is not searched.
_DEATH_FORMS: tuple[tuple[re.Pattern[str], float, tuple[str, ...] | None], ...] = (
    (_DEATH, 1.0, _DYING_PIECES),
    (
        _KILLED,
        1.0,
        tuple(f"{verb} " for verb in _KILLING_VERBS),
    ),
    (_TAKEN, 1.0, ("s heart ", "took ", "taken ", "claimed ", "carried off ")),
    (
        _REMAINS,
        0.5,
        tuple(
            f"s {noun}"
            for noun in ("funeral", "grave", "coffin", "corpse", "dead body", "body lay")
            + ("lifeless body", "death", "murder", "killer", "ashes")
        ),
    ),
)


def major_deaths(
    text: str,
    paragraphs: Sequence[Span],
    sentences: Sequence[Span],
    quotes: Sequence[Span],
    mentions: Sequence[Span] = (),
    dying: Collection[int] | None = None,
) -> Tally:
    """Return the narrated deaths of often-named characters ("Lucan died") outside quotes.
    With the ``mentions`` layer (not empty), a name no mention of a character holds is no
    character's: a boiler the family calls Gerald "is dying" and no one dies (``cast``).
    ``dying``: ``dying_paragraphs(text, paragraphs)`` when the caller holds it."""
    sent_starts = [s.start for s in sentences]
    quote_starts = [q.start for q in quotes]
    deaths: list[tuple[str, Span, float]] = []
    # (the paragraphs' starts and order are read once, not per piece or name)
    starts = _ordered_starts(paragraphs)
    if dying is None:
        dying = _holding(text, paragraphs, _DYING_PIECES, starts)
    holding = [
        dying if pieces is _DYING_PIECES else _holding(text, paragraphs, pieces, starts)
        for _, _, pieces in _DEATH_FORMS
    ]
    # only the paragraphs some form can match in, in order
    visit: Iterable[int] = range(len(paragraphs))
    if all(where is not None for where in holding):
        visit = sorted({i for where in holding if where is not None for i in where})
    for i in visit:
        para = paragraphs[i]
        for (pattern, weight, _), where in zip(_DEATH_FORMS, holding, strict=True):
            if where is not None and i not in where:
                continue
            for m in pattern.finditer(text, para.start, para.end):
                if containing(quotes, quote_starts, m.start()):
                    continue
                sentence = containing(sentences, sent_starts, m.start()) or para
                if negated(text, m.start(), sentence.start):
                    continue
                if hypothetical(text, m.start(), sentence.start):
                    continue
                deaths.append((m.group("name") or m.group("taken"), sentence, weight))
    tally = Tally()
    if not deaths:
        return tally
    counts = _whole_words(text, paragraphs, {name for name, _, _ in deaths}, starts)
    named = cast(text, mentions) if mentions else None
    for name, sentence, weight in deaths:
        if counts[name] >= MAJOR_MENTIONS and (named is None or name in named):
            tally.add(sentence, weight)
    return tally


def cast(text: str, mentions: Sequence[Span]) -> frozenset[str]:
    """Return the capitalised words the ``mentions`` of characters hold ("Sir Lucan" gives
    "Sir" and "Lucan"): the names a death can be a character's by. The characters stage
    leaves out what the story names but is no person — a boiler called Gerald, a ship, a
    house — so a name it never marks as a mention dies no character's death."""
    surfaces = {text[m.start : m.end] for m in mentions}  # (a name recurs as a few strings)
    return frozenset(word for surface in surfaces for word in _CAPITALISED.findall(surface))


_CAPITALISED = re.compile(r"[A-Z][a-z]++")


def dying_paragraphs(text: str, paragraphs: Sequence[Span]) -> set[int] | None:
    """Return the indices of ``paragraphs`` that hold one of ``_DYING_PIECES`` whole: the
    only ones where a death told by a name or by a pronoun can stand (``major_deaths``,
    ``pronoun_deaths``); ``None`` (every one) when the paragraphs are not in text order
    without overlaps."""
    return _holding(text, paragraphs, _DYING_PIECES, _ordered_starts(paragraphs))


def _ordered_starts(paragraphs: Sequence[Span]) -> list[int] | None:
    """Return the starts of ``paragraphs`` when they are in text order without overlaps,
    else ``None``."""
    if any(a.end > b.start for a, b in itertools.pairwise(paragraphs)):
        return None
    return [p.start for p in paragraphs]


def _whole_words(
    text: str, paragraphs: Sequence[Span], names: set[str], starts: list[int] | None
) -> Counter[str]:
    """Return how often each of ``names`` stands in ``paragraphs`` as a whole word: not inside
    a longer word, nor before or after an apostrophe (a paragraph's end ends the word);
    ``starts`` is ``_ordered_starts(paragraphs)``."""
    counts: Counter[str] = Counter()
    if starts is None:
        ordered = sorted(names, key=lambda name: (-len(name), name))
        named = compile_fast(r"(?<![\w'’])(?:" + "|".join(map(re.escape, ordered)) + r")(?![\w'’])")
        for para in paragraphs:
            counts.update(named.findall(text, para.start, para.end))
        return counts
    for name in names:
        for at, k in _occurrences(text, paragraphs, name, starts):
            end = at + len(name)
            if (at == 0 or not _in_word(text[at - 1])) and (
                end == paragraphs[k].end or not _in_word(text[end])
            ):
                counts[name] += 1
    return counts


def _in_word(char: str) -> bool:
    """Whether ``char`` is a word character (as ``\\w`` matches) or an apostrophe."""
    return char.isalnum() or char in "_'’"


def _holding(
    text: str, paragraphs: Sequence[Span], pieces: Sequence[str] | None, starts: list[int] | None
) -> set[int] | None:
    """Return the indices of ``paragraphs`` that hold one of ``pieces`` whole, or ``None``
    (every paragraph may hold one) when ``pieces`` is ``None`` or the paragraphs are not in
    text order without overlaps (``starts``, their starts, is then ``None``)."""
    if pieces is None or starts is None:
        return None
    return {k for piece in pieces for _, k in _occurrences(text, paragraphs, piece, starts)}


def _occurrences(
    text: str, paragraphs: Sequence[Span], piece: str, starts: list[int]
) -> Iterator[tuple[int, int]]:
    """Yield ``(position, paragraph index)`` of every occurrence of ``piece`` (not empty) that
    lies wholly inside one of ``paragraphs`` (in text order, without overlaps; ``starts``
    their starts), found with ``str.find``: linear in the text."""
    if not paragraphs:
        return
    lo, hi = paragraphs[0].start, paragraphs[-1].end
    at = text.find(piece, lo, hi)
    while at != -1:
        k = bisect_right(starts, at) - 1
        if k >= 0 and at + len(piece) <= paragraphs[k].end:
            yield at, k
        at = text.find(piece, at + 1, hi)


def pronoun_deaths(
    text: str,
    paragraphs: Sequence[Span],
    sentences: Sequence[Span],
    quotes: Sequence[Span],
    mentions: Sequence[Span],
    dying: Collection[int] | None = None,
) -> Tally:
    """Return the narrated deaths told by a pronoun ("she died a little before dawn") of an
    often-named character: the one character named in the narration of that sentence before
    the pronoun, or else of the sentence before it (none when two are named there).
    ``dying``: ``dying_paragraphs(text, paragraphs)`` when the caller holds it."""
    tally = Tally()
    if not mentions:
        return tally
    if dying is None:
        dying = dying_paragraphs(text, paragraphs)
    visit = range(len(paragraphs)) if dying is None else sorted(dying)
    quote_starts = [q.start for q in quotes]
    found = [
        (m, paragraphs[i])
        for i in visit
        for m in _PRONOUN_DEATH.finditer(text, paragraphs[i].start, paragraphs[i].end)
        if not containing(quotes, quote_starts, m.start())
    ]
    if not found:
        return tally
    # (who is named where is read only for a text that tells such a death)
    sent_starts = [s.start for s in sentences]
    narrated = [m for m in mentions if containing(quotes, quote_starts, m.start) is None]
    starts = [m.start for m in narrated]
    counts = Counter(m.label for m in mentions)
    for m, para in found:
        k = bisect_right(sent_starts, m.start()) - 1
        sentence = sentences[k] if k >= 0 and m.start() < sentences[k].end else para
        if negated(text, m.start("name"), sentence.start):
            continue
        lo = sentences[k - 1].start if k > 0 and sentence is not para else sentence.start
        lo = max(lo, para.start)
        named = {
            n.label
            for n in narrated[bisect_right(starts, lo - 1) : bisect_right(starts, m.start())]
            if n.end <= m.start()
        }
        if len(named) == 1 and counts[next(iter(named))] >= MAJOR_MENTIONS:
            tally.add(sentence, 1.0)
    return tally
