"""Round W33 of the warnings (docs/history/warnings.md): a note that warns of children struck by
someone it names, and a warning it gives as a discussion. Sentences written for the tests."""

from __future__ import annotations

import pytest
from theme_probes import analysed

# A quiet story for a note to be read over.
ORCHARD = (
    "The orchard gate stuck, as it always did, and Wendel lifted it on its hinge and let "
    "himself through. The apples were not ripe yet. He sat on the low wall and ate his bread "
    "and watched the wasps go in and out of the hedge.\n\n"
    "By noon the clouds had come over, and he walked home the long way, by the mill."
)


def noted(note: str) -> tuple[set[str], str]:
    """The warnings and the rating of the quiet story under the author's note ``note``."""
    a = analysed(f"A/N: {note}\n\n{ORCHARD}\n")
    return {s.label for s in a.layer("warnings")}, a.layer("rating")[0].label


@pytest.mark.parametrize(
    "note",
    [
        "Warnings for Old Mattock (mean, drinks, hits the kids).",
        "Content warning: the schoolmaster beats his children in chapter two.",
        "CW: Aunt Rell slaps her daughter once, on the page.",
    ],
)
def test_a_warning_of_children_struck_by_anyone_is_child_abuse(note: str) -> None:
    assert "child abuse" in noted(note)[0]


@pytest.mark.parametrize(
    "note",
    [
        # struck, but no child; a child, but no blow
        "Warnings: the champion hits the bag until his knuckles bleed.",
        "Warnings: the kids get lost in the woods for a night.",
    ],
)
def test_no_child_or_no_blow_is_no_child_abuse(note: str) -> None:
    assert "child abuse" not in noted(note)[0]


@pytest.mark.parametrize(
    ("note", "rating"),
    [
        # a discussion of abuse, as a mention, keeps the story Teen ...
        ("Warnings for discussion of Old Mattock (mean, hits the kids, all in the past).", "Teen"),
        ("Warnings for discussion of child abuse.", "Teen"),
        # ... the same warned of as itself, Mature
        ("Warnings for child abuse, on the page.", "Mature"),
    ],
)
def test_abuse_a_note_discusses_is_teen(note: str, rating: str) -> None:
    assert noted(note)[1] == rating


@pytest.mark.parametrize(
    "note",
    [
        "Warnings for a good deal of talk about the cholera.",
        "Content warning: typhoid, and a long convalescence.",
    ],
)
def test_a_disease_a_warning_names_is_illness(note: str) -> None:
    assert "illness" in noted(note)[0]


def test_a_disease_outside_a_warning_is_no_statement() -> None:
    assert "illness" not in noted("Thanks to Bex, who beta'd this through a bad flu!")[0]
