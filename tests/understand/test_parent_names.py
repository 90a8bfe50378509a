"""A parent's word written as a name mid-sentence is a person, unless the story names a
family (understand/parent_names.py)."""

from __future__ import annotations

from cast_builders import people

from ficshelf.understand.parent_names import parent_word_name

_LETTERS = (
    "Hester sat by the stove with her mending.\n\n"
    "\u201cI wish Papa would write,\u201d she said to Osric. \u201cHe has been gone since "
    "the thaw.\u201d\n\n"
    "Osric shrugged. \u201cPapa was never one for letters.\u201d"
)


def test_a_parent_word_twice_and_once_mid_sentence_names_a_parent() -> None:
    assert parent_word_name("papa", 2, 1, 0)
    assert parent_word_name("mother", 3, 1, 0)


def test_once_after_an_article_or_a_clipped_pa_names_no_parent() -> None:
    assert not parent_word_name("papa", 1, 1, 0)
    assert not parent_word_name("father", 2, 1, 1)
    assert not parent_word_name("pa", 3, 2, 0)
    assert not parent_word_name("papa", 2, 0, 0)


def test_papa_spoken_of_in_lines_is_a_person() -> None:
    assert "Papa" in people(_LETTERS)


def test_papa_in_a_story_that_names_a_family_stays_out() -> None:
    text = _LETTERS + (
        "\n\nCaptain Vane had sailed in March, and Maud Vane kept his letters in a box."
    )
    assert "Papa" not in people(text)
