"""A described speaker called by name across an exchange (understand/answered_roles.py),
and the people it keeps apart."""

from __future__ import annotations

from cast_builders import aliases


def _owner(found: dict[str, set[str]], form: str) -> str | None:
    return next((name for name, forms in found.items() if form in forms), None)


_TABLE = (
    "The Thornbury parlour smelt of beeswax and boiled cabbage, and you sat between your "
    "cousin Maud and the window.\n\n"
)


def test_a_described_speaker_answered_by_a_call_is_the_one_called() -> None:
    text = _TABLE + (
        "\u201cYou have not touched your soup, Maud,\u201d your uncle says.\n\n"
        "\u201cIt is too hot to touch, Gilbert.\u201d\n\n"
        "Maud pushed the bowl away. Your uncle says nothing more about it.\n\n"
        "\u201cThe carriage will be late again,\u201d says your uncle.\n\n"
        "\u201cIt is always late on Thursdays.\u201d"
    )
    found = aliases(text, pov="second")
    assert _owner(found, "your uncle") == _owner(found, "Gilbert")


def test_a_described_speaker_whose_line_answers_a_call_is_the_one_called() -> None:
    text = _TABLE + (
        "\u201cIs the clock right, Gilbert?\u201d Maud asked.\n\n"
        "\u201cIt is four minutes slow,\u201d your uncle says, \u201cas it has been since "
        "Easter.\u201d\n\n"
        "\u201cThen we shall miss the train,\u201d says your uncle."
    )
    found = aliases(text, pov="second")
    assert _owner(found, "your uncle") == _owner(found, "Gilbert")


def test_a_call_of_the_other_gender_keeps_the_described_speaker_apart() -> None:
    text = _TABLE + (
        "\u201cYou have not touched your soup,\u201d your uncle says.\n\n"
        "\u201cIt is too hot to touch, Harriet,\u201d Maud says to her sister.\n\n"
        "\u201cThe carriage will be late,\u201d says your uncle.\n\n"
        "The soup grew cold in front of Harriet, and nobody said anything about it."
    )
    found = aliases(text, pov="second")
    assert _owner(found, "your uncle") != _owner(found, "Harriet")


def test_a_name_with_speech_tags_of_its_own_stays_apart() -> None:
    text = _TABLE + (
        "\u201cYou have not touched your soup,\u201d your uncle says.\n\n"
        "\u201cIt is too hot to touch, Gilbert.\u201d\n\n"
        "\u201cSo it is,\u201d said Gilbert, who had come in late.\n\n"
        "\u201cThe carriage will be late,\u201d says your uncle."
    )
    found = aliases(text, pov="second")
    assert _owner(found, "your uncle") != _owner(found, "Gilbert")


def test_two_calls_of_two_people_join_no_one() -> None:
    text = _TABLE + (
        "\u201cYou have not touched your soup,\u201d your uncle says.\n\n"
        "\u201cIt is too hot to touch, Gilbert.\u201d\n\n"
        "\u201cThe carriage will be late,\u201d says your uncle.\n\n"
        "\u201cIt is always late, Edmund.\u201d"
    )
    found = aliases(text, pov="second")
    uncle = _owner(found, "your uncle")
    assert uncle not in (_owner(found, "Gilbert"), _owner(found, "Edmund"))


def test_a_line_that_calls_two_names_calls_no_one_for_sure() -> None:
    text = _TABLE + (
        "\u201cYou have not touched your soup,\u201d your uncle says.\n\n"
        "\u201cGilbert, it is too hot to touch. Tell him, Edmund.\u201d\n\n"
        "\u201cThe carriage will be late,\u201d says your uncle."
    )
    found = aliases(text, pov="second")
    uncle = _owner(found, "your uncle")
    assert uncle not in (_owner(found, "Gilbert"), _owner(found, "Edmund"))


def test_a_man_of_any_kind_is_not_named_by_a_call() -> None:
    # "the man" may be anyone: an answer that gives a name ("Tobias, sir.") is no call
    text = (
        "The road was empty but for a cart and a man sitting on its shaft.\n\n"
        "\u201cWhat do they call you?\u201d said the man.\n\n"
        "\u201cTobias, sir.\u201d\n\n"
        "\u201cWell, Tobias,\u201d said the man, \u201cget up behind.\u201d\n\n"
        "The cart moved off towards the mill."
    )
    found = aliases(text)
    assert _owner(found, "the man") != _owner(found, "Tobias")
