"""One person, one character: second clusters the text joins (understand/person_joins.py),
and the people it keeps apart."""

from __future__ import annotations

from cast_builders import aliases, owner, people


def test_a_priest_by_his_title_and_surname_is_the_reverend_of_that_name() -> None:
    text = (
        "The Rev. Matthew Doyle had been curate of the parish for thirty years, and he had "
        "buried half of it.\n\n"
        "The boys were afraid of the house. Father Doyle sat at the window every evening, and "
        "he watched the road until the lamps were lit."
    )
    found = aliases(text)
    assert owner(found, "Father Doyle") == owner(found, "Rev. Matthew Doyle")


def test_a_nun_is_sister_and_mother_of_one_surname() -> None:
    text = (
        "Sister Haverley met us at the convent gate, and she took our coats without a word.\n\n"
        "We were led down a cold corridor. Mother Haverley, as the girls called her, kept the "
        "keys on a chain at her waist, and she counted them twice."
    )
    found = aliases(text)
    assert owner(found, "Sister Haverley") == owner(found, "Mother Haverley")


def test_clerics_of_one_surname_with_two_given_names_or_genders_stay_apart() -> None:
    text = (
        "Father Anselm Quarry and Father Bede Quarry were brothers, and they argued about "
        "everything.\n\n"
        "Sister Mordaunt taught the infants. Father Mordaunt, her cousin, heard confessions on "
        "Saturdays, and he never smiled."
    )
    found = aliases(text)
    assert owner(found, "Father Anselm Quarry") != owner(found, "Father Bede Quarry")
    assert owner(found, "Sister Mordaunt") != owner(found, "Father Mordaunt")


def test_a_titled_call_answering_a_named_speaker_of_that_surname_is_hers() -> None:
    text = (
        "Hetty Bramwell came up the lane with a basket of eggs, and she stopped at our gate.\n\n"
        "\u201cMorning to you, sir,\u201d says Hetty Bramwell, and she bobs.\n\n"
        "\u201cGood morning, Mrs. Bramwell,\u201d I say. Her son Walter Bramwell waved from "
        "the cart, and he whistled.\n\n"
        "Hetty laughed and went on down the hill."
    )
    found = aliases(text)
    assert owner(found, "Mrs. Bramwell") == owner(found, "Hetty Bramwell")


def test_a_mother_the_narration_calls_mrs_stays_apart_from_her_daughter() -> None:
    text = (
        "Nora Kettering ran down the stairs, and she laughed. Nora was sixteen that spring.\n\n"
        "\u201cWhere is my hat?\u201d said Nora Kettering.\n\n"
        "\u201cOn the hook, Mrs. Kettering,\u201d said the maid, as Mrs. Kettering came in "
        "from the garden. Mrs. Kettering sat down, and she sighed."
    )
    found = aliases(text)
    assert owner(found, "Mrs. Kettering") != owner(found, "Nora Kettering")


def test_short_forms_of_caroline_and_bridget() -> None:
    text = (
        "Caroline Ashby took the night train, and she watched the fields go by. Carrie had "
        "never seen a city.\n\n"
        "Bridget Malone kept the shop, and she kept it well. Biddy knew every customer."
    )
    found = people(text)
    assert "Carrie" in found["Caroline Ashby"]
    assert "Biddy" in found["Bridget Malone"]
