"""Candidate speakers' sparse feature vectors and the speaker ranker's arithmetic over them.

``Candidate`` holds one possible speaker of one quote and its features (``speaker_features``
makes them); ``expanded`` gives each feature its copies by context (the quote's kind of
evidence, and ``PARAGRAPH_FEATURES`` again where the story's paragraphs look guessed) for
training, ``merged_weights`` folds the copies' weights back for one context at run time,
``dot`` scores a vector and ``vetoed`` tells a candidate that can never be the speaker. Used by
the "speakers" stage's ranker (``speaker_ranker``) and the training scripts.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

# The features whose meaning depends on paragraphs being real
# (``speaker_quote_contexts.dialogue_paragraphs``), and the mark of the sieve's choice: the
# sieve counts turns by paragraph, so where they were guessed its choice is worth another
# weight (round L31: of the lines the ranker overrules out of fold where one of the two is
# right, the sieve is on 43 of 120 of LitBank's, 29 of 136 of the stories').
PARAGRAPH_FEATURES = frozenset(
    """turn_minus_1_adjacent turn_minus_2_close previous_quote_speaker_new_para
    previous_quote_speaker_same_para previous_quote_speaker_other_turn
    previous_quote_speaker_same_turn turn_minus_1 turn_minus_2 before_para after_para
    before_para_subject after_para_subject addressed_by_next_turn beat_by_last_speaker
    anchor_prev_even anchor_prev_odd anchor_next_even anchor_next_odd beat_anchor_prev_even
    beat_anchor_prev_odd beat_anchor_next_even beat_anchor_next_odd
    previous_quote_speaker_gap_none previous_quote_speaker_gap_tag
    previous_quote_speaker_gap_beat previous_quote_speaker_gap_long
    previous_quote_speaker_gap_para called_by_previous_agrees
    called_by_previous_clashes called_by_next_agrees called_by_next_clashes
    previous_quote_speaker_asked_none previous_quote_speaker_asked_tag
    previous_quote_speaker_asked_beat previous_quote_speaker_asked_long
    previous_quote_speaker_asked_para role_called_by_previous
    role_called_by_next previous_line_narration narration_para narration_para_subject
    self_before_para self_after_para self_object_before_para self_object_after_para
    sieve""".split()
)


@dataclass(slots=True)
class Candidate:
    """One possible speaker of one quote and its features (sparse: absent means 0)."""

    name: str
    features: dict[str, float] = field(default_factory=dict)
    # the quote's kind of evidence (``speaker_quote_contexts.evidence_kind``) and whether
    # the story's paragraphs look guessed (``dialogue_paragraphs``): the ranker weighs
    # features differently in each
    context: str = "none"
    guessed: bool = False


def expanded(candidate: Candidate) -> dict[str, float]:
    """Return a candidate's features with the copies that only count in its context: each
    feature again as ``name@<evidence kind>``, and the paragraph features as
    ``name@guessed`` in a story whose paragraphs look guessed. The model is linear over
    these; at run time ``merged_weights`` folds the copies' weights into the plain ones
    instead, which gives the same scores."""
    f = candidate.features
    out = dict(f)
    out.update({f"{k}@{candidate.context}": v for k, v in f.items()})
    if candidate.guessed:
        out.update({f"{k}@guessed": v for k, v in f.items() if k in PARAGRAPH_FEATURES})
    return out


def merged_weights(weights: Mapping[str, float], context: str, guessed: bool) -> dict[str, float]:
    """Return the weights of the plain features in one context (see ``expanded``)."""
    plain = {k for k in weights if "@" not in k} | {k.split("@", 1)[0] for k in weights if "@" in k}
    out = {}
    for k in plain:
        w = weights.get(k, 0.0) + weights.get(f"{k}@{context}", 0.0)
        if guessed and k in PARAGRAPH_FEATURES:
            w += weights.get(f"{k}@guessed", 0.0)
        if w:
            out[k] = w
    return out


def vetoed(features: Mapping[str, float]) -> bool:
    """Return whether a candidate can never be the speaker, whatever the weights say: the
    quote addresses it ("Wait, Jo!"), or it is the narrator of a first- or second-person
    story and the quote's tag says "he" or "she"."""
    return bool(features.get("addressed_here") or features.get("hint_narrator"))


def dot(weights: Mapping[str, float], features: Mapping[str, float]) -> float:
    """Return the dot product of a weight map and a sparse feature map."""
    get = weights.get
    total = 0.0  # a plain loop: a third faster than sum() over a list, the same order
    for name, value in features.items():
        total += get(name, 0.0) * value
    return total
