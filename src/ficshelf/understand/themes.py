"""The "themes" stage.

Layers:

* ``warnings`` — evidence spans (sentences) per warning or theme of the vocabulary
  (``vocabulary.WARNINGS``), label = the tag, score = confidence of the tag (the same on every
  span of one tag).
* ``rating`` — one span over the body, label = "General" | "Teen" | "Mature" | "Explicit",
  score = confidence.

How a tag is found (cue lexicons in ``theme_lexicon``, written from the vocabulary's
definitions: the acts and their aftermath in every inflection, "bled out", "stopped
breathing", "the blade went in", "took to her bed"; in ``theme_told``, how fiction tells
them without naming them: euphemisms, aftermath and period diction, "passed in the spring",
"started cutting again", "in his cups", "put a period to his existence"; the context rules as
data in ``theme_context``; compiled into one prefilter by ``theme_matcher``): every cue in
the story body is weighed in its sentence. Some cues are ambiguous alone and count only in a
paragraph that names their setting (``theme_told.ANCHORED``: a bruise or a blow is domestic
violence beside a husband, wife or partner, child abuse beside a parent or a child); some
carry their own denial ("couldn't get out of bed", ``theme_told.DENYING``) and are read from
where it starts. A cue does not count when it is negated ("she wasn't dead":
a negation within three words before it in the same clause, so "No, he was drunk" is not
negated, and never one that denies a stop: "couldn't stop drinking", "nothing but blood") or
part of a figurative use ("dying to see", "killer heels", "drunk with joy", "I could kill
for a coffee"). Inside dialogue a cue weighs three quarters — a death told in a line is less
sure than a death narrated — except profanity, which is at home there (and a few words,
``theme_context.SPOKEN_ONLY``, count only there: "bloody" swears in a character's mouth
and is literal in the narration, "a bloody handkerchief"); after a modal or "if"
("I'll kill you", "if he was drunk", "she might be ill") it weighs half again: threatened,
supposed or feared, not shown. A tag is kept when its summed weight reaches its threshold,
which grows with the square root of the story's length (a novel needs more than one mention
of wine to be about alcohol), and is twice as high when every cue is in dialogue (talked
about, never shown in the narration; one and a half times for an act, a death or a wound a
character reports); its confidence grows with how far it passes. A tag
that is an act (``SCENE_TAGS``: a death, a wound) with one sentence of narration carrying
weight ``SCENE`` (a strong act, or several cues at once; not told in the pluperfect: "had
stopped breathing" is backstory) needs only ``SCENE_SHARE`` of its threshold to be kept.
Evidence: the sentences of its strongest cues (``MAX_EVIDENCE``), in text order.

Two more sources: an author's note that states warnings ("Warnings for gore and character
death") gives those tags outright (evidence: the note); and a named, often-mentioned character
who dies in the narration ("Lucan died", "Arthur is dead", "Ruth drowned", "was hanged",
"expired", "Marcus's heart gave out", "the fever took Marcus" — not backstory "had died"; or
"she died" when she is the one character the narration names in that sentence or the one
before), or whom someone kills ("Mordred killed Arthur"; not after a
modal: "would have killed Arthur"), gives "major character death"; their grave, funeral,
coffin or murderer ("Arthur's grave") counts half. That last rule reads the ``mentions``
layer.

The rating follows AO3's scale from the tags and their strength: the strongest sexual words
→ Explicit; graphic violence well past its threshold (or with a major character death, when
the text shows the violence itself or a note warns of gore: ``Finding.shown``), or strong
sexual content → Mature; profanity, drugs, alcohol, mental illness, death, suicide, self-harm,
abuse, sexual content, or violence and menace short of gore (fights, weapons, horror; inner
themes that are never tags) → Teen; anything else → General.

Both layers are empty when the body is empty or not in English.
"""

from __future__ import annotations

import itertools
import math
import re
from bisect import bisect_right
from collections import Counter
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field

