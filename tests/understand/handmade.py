"""Hand-made character layers for testing the stages after "characters" on their own.

``handmade(text, names, speakers)`` runs the real "text" and "notes" stages, then adds the
layers the characters and speakers stages would: mentions found by plain matching of the
given surface forms (longest first) in the story body, one character per canonical name
(salience by mention count), quotes in double quotes with the given speakers in order.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Mapping, Sequence

from ficshelf.model import Analysis, RawDocument, Span
from ficshelf.understand.pipeline import run

_QUOTE = re.compile(r"[\"“]([^\"“”]*)[\"”]")


def handmade(
    text: str,
    names: Mapping[str, str],
    speakers: Sequence[str] = (),
    *,
    pov: str = "third",
    narrator: str | None = None,
) -> Analysis:
    """Return an analysis of ``text`` with hand-made mentions, characters, quotes, speakers,
    pov and narrator layers. ``names`` maps each surface form to its canonical name;
    ``speakers`` gives the speaker of each quote in order ("" for unknown)."""
    analysis = run(RawDocument(text, "handmade.txt", "txt"), ["text", "notes"])
    body = analysis.layer("body")
    forms = sorted(names, key=len, reverse=True)
    pattern = re.compile(r"\b(?:" + "|".join(re.escape(f) for f in forms) + r")\b")
    mentions: list[Span] = []
    quotes: list[Span] = []
    for para in body:
        for m in pattern.finditer(text, para.start, para.end):
            mentions.append(Span(m.start(), m.end(), names[m.group()]))
        for q in _QUOTE.finditer(text, para.start, para.end):
            quotes.append(Span(q.start(1), q.end(1), ""))
    counts = Counter(m.label for m in mentions)
    top = max(counts.values(), default=1)
    first: dict[str, int] = {}
    for m in mentions:
        first.setdefault(m.label, m.start)
    characters = tuple(
        Span(first[name], first[name], name, count / top) for name, count in counts.most_common()
    )
    said = list(speakers) + [""] * (len(quotes) - len(speakers))
    speaker_spans = tuple(
        Span(q.start, q.end, who) for q, who in zip(quotes, said[: len(quotes)], strict=True)
    )
    body_end = body[-1].end if body else 0
    layers = {
        "language": (Span(0, len(text), "en"),),
        "quotes": tuple(quotes),
        "pov": (Span(body[0].start if body else 0, body_end, pov),),
        "tense": (),
        "mentions": tuple(mentions),
        "characters": characters,
        "narrator": (Span(0, 0, narrator),) if narrator else (),
        "speakers": speaker_spans,
    }
    return analysis.with_layers(layers)
