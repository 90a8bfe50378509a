"""The cue tally of the "themes" stage (``tally_cues``): every cue of the lexicons the
prefilter lands on in the story body (``cue_index``, ``joint_scan``, which also finds where
``theme_agreeing``'s prefilter lands), weighed in the sentence holding it: anchored cues only
beside their setting, role nouns at most twice and never as a name or title, no name for a
cue, words that swear only in speech, the denial a cue carries, the negation, dialogue,
simile and modal rules (``theme_evidence``). The rules are told in ``themes``'s docstring
and docs/warnings.md; the stage (``themes.find_tags``) sums the tallies against each tag's
threshold.
"""

from __future__ import annotations

import functools
import re
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence

from ficshelf.model import Span
from ficshelf.understand import theme_conditional as cond
from ficshelf.understand import theme_context as ctx
from ficshelf.understand.fast_regex import compile_fast
from ficshelf.understand.theme_agreeing import beginnings as agreeing_beginnings
from ficshelf.understand.theme_evidence import (
    Tally,
    backstory,
    containing,
    drink_named,
    figurative,
    habitual,
    hypothetical,
    in_mention,
    negated,
    simile,
    soft_drink,
)
from ficshelf.understand.theme_injuries import CARE, injury_told
from ficshelf.understand.theme_life_cues import OATHS
from ficshelf.understand.theme_matcher import (
    SPECIAL_FOLDS,
    CueIndex,
    compile_cues,
    joint_prefilter,
    plainly_lowered,
)
from ficshelf.vocabulary import WARNINGS

DIALOGUE_WEIGHT = 0.75
# A cue after a modal or "if" ("I'll kill you", "if he was drunk") is supposed, not shown:
# no evidence of a warning at all (round evidence36: "whether I am drunk", "if I catch my
# death" under a tag stop a reader trusting it), and half its weight for an inner theme (a
# threat is menace) or for the "would" of a habit told in the narration
# (``theme_evidence.habitual``: "every night he would drink until he slept").
HYPOTHETICAL_WEIGHT = 0.5
# A cue inside a simile ("as a man shuts the door on a sickroom") only colours the telling:
# no evidence of a warning (round evidence36: "like a boy at a funeral"), and this much of
# its weight for an inner theme.
SIMILE_WEIGHT = 0.3
# A capitalised cue inside a mention of a character named this often is a name, not the
# thing ("Flask snorted" of a sailor called Flask).
NAME_MENTIONS = 2
# Tags whose cues keep their full weight inside dialogue.
DIALOGUE_TAGS = frozenset({"profanity"})
# Tags a negation does not cancel ("no damn way" still swears).
UNNEGATED_TAGS = frozenset({"profanity"})


# The cue index is compiled by the first story, not on import (it costs ~0.3 s of CPU).
cue_index = functools.cache(compile_cues)
_SPOKEN_ONLY = {tag: re.compile(source, re.IGNORECASE) for tag, source in ctx.SPOKEN_ONLY.items()}
_DENIAL = re.compile(
    r"(?<![\w'’])(?:" + "|".join(re.escape(d) for d in cond.DENIALS) + r")(?: even| go)? \Z",
    re.IGNORECASE,
)
_ANCHORS = {name: compile_fast(source, re.IGNORECASE) for name, source in cond.ANCHORS.items()}
_ROLE = re.compile(ctx.ROLE_NOUNS + r"(?:['’]s)?", re.IGNORECASE)
_NURSERY = re.compile(ctx.NURSERY, re.IGNORECASE)
_CARE = re.compile(CARE, re.IGNORECASE)
# An exclamation of God's name (``theme_life_cues.OATHS``), as the profanity cue matched it.
_OATH = re.compile(OATHS.replace("'", "['’]"), re.IGNORECASE)


