"""Round L31 (docs/history/speakers.md): the sieve's choice is weighed apart where paragraphs were
guessed. The sieve counts turns by paragraph, and where a reader guessed a paragraph at each
line its choice is less sure than where the author's paragraphs stand, so the mark of the
sieve's choice (``sieve``) gets a ``@guessed`` copy like the paragraph features. On short
texts written for the test."""

from __future__ import annotations

import math

from dialogue_texts import with_cast

from ficshelf.understand.speaker_vectors import (
    PARAGRAPH_FEATURES,
    Candidate,
    expanded,
    merged_weights,
)
from ficshelf.understand.speakers import speaker_candidates

CAST = {"Ida": "Ida Lowe", "Karl": "Karl Brand"}

# Long enough (more than ``_SHORT_TEXT`` characters with the lines) that printed prose would
# hold paragraphs of narration alone; every later paragraph opens with a quotation mark.
_OPENING = (
    "Rain had been falling on the quarry road since noon, and Ida Lowe found Karl Brand in "
    "the weighing shed, counting the carts that had come down before the bridge closed."
    + (
        " The gutters overflowed along the roof and the lantern swung on its nail, and the"
        " two of them went through the tallies line by line without looking up from the"
        " ledger on the bench."
    )
    * 24
)
_LINES = [
    '"How many came down today?" Ida asked.',
    '"Eleven, and two with broken axles."',
    '"Then the mill will want us tomorrow."',
    '"It always does."',
]


def _sieve_marks(text: str) -> list[tuple[str, bool, dict[str, float]]]:
    """Return, per quote, the sieve's choice, whether the paragraphs look guessed, and its
    expanded features."""
    out = []
    for _, candidates in speaker_candidates(with_cast(text, CAST)):
        for c in candidates:
            if c.features.get("sieve"):
                out.append((c.name, c.guessed, expanded(c)))
    return out


def test_the_sieve_mark_is_a_paragraph_feature() -> None:
    assert "sieve" in PARAGRAPH_FEATURES


def test_where_paragraphs_were_guessed_the_sieve_choice_gets_its_own_weight() -> None:
    guessed = _sieve_marks(_OPENING + "\n\n" + "\n\n".join(_LINES) + "\n")
    assert guessed and all(g and f.get("sieve@guessed") == 1.0 for _, g, f in guessed)
    real = _sieve_marks(
        "Rain fell on the quarry road.\n\nIda Lowe found Karl Brand in the shed.\n\n"
        + "\n\n".join(_LINES)
        + "\n"
    )
    assert real and not any(g or "sieve@guessed" in f for _, g, f in real)


def test_the_guessed_weight_of_the_sieve_counts_only_in_a_guessed_story() -> None:
    weights = {"sieve": 0.8, "sieve@guessed": -0.5}
    candidate = Candidate("Ida Lowe", {"sieve": 1.0}, "turn", True)
    full = sum(weights.get(k, 0.0) * v for k, v in expanded(candidate).items())
    assert math.isclose(full, 0.3)
    assert math.isclose(merged_weights(weights, "turn", True)["sieve"], 0.3)
    assert math.isclose(merged_weights(weights, "turn", False)["sieve"], 0.8)
