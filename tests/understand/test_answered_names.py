"""A bare given name called and answered by one known by title and surname
(understand/answered_names.py), and the people it keeps apart."""

from __future__ import annotations

from cast_builders import aliases, owner

_OPENING = (
    "Miss Penrose had kept the lodging-house on the cliff for eleven years, and she did not "
    "hold with visitors who came in wet.\n\n"
)


def test_a_given_name_called_and_answered_by_a_titled_surname_is_hers() -> None:
    text = _OPENING + (
        "\u201cWinifred, the rain is coming through the skylight again.\u201d\n\n"
        "\u201cThen fetch the bucket,\u201d said Miss Penrose, and she did not look up from "
        "her ledger.\n\n"
        "Tobias Lane fetched the bucket. \u201cWinifred, you ought to have it mended,\u201d he "
        "said. \u201cI said so in March.\u201d \u201cYou say a great many things,\u201d said "
        "Miss Penrose.\n\n"
        "Miss Penrose closed the ledger and went to look at the skylight."
    )
    found = aliases(text)
    assert owner(found, "Winifred") == owner(found, "Miss Penrose")


def test_an_answer_tag_before_its_line_ends_in_a_colon() -> None:
    text = _OPENING + (
        "Tobias Lane came in from the yard, shouting: \u201cOh, Winifred, the gate is off its "
        "hinges!\u201d Miss Penrose said, without turning round: \u201cThen put it back "
        "on.\u201d\n\n"
        "Miss Penrose went on counting the spoons."
    )
    found = aliases(text)
    assert owner(found, "Winifred") == owner(found, "Miss Penrose")


def test_a_mother_who_speaks_the_call_stays_apart_from_the_daughter_she_calls() -> None:
    text = (
        "Mrs. Ashdown stood at the foot of the stairs with her gloves on.\n\n"
        "\u201cHarriet, the carriage is here,\u201d said Mrs. Ashdown. \u201cAnd I will not "
        "wait,\u201d said Mrs. Ashdown again.\n\n"
        "Nobody came down. Mrs. Ashdown sighed and pulled at her gloves."
    )
    found = aliases(text)
    assert "Harriet" in found.get(owner(found, "Harriet"), set())
    assert owner(found, "Harriet") != owner(found, "Mrs. Ashdown")


def test_a_call_answered_by_one_of_the_other_gender_stays_apart() -> None:
    text = (
        "Mr. Gorringe kept the bees at the bottom of the orchard, and he talked to them.\n\n"
        "\u201cMatilda, the bees are swarming!\u201d\n\n"
        "\u201cLet them,\u201d said Mr. Gorringe, and he lit his pipe."
    )
    found = aliases(text)
    assert owner(found, "Matilda") != owner(found, "Mr. Gorringe")


def test_a_name_said_alone_in_answer_calls_the_speaker_before() -> None:
    text = (
        "Cousin Rupert and Aunt Beatrice came to dinner on Sundays, and Aunt Beatrice "
        "always brought a cake.\n\n"
        "\u201cThe soup is cold again,\u201d Cousin Rupert remarked to nobody.\n\n"
        "\u201cRupert,\u201d says Mrs. Fennimore.\n\n"
        "\u201cBeatrice.\u201d\n\n"
        "\u201cNot at the table, if you please,\u201d says Mrs. Fennimore, and she rings "
        "for the pudding."
    )
    found = aliases(text)
    assert owner(found, "Aunt Beatrice") == owner(found, "Mrs. Fennimore")


def test_two_named_side_by_side_in_the_narration_stay_apart() -> None:
    text = (
        "Mrs. Fennimore and Beatrice walked down to the pier together, and Beatrice carried "
        "the basket.\n\n"
        "\u201cThe tide is out,\u201d Cousin Rupert remarked to nobody.\n\n"
        "\u201cRupert,\u201d says Mrs. Fennimore.\n\n"
        "\u201cBeatrice.\u201d\n\n"
        "\u201cNot on the pier, if you please,\u201d says Mrs. Fennimore, and she walks on."
    )
    found = aliases(text)
    assert owner(found, "Beatrice") != owner(found, "Mrs. Fennimore")