def tally_cues(
    text: str,
    paragraphs: Sequence[Span],
    sentences: Sequence[Span],
    quotes: Sequence[Span],
    heads: Iterable[tuple[int, str, Span]] | None = None,
    lowered: str | None = None,
    mentions: Sequence[Span] = (),
) -> dict[str, Tally]:
    """Return the weighted cues per tag (and inner theme) in ``paragraphs``, each counted in
    the sentence holding it, after the negation, figurative and dialogue rules. ``heads``:
    where the prefilter lands (offset, head word in lower case, paragraph), in text order,
    when the caller has scanned for it already (``joint_scan``); ``lowered``: the text
    lower-cased by ``theme_matcher.plainly_lowered``, when the caller holds it (read by
    ``theme_evidence.figurative``; the same tallies); ``mentions``: the characters' mentions
    (the ``mentions`` layer, in text order), inside one of which a capitalised cue is a
    name when the character is mentioned ``NAME_MENTIONS`` times ("Flask snorted" of a
    character called Flask: ``theme_evidence.in_mention``)."""
    tallies: dict[str, Tally] = {}
    mention_starts = [m.start for m in mentions]
    cast: Counter[str] | None = None  # how often each character is mentioned (on demand)
    roles: dict[tuple[str, str], int] = {}  # how often each role noun has counted, per tag
    sent_starts = [s.start for s in sentences]
    quote_starts = [q.start for q in quotes]
    index = cue_index()
    current: Span | None = None
    anchored: Callable[[str], bool] = bool
    # the story-wide anchors (``theme_conditional.STORY_ANCHORS``), searched on demand
    story: dict[str, bool] = {}
    for pos, head, para in _heads(text, paragraphs, index) if heads is None else heads:
        if para is not current:
            # the anchors of ``theme_conditional.ANCHORED`` in ``para``, searched on demand
            current, anchored = para, functools.partial(_anchored, text, para, {}, story)
        if pos and text[pos - 1] in "'’-":
            continue
        cues = _cues_at(index, text, pos, para.end, head, anchored, lowered)
        if not cues:
            continue
        sentence = containing(sentences, sent_starts, pos) or para
        in_quote = containing(quotes, quote_starts, pos) is not None
        for tag, start, end, weight, denying in cues:
            if figurative(text, tag, start, end, sentence, lowered):
                continue
            word = text[start:end]
            if (
                tag == "illness"
                and word.lower() in ("nurse", "nurses")
                and _NURSERY.search(text, para.start, para.end)
            ):
                continue  # the children's nurse (``theme_context.NURSERY``)
            if tag == "illness" and _CARE.fullmatch(word) and _injured(text, lowered, story):
                continue  # where the injured are cared for (``theme_injuries``)
            if _ROLE.fullmatch(word) and not _counts_as_role(
                text, word, start, sentence, tag, roles
            ):
                continue
            if tag not in DIALOGUE_TAGS and _a_name(text, word, start, sentence):
                continue
            if word[:1].isupper() and (mention := in_mention(mentions, mention_starts, start, end)):
                # a character mentioned more than once: one lone mention may be the
                # characters stage taking a capitalised word for a name ("Rehab was twelve
                # weeks")
                if cast is None:
                    cast = Counter(m.label for m in mentions)
                if cast[mention.label] >= NAME_MENTIONS:
                    continue
            if tag == "alcohol" and (drink_named(text, start, end) or soft_drink(text, start, end)):
                continue
            spoken_only = _SPOKEN_ONLY.get(tag)
            if not in_quote and spoken_only and spoken_only.fullmatch(word):
                continue
            # A cue that carries its own denial is read from where the denial starts.
            at = _denial_start(text, pos, sentence.start) if denying else pos
            if tag not in UNNEGATED_TAGS and negated(text, at, sentence.start):
                continue
            if in_quote and tag not in DIALOGUE_TAGS:
                weight *= DIALOGUE_WEIGHT
            if simile(text, at, sentence.start):
                if tag in WARNINGS:
                    continue
                weight *= SIMILE_WEIGHT
            if tag not in DIALOGUE_TAGS and hypothetical(text, at, sentence.start):
                # (a habit told in the narration, "he would drink until he slept", is shown)
                if tag in WARNINGS and (in_quote or not habitual(text, at, sentence)):
                    continue
                weight *= HYPOTHETICAL_WEIGHT
            past = backstory(text, at, sentence.start)
            tally = tallies.setdefault(tag, Tally())
            tally.add(sentence, weight, not in_quote, past)
            if tag == "profanity" and _OATH.fullmatch(text, start, end):
                tally.oaths += weight
    return tallies


def _anchored(
    text: str, para: Span, settings: dict[str, bool], story: dict[str, bool], name: str
) -> bool:
    """Whether the anchor ``name`` (``theme_conditional.ANCHORED``) is named in ``para``
    (each searched once per paragraph: ``settings``), or, for one of
    ``theme_conditional.STORY_ANCHORS``, anywhere in ``text`` (searched once: ``story``)."""
    if name in cond.STORY_ANCHORS:
        if name not in story:
            story[name] = _ANCHORS[name].search(text) is not None
        return story[name]
    if name not in settings:
        settings[name] = _ANCHORS[name].search(text, para.start, para.end) is not None
    return settings[name]


def _injured(text: str, lowered: str | None, story: dict[str, bool]) -> bool:
    """Whether the story ``text`` tells an injury (``theme_injuries.injury_told``), searched
    once a story (``story``); ``lowered``: its lower-cased copy, when the caller holds it."""
    if "injury told" not in story:
        story["injury told"] = injury_told(text.lower() if lowered is None else lowered)
    return story["injury told"]


def _heads(
    text: str, paragraphs: Sequence[Span], index: CueIndex
) -> Iterator[tuple[int, str, Span]]:
    """Yield where the cue prefilter lands in ``paragraphs``: offset, head word (lower case)
    and paragraph."""
    lowered = text.lower()
    # Lower-casing keeps offsets for almost every text; when it does not, search case-blind.
    search, prefilter = (
        (lowered, index.lower) if len(lowered) == len(text) else (text, index.caseless)
    )
    if prefilter is index.lower and any(c in text for c in SPECIAL_FOLDS):
        prefilter = index.lower_heads
    for para in paragraphs:
        for found in prefilter.finditer(search, para.start, para.end):
            yield found.start(), found.group().lower(), para


