"""A title or person noun standing alone after "the" is a description: its mention spans
the article (understand/title_descriptions.py). Sentences written for the tests."""

from __future__ import annotations

from cast_builders import aliases, cast_of

from ficshelf.understand.title_descriptions import is_bare_title


def test_a_bare_title_after_the_in_the_narration_takes_in_its_article() -> None:
    text = (
        "Magistrate Horncastle kept a kennel of hounds behind the courthouse.\n\n"
        "The Magistrate was out riding when the storm broke, and he came home soaked. "
        "Nobody dared to wake the Magistrate before nine.\n\n"
        "\u201cIs the Magistrate awake yet?\u201d asked Tilly Marsh."
    )
    forms = aliases(text)
    assert {"The Magistrate", "the Magistrate", "Magistrate"} <= forms["Magistrate Horncastle"]


def test_a_name_with_a_word_of_its_own_after_the_stays_a_name() -> None:
    assert not is_bare_title("Reverend Mr. Tolliver")
    assert not is_bare_title("Prince Orsolo")
    assert is_bare_title("Lord High Chancellor")
    assert is_bare_title("Old Man")


def test_a_silent_character_known_only_as_the_title_is_unnamed() -> None:
    text = (
        "The hands were loafing by the corral when the Old Man rode in from town. The Old "
        "Man pulled up at the gate, and the Old Man looked them over.\n\n"
        "Dobbin Kerrey grinned. Dobbin Kerrey always grinned."
    )
    unnamed = {c.label for c in cast_of(text).unnamed}
    assert "Old Man" in unnamed
    assert "Dobbin Kerrey" not in unnamed
