"""A "called" that names someone is no speech tag (understand/naming_calls.py)."""

from __future__ import annotations

from cast_builders import people


def test_a_word_before_called_and_a_name_gets_no_speech_cue() -> None:
    text = (
        "Nell counted the spoons into a dish of Tarsk silver. Half Tarsk called honest "
        "Bram a thief, and Nell laughed."
    )
    assert "Tarsk" not in people(text)
    # a speech tag still speaks: "Tarsk called, and …" with a line
    assert "Nell" in people('"Wait," Nell called, and Bram stopped.')
