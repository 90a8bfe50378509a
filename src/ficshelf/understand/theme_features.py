"""Features of a story for the learned warning decision (``theme_decision``): how densely the
story uses the vocabulary of a theme, as fan fiction words it, independent of the cue lexicons.

The word lists are Empath's (Fast, Chen and Bernstein, "Empath: Understanding Topic Signals
in Large-Scale Text", CHI 2016; the ``empath`` package, MIT licence): about 200 categories
("death", "injury", "alcohol", "sexual", "swearing_terms", ...) grown from seed words over word
embeddings trained on some 1.8 billion words of modern amateur fiction, read through its API
(``Empath().cats``) once at import; nothing is downloaded. Only the categories a warning is
mapped to (``TAG_CATEGORIES``) are read.

``empath_counts`` makes one linear pass over the story body (author's notes excluded: they
are not in the ``body`` layer): one precompiled trie regex of every word of those categories
finds each hit, and a hit counts for each category holding its word — in the narration or in
dialogue (inside a quote), and in its sentence. For every category it returns the hits in the
whole story, the hits in the narration, and the hits in the densest run of ``SCENE_SENTENCES``
consecutive sentences (a scene: a story that shows a thing once has its words close
together). ``negations`` counts the negation words of the body.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from functools import cache

from ficshelf.model import Span
from ficshelf.understand.fast_regex import compile_fast, trie_regex

# The Empath categories read for each warning of the vocabulary (the nearest in meaning; a
# warning Empath has no category for borrows the nearest ones: drug use from health and
# crime, pregnancy from medical emergencies and children).
TAG_CATEGORIES: dict[str, tuple[str, ...]] = {
    "alcohol": ("alcohol",),
    "drug use": ("health", "crime"),
    "domestic violence": ("violence", "aggression", "family"),
    "child abuse": ("violence", "children", "pain"),
    "graphic violence": ("injury", "kill", "weapon"),
    "major character death": ("death", "kill"),
    "death/grief": ("death",),
    "illness": ("health", "medical_emergency"),
    "mental illness": ("nervousness", "fear"),
    "self-harm": ("pain", "injury"),
    "suicide": ("death", "sadness"),
    "sexual content": ("sexual", "lust"),
    "infidelity": ("deception", "sexual"),
    "pregnancy": ("medical_emergency", "children"),
    "profanity": ("swearing_terms",),
}
CATEGORIES: tuple[str, ...] = tuple(sorted({c for cats in TAG_CATEGORIES.values() for c in cats}))
# Sentences in a scene: the densest run of this many is a story's strongest scene of a theme.
SCENE_SENTENCES = 6

_NEGATION = re.compile(r"\b(?:not|no|never|nobody|nothing|none|nor)\b|n[’']t\b", re.IGNORECASE)


@cache
def _vocabulary() -> tuple[re.Pattern[str], dict[str, tuple[int, ...]]]:
    """The trie regex of every word of ``CATEGORIES`` and, per word, the indices of the
    categories holding it (Empath is imported here, on first use: it loads its lexicon and
    the HTTP client it never uses here)."""
    from empath import Empath

    cats = Empath().cats
    holders: dict[str, list[int]] = {}
    for i, name in enumerate(CATEGORIES):
        for word in cats[name]:
            word = word.lower()
            if re.fullmatch(r"[a-z][a-z'-]*", word):
                holders.setdefault(word, []).append(i)
    pattern = compile_fast(r"\b" + trie_regex(sorted(holders)) + r"\b(?!['’-]\w)")
    return pattern, {w: tuple(sorted(set(ids))) for w, ids in holders.items()}


def vocabulary_size() -> int:
    """Return how many distinct words the categories of ``CATEGORIES`` hold."""
    return len(_vocabulary()[1])


@dataclass(slots=True)
class CategoryCounts:
    """The Empath hits of one category in a story: in all, in the narration, and in its
    densest run of ``SCENE_SENTENCES`` sentences (``scene``, with the sentence indices of
    that run's first and last hit in ``scene_span``)."""

    total: int = 0
    narrated: int = 0
    scene: int = 0
    scene_span: tuple[int, int] = (0, 0)
    _at: list[int] = field(default_factory=list)  # sentence index of each hit, in text order


def empath_counts(
    text: str, body: Sequence[Span], sentences: Sequence[Span], quotes: Sequence[Span]
) -> dict[str, CategoryCounts]:
    """Return the hits of every category of ``CATEGORIES`` in the ``body`` paragraphs of
    ``text`` (see the module docstring), keyed by category name; linear in the body's length."""
    pattern, holders = _vocabulary()
    counts = [CategoryCounts() for _ in CATEGORIES]
    lowered = text.lower()
    if len(lowered) != len(text):  # a case fold that changes offsets: read it as written
        lowered = text
    sent_starts = [s.start for s in sentences]
    quote_starts = [q.start for q in quotes]
    for para in body:
        for m in pattern.finditer(lowered, para.start, para.end):
            ids = holders.get(m.group())
            if not ids:
                continue
            pos = m.start()
            sent = bisect_right(sent_starts, pos) - 1
            q = bisect_right(quote_starts, pos) - 1
            narrated = not (q >= 0 and quotes[q].start <= pos < quotes[q].end)
            for i in ids:
                c = counts[i]
                c.total += 1
                c.narrated += narrated
                c._at.append(sent)
    for c in counts:
        _densest(c)
    return {name: c for name, c in zip(CATEGORIES, counts, strict=True)}


def _densest(c: CategoryCounts) -> None:
    """Set ``c.scene`` and ``c.scene_span`` from its hits' sentence indices (two pointers)."""
    at = c._at
    lo = 0
    for hi, sent in enumerate(at):
        while sent - at[lo] >= SCENE_SENTENCES:
            lo += 1
        if hi - lo + 1 > c.scene:
            c.scene = hi - lo + 1
            c.scene_span = (at[lo], sent)
    c._at = []


def negations(text: str, body: Sequence[Span]) -> int:
    """Return how many negation words ("not", "never", "n't", ...) the ``body`` holds."""
    return sum(len(_NEGATION.findall(text, p.start, p.end)) for p in body)


def quoted_share(body: Sequence[Span], quotes: Sequence[Span]) -> float:
    """Return the share of the body's characters inside quotes (0 for an empty body)."""
    size = sum(p.end - p.start for p in body)
    inside = sum(q.end - q.start for q in quotes)
    return min(1.0, inside / size) if size else 0.0


def densest_scene(
    counts: Mapping[str, CategoryCounts], tag: str, sentences: Sequence[Span], limit: int
) -> list[Span]:
    """Return the sentences (at most ``limit``) of the densest scene of ``tag``'s categories:
    the run of the category whose densest run holds the most hits; none without a hit."""
    found = [counts[c] for c in TAG_CATEGORIES[tag] if c in counts]
    best = max(found, key=lambda c: c.scene, default=None)
    if best is None or not best.scene:
        return []
    first, last = best.scene_span
    return list(sentences[first : min(last + 1, first + limit)])
