"""The "speakers" stage.

Layers:

* ``speakers`` — one span per quote, with exactly the quote's start and end, in the same
  order, label = the canonical name of the character who says it (one of the ``characters``
  labels) or "" when unknown, score = confidence.

A sieve in the spirit of Muzny et al. (2017), from the surest evidence to the weakest; each
step only decides quotes the earlier ones left open:

1. **Speech tags** next to the quote (``speaker_cues.tag_after`` / ``tag_before``): a name
   ("said Alex", "Dr. Vance asked", "the ferryman says"; score 0.95), "I" (the narrator; 0.9),
   "you" in a second-person story (the narrator; 0.85). A "he"/"she" tag, or a description
   of a person of known gender that names no character ("said the old man", "cried her
   mother"), is resolved in step 4, where the conversation is known (0.85).
2. **The turn**: a turn is the quotes of one paragraph with at most ``MAX_BEAT_CHARS`` of
   narration between them, together with the paragraphs of a speech left open at a
   paragraph's end; a quote that a tag before it introduces ("Ann said only, ...") opens a
   turn of its own, and so does a quote that follows another with nothing between them (two
   voices: "Under the church there lie --" "It isn't a church!"). Untagged quotes share the
   speaker of a tagged one in their turn (a line split by its tag, 0.9; the next paragraph
   of a long speech, 0.85).
3. **Action beats**: the subject of a narration sentence of the quote's paragraph at most
   ``MAX_BEAT_CHARS`` away from it, the nearest first — a character named at its start
   (0.75), or a pronoun resolved in step 4; failing that, the only character that narration
   names (0.65). The tags of other turns' quotes are not read as this turn's narration.
4. **Conversation model**, walking the turns in order and remembering the scene (who spoke,
   who was addressed, who the narration since the last turn names). A "he"/"she" goes to the
   nearest character of that gender named before it in its paragraph, else to the subject of
   that narration of that gender, else to another character of that gender it names, else
   (for a tag) to an earlier speaker of that gender other than the last one, else to the
   most recent narration mention of that gender (subjects first). A beat that names whoever
   spoke in the paragraph just before is read as their reaction to the line, not as its
   speaker: the turn is decided as untagged. An untagged turn goes to the character the
   previous turn addressed by name (0.65), else to the subject the narration since the last
   turn names (0.6; the last speaker too when two paragraphs of narration or more came
   between), else the speakers alternate (0.6), with the narrator of a first- or
   second-person story as the other party, else to the most recently named other character
   (0.5). Names addressed inside a turn ("Jo, wait!") are never its speaker. Turns still
   unknown take the speaker of the turn after next when the two turns after them alternate.
   Last, the turns no tag decided are counted back from the tagged turn that ends their run
   of consecutive paragraphs (A's two, four... turns before it, the other party's in
   between). A scene ends after ``MAX_TURN_GAP`` paragraphs without dialogue, or at a
   heading or scene break.

Genders come from honorifics and kinship words in a character's names and from the first
pronoun after its mentions (``speaker_cues``).
Quotes in notes get the character an epigraph credits ("— Calliope") when there is one.
Speakers are always characters of the ``characters`` layer; the narrator is the ``narrator``
layer's character, or a character called "Narrator" in a first- or second-person story.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import deque
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

from ficshelf.model import Analysis, Span
from ficshelf.understand.dialogue import NOTE, left_open
from ficshelf.understand.pipeline import stage
from ficshelf.understand.speaker_cues import (
    FEMALE,
    MALE,
    Cast,
    Tag,
    build_cast,
    tag_after,
    tag_before,
)

MAX_TURN_GAP = 3
MAX_BEAT_CHARS = 200
HISTORY = 16
SCORE_NAMED_TAG = 0.95
SCORE_NARRATOR_TAG = 0.9
SCORE_SECOND_PERSON_TAG = 0.85
SCORE_PRONOUN_TAG = 0.85
SCORE_SAME_PARAGRAPH = 0.9
SCORE_CONTINUED = 0.85
SCORE_BEAT = 0.75
SCORE_PARAGRAPH_MENTION = 0.65
SCORE_ADDRESSED = 0.65
SCORE_NARRATED = 0.62
SCORE_ALTERNATION = 0.6
SCORE_RECENT = 0.5
SCORE_NOTE_CREDIT = 0.8

_SUBJECT_START = re.compile(r"[\s\"'“”‘’*_(—–-]*")
_SUBJECT_WORDS = re.compile(r"[^\W\d_][\w'’.-]*")
_LEADING_ADVERBS = frozenset(
    "now then and but so finally still instead here there suddenly meanwhile again".split()
)
_THIRD = ("he", "she")
_MARKS = " \t\n\"'“”‘’"
_SENTENCE_END = re.compile(r"[.!?…][\"'”’*_]*\s*\Z")
_CREDIT = re.compile(r"\s*[—–-]+\s*([^\W\d_][\w'’. -]{0,60})")


@dataclass(slots=True)
class _Quote:
    span: Span
    para: int
    end_para: int
    label: str = ""
    score: float = 0.0
    tagged: bool = False
    # the tag stands before the quote and introduces it ("Mrs. Bennet said only, ...")
    introduced: bool = False
    addressed: list[str] = field(default_factory=list)
    # a "he"/"she" subject (of a speech tag or an action beat) left to the conversation pass
    hint: str = ""
    hint_pos: int = -1
    hint_score: float = 0.0


@dataclass
class _Context:
    text: str
    cast: Cast
    pov: str
    paragraphs: Sequence[Span]
    sentences: Sequence[Span]
    quotes: list[_Quote]
    sentence_starts: list[int] = field(default_factory=list)
    paragraph_starts: list[int] = field(default_factory=list)
    quote_starts: list[int] = field(default_factory=list)

    # running count of paragraphs that are not story (headings, scene breaks) up to each one
    breaks: list[int] = field(default_factory=list)

    def __post_init__(self) -> None:
        self.sentence_starts = [s.start for s in self.sentences]
        self.paragraph_starts = [p.start for p in self.paragraphs]
        self.quote_starts = [q.span.start for q in self.quotes]

    def breaks_between(self, first: int, last: int) -> bool:
        """Return whether a heading or scene break stands between paragraphs ``first`` and
        ``last`` (indices)."""
        if first < 0 or not self.breaks:
            return False
        return self.breaks[last] != self.breaks[first]

    def narrator_for(self, pronoun: str) -> str:
        """Return the narrator when ``pronoun`` ("i", or "you" in a second-person story)
        refers to them, else ""."""
        if pronoun == "i" or (pronoun == "you" and self.pov == "second"):
            return self.cast.narrator
        return ""


def _narrator(analysis: Analysis, names: frozenset[str], pov: str) -> str:
    """Return the narrator's canonical name ("" when the story has none we can name)."""
    for span in analysis.layers.get("narrator", ()):
        if span.label in names:
            return span.label
    if pov in ("first", "second") and "Narrator" in names:
        return "Narrator"
    return ""


