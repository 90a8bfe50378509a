"""A bare title called in the lines and answered by one named character
(understand/title_calls.py), and the titles it leaves alone."""

from __future__ import annotations

from cast_builders import aliases, owner

_OPENING = (
    "The mess had emptied after dinner, and only the two of them were left by the stove, "
    "Dunmore Ashby with his boots on the fender and Tom Keel with a newspaper.\n\n"
)


def test_a_rank_called_and_answered_is_the_one_who_answers() -> None:
    text = _OPENING + (
        "\u201cYou will be posted north before the spring, Major, mark my words,\u201d said "
        "Tom Keel.\n\n"
        "\u201cPerhaps,\u201d said Dunmore Ashby, and he did not look up.\n\n"
        "\u201cAnd the Major will like it less than anyone,\u201d Tom Keel went on. "
        "\u201cMajor, you are not listening.\u201d\n\n"
        "Dunmore Ashby put down his cup. \u201cI am listening to every word,\u201d he said.\n\n"
        "Tom Keel folded the newspaper and went out."
    )
    found = aliases(text)
    assert owner(found, "Major") == owner(found, "Dunmore Ashby")


def test_a_rank_whose_calls_nobody_named_answers_stays_apart() -> None:
    text = _OPENING + (
        "\u201cMajor, the horses are saddled. The Major said six,\u201d somebody shouted from "
        "the yard.\n\n"
        "\u201cMajor, the men are waiting!\u201d\n\n"
        "\u201cMajor!\u201d\n\n"
        "Dunmore Ashby turned a page of his book and said nothing at all. Tom Keel laughed."
    )
    found = aliases(text)
    assert owner(found, "Major") != owner(found, "Dunmore Ashby")
    assert owner(found, "Major") != owner(found, "Tom Keel")


def test_a_rank_answered_by_two_different_people_joins_neither() -> None:
    text = _OPENING + (
        "\u201cThe Captain will want the boat. Captain, is the boat ready?\u201d\n\n"
        "\u201cNearly,\u201d said Dunmore Ashby.\n\n"
        "\u201cCaptain, the tide is turning. The Captain said we should go at six.\u201d\n\n"
        "\u201cThen we go now,\u201d said Tom Keel.\n\n"
        "They went down to the shore together."
    )
    found = aliases(text)
    captain = owner(found, "Captain")
    assert captain != owner(found, "Dunmore Ashby")
    assert captain != owner(found, "Tom Keel")