from ficshelf.model import Analysis, Span
from ficshelf.understand import theme_context as ctx
from ficshelf.understand import theme_lexicon as lex
from ficshelf.understand import theme_told as told
from ficshelf.understand.fast_regex import compile_fast
from ficshelf.understand.language import is_english
from ficshelf.understand.pipeline import stage
from ficshelf.understand.quoted import body_quotes
from ficshelf.understand.theme_matcher import SPECIAL_FOLDS, compile_cues
from ficshelf.vocabulary import WARNINGS

MAX_EVIDENCE = 5
# Words of story at which thresholds start to grow (with the square root of the length).
BASE_WORDS = 3000
DIALOGUE_WEIGHT = 0.75
# A tag whose cues are all in dialogue (talked about, never shown) needs this many times its
# threshold: the talk must keep coming back to it.
TALKED_ONLY = 2.0
# An act (``SCENE_TAGS``: a death, a wound, a suicide) reported in speech ("He hanged himself
# in the barn") is an event of the story told by a witness; it needs less repetition.
TALKED_ONLY_ACT = 1.5
# A cue after a modal or "if" ("I'll kill you", "if he was drunk") is supposed, not shown.
HYPOTHETICAL_WEIGHT = 0.5
# A cue inside a simile ("as a man shuts the door on a sickroom") only colours the telling.
SIMILE_WEIGHT = 0.3
NOTE_CONFIDENCE = 0.9
# A sentence of narration carrying this much weight of a tag that is an act (a death, a
# wound) shows it (a strong act, or several cues at once): the tag then needs only
# SCENE_SHARE of its threshold. States a story is about (illness, drink, madness) still need
# their evidence to accumulate: "when the plague left them orphans" is no illness story.
SCENE = 1.0
SCENE_SHARE = 2 / 3
SCENE_TAGS = frozenset({"death/grief", "graphic violence", "suicide", "self-harm"})
# A character must be named this often in the body for their death to be a major one.
MAJOR_MENTIONS = 5

# Summed cue weight a tag needs in a story of up to BASE_WORDS words.
THRESHOLDS: dict[str, float] = {
    "alcohol": 1.5,
    "drug use": 1.0,
    "domestic violence": 1.0,
    "child abuse": 1.0,
    "graphic violence": 2.0,
    "major character death": 1.0,
    "death/grief": 1.5,
    "illness": 1.5,
    "mental illness": 1.5,
    "self-harm": 1.0,
    "suicide": 1.0,
    "sexual content": 2.0,
    "infidelity": 1.0,
    "pregnancy": 1.5,
    "profanity": 1.2,
    lex.VIOLENCE: 3.0,
    lex.MENACE: 1.5,
    lex.EXPLICIT: 2.0,
}
# Tags (or inner themes) that make a story at least Teen.
TEEN_TAGS = frozenset(
    {
        "drug use",
        "domestic violence",
        "child abuse",
        "graphic violence",
        "major character death",
        "death/grief",
        "self-harm",
        "suicide",
        "sexual content",
        "profanity",
        "alcohol",
        "mental illness",
        lex.VIOLENCE,
        lex.MENACE,
    }
)
# Tags whose cues keep their full weight inside dialogue.
DIALOGUE_TAGS = frozenset({"profanity"})
# Tags a negation does not cancel ("no damn way" still swears).
UNNEGATED_TAGS = frozenset({"profanity"})


def _split_key(key: str) -> tuple[str, str, bool]:
    """Return the tag, the anchor ("" for none) and whether the cue carries its own denial,
    of a key of ``compile_cues`` ("<tag>", "<tag>@<anchor>", "<tag>!")."""
    tag, _, anchor = key.rstrip("!").partition("@")
    return tag, anchor, key.endswith("!")


