"""One-to-one matching of characters (shared aliases) and quotes (same text, in order)."""

from __future__ import annotations

from ficshelf.evaluation.matching import alias_keys, match_characters, match_quotes


def test_characters_match_on_a_shared_alias() -> None:
    gold = [alias_keys("Theodora Vance", ["Theo", "Vance"]), alias_keys("Kit Hale", ["Kit"])]
    predicted = [alias_keys("Kit", []), alias_keys("Theo", ["Dr. Vance", "Theo"])]
    assert match_characters(gold, ["Theodora Vance", "Kit Hale"], predicted, ["Kit", "Theo"]) == {
        0: 1,
        1: 0,
    }


def test_each_character_is_used_once_and_same_names_go_first() -> None:
    gold = [alias_keys("Anne Elliot", ["Anne"]), alias_keys("Anne Shirley", ["Anne"])]
    predicted = [alias_keys("Anne", []), alias_keys("Anne Shirley", ["Anne"])]
    matched = match_characters(
        gold, ["Anne Elliot", "Anne Shirley"], predicted, ["Anne", "Anne Shirley"]
    )
    assert matched == {1: 1, 0: 0}
    lone = match_characters(gold[:1], ["Anne Elliot"], predicted, ["Anne", "Anne Shirley"])
    assert len(lone) == 1


def test_unrelated_characters_do_not_match() -> None:
    assert (
        match_characters(
            [alias_keys("Orpheus", [])], ["Orpheus"], [alias_keys("Hades", [])], ["Hades"]
        )
        == {}
    )


def test_quotes_match_by_text_in_order() -> None:
    gold = ["“No.”", "Yes,", "No."]
    predicted = ["no.", "Maybe", "no."]
    assert match_quotes(gold, predicted) == {0: 0, 2: 2}


def test_a_repeated_quote_out_of_order_still_matches_once() -> None:
    assert match_quotes(["A", "B", "A"], ["B", "A"]) == {0: 1, 1: 0}
