"""Newcomers brought on by a description in a speech tag, and the definite phrases that go
on with them.

Two newcomers of one noun, each brought on by its own description, and the definite
phrases that go on with them: '"…," said a stout woman with a baby on her hip.' and '"…,"
said an older woman with a face like a walnut.', then "said the stout woman", "the older
woman went on".

``descriptors._fold_into_introductions`` folds "the gentleman" and "the thin gentleman"
into "a thin, elderly gentleman" when the text brings on one person of that noun only.
With two or more such introductions of one noun a bare "the woman" may be either, but a
definite phrase whose modifiers only one of them has ("the stout woman", "the older
woman") is that one again, when the text used it after her introduction. A definite phrase
that no introduction describes, or that more than one does, stays where it is.

A comparative ("the older man", "the younger girl") sets a person against someone the
text already names, so the phrase scan reads no such phrase (``person_nouns.
VAGUE_MODIFIERS``). After a newcomer the speech tag introduces with it ('"…," said an older
woman with a face like a walnut.'), the same words after "the" ("said the older woman")
are that newcomer again: ``comparatives_again`` finds them.

Each introduction is read once against each definite phrase of its noun, so the pass is
linear in the phrases times the (few) introductions of one noun; each comparative
newcomer is one search of the text after it.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Sequence

from ficshelf.model import Span
from ficshelf.understand.descriptor_evidence import with_evidence
from ficshelf.understand.descriptor_mention import DescriptorMention
from ficshelf.understand.names import QuoteIndex

# Comparatives of how a person looks or how old they are: "an older woman", "a taller man".
_COMPARATIVES = frozenset(
    """older younger taller shorter smaller bigger larger stronger weaker""".split()
)
_INDEFINITE = ("a", "an")


def comparatives_again(
    text: str,
    paragraphs: Sequence[Span],
    index: QuoteIndex,
    descriptors: Sequence[DescriptorMention],
) -> list[DescriptorMention]:
    """Return ``descriptors`` (in text order) with the definite phrases added that go on with
    a newcomer a speech tag brings on with a comparative ("said an older woman" … "the
    older woman went on"; module docstring), with their evidence; ``paragraphs`` and
    ``index`` are the story's paragraphs and quotes."""
    found: list[DescriptorMention] = []
    for d in descriptors:
        words = d.key.split()
        if not d.speech or words[0] not in _INDEFINITE or d.noun not in words:
            continue
        mods = [w.strip(",") for w in words[1 : words.index(d.noun)]]
        if not any(w in _COMPARATIVES for w in mods):
            continue
        key = " ".join(["the", *mods, d.noun])
        pattern = re.compile(
            r"\b[Tt]he\s+" + r",?\s+".join(map(re.escape, [*mods, d.noun])) + r"\b"
        )
        starts = [p.start for p in paragraphs]
        for m in pattern.finditer(text, d.end):
            at = bisect_right(starts, m.start()) - 1
            if at < 0 or paragraphs[at].end < m.end():
                continue
            bare = DescriptorMention(
                m.start(), m.end(), key, d.noun, True, False, False, False, False
            )
            found.append(with_evidence(text, paragraphs[at], index, bare, m.start()))
    if not found:
        return list(descriptors)
    taken = {(d.start, d.end) for d in descriptors}
    more = [d for d in found if (d.start, d.end) not in taken]
    return sorted([*descriptors, *more], key=lambda d: d.start)


def fold_into_described_introductions(
    groups: dict[str, list[DescriptorMention]], noun: str, keys: Sequence[str]
) -> None:
    """Move each definite phrase of person noun ``noun`` ("the older woman") into the one
    indefinite introduction among ``keys`` ("an older woman", "a stout woman": keys of
    ``groups``, each a cluster of phrases by lower-case form) whose modifiers include all of
    its own, when it has at least one and came after that introduction (module
    docstring)."""
    intros = [
        (key, _modifiers(key, noun), min(d.start for d in groups[key]))
        for key in keys
        if not any(d.voice for d in groups[key])
    ]
    for key in [k for k in groups if k.startswith("the ")]:
        group = groups[key]
        if group[0].noun != noun or not key.endswith(noun):
            continue
        mods = _modifiers(key, noun)
        if not mods:
            continue
        fits = [(into, first) for into, words, first in intros if mods <= words]
        if len(fits) == 1 and min(d.start for d in group) > fits[0][1]:
            groups[fits[0][0]].extend(groups.pop(key))


def _modifiers(key: str, noun: str) -> set[str]:
    """The words between a phrase's determiner and its noun ``noun`` ("a thin, elderly
    gentleman" → {"thin", "elderly"}); a phrase that goes on past its noun ("a woman with a
    basket") keeps only the words before the noun."""
    words = [w.strip(",") for w in key.split()]
    end = words.index(noun) if noun in words else len(words) - 1
    return set(words[1:end])
