"""The fandom-from-characters check on LitBank's openings (scripts/litbank_fandoms.py)."""

from __future__ import annotations

from script_loading import load_script


def test_a_sample_is_the_canon_its_novel_title_is_or_holds() -> None:
    canons_of = load_script("litbank_fandoms").canons_of
    assert canons_of("1342_pride_and_prejudice_brat") == {"Pride and Prejudice - Jane Austen"}
    assert canons_of("158_emma_brat") == {"Emma - Jane Austen"}  # a short title, whole
    assert canons_of("1661_the_adventures_of_sherlock_holmes_brat") == {
        "Sherlock Holmes - Arthur Conan Doyle"
    }
    assert canons_of("9999_a_novel_no_table_knows_brat") == set()
    # a short title inside a longer one is no match ("She" in "She Stoops to Conquer")
    assert "She - H. Rider Haggard" not in canons_of("9998_she_stoops_to_conquer_brat")
