"""Hostile inputs that once made a regex of the "text" or "notes" stage backtrack for minutes.

There are no timed assertions: each input is big enough that a quadratic pass would make the
suite visibly hang (minutes per case, measured on the old patterns), while the linear pass
takes a few milliseconds. Each case also checks that the result still makes sense.
"""

from __future__ import annotations

import pytest

from ficshelf.model import Analysis, RawDocument
from ficshelf.understand import analyze
from ficshelf.understand.note_patterns import fandom_mentions, title_field

CAPS = "Aa " * 20_000


def analysed(text: str) -> Analysis:
    """Analyse ``text``; check that every span of every layer lies inside it."""
    analysis = analyze(RawDocument(text, "hostile.txt", "txt"))
    for name, spans in analysis.layers.items():
        for span in spans:
            assert 0 <= span.start <= span.end <= len(text), name
    return analysis


def labels(analysis: Analysis, layer: str) -> list[str]:
    return [s.label for s in analysis.layer(layer)]


# --- capitalised words in notes (fandom mentions) ------------------------------------------


def test_author_note_of_many_capitalised_words() -> None:
    analysis = analysed("A/N: " + CAPS)
    assert labels(analysis, "notes") == ["authors_note"]
    assert analysis.layer("fandom_mentions") == ()


def test_disclaimer_of_many_capitalised_words() -> None:
    analysis = analysed("Disclaimer: " + CAPS + "\n\nMara waited.")
    assert labels(analysis, "notes") == ["disclaimer"]
    assert [s.text_of(analysis.text) for s in analysis.layer("body")] == ["Mara waited."]


def test_a_fandom_is_still_found_before_a_long_run_of_capitalised_words() -> None:
    para = "A/N: my first Sea Shanties fic. " + CAPS
    assert [para[a:b] for a, b in fandom_mentions(para)] == ["Sea Shanties"]


def test_capitalised_words_just_before_a_cue_word() -> None:
    # A name is at most six words long: the rest of the run before it is left out.
    para = "A/N: " + "Aa " * 3000 + "Salt And Iron fic"
    assert [para[a:b] for a, b in fandom_mentions(para)] == ["Aa Aa Aa Salt And Iron"]


def test_only_the_start_of_a_huge_note_is_searched_for_fandoms() -> None:
    para = "A/N: " + CAPS + "Salt And Iron fic"
    assert fandom_mentions(para) == []


def test_initials_run_together() -> None:
    analysis = analysed("A/N: " + "A." * 50_000 + " fic")
    assert labels(analysis, "notes") == ["authors_note"]


def test_many_mentions_in_one_note() -> None:
    analysis = analysed("A/N: " + "Aa fic " * 20_000)
    # Only the first part of a huge note is searched.
    assert 0 < len(analysis.layer("fandom_mentions")) < 20_000
    assert set(labels(analysis, "fandom_mentions")) == {"Aa"}


def test_a_long_run_of_connectors() -> None:
    analysis = analysed("A/N: Aa " + "of the " * 20_000 + "fic")
    assert analysis.layer("fandom_mentions") == ()


def test_capitalised_words_in_the_story() -> None:
    analysis = analysed("Mara waited.\n\n" + CAPS * 5 + "\n\nThe storm came.")
    assert len(analysis.layer("body")) == 3


# --- labelled fields ------------------------------------------------------------------------


def test_title_field_with_a_long_run_of_spaces() -> None:
    text = "Title: x" + " " * 100_000 + "y"
    analysis = analysed(text + "\n\nMara waited.")
    # Far too long to be a title.
    assert "title" not in labels(analysis, "notes")
    assert title_field(text) is None


def test_fandom_field_with_a_long_run_of_spaces() -> None:
    para = "Fandom: x" + " " * 100_000 + "y"
    assert [para[a:b] for a, b in fandom_mentions(para)] == ["x"]
    analysed(para + "\n\nMara waited.")


def test_title_field_ending_in_a_long_run_of_decoration() -> None:
    para = "Title: Salt" + " *" * 140
    assert title_field(para) is not None
    a, b = title_field(para) or (0, 0)
    assert para[a:b] == "Salt"


# --- sentence ends --------------------------------------------------------------------------


def test_a_long_run_of_periods_before_a_letter() -> None:
    text = "x" + "." * 100_000 + "y"
    assert len(analysed(text).layer("sentences")) == 1


def test_a_long_line_of_dashes() -> None:
    analysis = analysed("-" * 200_000)
    assert len(analysis.layer("sentences")) == 1
    assert analysis.layer("scene_breaks") == ()


def test_dashes_closing_quotes_over_and_over() -> None:
    text = '"' + 'a"-' * 100_000
    assert len(analysed(text).layer("paragraphs")) == 1


@pytest.mark.parametrize("run", ["!?" * 100_000, " !?" * 100_000, ". " * 100_000])
def test_long_runs_of_terminal_punctuation(run: str) -> None:
    text = "Why" + run + " Then she left."
    sentences = [s.text_of(text) for s in analysed(text).layer("sentences")]
    assert sentences == [("Why" + run).rstrip(), "Then she left."]


@pytest.mark.parametrize("mark", ['"', "'", "“", "”"])
def test_two_hundred_thousand_quote_marks(mark: str) -> None:
    analysis = analysed(mark * 200_000 + "\n\nMara waited.")
    assert len(analysis.layer("paragraphs")) == 2


def test_a_five_megabyte_single_line() -> None:
    text = "Mara waited by the door, counting the waves " * 120_000
    assert len(text) > 5_000_000
    analysis = analysed(text)
    assert len(analysis.layer("paragraphs")) == 1
    assert len(analysis.layer("body")) == 1


def test_a_five_megabyte_labelled_note() -> None:
    analysis = analysed("Disclaimer: " + "Aa Bb " * 850_000 + "\n\nMara waited.")
    assert labels(analysis, "notes") == ["disclaimer"]