def joint_scan(
    text: str, paragraphs: Sequence[Span], lowered: str | None = None
) -> tuple[list[tuple[int, str, Span]], list[tuple[int, Span]]] | None:
    """Return, from one scan of ``paragraphs``, what the cue prefilter finds (as ``_heads``
    yields it) and where ``theme_agreeing``'s prefilter lands (offset, paragraph): the
    ``heads`` of ``tally_cues`` and the ``starts`` of ``agreeing``, each exactly what their
    own scans find (``theme_matcher.joint_prefilter``). ``None`` for a text whose
    lower-casing moves offsets or holds ``SPECIAL_FOLDS`` (each then scans on its own).
    ``lowered``: ``plainly_lowered(text)`` when the caller holds it (else worked out here)."""
    if lowered is None:
        lowered = plainly_lowered(text)
    if lowered is None:
        return None
    joint = joint_prefilter(cue_index(), agreeing_beginnings())
    if joint is None:
        return None
    heads: list[tuple[int, str, Span]] = []
    starts: list[tuple[int, Span]] = []
    for para in paragraphs:
        for found in joint.finditer(lowered, para.start, para.end):
            head = found.group("head")
            if head is not None:
                heads.append((found.start(), head, para))
            if found.group("other") is not None:
                starts.append((found.start(), para))
    return heads, starts


def _counts_as_role(
    text: str, word: str, start: int, sentence: Span, tag: str, roles: dict[tuple[str, str], int]
) -> bool:
    """Whether the role noun ``word`` at ``start`` ("doctor", ``theme_context.ROLE_NOUNS``)
    counts for ``tag``: not as a name or title (capitalised inside its sentence: "the Nurse",
    "Doctor Lanyon"), and only its first ``theme_context.ROLE_REPEATS`` times in the story
    (counted in ``roles``)."""
    if word[0].isupper() and text[sentence.start : start].strip(" \t\n\"'“‘«(—-"):
        return False
    key = (tag, word.lower().rstrip("s’'"))
    roles[key] = roles.get(key, 0) + 1
    return roles[key] <= ctx.ROLE_REPEATS


def _a_name(text: str, word: str, start: int, sentence: Span) -> bool:
    """Whether the cue ``word`` at ``start`` is one word capitalised inside its sentence: a
    name or a title ("a terrier called Mumps", "the wardenship of Hiram's Hospital"), never
    the thing itself (but a word that is a proper noun by nature,
    ``theme_context.PROPER_CUES``, is: "a bottle of Madeira"). A word in capitals is shouted,
    not named ("he was DEAD"), and a word that opens a line of speech or follows a colon or a
    dash opens a clause of its own ('She screamed, "Murder!"', "one word: Cancer")."""
    if not word[:1].isupper() or not word.isalpha() or word.lower() in ctx.PROPER_CUES:
        return False
    if len(word) > 1 and word.isupper():
        return False
    before = text[sentence.start : start].rstrip(" \t\n")
    return bool(before) and before[-1] not in _CLAUSE_OPENERS


# What opens a clause inside a sentence: a capitalised word after it is no name for that.
_CLAUSE_OPENERS = frozenset("\"'“‘«(—–-:")


def _cues_at(
    index: CueIndex,
    text: str,
    pos: int,
    end: int,
    head: str,
    anchored: Callable[[str], bool],
    lowered: str | None = None,
) -> list[tuple[str, int, int, float, bool]]:
    """Return ``(tag, start, end, weight, denying)`` for each tag with a cue starting at
    ``pos`` (its heaviest cue there: ``text[start:end]``), trying the cues ``index`` files
    under ``head``; a cue with an anchor counts only where ``anchored(anchor)``, and a denying
    one (``theme_conditional.DENYING``) carries its own denial, so no negation cancels it.
    ``lowered``: ``plainly_lowered(text)`` when the caller holds it: each cue is then matched
    there (``Cue.match_lowered``: the same match as ``Cue.pattern`` in ``text``, cheaper to
    try, only the alternatives that can start at ``pos`` compiled, and the case-blind
    pattern never)."""
    best: dict[str, tuple[str, int, int, float, bool]] = {}
    for cue in index.keyed.get(head, ()):
        if lowered is None or cue.branches is None:
            m = cue.pattern.match(text, pos, end)
        else:
            m = cue.match_lowered(lowered, pos, end)
        if m is None or cue.tag in best and cue.weight <= best[cue.tag][3]:
            continue
        # (the anchor is searched only for a cue that matches: the paragraph search costs more)
        if cue.anchor and not anchored(cue.anchor):
            continue
        best[cue.tag] = (cue.tag, m.start(), m.end(), cue.weight, cue.denying)
    return list(best.values())


def _denial_start(text: str, pos: int, sentence_start: int) -> int:
    """Return where the denial that a ``theme_conditional.DENYING`` cue at ``pos`` carries in its
    lookbehind starts ("couldn't" in "couldn't get out of bed"), or ``pos``."""
    found = _DENIAL.search(text, max(sentence_start, pos - 30), pos)
    return found.start() if found else pos
