"""Quoting styles the LitBank and corpus texts show seldom, found by rewriting their marks
(``scripts/quote_style_variants.py``, round quotes43): an elided word's apostrophe inside
single-quoted speech, a term after a comma in single marks, guillemets with double marks
nested in them, an epigraph in guillemets. Every sentence here is made up for the test."""

from __future__ import annotations

from dialogue_texts import quotes_of

from ficshelf.model import RawDocument
from ficshelf.understand.dialogue import uses_guillemets
from ficshelf.understand.pipeline import run


def test_an_elided_word_inside_single_quoted_speech_is_no_new_quotation() -> None:
    text = (
        "'Feed the hens and the little 'uns, then come in,' said Marl.\n\n"
        "'Have you seen my cousin 'Lisbet?' asked Tova.\n"
    )
    assert quotes_of(text) == [
        "Feed the hens and the little 'uns, then come in,",
        "Have you seen my cousin 'Lisbet?",
    ]


def test_a_single_quoted_english_word_after_a_word_still_breaks_a_lost_closer() -> None:
    # An English word after the mark is a new quotation (or a term), as before.
    text = "'Where is it, he asked 'Where?' She shrugged.\n\n'Gone,' said Ivo.\n"
    assert quotes_of(text)[-2:] == ["Where?", "Gone,"]


def test_a_single_quoted_term_after_a_comma_ends_at_its_mark() -> None:
    text = (
        "She met a clerk, 'young' and anxious, at the gate. 'Tickets,' he said.\n\n"
        "'Here,' said Oona.\n"
    )
    assert quotes_of(text) == ["Tickets,", "Here,"]


def test_the_second_half_of_a_split_line_keeps_its_possessives() -> None:
    text = "'Well,' said Rab, 'the ponies' shoes are loose again.'\n\n'Mend them,' said Ket.\n"
    assert quotes_of(text) == ["Well,", "the ponies' shoes are loose again.", "Mend them,"]


def test_guillemets_nest_double_marks() -> None:
    text = (
        "«I told him “wait” and he ran,» said Anouk.\n\n"
        "«Then I said: “Come back --”» She stopped.\n\n"
        "«He came?» asked Pell.\n"
    )
    assert uses_guillemets(text)
    assert quotes_of(text) == [
        "I told him “wait” and he ran,",
        "Then I said: “Come back --”",
        "He came?",
    ]


def test_double_marks_with_a_guillemet_or_two_are_no_guillemet_story() -> None:
    assert not uses_guillemets('"Hi," she said. "The sign read «Fermé»."\n')


def test_an_epigraph_in_guillemets_is_a_note() -> None:
    text = (
        "The Salt Road\nby Wren Ashby\n\n"
        "«Walk slowly, and the road walks with you.» — Ondine\n\n"
        "The road to the coast was white with salt. Mira walked it alone.\n\n"
        "«Is it far?» asked the boy at the well.\n\n«Far enough,» said Mira.\n"
    )
    analysis = run(RawDocument(text, "t.txt", "txt"), ["text", "notes", "dialogue"])
    kinds = [n.label for n in analysis.layer("notes")]
    assert "epigraph" in kinds
    body = [q.text_of(text) for q in analysis.layer("quotes") if not q.label]
    assert body == ["Is it far?", "Far enough,"]
