"""Rewriting a text's quotation marks into another style (scripts/quote_style_variants.py).
Every sentence here is made up for the test."""

from __future__ import annotations

from types import ModuleType

from script_loading import load_script


def _script() -> ModuleType:
    return load_script("quote_style_variants")


TEXT = (
    "\"I read 'Hob's Almanac' at the Pikes' house,\" said Ula. \"Don't 'em know it?\"\n\n"
    '"It runs on,\n\n'
    '"and on."\n'
)


def test_restyling_keeps_apostrophes_and_the_text_length() -> None:
    script = _script()
    for name, style in script.STYLES.items():
        out = script.restyle(TEXT, style)
        assert len(out) == len(TEXT), name
    single = script.restyle(TEXT, script.STYLES["curly-single"])
    assert single == (
        "‘I read “Hob's Almanac” at the Pikes' house,’ said Ula. ‘Don't 'em know it?’\n\n"
        "‘It runs on,\n\n"
        "‘and on.’\n"
    )


def test_word_processor_apostrophes_turn_curly_too() -> None:
    script = _script()
    out = script.restyle(TEXT, script.STYLES["curly-single-apos"])
    assert out.startswith("‘I read “Hob’s Almanac” at the Pikes’ house,’ said Ula. ‘Don’t ’em")


def test_curly_and_guillemet_marks_read_by_their_glyphs() -> None:
    script = _script()
    text = "«Non,» dit-il. “Yes,” she said, “it’s ‘odd’.”"
    assert script.restyle(text, script.STYLES["straight-double"]) == (
        '"Non," dit-il. "Yes," she said, "it’s \'odd\'."'
    )


def test_a_gold_quote_gets_its_nested_marks_restyled() -> None:
    script = _script()
    quote = "I read 'Hob's Almanac' at noon."
    assert script.restyle_quote(quote, script.STYLES["straight-single"]) == (
        'I read "Hob\'s Almanac" at noon.'
    )


def test_a_tally_reports_f1() -> None:
    tally = _script().Tally()
    tally.add(8, 1, 1, 5, 8)
    assert round(tally.f1(), 3) == 0.889
    assert tally.line().startswith("8/1/1  P 0.889 R 0.889 F1 0.8889  speakers 5/8")


def test_a_nested_opener_glued_to_the_word_before_moves_past_its_space() -> None:
    script = _script()
    text = "\"Then I said' Good night,' and the Fenns' gate shut,\" said Ula."
    out = script.restyle(text, script.STYLES["straight-single"])
    assert out == "'Then I said \"Good night,\" and the Fenns' gate shut,' said Ula."
