"""The wider sweep of the fandom table (canons19): new canons are found from a byline and an
alias, inferred from their characters, and give the characters and relationships stages
their names and pairs; names they share with other canons, and lone surnames, tell nothing.
Every sentence here is made up for the test."""

from __future__ import annotations

import pytest
from handmade import handmade

from ficshelf.understand.fandom import fandoms_of
from ficshelf.understand.fandom_names import (
    canon_friends,
    canon_relation,
    fandom_characters,
    find_fandom,
    load_fandoms,
)

EVELINA = "Evelina - Frances Burney"
AUDLEY = "Lady Audley's Secret - Mary Elizabeth Braddon"
ADAM_BEDE = "Adam Bede - George Eliot"


def found(text: str, names: dict[str, str] | None = None) -> dict[str, float]:
    analysis = handmade(text, names or {"Mara": "Mara Quill"})
    return {f.name: f.confidence for f in fandoms_of(analysis)}


def test_the_table_knows_well_over_two_hundred_canons() -> None:
    assert len(load_fandoms()) >= 235


@pytest.mark.parametrize(
    ("written", "canonical"),
    [
        ("Evelina", EVELINA),
        ("Lady Audley's Secret", AUDLEY),
        ("Adam Bede", ADAM_BEDE),
        ("Le Rouge et le Noir", "The Red and the Black - Stendhal"),
        ("Pere Goriot", "Le Père Goriot - Honoré de Balzac"),
        ("Et dukkehjem", "A Doll's House - Henrik Ibsen"),
        ("Evgeny Onegin", "Eugene Onegin - Alexander Pushkin"),
        ("Mabinogion", "Welsh Mythology"),
        ("Chanson de Roland", "The Song of Roland"),
        ("Comedy of Errors", "The Comedy of Errors - Shakespeare"),
        ("Tristram Shandy", "Tristram Shandy - Laurence Sterne"),
        ("The Phoenix and the Carpet", "Five Children and It - E. Nesbit"),
        ("I promessi sposi", "The Betrothed - Alessandro Manzoni"),
    ],
)
def test_new_canons_are_found_by_title_and_alias(written: str, canonical: str) -> None:
    fandom = find_fandom(written)
    assert fandom is not None and fandom.name == canonical


@pytest.mark.parametrize(
    ("byline", "canonical"),
    [
        ("An Evelina fic by letterwriter", EVELINA),
        ("A Lady Audley's Secret fic by wellhouse", AUDLEY),
        ("an Adam Bede fic by carpenter_shop", ADAM_BEDE),
        ("A Hedda Gabler fic by pistols_at_dawn", "Hedda Gabler - Henrik Ibsen"),
    ],
)
def test_a_byline_names_a_newly_known_canon(byline: str, canonical: str) -> None:
    text = f"Ink and Rain\n\n{byline}\n\nMara waited by the window."
    assert found(text) == {canonical: 0.95}


def test_a_canon_titled_with_a_given_name_needs_a_note_pattern() -> None:
    # "Pamela" names a beta reader as often as a novel.
    text = "Author's note: thanks to Pamela for reading this first.\n\nMara waited."
    assert found(text) == {}
    text = "Ink and Rain\n\nA Pamela fic by quillwright\n\nMara waited by the window."
    assert found(text) == {"Pamela - Samuel Richardson": 0.95}


@pytest.mark.parametrize(
    ("text", "people", "canonical"),
    [
        (
            "Lord Orville held the door while Madame Duval complained of the rain. Captain "
            "Mirvan laughed at her from the carriage step.",
            ("Lord Orville", "Madame Duval", "Captain Mirvan"),
            EVELINA,
        ),
        (
            "Robert Audley folded the telegram. George Talboys had not written for a week, "
            "and Phoebe Marks would not meet his eye in the lime walk.",
            ("Robert Audley", "George Talboys", "Phoebe Marks"),
            AUDLEY,
        ),
        (
            "Hetty Sorrel turned the butter pats while Mrs. Poyser scolded. Dinah Morris "
            "stood by the window with her hymn book shut.",
            ("Hetty Sorrel", "Mrs. Poyser", "Dinah Morris"),
            ADAM_BEDE,
        ),
        (
            "Bazarov cut open a frog on the terrace. Arkady Kirsanov watched him, and Pavel "
            "Kirsanov sniffed at both of them.",
            ("Bazarov", "Arkady Kirsanov", "Pavel Kirsanov"),
            "Fathers and Sons - Ivan Turgenev",
        ),
        (
            "Maud Ruthyn locked her door. Madame de la Rougierre laughed on the stair, and "
            "Uncle Silas did not come down to dinner.",
            ("Maud Ruthyn", "Madame de la Rougierre", "Uncle Silas"),
            "Uncle Silas - J. Sheridan Le Fanu",
        ),
    ],
)
def test_the_characters_of_a_new_canon_tell_it(
    text: str, people: tuple[str, ...], canonical: str
) -> None:
    assert list(found(text, {p: p for p in people})) == [canonical]


def test_names_a_new_canon_shares_with_older_ones_tell_nothing() -> None:
    # Matilda and Theodore are in The Castle of Otranto and The Monk, and in any parish.
    names = {"Matilda": "Matilda", "Theodore": "Theodore", "Isabella": "Isabella"}
    text = "Matilda sat by the fire. Theodore brought the wood, and Isabella sang."
    assert found(text, names) == {}


def test_a_lone_mr_denham_is_no_sanditon_story() -> None:
    # Sanditon lists only Lady Denham under the bare surname (Sir Edward and Esther by their
    # given names and full names), so a lone Mr. Denham, anybody's neighbour, tells nothing.
    text = "Mr. Denham knocked twice. Denham never waited for an answer."
    assert found(text, {"Mr. Denham": "Denham", "Denham": "Denham"}) == {}


def test_a_new_canon_joins_the_names_of_one_character() -> None:
    evelina = fandom_characters(EVELINA)
    assert evelina["miss anville"] == evelina["evelina"] == "Evelina Anville"
    audley = fandom_characters(AUDLEY)
    assert audley["lucy graham"] == audley["helen talboys"] == "Lady Audley"
    assert fandom_characters(ADAM_BEDE)["captain donnithorne"] == "Arthur Donnithorne"


def test_a_new_canon_settles_its_couples_families_and_friends() -> None:
    assert canon_relation(EVELINA, "Evelina Anville", "Lord Orville") == "romantic"
    assert canon_relation(EVELINA, "Maria Mirvan", "Captain Mirvan") == "family"
    assert canon_friends(EVELINA, "Evelina Anville", "Maria Mirvan")
    assert canon_relation(AUDLEY, "Phoebe Marks", "Luke Marks") == "romantic"
    assert canon_friends(AUDLEY, "Robert Audley", "George Talboys")
    assert canon_relation(ADAM_BEDE, "Hetty Sorrel", "Dinah Morris") == "family"
    assert canon_relation(ADAM_BEDE, "Hetty Sorrel", "Arthur Donnithorne") == "romantic"