def _resolve(ctx: _Context, tag: Tag, quote: _Quote) -> tuple[str, float]:
    """Return the speaker a tag names and the confidence in it (("", 0) when it names none)."""
    if tag.name:
        return tag.name, SCORE_NAMED_TAG
    if tag.pronoun in ("i", "you"):
        name = ctx.narrator_for(tag.pronoun)
        score = SCORE_NARRATOR_TAG if tag.pronoun == "i" else SCORE_SECOND_PERSON_TAG
        return (name, score) if name else ("", 0.0)
    return "", 0.0


def _explicit_tags(ctx: _Context) -> None:
    """Sieve 1: speech tags right after or right before each quote."""
    text, quotes, paragraphs = ctx.text, ctx.quotes, ctx.paragraphs
    for i, quote in enumerate(quotes):
        end_para = paragraphs[quote.end_para]
        after_end = end_para.end
        if i + 1 < len(quotes) and quotes[i + 1].para == quote.end_para:
            after_end = quotes[i + 1].span.start
        after_start = min(quote.span.end + 1, after_end)
        ends = _SENTENCE_END.search(text, max(quote.span.start, quote.span.end - 3), after_start)
        tag = tag_after(ctx.cast, text, after_start, after_end, ends_sentence=ends is not None)
        introduced = False
        if tag is None or not (_resolve(ctx, tag, quote)[0] or tag.pronoun in _THIRD):
            para = paragraphs[quote.para]
            before_start = para.start
            if i > 0 and quotes[i - 1].end_para == quote.para:
                before_start = quotes[i - 1].span.end + 1
            before = tag_before(
                ctx.cast, text, before_start, max(before_start, quote.span.start - 1)
            )
            if before is not None:
                tag, introduced = before, True
        if tag is None:
            continue
        name, score = _resolve(ctx, tag, quote)
        if name:
            quote.label, quote.score, quote.tagged = name, score, True
            quote.introduced = introduced
        elif tag.pronoun in _THIRD:
            quote.hint, quote.hint_pos, quote.hint_score = tag.pronoun, tag.pos, SCORE_PRONOUN_TAG


