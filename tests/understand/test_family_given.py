"""A family title used once ("Miss Harcourt") and a woman's bare given name near it
("Rosalind") are one person (understand/family_given.py), and the people it keeps apart."""

from __future__ import annotations

from cast_builders import aliases, owner

_FAMILY = (
    "Julian Harcourt had come down to the Grange for the shooting, and he was bored "
    "before the first morning was out. He walked along the terrace with his gun.\n\n"
)


def test_a_family_title_once_and_a_given_name_near_it_are_one() -> None:
    text = _FAMILY + (
        "Miss Harcourt was sitting in the window seat with a book, and she looked up "
        "when the door opened.\n\n"
        "\u201cYou are back early,\u201d said Rosalind. \u201cDid the birds not oblige "
        "you?\u201d\n\n"
        "\u201cThey never do,\u201d said Julian.\n\n"
        "Rosalind closed her book. She had read the same page four times, and she was "
        "glad of an excuse."
    )
    found = aliases(text)
    assert owner(found, "Rosalind") == owner(found, "Miss Harcourt")


def test_two_women_near_the_title_leave_it_alone() -> None:
    text = _FAMILY + (
        "Miss Harcourt was sitting in the window seat with a book, and she looked up "
        "when the door opened.\n\n"
        "\u201cYou are back early,\u201d said Rosalind. \u201cDid the birds not oblige "
        "you?\u201d\n\n"
        "\u201cHe never stays out,\u201d said Cecily. She laughed at him.\n\n"
        "Rosalind closed her book, and Cecily went to ring for tea."
    )
    found = aliases(text)
    assert owner(found, "Rosalind") != owner(found, "Miss Harcourt")
    assert owner(found, "Cecily") != owner(found, "Miss Harcourt")


def test_a_woman_named_beside_the_title_is_someone_else() -> None:
    text = _FAMILY + (
        "Miss Harcourt and Rosalind were sitting in the window seat with a book between "
        "them, and they looked up when the door opened.\n\n"
        "\u201cYou are back early,\u201d said Rosalind. \u201cDid the birds not oblige "
        "you?\u201d\n\n"
        "\u201cThey never do,\u201d said Julian."
    )
    found = aliases(text)
    assert owner(found, "Rosalind") != owner(found, "Miss Harcourt")


def test_a_mother_by_her_married_title_stays_apart() -> None:
    text = _FAMILY + (
        "Mrs. Harcourt was sitting in the window seat with a book, and she looked up "
        "when the door opened.\n\n"
        "\u201cYou are back early,\u201d said Rosalind. \u201cDid the birds not oblige "
        "you?\u201d\n\n"
        "\u201cThey never do,\u201d said Julian."
    )
    found = aliases(text)
    assert owner(found, "Rosalind") != owner(found, "Mrs. Harcourt")


def test_a_woman_named_only_far_from_the_title_stays_apart() -> None:
    filler = (
        "The wind came off the moor all that afternoon, and the rooks went up from the "
        "elms and settled again, and the clock in the hall struck the quarters one after "
        "another while nobody in the house did anything worth the telling of it. "
    ) * 9
    text = _FAMILY + (
        "\u201cYou are back early,\u201d said Rosalind. She laughed at him.\n\n"
        + filler
        + "\n\nMiss Harcourt was sitting in the window seat with a book, and she looked "
        "up when the door opened."
    )
    found = aliases(text)
    assert owner(found, "Rosalind") != owner(found, "Miss Harcourt")
