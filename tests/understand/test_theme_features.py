"""The Empath features of the learned warning decision (``theme_features``): one pass over the
body that counts each category's words in all, in the narration and in the densest scene."""

from __future__ import annotations

from empath import Empath

from ficshelf.model import Span
from ficshelf.understand.theme_features import (
    CATEGORIES,
    SCENE_SENTENCES,
    TAG_CATEGORIES,
    CategoryCounts,
    densest_scene,
    empath_counts,
    negations,
    quoted_share,
    vocabulary_size,
)
from ficshelf.vocabulary import WARNINGS


def _sentences(text: str) -> list[Span]:
    spans, start = [], 0
    for i, ch in enumerate(text):
        if ch == ".":
            spans.append(Span(start, i + 1, "sentence"))
            start = i + 2
    return spans


def _counts(text: str) -> dict[str, CategoryCounts]:
    return empath_counts(text, [Span(0, len(text), "body")], _sentences(text), [])


def test_every_warning_reads_categories_empath_has() -> None:
    assert set(TAG_CATEGORIES) == set(WARNINGS)
    cats = Empath().cats
    assert all(cats[c] for c in CATEGORIES)
    assert vocabulary_size() > 1000


def test_words_count_in_the_narration_and_in_dialogue() -> None:
    text = 'He liked the whisky. "More vodka," she said.'
    quote = text.index('"More')
    counts = empath_counts(
        text,
        [Span(0, len(text), "body")],
        _sentences(text),
        [Span(quote, text.index(",") + 2, "quote")],
    )
    alcohol = counts["alcohol"]
    assert alcohol.total == 2
    assert alcohol.narrated == 1


def test_a_word_inside_a_longer_word_or_compound_is_no_hit() -> None:
    counts = empath_counts(
        "The winery sold wine-dark jars.",
        [Span(0, 31, "body")],
        [Span(0, 31, "sentence")],
        [],
    )
    assert counts["alcohol"].total == 0


def test_the_densest_scene_counts_hits_within_a_run_of_sentences() -> None:
    close = "She drank wine. He poured whisky. They drank vodka."
    filler = " It rained." * (SCENE_SENTENCES + 2)
    spread = "She drank wine." + filler + " He poured whisky." + filler + " They drank vodka."
    dense, thin = _counts(close)["alcohol"], _counts(spread)["alcohol"]
    assert dense.total == thin.total
    assert dense.scene == dense.total
    assert thin.scene < thin.total
    assert dense.scene_span == (0, 2)


def test_nothing_to_count_is_all_zeros() -> None:
    for text in ("", "The cat sat on the mat.", "ÄÖÜ " * 50, "A" * 10_000):
        counts = empath_counts(text, [Span(0, len(text), "body")] if text else [], [], [])
        assert set(counts) == set(CATEGORIES)
        assert all(c.total == c.scene == 0 for c in counts.values())


def test_negations_and_the_share_in_dialogue() -> None:
    text = "She did not go. He never went, and they weren't there; nobody was."
    body = [Span(0, len(text), "body")]
    assert negations(text, body) == 4
    assert quoted_share(body, [Span(0, 17, "quote")]) == 17 / len(text)
    assert quoted_share([], []) == 0.0


def test_the_densest_scene_gives_its_sentences_as_evidence() -> None:
    filler = "It rained. " * (SCENE_SENTENCES + 2)
    text = filler + "She had wine. He had whisky. They had vodka. " + filler
    sentences = _sentences(text)
    counts = _counts(text)
    shown = densest_scene(counts, "alcohol", sentences, 5)
    assert [text[s.start : s.end] for s in shown] == [
        "She had wine.",
        "He had whisky.",
        "They had vodka.",
    ]
    assert densest_scene(counts, "alcohol", sentences, 2) == shown[:2]
    assert densest_scene(_counts(filler), "alcohol", _sentences(filler), 5) == []