def _turns(ctx: _Context) -> list[list[_Quote]]:
    """Return the quotes grouped into turns: the quotes of a paragraph with no more than
    ``MAX_BEAT_CHARS`` of narration between them, joined with the next paragraph's when a
    speech left open at a paragraph's end runs on into it. A quote a named tag introduces
    ("Mrs. Bennet said only, ...") opens a turn of its own: the quotes before it are
    someone else's line as often as not."""
    turns: list[list[_Quote]] = []
    for quote in ctx.quotes:
        if turns:
            prev = turns[-1][-1]
            same_para = (
                prev.end_para == quote.para and quote.span.start - prev.span.end <= MAX_BEAT_CHARS
            )
            runs_on = (
                quote.para == prev.end_para + 1
                and left_open(ctx.text, prev.span)
                and quote.span.start - ctx.paragraphs[quote.para].start <= 2
            )
            # two quotes with nothing but quotation marks between them are two voices
            adjacent = same_para and not ctx.text[prev.span.end : quote.span.start].strip(_MARKS)
            if (same_para and not adjacent or runs_on) and not quote.introduced:
                turns[-1].append(quote)
                continue
        turns.append([quote])
    return turns


def _within_turns(turns: list[list[_Quote]]) -> None:
    """Sieve 2: untagged quotes take the speaker of the nearest tagged quote of their turn
    (the one before, else the one after), unless they address that character."""
    for turn in turns:
        tagged = [q for q in turn if q.tagged]
        if not tagged:
            continue
        last = tagged[0]
        for quote in turn:
            if quote.tagged:
                last = quote
            elif not quote.label and last.label not in quote.addressed:
                score = SCORE_SAME_PARAGRAPH if quote.para == last.para else SCORE_CONTINUED
                quote.label, quote.score = last.label, score


def _fill_turn(turn: list[_Quote], label: str, score: float) -> None:
    for quote in turn:
        if not quote.label:
            quote.label, quote.score = label, score


def _beat_subject(ctx: _Context, turn: list[_Quote]) -> tuple[str, float]:
    """Sieve 3: the subject of a narration sentence in the turn's first paragraph, nearest
    the quote first; else the one character its narration names. A "he"/"she" subject is
    left on the turn as a hint for the conversation pass. Only sentences within
    ``MAX_BEAT_CHARS`` of the turn's quotes are read, so each turn costs its own length."""
    text, cast = ctx.text, ctx.cast
    para = ctx.paragraphs[turn[0].para]
    quote_spans = [q.span for q in turn if q.para == turn[0].para]
    quote_starts = [q.start for q in quote_spans]
    addressed = {name for q in turn for name in q.addressed}
    lo = max(para.start, quote_spans[0].start - MAX_BEAT_CHARS)
    hi = min(para.end, quote_spans[-1].end + MAX_BEAT_CHARS)
    # the narration of the quotes of other turns (their tags) is theirs, not this turn's
    q = bisect_right(ctx.quote_starts, quote_spans[0].start) - 1
    if q > 0:
        lo = max(lo, ctx.quotes[q - 1].span.end)
    q = bisect_right(ctx.quote_starts, quote_spans[-1].start)
    if q < len(ctx.quotes) and ctx.quotes[q] not in turn:
        hi = min(hi, ctx.quotes[q].span.start)
    found: list[tuple[int, str]] = []
    pronouns: list[tuple[int, str, int]] = []
    k = max(0, bisect_right(ctx.sentence_starts, lo) - 1)
    while k < len(ctx.sentences) and ctx.sentences[k].start < hi:
        sentence = ctx.sentences[k]
        k += 1
        if sentence.end <= lo:
            continue
        start = _SUBJECT_START.match(text, sentence.start, sentence.end)
        pos = start.end() if start else sentence.start
        i = bisect_right(quote_starts, pos + 1)
        near = quote_spans[max(0, i - 1) : i + 1]
        if any(q.start - 1 <= pos < q.end + 1 for q in near):
            continue
        distance = min(_gap(sentence, q) for q in near)
        if distance > MAX_BEAT_CHARS:
            continue
        name = _subject_at(ctx, pos, sentence.end)
        if name in _THIRD:
            pronouns.append((distance, name, pos))
        elif name and name not in addressed:
            found.append((distance, name))
    if found:
        return min(found)[1], SCORE_BEAT
    if pronouns and not any(q.hint for q in turn):
        _, pronoun, pos = min(pronouns)
        turn[0].hint, turn[0].hint_pos, turn[0].hint_score = pronoun, pos, SCORE_BEAT
    names = set()
    m = cast.first_at(lo)
    while m < len(cast.narration) and cast.narration[m].start < hi:
        names.add(cast.narration[m].label)
        m += 1
    names -= addressed
    if len(names) == 1:
        return names.pop(), SCORE_PARAGRAPH_MENTION
    return "", 0.0


