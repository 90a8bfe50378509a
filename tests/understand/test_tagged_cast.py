"""The cast a file's own character tags give (``tagged_cast``), on short texts written for
these tests: a canon the fandom table does not know, read through its tagged names."""

from __future__ import annotations

from cast_builders import aliases

from ficshelf.understand.characters import Cast, characters_of
from ficshelf.understand.tagged_cast import tagged_names, tagged_roster
from ficshelf.understand.text import paragraph_spans

BREAKFAST = (
    "Ellery Vance came down to breakfast late, as he always did on a Sunday.\n\n"
    '"You will miss the coach," said Aunt Wilhelmina, and poured his tea.\n\n'
    "The cousins were already at the table: Rosalind, and Tibby and Orlo, whom the whole "
    "house called the Twins, and little Hetty with her doll.\n\n"
    '"I never miss the coach," Ellery said. "The coach waits for me."\n\n'
    'Rosalind laughed at him. "It did not wait on Friday. Mr. Vance said so."\n'
)

TAGS = ("Ellery Vance", "Rosalind Vance (The Vance Cousins)", "Tibby Vance", "Orlo Vance")


def cast_in(text: str, *tags: str) -> Cast:
    return characters_of(text, paragraph_spans(text), None, "third", (), (), tags)


def test_tagged_names_drop_disambiguation_and_catch_alls() -> None:
    tags = ["Gurth (Ivanhoe)", "Original Characters", "Reader", "Gurth", "Wamba"]
    assert tagged_names(tags) == ["Gurth", "Wamba"]
    assert tagged_roster(["Original Character(s)", "You"]) is None


def test_tagged_names_seen_once_in_a_list_are_people() -> None:
    before = aliases(BREAKFAST, cast_in(BREAKFAST))
    assert "Tibby" not in {a for names in before.values() for a in names}
    names = aliases(BREAKFAST, cast_in(BREAKFAST, *TAGS))
    assert names["Tibby Vance"] == {"Tibby"}
    assert names["Orlo Vance"] == {"Orlo"}


def test_a_tag_gives_a_bare_given_name_its_full_name_but_not_its_family() -> None:
    names = aliases(BREAKFAST, cast_in(BREAKFAST, *TAGS))
    assert names["Rosalind Vance"] == {"Rosalind"}
    # the family's surname is nobody's own: "Mr. Vance" joins no tagged cousin
    assert all("Mr. Vance" not in names[n] for n in ("Rosalind Vance", "Tibby Vance"))


GARDEN = (
    "Philippa came out into the garden with a basket on her arm.\n\n"
    '"The roses are over," said old Hobbs, leaning on his spade.\n\n'
    '"They are never over, Hobbs. You only say so to be let off the pruning."\n\n'
    "Hobbs grumbled. Miss Ashcombe had a way of being right about the roses, and he "
    "had worked for her father long enough to know it.\n\n"
    '"Yes, Miss Ashcombe," he said at last.\n'
)


def test_a_titled_surname_is_the_one_tagged_full_name_of_its_gender_and_surname() -> None:
    before = aliases(GARDEN, cast_in(GARDEN))
    assert not any({"Philippa", "Miss Ashcombe"} <= names for names in before.values())
    names = aliases(GARDEN, cast_in(GARDEN, "Philippa Ashcombe", "Hobbs"))
    assert any({"Philippa", "Miss Ashcombe"} <= group for group in names.values())
    # not a title of the other gender, nor a surname two tags hold
    text = GARDEN.replace("Philippa", "Margaret").replace("Miss Ashcombe", "Mr. Ashcombe")
    names = aliases(text, cast_in(text, "Margaret Ashcombe", "Hobbs"))
    assert not any({"Margaret", "Mr. Ashcombe"} <= group for group in names.values())
    names = aliases(GARDEN, cast_in(GARDEN, "Philippa Ashcombe", "Clara Ashcombe"))
    assert not any({"Philippa", "Miss Ashcombe"} <= group for group in names.values())
