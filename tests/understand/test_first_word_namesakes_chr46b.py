"""Round chr46b: two full names of one first word and two surnames are two people when the
first word is a word for a person ("Councillor", "Nanny") or a man's given name, not one
woman under two surnames (understand/first_word_namesakes.py, understand/name_clusters.py)."""

from __future__ import annotations

from cast_builders import aliases, owner

from ficshelf.understand.first_word_namesakes import role_word

_COUNCIL = (
    "Councillor Pellow opened the meeting at seven and read the minutes in a flat voice.\n\n"
    "\u201cThe drains again,\u201d said Councillor Pellow. \u201cWho will second it?\u201d\n\n"
    "Councillor Marchbank raised his pencil. He had seconded everything for thirty years.\n\n"
    "\u201cI will,\u201d said Councillor Marchbank, and Pellow thanked him."
)


def test_two_councillors_of_two_surnames_are_two_people() -> None:
    found = aliases(_COUNCIL, pov="third")
    assert owner(found, "Councillor Marchbank") != owner(found, "Councillor Pellow")


_NURSERY = (
    "Nanny Fettle was ironing in the nursery when Nanny Brisk came up with the tea.\n\n"
    "\u201cThey will want their baths,\u201d said Nanny Brisk.\n\n"
    "\u201cThey will have them,\u201d said Nanny Fettle, and went on ironing."
)


def test_two_nannies_of_two_surnames_are_two_people() -> None:
    found = aliases(_NURSERY, pov="third")
    assert owner(found, "Nanny Fettle") != owner(found, "Nanny Brisk")


_CLUB = (
    "Henry Ardwick came into the club at noon and found Henry Colvin asleep by the fire.\n\n"
    "\u201cWake up,\u201d said Henry Ardwick. \u201cThe vote is at two.\u201d\n\n"
    "Henry Colvin opened one eye and shut it again."
)


def test_two_men_of_one_given_name_and_two_surnames_are_two_people() -> None:
    found = aliases(_CLUB, pov="third")
    assert owner(found, "Henry Ardwick") != owner(found, "Henry Colvin")


def test_a_womans_given_name_under_two_surnames_is_still_one_woman() -> None:
    text = _CLUB.replace("Henry Ardwick", "Clara Ardwick").replace("Henry Colvin", "Clara Colvin")
    found = aliases(text, pov="third")  # a maiden and a married name, as before
    assert owner(found, "Clara Ardwick") == owner(found, "Clara Colvin")


def test_one_mans_surname_spelled_two_ways_stays_one_man() -> None:
    text = (
        "Tobias Wendle mended the fence by the lane, and the boys laughed at him.\n\n"
        "\u201cThat is Tobias Wendles,\u201d said the carter. \u201cHe mends everything.\u201d"
    )
    found = aliases(text, pov="third")
    assert owner(found, "Tobias Wendle") == owner(found, "Tobias Wendles")


def test_role_words_are_person_nouns_that_are_no_given_names() -> None:
    assert role_word("Councillor") and role_word("nanny")
    assert not role_word("Rose") and not role_word("Henry") and not role_word("Major")


_HOUSEHOLD = (
    "Edgar Pilbeam came down to breakfast late, and Mrs. Pilbeam passed him the toast without "
    "a word.\n\n"
    "Mr. Pilbeam folded his newspaper. He had been waiting for this.\n\n"
    "\u201cWell?\u201d said Mrs. Pilbeam.\n\n"
    "Edgar looked at his plate and said nothing at all."
)


def test_mr_acting_beside_mrs_and_a_son_told_by_given_name_is_the_father() -> None:
    found = aliases(_HOUSEHOLD, pov="third")
    assert owner(found, "Mr. Pilbeam") != owner(found, "Edgar Pilbeam")


def test_without_a_mrs_of_the_surname_mr_is_still_the_one_man() -> None:
    text = _HOUSEHOLD.replace("Mrs. Pilbeam passed", "the maid passed").replace(
        "said Mrs. Pilbeam", "said the maid"
    )
    found = aliases(text, pov="third")
    assert owner(found, "Mr. Pilbeam") == owner(found, "Edgar Pilbeam")


def test_mr_only_called_in_the_lines_is_still_the_one_man() -> None:
    text = _HOUSEHOLD.replace(
        "Mr. Pilbeam folded his newspaper.", "\u201cGood morning, Mr. Pilbeam,\u201d said the maid."
    )
    found = aliases(text, pov="third")
    assert owner(found, "Mr. Pilbeam") == owner(found, "Edgar Pilbeam")