def _gap(sentence: Span, quote: Span) -> int:
    """Return how many characters of text stand between a sentence and a quote."""
    return max(0, quote.start - sentence.end, sentence.start - quote.end)


def _subject_at(ctx: _Context, pos: int, end: int) -> str:
    """Return the character standing as the subject at ``pos``, or "he"/"she" for a
    third-person pronoun (resolved later), or ""."""
    words = list(_SUBJECT_WORDS.finditer(ctx.text, pos, min(end, pos + 60)))[:5]
    if words and words[0].group().lower() in _LEADING_ADVERBS:
        words = words[1:]
    if not words:
        return ""
    first = words[0].group().lower()
    if first in _THIRD:
        return first
    if first in ("i", "you"):
        return ctx.narrator_for(first)
    for n in range(min(4, len(words)), 0, -1):
        name = ctx.cast.lookup(ctx.text[words[0].start() : words[n - 1].end()])
        if name:
            return name
    return ""


@dataclass
class _Scene:
    """What the conversation model remembers while walking through the turns."""

    # (speaker, addressed) of the last ``HISTORY`` turns
    history: deque[tuple[str, list[str]]] = field(default_factory=lambda: deque(maxlen=HISTORY))
    # characters named or speaking, most recent last (a dict keeps the order, O(1) moves)
    recent: dict[str, None] = field(default_factory=dict)
    # named in narration since the last turn, in the last paragraph that named anyone:
    # (character, whether the mention is a subject)
    narrated: list[tuple[str, bool]] = field(default_factory=list)

    def saw(self, name: str) -> None:
        self.recent.pop(name, None)
        self.recent[name] = None


def _conversation(ctx: _Context, turns: list[list[_Quote]]) -> None:
    """Sieve 4: turn-taking forwards, then alternation backwards (see the module docstring)."""
    narration = ctx.cast.narration
    m = 0
    scene = _Scene()
    last_para = -(10**9)
    prev_end = -1
    for turn in turns:
        gap = turn[0].para - last_para
        if gap > MAX_TURN_GAP + 1 or ctx.breaks_between(last_para, turn[0].para):
            scene = _Scene(recent=dict.fromkeys(list(scene.recent)[-2:]))
        last_para = turn[-1].end_para
        scene.narrated = []
        para = -1
        while m < len(narration) and narration[m].start < turn[0].span.start:
            mention = narration[m]
            scene.saw(mention.label)
            if mention.start > prev_end:
                mention_para = bisect_right(ctx.paragraph_starts, mention.start)
                if mention_para != para:
                    scene.narrated, para = [], mention_para
                scene.narrated.append((mention.label, m in ctx.cast.subjects))
            m += 1
        prev_end = turn[-1].span.end
        addressed = [name for q in turn for name in q.addressed]
        speaker = turn[0].label
        prev = scene.history[-1][0] if scene.history else ""
        if speaker and speaker == prev and turn[0].score <= SCORE_BEAT and gap == 1:
            # the one who just spoke is more likely the one reacting to this line
            for quote in turn:
                if quote.score <= SCORE_BEAT:
                    quote.label, quote.score = "", 0.0
            speaker = ""
        hinted = next((q for q in turn if q.hint), None)
        if not speaker and hinted is not None:
            speaker = _resolve_pronoun(ctx, scene, hinted, addressed)
            if speaker:
                _fill_turn(turn, speaker, hinted.hint_score)
        if not speaker:
            speaker, score = _next_speaker(ctx, scene, addressed, apart=gap > 2)
            if speaker:
                _fill_turn(turn, speaker, score)
        scene.history.append((speaker, addressed))
        if speaker:
            scene.saw(speaker)
    _alternate_backwards(turns)
    _anchor_backwards(turns)


