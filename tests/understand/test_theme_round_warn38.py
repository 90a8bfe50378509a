"""Round warn38: "passed away" said of time, the weather or a feeling is no death, while a
person who passed away still is one; a drug store is a shop, no drug use. Every sentence here
is invented for the test."""

from __future__ import annotations

from theme_probes import cue_score


def test_time_or_a_feeling_that_passed_away_is_no_death() -> None:
    for sentence in (
        "Nine years had passed away since the mill was sold.",
        "By noon the storm had quite passed away over the downs.",
        "All her alarm passed away when she saw the lamp in the window.",
        "The old custom being now long passed away, nobody rang the bell.",
    ):
        assert cue_score(sentence + "\n", "death/grief") == 0.0, sentence


def test_a_person_who_passed_away_is_still_a_death() -> None:
    for sentence in (
        "Her grandfather passed away in the spring, in his own bed.",
        "It was the day her father passed away, and nobody came.",
    ):
        assert cue_score(sentence + "\n", "death/grief") > 0.0, sentence


def test_a_shop_that_sells_medicines_is_no_drug_use() -> None:
    for sentence in (
        "Ottilie bought a comb and two stamps at the drug store on Main Street.",
        "He waited on the bench outside the drug shop for the mail coach.",
    ):
        assert cue_score(sentence + "\n", "drug use") == 0.0, sentence
    assert cue_score("He sold the drugs behind the feed store.\n", "drug use") > 0.0
