"""The name shown for a story's character: the work's character tag that names them."""

from __future__ import annotations

from ficshelf.speaker_names import tagged_names

TAGS = (
    ("Laurie (Little Women - Louisa May Alcott)", "Theodore Laurence"),
    ("Josephine March", "Josephine March"),
    ("Sally Jellyband", "Sally Jellyband"),
    ("Sir Percy Blakeney", "Sir Percy Blakeney"),
    ("Mr. Bennet", "Mr. Bennet"),
    ("Mrs. Bennet", "Mrs. Bennet"),
)


def test_a_character_is_shown_by_the_tag_naming_them() -> None:
    characters = [
        ("Laurie", ("Laurie", "Teddy")),  # the tag's bare name
        ("Jo", ("Jo", "Josephine March")),  # an alias is the tag's name
        ("Sally", ("Sally",)),  # the only tag that can be her
        ("Jellyband", ("Jellyband",)),  # a family name alone: her father?
        ("Percy Blakeney", ("Percy",)),  # the tag less its title
        ("Bennet", ("Bennet",)),  # two tags can be him: none
        ("Hannah Mullet", ("Hannah",)),  # no tag
    ]
    assert tagged_names(characters, TAGS) == {
        "Laurie": "Theodore Laurence",
        "Jo": "Josephine March",
        "Sally": "Sally Jellyband",
        "Percy Blakeney": "Sir Percy Blakeney",
    }