def _resolve_pronoun(ctx: _Context, scene: _Scene, quote: _Quote, addressed: list[str]) -> str:
    """Return who the "he"/"she" hint of a turn refers to.

    First a character of that gender who is the subject of narration since the last turn
    (the most recent); then, for a speech tag, a speaker of that gender earlier in the
    conversation other than the last one (turn-taking); then the most recent narration
    mention of that gender (subjects first); last, the previous speaker. Characters known to
    be of that gender are tried first, then those of unknown gender (never the narrator of a
    first- or second-person story: "he" is not "I").
    """
    want = MALE if quote.hint == "he" else FEMALE
    gender = ctx.cast.gender
    narrator = ctx.cast.narrator if ctx.pov in ("first", "second") else ""
    prev = scene.history[-1][0] if scene.history else ""
    para_start = ctx.paragraphs[_index(ctx.paragraph_starts, quote.hint_pos)].start
    for lenient in (False, True):

        def fits(name: str, lenient: bool = lenient) -> bool:
            sex = gender.get(name)
            ok = sex == want or (lenient and sex is None and name != narrator)
            return ok and bool(name) and name not in addressed

        # the nearest character of that gender named before it in its own paragraph
        k = ctx.cast.first_at(quote.hint_pos) - 1
        stop = max(-1, k - HISTORY)  # a bounded look back, even in a single-line text
        while k > stop and ctx.cast.narration[k].start >= para_start:
            if fits(ctx.cast.narration[k].label):
                return ctx.cast.narration[k].label
            k -= 1
        for name, subject in reversed(scene.narrated):
            if subject and fits(name):
                return name
        for name, _ in reversed(scene.narrated):
            if fits(name):
                return name
        if quote.hint_score == SCORE_PRONOUN_TAG:
            for name, _ in reversed(scene.history):
                if name != prev and fits(name):
                    return name
        for name in ctx.cast.resolve_all(quote.hint, quote.hint_pos, lenient=lenient):
            if fits(name):
                return name
        if fits(prev):
            return prev
    return ""


def _next_speaker(
    ctx: _Context, scene: _Scene, addressed: list[str], apart: bool = False
) -> tuple[str, float]:
    """Return the likely speaker of an untagged turn from what came before it; ``apart``:
    two paragraphs of narration or more stand between it and the last turn, so the
    narration may give the line back to the last speaker."""
    prev, prev_addressed = scene.history[-1] if scene.history else ("", [])
    for name in prev_addressed:
        if name and name != prev and name not in addressed:
            return name, SCORE_ADDRESSED
    narrated = [name for name, subject in scene.narrated if subject]
    narrated += [name for name, _ in scene.narrated]
    for name in narrated:
        if (apart or name != prev) and name not in addressed:
            return name, SCORE_NARRATED
    if len(scene.history) >= 2:
        before = scene.history[-2][0]
        if prev and before and before != prev and before not in addressed:
            return before, SCORE_ALTERNATION
    narrator = ctx.cast.narrator
    if narrator and prev and narrator != prev and narrator not in addressed:
        if ctx.pov in ("first", "second"):
            return narrator, SCORE_ALTERNATION
    for name in reversed(scene.recent):
        if name != prev and name not in addressed:
            return name, SCORE_RECENT
    return "", 0.0


def _alternate_backwards(turns: list[list[_Quote]]) -> None:
    """Give a turn still without a speaker the speaker of the turn after next, when the two
    turns after it alternate (A ? B A -> A B? no: ? B A -> A)."""
    for t in range(len(turns) - 3, -1, -1):
        turn = turns[t]
        if turn[0].label:
            continue
        after, after2 = turns[t + 1][0].label, turns[t + 2][0].label
        close = turns[t + 2][0].para - turn[-1].end_para <= 2 * (MAX_TURN_GAP + 1)
        if after and after2 and after != after2 and close:
            _fill_turn(turn, after2, SCORE_ALTERNATION)