_CUE_INDEX = compile_cues()
# The cues per head with their keys read once: (tag, anchor or "", denying, pattern, weight).
_CUES_BY_HEAD: dict[str, tuple[tuple[str, str, bool, re.Pattern[str], float], ...]] = {
    head: tuple((*_split_key(key), pattern, weight) for key, pattern, weight in cues)
    for head, cues in _CUE_INDEX.keyed.items()
}
_FIGURATIVE = {  # (``compile_fast``: the same matches, skipping to their first letters)
    tag: compile_fast(r"(?<!\w)(?:" + source + r")(?!\w)", re.IGNORECASE)
    for tag, source in ctx.FIGURATIVE.items()
}
_SIMILE = compile_fast(ctx.SIMILE + r"[^,;:.!?]{0,50}\Z", re.IGNORECASE)
# A negation within three words before a cue, in the same clause (no punctuation between:
# "No, he was drunk" is no negation), unless it negates a stop ("couldn't stop drinking",
# "nothing but blood": ``ctx.NOT_NEGATING``).
_NEGATED = compile_fast(ctx.NEGATION + r"(?:[\s'’]+[\w'’]+){0,3}[\s'’]*\Z", re.IGNORECASE)
# A modal or a condition within two words before a cue, in the same clause: "I'll kill you",
# "if he was drunk", "she might be ill" (threatened, supposed or feared, not shown).
_HYPOTHETICAL = compile_fast(ctx.HYPOTHETICAL + r"(?:[\s'’]+[\w'’]+){0,2}[\s'’]*\Z", re.IGNORECASE)
_BACKSTORY = compile_fast(
    r"\b(?:had|['’]d)(?:\s+(?:\w+ly|been|not|never|already|once|long|since|all))*\s+\Z",
    re.IGNORECASE,
)
_SPOKEN_ONLY = {tag: re.compile(source, re.IGNORECASE) for tag, source in ctx.SPOKEN_ONLY.items()}
_NOT_NEGATING = re.compile(ctx.NOT_NEGATING + r"[\w\s'’]*\Z", re.IGNORECASE)
_DENIAL = re.compile(
    r"(?<![\w'’])(?:" + "|".join(re.escape(d) for d in told.DENIALS) + r")(?: even| go)? \Z",
    re.IGNORECASE,
)
_ANCHORS = {name: compile_fast(source, re.IGNORECASE) for name, source in told.ANCHORS.items()}
_NOTE_LABEL = re.compile(ctx.NOTE_WARNING_LABEL, re.IGNORECASE)
_NOTE_TERMS = {
    tag: re.compile(r"(?<!\w)(?:" + source + r")(?!\w)", re.IGNORECASE)
    for tag, source in ctx.NOTE_TERMS.items()
}
_NOTE_GORE = re.compile(r"(?<!\w)(?:" + ctx.NOTE_GORE + r")(?!\w)", re.IGNORECASE)
_NOTE_NEGATED = re.compile(r"\bno(?:t)?\W+(?:\w+\W+){0,1}\Z", re.IGNORECASE)
_DYING = (
    r"(?:['’]s heart)?\s+(?:(?:is|was|lay|lies) dead|died|dies|is dying|was dying|passed away"
    r"|breathed (?:his|her|their) last|drew (?:his|her|their) last breath"
    r"|stopped breathing|never woke(?: up| again)?|did(?:n['’]t| not) wake (?:up )?again|expired"
    r"|departed this life|drowned|bled to death|(?:was|is) (?:killed|slain|murdered"
    r"|hanged|executed|found dead|shot dead|stabbed to death|beaten to death)|perished)(?![\w'’])"
)
# The lookbehind comes after the first character so that the engine can skip quickly to the
# characters a match can start with.
_DEATH = re.compile(r"(?P<name>[A-Z](?<![\w'’][A-Z])[a-z]+)" + _DYING)
_PRONOUN_DEATH = re.compile(r"(?P<name>[HhSs](?<![\w'’][HhSs])(?:(?<=[Hh])e|(?<=[Ss])he))" + _DYING)
# A named character killed by someone ("Mordred killed Arthur"), or their body, grave or
# funeral told of ("Arthur's grave"): the first is a death, the second half of one.
_KILLED = re.compile(  # (the lookahead of first letters lets the engine skip the others)
    r"(?=[kmsbedh])(?<![\w'’])(?:killed|murdered|slew|strangled|smothered|beheaded|executed|hanged"
    r"|drowned|buried) (?P<name>[A-Z](?<![\w'’][A-Z])[a-z]+)(?![\w'’-]| (?:and|or) )"
)
_REMAINS = re.compile(
    r"(?P<name>[A-Z](?<![\w'’][A-Z])[a-z]+)['’]s (?:funeral|grave|coffin|corpse|dead body"
    r"|body lay|lifeless body|deathbed|death.?bed|murder|murderer|killer|ashes)(?![\w'’])"
)
# A named character's heart failing, or a sickness, the sea or a war taking them ("the fever
# took Marcus"): a death told without the word.
_TAKEN = compile_fast(
    r"(?P<name>[A-Z](?<![\w'’][A-Z])[a-z]+)['’]s heart (?:stopped|gave out|gave way|failed|burst)"
    r"(?![\w'’])|(?=[fsicpwrt])(?<![\w'’])(?:fever|sickness|illness|disease|cancer|plague"
    r"|consumption|cholera|typhus|pox|influenza|flu|war|sea|river|flood|cold|winter) (?:had )?"
    r"(?:took|taken|claimed|carried off) (?P<taken>[A-Z](?<![\w'’][A-Z])[a-z]+)(?![\w'’-])"
)
# Each form of death with its weight and literal pieces one of which every match of it holds
# (``None``: searched everywhere): a paragraph holding none of them is not searched.
_DEATH_FORMS: tuple[tuple[re.Pattern[str], float, tuple[str, ...] | None], ...] = (
    (_DEATH, 1.0, None),
    (
        _KILLED,
        1.0,
        tuple(
            f"{verb} "
            for verb in "killed murdered slew strangled smothered beheaded executed hanged"
            " drowned buried".split()
        ),
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
_NEGATION_WINDOW = 40
_FIGURATIVE_WINDOW = 80


@dataclass
class _Tally:
    """The evidence gathered for one tag: summed weight, the part of it from the narration
    (outside quotes), weight per sentence, and the heaviest weight one sentence of narration
    carries (``scene``: a strong act, or several cues at once, shown rather than told)."""

    score: float = 0.0
    narrated: float = 0.0
    sentences: dict[Span, float] = field(default_factory=dict)
    scene: float = 0.0
    _narrated_at: dict[Span, float] = field(default_factory=dict)

    def add(
        self, sentence: Span, weight: float, narrated: bool = True, backstory: bool = False
    ) -> None:
        self.score += weight
        self.sentences[sentence] = self.sentences.get(sentence, 0.0) + weight
        if narrated:
            self.narrated += weight
        if narrated and not backstory:
            here = self._narrated_at.get(sentence, 0.0) + weight
            self._narrated_at[sentence] = here
            self.scene = max(self.scene, here)


@dataclass(frozen=True, slots=True)
class Finding:
    """A tag found in a story: confidence, strength (score over threshold), evidence, and
    whether the story's text shows it on its own (``shown``: its cues pass the threshold; a
    tag only an author's note warns of is not shown)."""

    tag: str
    confidence: float
    strength: float
    evidence: tuple[Span, ...]
    shown: bool = True


def threshold(tag: str, words: int) -> float:
    """Return the summed cue weight ``tag`` needs in a story of ``words`` words."""
    return THRESHOLDS[tag] * max(1.0, math.sqrt(words / BASE_WORDS))


def tally_cues(
    text: str, paragraphs: Sequence[Span], sentences: Sequence[Span], quotes: Sequence[Span]
) -> dict[str, _Tally]:
    """Return the weighted cues per tag (and inner theme) in ``paragraphs``, each counted in
    the sentence holding it, after the negation, figurative and dialogue rules."""
    tallies: dict[str, _Tally] = {}
    sent_starts = [s.start for s in sentences]
    quote_starts = [q.start for q in quotes]
    lowered = text.lower()
    # Lower-casing keeps offsets for almost every text; when it does not, search case-blind.
    search, prefilter = (
        (lowered, _CUE_INDEX.lower) if len(lowered) == len(text) else (text, _CUE_INDEX.caseless)
    )
    if prefilter is _CUE_INDEX.lower and any(c in text for c in SPECIAL_FOLDS):
        prefilter = _CUE_INDEX.lower_heads
    for para in paragraphs:
        settings: dict[str, bool] = {}  # the anchors of ``theme_told.ANCHORED`` in ``para``

        def anchored(name: str, para: Span = para, settings: dict[str, bool] = settings) -> bool:
            if name not in settings:
                settings[name] = _ANCHORS[name].search(text, para.start, para.end) is not None
            return settings[name]

        for found in prefilter.finditer(search, para.start, para.end):
            pos = found.start()
            if pos and text[pos - 1] in "'’-":
                continue
            cues = _cues_at(text, pos, para.end, found.group().lower(), anchored)
            if not cues:
                continue
            sentence = _containing(sentences, sent_starts, pos) or para
            in_quote = _containing(quotes, quote_starts, pos) is not None
            for tag, m, weight, denying in cues:
                if _figurative(text, tag, m, sentence):
                    continue
                spoken_only = _SPOKEN_ONLY.get(tag)
                if not in_quote and spoken_only and spoken_only.fullmatch(m.group()):
                    continue
                # A cue that carries its own denial is read from where the denial starts.
                at = _denial_start(text, pos, sentence.start) if denying else pos
                if tag not in UNNEGATED_TAGS and _negated(text, at, sentence.start):
                    continue
                if in_quote and tag not in DIALOGUE_TAGS:
                    weight *= DIALOGUE_WEIGHT
                if _simile(text, at, sentence.start):
                    weight *= SIMILE_WEIGHT
                if tag not in DIALOGUE_TAGS and _hypothetical(text, at, sentence.start):
                    weight *= HYPOTHETICAL_WEIGHT
                past = _backstory(text, at, sentence.start)
                tallies.setdefault(tag, _Tally()).add(sentence, weight, not in_quote, past)
    return tallies


def _cues_at(
    text: str, pos: int, end: int, head: str, anchored: Callable[[str], bool]
) -> list[tuple[str, re.Match[str], float, bool]]:
    """Return ``(tag, match, weight, denying)`` for each tag with a cue starting at ``pos``
    (its heaviest cue there), trying the cues filed under ``head``; a cue filed under
    ``"<tag>@<anchor>"`` counts only where ``anchored(anchor)``, and one filed with a "!"
    (``theme_told.DENYING``) carries its own denial, so no negation cancels it."""
    best: dict[str, tuple[str, re.Match[str], float, bool]] = {}
    for tag, anchor, denying, pattern, weight in _CUES_BY_HEAD.get(head, ()):
        m = pattern.match(text, pos, end)
        if m is None or tag in best and weight <= best[tag][2]:
            continue
        # (the anchor is searched only for a cue that matches: the paragraph search costs more)
        if anchor and not anchored(anchor):
            continue
        best[tag] = (tag, m, weight, denying)
    return list(best.values())


def _containing(spans: Sequence[Span], starts: Sequence[int], pos: int) -> Span | None:
    i = bisect_right(starts, pos) - 1
    if i >= 0 and spans[i].start <= pos < spans[i].end:
        return spans[i]
    return None


def _figurative(text: str, tag: str, m: re.Match[str], sentence: Span) -> bool:
    pattern = _FIGURATIVE.get(tag)
    if pattern is None:
        return False
    lo = max(sentence.start, m.start() - _FIGURATIVE_WINDOW)
    hi = min(max(sentence.end, m.end()), m.end() + _FIGURATIVE_WINDOW)
    return any(
        f.start() <= m.start() and m.end() <= f.end() for f in pattern.finditer(text, lo, hi)
    )


def _denial_start(text: str, pos: int, sentence_start: int) -> int:
    """Return where the denial that a ``theme_told.DENYING`` cue at ``pos`` carries in its
    lookbehind starts ("couldn't" in "couldn't get out of bed"), or ``pos``."""
    found = _DENIAL.search(text, max(sentence_start, pos - 30), pos)
    return found.start() if found else pos


def _simile(text: str, pos: int, sentence_start: int) -> bool:
    lo = max(sentence_start, pos - _FIGURATIVE_WINDOW)
    return _SIMILE.search(text, lo, pos) is not None


def _hypothetical(text: str, pos: int, sentence_start: int) -> bool:
    lo = max(sentence_start, pos - _NEGATION_WINDOW)
    return _HYPOTHETICAL.search(text, lo, pos) is not None


def _backstory(text: str, pos: int, sentence_start: int) -> bool:
    """Whether the cue at ``pos`` is told in the pluperfect ("had stopped breathing", "had
    long since died"): backstory summed up, not a scene shown."""
    return _BACKSTORY.search(text, max(sentence_start, pos - 30), pos) is not None


def _negated(text: str, pos: int, sentence_start: int) -> bool:
    lo = max(sentence_start, pos - _NEGATION_WINDOW)
    found = _NEGATED.search(text, lo, pos)
    return found is not None and _NOT_NEGATING.match(text, found.start(), pos) is None


def major_deaths(
    text: str, paragraphs: Sequence[Span], sentences: Sequence[Span], quotes: Sequence[Span]
) -> _Tally:
    """Return the narrated deaths of often-named characters ("Lucan died") outside quotes."""
    sent_starts = [s.start for s in sentences]
    quote_starts = [q.start for q in quotes]
    deaths: list[tuple[str, Span, float]] = []
    holding = [_holding(text, paragraphs, pieces) for _, _, pieces in _DEATH_FORMS]
    for i, para in enumerate(paragraphs):
        for (pattern, weight, _), where in zip(_DEATH_FORMS, holding, strict=True):
            if where is not None and i not in where:
                continue
            for m in pattern.finditer(text, para.start, para.end):
                if _containing(quotes, quote_starts, m.start()):
                    continue
                sentence = _containing(sentences, sent_starts, m.start()) or para
                if _negated(text, m.start(), sentence.start):
                    continue
                if _hypothetical(text, m.start(), sentence.start):
                    continue
                deaths.append((m.group("name") or m.group("taken"), sentence, weight))
    tally = _Tally()
    if not deaths:
        return tally
    counts = _whole_words(text, paragraphs, {name for name, _, _ in deaths})
    for name, sentence, weight in deaths:
        if counts[name] >= MAJOR_MENTIONS:
            tally.add(sentence, weight)
    return tally


def _whole_words(text: str, paragraphs: Sequence[Span], names: set[str]) -> Counter[str]:
    """Return how often each of ``names`` stands in ``paragraphs`` as a whole word: not inside
    a longer word, nor before or after an apostrophe (a paragraph's end ends the word)."""
    counts: Counter[str] = Counter()
    if any(a.end > b.start for a, b in itertools.pairwise(paragraphs)):
        ordered = sorted(names, key=lambda name: (-len(name), name))
        named = compile_fast(r"(?<![\w'’])(?:" + "|".join(map(re.escape, ordered)) + r")(?![\w'’])")
        for para in paragraphs:
            counts.update(named.findall(text, para.start, para.end))
        return counts
    if not paragraphs:
        return counts
    starts = [p.start for p in paragraphs]
    lo, hi = paragraphs[0].start, paragraphs[-1].end
    for name in names:
        at = text.find(name, lo, hi)
        while at != -1:
            k = bisect_right(starts, at) - 1
            end = at + len(name)
            if (
                k >= 0
                and end <= paragraphs[k].end
                and (at == 0 or not _in_word(text[at - 1]))
                and (end == paragraphs[k].end or not _in_word(text[end]))
            ):
                counts[name] += 1
            at = text.find(name, at + 1, hi)
    return counts


def _in_word(char: str) -> bool:
    """Whether ``char`` is a word character (as ``\\w`` matches) or an apostrophe."""
    return char.isalnum() or char in "_'’"


def _holding(
    text: str, paragraphs: Sequence[Span], pieces: Sequence[str] | None
) -> set[int] | None:
    """Return the indices of ``paragraphs`` that hold one of ``pieces`` whole, or ``None``
    (every paragraph may hold one) when ``pieces`` is ``None`` or the paragraphs are not in
    text order without overlaps."""
    if pieces is None or any(a.end > b.start for a, b in itertools.pairwise(paragraphs)):
        return None
    found: set[int] = set()
    if not paragraphs:
        return found
    starts = [p.start for p in paragraphs]
    lo, hi = paragraphs[0].start, paragraphs[-1].end
    for piece in pieces:
        at = text.find(piece, lo, hi)
        while at != -1:
            k = bisect_right(starts, at) - 1
            if k >= 0 and at + len(piece) <= paragraphs[k].end:
                found.add(k)
            at = text.find(piece, at + 1, hi)
    return found


def pronoun_deaths(
    text: str,
    paragraphs: Sequence[Span],
    sentences: Sequence[Span],
    quotes: Sequence[Span],
    mentions: Sequence[Span],
) -> _Tally:
    """Return the narrated deaths told by a pronoun ("she died a little before dawn") of an
    often-named character: the one character named in the narration of that sentence before
    the pronoun, or else of the sentence before it (none when two are named there)."""
    tally = _Tally()
    if not mentions:
        return tally
    sent_starts = [s.start for s in sentences]
    quote_starts = [q.start for q in quotes]
    narrated = [m for m in mentions if _containing(quotes, quote_starts, m.start) is None]
    starts = [m.start for m in narrated]
    counts = Counter(m.label for m in mentions)
    for para in paragraphs:
        for m in _PRONOUN_DEATH.finditer(text, para.start, para.end):
            if _containing(quotes, quote_starts, m.start()):
                continue
            k = bisect_right(sent_starts, m.start()) - 1
            sentence = sentences[k] if k >= 0 and m.start() < sentences[k].end else para
            if _negated(text, m.start("name"), sentence.start):
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


def note_warnings(text: str, notes: Sequence[Span]) -> dict[str, Span]:
    """Return the tags an author's note states as warnings, each with the note as evidence
    ("Warnings: gore, character death"; "no character death" states nothing)."""
    found: dict[str, Span] = {}
    for note in notes:
        if note.label not in ("authors_note", "summary"):
            continue
        label = _NOTE_LABEL.search(text, note.start, note.end)
        if label is None:
            continue
        for tag, pattern in _NOTE_TERMS.items():
            for m in pattern.finditer(text, label.start(), note.end):
                if _NOTE_NEGATED.search(text, max(label.start(), m.start() - 20), m.start()):
                    continue
                found.setdefault(tag, note)
                break
    return found


def _confidence(score: float, needed: float) -> float:
    return round(min(0.99, 1.0 - math.exp(-score / needed)), 3)


def find_tags(analysis: Analysis) -> list[Finding]:
    """Return the tags and inner themes found in the analysed story (see the module
    docstring), inner themes included, in vocabulary order then inner themes."""
    text = analysis.text
    body = analysis.layers.get("body", ())
    sentences = analysis.layers.get("sentences", ())
    quotes = body_quotes(analysis)
    words = sum(text.count(" ", p.start, p.end) + 1 for p in body)  # near enough
    tallies = tally_cues(text, body, sentences, quotes)
    deaths = major_deaths(text, body, sentences, quotes)
    told = pronoun_deaths(text, body, sentences, quotes, analysis.layers.get("mentions", ()))
    for sentence, weight in told.sentences.items():
        if sentence not in deaths.sentences:
            deaths.add(sentence, weight)
    if deaths.score:
        tallies["major character death"] = deaths
    from_notes = note_warnings(text, analysis.layers.get("notes", ()))
    findings: list[Finding] = []
    for tag in (*WARNINGS, lex.VIOLENCE, lex.MENACE, lex.EXPLICIT):
        tally = tallies.get(tag)
        needed = threshold(tag, words)
        if tally is not None and not tally.narrated and tag not in DIALOGUE_TAGS:
            # only ever talked about, never shown in the narration
            needed *= TALKED_ONLY_ACT if tag in SCENE_TAGS else TALKED_ONLY
        score = tally.score if tally else 0.0
        # One strong act shown in the narration (a sentence of weight 1 or more) needs less
        # evidence around it than the same weight scattered in mentions; the strength (for
        # the rating) is still measured against the full threshold.
        shown_once = tally is not None and tally.scene >= SCENE and tag in SCENE_TAGS
        fires = needed * SCENE_SHARE if shown_once else needed
        if tag in from_notes:
            evidence = [from_notes[tag], *_best(tally)]
            strength = max(1.0, score / needed)
            note = from_notes[tag]
            gore = tag == "graphic violence" and _NOTE_GORE.search(text, note.start, note.end)
            shown = score >= needed - 1e-9 or gore is not None
            findings.append(
                Finding(tag, NOTE_CONFIDENCE, strength, _ordered(evidence), shown=shown)
            )
        elif tally is not None and score >= fires - 1e-9:
            findings.append(
                Finding(tag, _confidence(score, needed), score / needed, _ordered(_best(tally)))
            )
    found = {f.tag for f in findings}
    if "major character death" in found and "death/grief" not in found:
        mcd = next(f for f in findings if f.tag == "major character death")
        findings.append(Finding("death/grief", mcd.confidence, mcd.strength, mcd.evidence))
    order = {tag: i for i, tag in enumerate((*WARNINGS, lex.VIOLENCE, lex.MENACE, lex.EXPLICIT))}
    return sorted(findings, key=lambda f: order[f.tag])


def _best(tally: _Tally | None) -> list[Span]:
    if tally is None:
        return []
    ranked = sorted(tally.sentences.items(), key=lambda item: (-item[1], item[0].start))
    return [span for span, _ in ranked[:MAX_EVIDENCE]]


def _ordered(spans: list[Span]) -> tuple[Span, ...]:
    unique = {(s.start, s.end): s for s in spans}
    return tuple(sorted(unique.values(), key=lambda s: s.start))


def rate(findings: Sequence[Finding]) -> tuple[str, float]:
    """Return the AO3 rating and its confidence for the findings of a story (see the
    module docstring)."""
    by_tag = {f.tag: f for f in findings}
    explicit = by_tag.get(lex.EXPLICIT)
    if explicit is not None and "sexual content" in by_tag:
        return "Explicit", explicit.confidence
    graphic = by_tag.get("graphic violence")
    sexual = by_tag.get("sexual content")
    mature = [
        f
        for f in (graphic, sexual)
        if f is not None and (f.strength >= 2.0 or f.tag == "graphic violence" and _mcd(f, by_tag))
    ]
    if explicit is not None:
        mature.append(explicit)
    if mature:
        return "Mature", max(f.confidence for f in mature)
    teen = [f for f in findings if f.tag in TEEN_TAGS]
    if teen:
        return "Teen", max(f.confidence for f in teen)
    strongest = max((f.confidence for f in findings), default=0.0)
    return "General", round(min(0.99, max(0.5, 1.0 - 0.5 * strongest)), 3)


def _mcd(graphic: Finding, by_tag: Mapping[str, Finding]) -> bool:
    """Whether gore and a major character's death come together: the violence shown in the
    text itself or a note warning of gore (an author's warning for "violence with blood" over
    a story that never dwells on it does not make a death scene Mature)."""
    return graphic.shown and "major character death" in by_tag


@stage(
    "themes",
    requires=("body", "sentences", "quotes", "language", "mentions"),
    assigns=("warnings", "rating"),
)
def find_themes(analysis: Analysis) -> Mapping[str, tuple[Span, ...]]:
    """Return the warnings, rating layers (see the module docstring)."""
    body = analysis.layers.get("body", ())
    if not body or not is_english(analysis):
        return {"warnings": (), "rating": ()}
    findings = find_tags(analysis)
    warnings = [
        Span(s.start, s.end, f.tag, f.confidence)
        for f in findings
        if f.tag in WARNINGS
        for s in f.evidence
    ]
    rating, confidence = rate(findings)
    return {
        "warnings": tuple(warnings),
        "rating": (Span(body[0].start, body[-1].end, rating, confidence),),
    }
