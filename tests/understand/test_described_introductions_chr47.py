"""Newcomers a speech tag brings on by a description, and the definite phrases that go on
with them (understand/described_introductions.py): a comparative said again ("an older
woman" … "the older woman"), and several introductions of one noun."""

from __future__ import annotations

from cast_builders import aliases, owner

_OPENING = (
    "The carrier's cart stopped at the end of the lane, and Nell Harker climbed down with "
    "her box.\n\n"
)


def test_a_comparative_newcomer_said_again_is_one_person() -> None:
    text = _OPENING + (
        "\u201cBack already?\u201d said a younger man with a spade over his shoulder.\n\n"
        "\u201cOnly for the week,\u201d said Nell Harker.\n\n"
        "\u201cThey\u2019ll miss you up at the farm,\u201d said the younger man, and went on "
        "digging.\n\n"
        "\u201cThey won\u2019t,\u201d Nell Harker said. \u201cNot one of them.\u201d\n\n"
        "The younger man laughed. \u201cYou always did say that,\u201d said the younger man."
    )
    found = aliases(text)
    assert owner(found, "a younger man") == owner(found, "the younger man")


def test_two_introductions_of_one_noun_keep_their_own_phrases() -> None:
    text = _OPENING + (
        "\u201cThere she goes,\u201d said a thin woman with a basket on her arm.\n\n"
        "\u201cGood luck to her,\u201d said an older woman in a grey shawl.\n\n"
        "\u201cShe\u2019ll need it,\u201d said the thin woman, and shifted the basket.\n\n"
        "\u201cHush now,\u201d said the older woman. \u201cShe can hear you.\u201d\n\n"
        "Nell Harker did not turn round. \u201cI can,\u201d she said."
    )
    found = aliases(text)
    thin, older = owner(found, "a thin woman"), owner(found, "an older woman")
    assert thin != older
    assert owner(found, "the thin woman") == thin
    assert owner(found, "the older woman") == older


def test_a_phrase_both_introductions_describe_joins_neither() -> None:
    text = _OPENING + (
        "\u201cThere she goes,\u201d said a tall thin woman at the gate.\n\n"
        "\u201cGood luck to her,\u201d said a thin old woman by the well.\n\n"
        "\u201cShe\u2019ll need it,\u201d said the thin woman.\n\n"
        "\u201cHush,\u201d said the thin woman again.\n\n"
        "Nell Harker did not turn round."
    )
    found = aliases(text)
    tall, old = (
        owner(found, "a tall thin woman at the gate"),
        owner(found, "a thin old woman by the well"),
    )
    assert "the thin woman" not in found[tall]
    assert "the thin woman" not in found[old]


def test_a_comparative_with_no_newcomer_before_it_is_no_one_new() -> None:
    text = _OPENING + (
        "Two men were mending the wall, Tom Wade and his brother Sam.\n\n"
        "\u201cYou\u2019re late,\u201d said the older man.\n\n"
        "\u201cThe cart was late,\u201d said Nell Harker."
    )
    found = aliases(text)
    assert not any("the older man" in forms for forms in found.values())