def _anchor_backwards(turns: list[list[_Quote]]) -> None:
    """Re-read the turns that no tag decided from the next tagged turn they lead up to
    through consecutive paragraphs: in an exchange, the turns an even number of places
    before a tagged "A" are A's, the others the other party's (the speaker of the tagged
    turn right after A's, or of the last tagged one before). Counting back from the tag
    that ends a run proved surer than counting on from the one that starts it, whose
    first reply is often a guess. Linear: one pass backwards, one forwards."""
    n = len(turns)
    sure = [t[0].score >= SCORE_PRONOUN_TAG for t in turns]
    # index of the next sure turn reachable through consecutive paragraphs, or -1
    next_sure = [-1] * n
    for t in range(n - 2, -1, -1):
        if turns[t + 1][0].para == turns[t][-1].end_para + 1:
            next_sure[t] = t + 1 if sure[t + 1] else next_sure[t + 1]
    prev_sure = -1
    for t in range(n):
        if sure[t]:
            prev_sure = t
            continue
        consecutive = t > 0 and turns[t][0].para == turns[t - 1][-1].end_para + 1
        if not consecutive:
            prev_sure = -1
        a = next_sure[t]
        if a < 0:
            continue
        anchor = turns[a][0].label
        label = turns[t][0].label
        addressed = {name for q in turns[t] for name in q.addressed}
        if (a - t) % 2 == 0:
            if label != anchor and anchor not in addressed:
                _relabel(turns[t], anchor)
            continue
        if label and label != anchor:
            continue
        others = [turns[a + 1][0].label] if a + 1 < n and next_sure[a] == a + 1 else []
        others += [turns[prev_sure][0].label] if prev_sure >= 0 else []
        other = next((o for o in others if o and o != anchor and o not in addressed), "")
        if other:
            _relabel(turns[t], other)


def _relabel(turn: list[_Quote], label: str) -> None:
    for quote in turn:
        quote.label, quote.score = label, SCORE_ALTERNATION


def _note_credit(ctx: _Context, quote: _Quote) -> None:
    """Give a quote in a note the character an epigraph credits after it ("— Calliope")."""
    match = _CREDIT.match(ctx.text, quote.span.end + 1, ctx.paragraphs[quote.end_para].end)
    if match:
        name = ctx.cast.lookup(match.group(1))
        if name:
            quote.label, quote.score = name, SCORE_NOTE_CREDIT


def _index(starts: list[int], pos: int) -> int:
    """Return the index of the paragraph (by ``starts``) that holds ``pos``."""
    return max(0, bisect_right(starts, pos) - 1)


def speaker_spans(analysis: Analysis) -> tuple[Span, ...]:
    """Return the speakers layer of an analysis that has every layer the stage requires."""
    text = analysis.text
    quotes = analysis.layer("quotes")
    if not quotes:
        return ()
    characters = analysis.layer("characters")
    names = frozenset(c.label for c in characters if c.label)
    pov_spans = analysis.layer("pov")
    pov = pov_spans[0].label if pov_spans else ""
    narrator = _narrator(analysis, names, pov)
    sentences = analysis.layer("sentences")
    cast = build_cast(text, analysis.layer("mentions"), characters, quotes, sentences, narrator)
    paragraphs = analysis.layer("paragraphs")
    starts = [p.start for p in paragraphs]
    items = [
        _Quote(
            q,
            max(0, bisect_right(starts, q.start) - 1),
            max(0, bisect_right(starts, q.end - 1) - 1),
        )
        for q in quotes
    ]
    for item in items:
        item.addressed = cast.addressed(text, item.span)
    body = [q for q in items if q.span.label != NOTE]
    ctx = _Context(text, cast, pov, paragraphs, sentences, body)
    body_starts = {span.start for span in analysis.layer("body")}
    count = 0
    for para in paragraphs:
        count += para.start not in body_starts
        ctx.breaks.append(count)
    for item in items:
        if item.span.label == NOTE:
            _note_credit(ctx, item)
    if names:
        _explicit_tags(ctx)
        turns = _turns(ctx)
        _within_turns(turns)
        for turn in turns:
            if not turn[0].label and not any(q.hint for q in turn):
                name, score = _beat_subject(ctx, turn)
                if name:
                    _fill_turn(turn, name, score)
        _conversation(ctx, turns)
    return tuple(
        Span(
            q.span.start,
            q.span.end,
            q.label if q.label in names else "",
            q.score if q.label in names else 0.0,
        )
        for q in items
    )


@stage(
    "speakers",
    requires=(
        "paragraphs",
        "sentences",
        "body",
        "quotes",
        "mentions",
        "characters",
        "narrator",
        "pov",
    ),
    assigns=("speakers",),
)
def attribute_speakers(analysis: Analysis) -> Mapping[str, tuple[Span, ...]]:
    """Return the speakers layer (see the module docstring)."""
    return {"speakers": speaker_spans(analysis)}
