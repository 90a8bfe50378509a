"""Round chr48: a kin title before a given name no list knows (understand/kin_given_names.py)
and a style's gender (understand/styled_titles.py)."""

from __future__ import annotations

from cast_builders import aliases, owner

from ficshelf.understand.kin_given_names import kin_of_unlisted_given_name
from ficshelf.understand.name_cluster_facts import Cluster
from ficshelf.understand.styled_titles import styled_gender

# -- a kin title before a given name no list knows -------------------------------------


def _cluster(*forms: tuple[str, str, tuple[str, ...]]) -> Cluster:
    return Cluster(forms=list(forms))


def test_uncle_before_the_first_word_of_the_one_full_name_joins_it() -> None:
    clusters = [_cluster(("", "Oswin Tarrant", ("Oswin", "Tarrant")))]
    found = kin_of_unlisted_given_name("oswin", {"oswin": [0]}, {"tarrant": [0]}, clusters)
    assert found == [0]


def test_a_word_that_ends_a_full_name_is_a_surname_too() -> None:
    clusters = [
        _cluster(("", "Oswin Tarrant", ("Oswin", "Tarrant"))),
        _cluster(("", "Mabel Oswin", ("Mabel", "Oswin"))),
    ]
    by_first = {"oswin": [0], "mabel": [1]}
    by_last = {"tarrant": [0], "oswin": [1]}
    assert kin_of_unlisted_given_name("oswin", by_first, by_last, clusters) == []


def test_two_full_names_of_one_first_word_leave_the_kin_title_alone() -> None:
    clusters = [
        _cluster(("", "Oswin Tarrant", ("Oswin", "Tarrant"))),
        _cluster(("", "Oswin Blaydes", ("Oswin", "Blaydes"))),
    ]
    by_first = {"oswin": [0, 1]}
    assert kin_of_unlisted_given_name("oswin", by_first, {}, clusters) == []


def test_uncle_and_an_unlisted_given_name_in_a_story() -> None:
    text = (
        "Oswin Tarrant came down from the hills the week the creek ran dry.\n\n"
        '"You have grown," said Uncle Oswin, and he put his hat on the peg.\n\n'
        "After supper Uncle Oswin sang to the dogs until my aunt sent him to bed."
    )
    found = aliases(text)
    assert owner(found, "Uncle Oswin") == owner(found, "Oswin Tarrant")


def test_aunt_before_a_family_surname_stays_apart_from_its_daughter() -> None:
    text = (
        "Kitty Pellow ran in from the lane with mud to her knees.\n\n"
        '"Wipe your boots," said Aunt Pellow, who never smiled before noon.\n\n'
        "Aunt Pellow watched Kitty Pellow scrub until the step shone."
    )
    found = aliases(text)
    assert owner(found, "Aunt Pellow") != owner(found, "Kitty Pellow")


# -- a style takes its title's gender ----------------------------------------------------


def test_a_countess_style_is_a_woman() -> None:
    assert styled_gender("", "Countess of Brackwater", ("Countess", "Brackwater")) == "f"


def test_an_earl_style_is_a_man() -> None:
    assert styled_gender("", "Earl of Brackwater", ("Earl", "Brackwater")) == "m"


def test_a_name_with_of_but_no_rank_has_no_style_gender() -> None:
    assert styled_gender("", "Robin of Brackwater", ("Robin", "Brackwater")) == ""
    assert styled_gender("lady", "Brackwater", ("Brackwater",)) == ""


def test_the_bare_title_joins_the_one_style_of_it() -> None:
    text = (
        "The whole town was at the station, because the Countess of Brackwater was coming "
        "back from London by the evening train.\n\n"
        "The Countess got down. The porter ran for the luggage.\n\n"
        '"Thank you all," said the Countess. "How very kind."\n\n'
        "Afterwards the mayor said that the Countess of Brackwater had a cold."
    )
    found = aliases(text)
    assert owner(found, "the Countess") == owner(found, "Countess of Brackwater")
