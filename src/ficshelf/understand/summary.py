"""The "summary" stage.

Layers:

* ``summary`` — the one or two body sentences that best summarise the story, in text
  order, label "".

Extractive and linear: every body sentence that is mostly narration (not dialogue) and of a
readable length is a candidate, scored by

* salience: the mean weight of its content words, a word weighing by how often the body uses
  it (in at most ``SAMPLE_CHARS`` of it; log-scaled, stop words left out) and twice as much
  when it names one of the story's main characters (the ``characters`` layer);
* position: stories set up their premise early (and a summary should not give the ending
  away), so the weight falls from 1 at the start of the body to ``LATE_WEIGHT`` a fifth of the
  way in;
* length: sentences of ``IDEAL_WORDS`` words are preferred to fragments and run-ons.

The best candidate is the summary; a second one (from another paragraph, in the first half of
the story) joins it when the first is short. Candidates are pure narration (no quote in them)
from the first ``MAX_CANDIDATES`` sentences, so the cost past the word count does not grow
with a novel's length.
Notes are never candidates (they are not body). The layer is empty when the body has no
candidate sentence, or is not in English.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Mapping, Sequence

from ficshelf.model import Analysis, Span
from ficshelf.understand.pipeline import stage
from ficshelf.understand.quoted import body_quotes, quoted_mask
from ficshelf.understand.sampling import sample_pieces

MIN_WORDS, MAX_WORDS = 8, 60
IDEAL_WORDS = (14, 35)
# A second sentence joins when the first has fewer words than this.
SHORT_SUMMARY = 18
MAX_SUMMARY_WORDS = 70
MAX_QUOTED_SHARE = 0.0
LATE_WEIGHT = 0.55
MAX_CANDIDATES = 400
# Body characters read for the word weights (even windows over a long story).
SAMPLE_CHARS = 200_000
# Characters at least this salient count as main for the salience boost.
MAIN_SALIENCE = 0.3

# (Possessive: nothing follows the repeats, so the engine never gives back what they took;
# the same matches, without the bookkeeping a repeated group does for each word.)
_WORD = re.compile(r"[^\W\d_]++(?:['’][^\W\d_]++)*+")
STOP_WORDS = frozenset(
    """a about above after again against all also am an and any are as at be because been
    before being below between both but by can could did do does doing down during each few
    for from further had has have having he her here hers herself him himself his how i if in
    into is it its itself just let me more most my myself no nor not now of off on once only or
    other our ours out over own same she should so some such than that the their theirs them
    themselves then there these they this those through to too under until up upon very was
    we were what when where which while who whom why will with would you your yours yourself
    said says say asked asks one two back even still though like looked look looks away again
    something nothing anything everything thing things way much many well yes oh""".split()
)


def _candidates(
    text: str, body: Sequence[Span], sentences: Sequence[Span], quotes: Sequence[Span]
) -> list[tuple[Span, int, float]]:
    """Return ``(sentence, paragraph index, position in [0, 1])`` for each candidate: body
    sentences of readable length that are pure narration, from the start of the body."""
    in_body: list[tuple[Span, int]] = []
    j = 0
    for sentence in sentences:
        while j < len(body) and body[j].end <= sentence.start:
            j += 1
        if j < len(body) and body[j].start <= sentence.start and sentence.end <= body[j].end:
            in_body.append((sentence, j))
    n = len(in_body)
    chosen = list(range(min(n, MAX_CANDIDATES)))
    spans = [in_body[i][0] for i in chosen]
    shares = quoted_mask(spans, quotes)
    found = []
    for i, share in zip(chosen, shares, strict=True):
        sentence, para = in_body[i]
        if share > MAX_QUOTED_SHARE:
            continue
        words = len(_WORD.findall(text, sentence.start, sentence.end))
        if MIN_WORDS <= words <= MAX_WORDS:
            found.append((sentence, para, i / max(n - 1, 1)))
    return found


def _weights(text: str, body: Sequence[Span], names: set[str]) -> dict[str, float]:
    """Return the salience weight of each content word of the body (lower case)."""
    counts: Counter[str] = Counter()
    for start, end in sample_pieces([(p.start, p.end) for p in body], SAMPLE_CHARS):
        counts.update(_WORD.findall(text[start:end].lower()))
    weights = {
        word: math.log1p(count)
        for word, count in counts.items()
        if word not in STOP_WORDS and len(word) > 2
    }
    for name in names:
        if name in weights:
            weights[name] *= 2.0
    return weights


def _position_weight(position: float) -> float:
    return max(LATE_WEIGHT, 1.0 - (1.0 - LATE_WEIGHT) * position / 0.2)


def _length_weight(words: int) -> float:
    low, high = IDEAL_WORDS
    if words < low:
        return words / low
    if words > high:
        return high / words
    return 1.0


def best_sentences(analysis: Analysis) -> list[Span]:
    """Return the summary sentences of the analysed story, in text order (empty when there
    is no candidate)."""
    text = analysis.text
    body = analysis.layers.get("body", ())
    candidates = _candidates(
        text, body, analysis.layers.get("sentences", ()), body_quotes(analysis)
    )
    if not candidates:
        return []
    names = {
        part.lower()
        for c in analysis.layers.get("characters", ())
        if c.score >= MAIN_SALIENCE
        for part in _WORD.findall(c.label)
    }
    weights = _weights(text, body, names)
    scored: list[tuple[float, Span, int, int, float]] = []
    for sentence, para, position in candidates:
        words = _WORD.findall(text[sentence.start : sentence.end].lower())
        content = [weights.get(w, 0.0) for w in words]
        salience = sum(content) / len(words)
        score = salience * _position_weight(position) * _length_weight(len(words))
        scored.append((score, sentence, para, len(words), position))
    scored.sort(key=lambda item: (-item[0], item[1].start))
    _, first, first_para, first_words, _ = scored[0]
    chosen = [first]
    if first_words < SHORT_SUMMARY:
        for _, sentence, para, count, position in scored[1:]:
            if para != first_para and position <= 0.5 and first_words + count <= MAX_SUMMARY_WORDS:
                chosen.append(sentence)
                break
    return sorted(chosen, key=lambda s: s.start)


@stage(
    "summary",
    requires=("body", "sentences", "characters"),
    assigns=("summary",),
    english_only=True,
    fields=("summary",),
)
def summarise(analysis: Analysis) -> Mapping[str, tuple[Span, ...]]:
    """Return the summary layer (see the module docstring)."""
    return {"summary": tuple(Span(s.start, s.end) for s in best_sentences(analysis))}
