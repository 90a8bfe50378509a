"""``text.lowered_text`` and ``text.lowered_slice``: a story's text lower-cased once."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from ficshelf.understand.text import lowered_slice, lowered_text


def test_the_lowered_text_is_worked_out_once_per_text() -> None:
    text = "The Captain’s Daughter waited by the Gate."
    first = lowered_text(text)
    assert first == text.lower()
    assert lowered_text(text) is first
    assert lowered_slice(text, 0, len(text)) is first


def test_a_slice_is_cut_from_the_lowered_text() -> None:
    text = "MARGARET said: “Come IN, Tom.”"
    assert lowered_slice(text, 14) == text[14:].lower()
    assert lowered_slice(text, 0, 8) == "margaret"


def test_a_dotted_capital_i_is_lowered_piece_by_piece() -> None:
    # "İ" lower-cases to two characters: the lowered text's offsets move
    text = "İzmir and Ankara"
    assert len(lowered_text(text)) == len(text) + 1
    assert lowered_slice(text, 10) == "ankara"


def test_a_capital_sigma_is_lowered_in_its_own_slice() -> None:
    # a final sigma lower-cases by the letters around it: a slice ending on it differs
    text = "ΟΔΟΣΣΟΣ"
    assert lowered_slice(text, 0, 4) == text[:4].lower() == "οδος"
    assert lowered_text(text)[:4] != "οδος"


@given(st.text(max_size=40), st.integers(0, 45), st.integers(0, 45))
def test_a_slice_lowered_is_the_same_string(text: str, start: int, end: int) -> None:
    assert lowered_slice(text, start, end) == text[start:end].lower()
    assert lowered_text(text) == text.lower()
