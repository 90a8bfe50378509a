"""A described speaker called by name across an exchange (understand/answered_roles.py),
and the people it keeps apart."""

from __future__ import annotations

from cast_builders import aliases, owner

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
    assert owner(found, "your uncle") == owner(found, "Gilbert")


def test_a_described_speaker_whose_line_answers_a_call_is_the_one_called() -> None:
    text = _TABLE + (
        "\u201cIs the clock right, Gilbert?\u201d Maud asked.\n\n"
        "\u201cIt is four minutes slow,\u201d your uncle says, \u201cas it has been since "
        "Easter.\u201d\n\n"
        "\u201cThen we shall miss the train,\u201d says your uncle."
    )
    found = aliases(text, pov="second")
    assert owner(found, "your uncle") == owner(found, "Gilbert")


def test_a_call_of_the_other_gender_keeps_the_described_speaker_apart() -> None:
    text = _TABLE + (
        "\u201cYou have not touched your soup,\u201d your uncle says.\n\n"
        "\u201cIt is too hot to touch, Harriet,\u201d Maud says to her sister.\n\n"
        "\u201cThe carriage will be late,\u201d says your uncle.\n\n"
        "The soup grew cold in front of Harriet, and nobody said anything about it."
    )
    found = aliases(text, pov="second")
    assert owner(found, "your uncle") != owner(found, "Harriet")


def test_a_name_with_speech_tags_of_its_own_stays_apart() -> None:
    text = _TABLE + (
        "\u201cYou have not touched your soup,\u201d your uncle says.\n\n"
        "\u201cIt is too hot to touch, Gilbert.\u201d\n\n"
        "\u201cSo it is,\u201d said Gilbert, who had come in late.\n\n"
        "\u201cThe carriage will be late,\u201d says your uncle."
    )
    found = aliases(text, pov="second")
    assert owner(found, "your uncle") != owner(found, "Gilbert")


def test_two_calls_of_two_people_join_no_one() -> None:
    text = _TABLE + (
        "\u201cYou have not touched your soup,\u201d your uncle says.\n\n"
        "\u201cIt is too hot to touch, Gilbert.\u201d\n\n"
        "\u201cThe carriage will be late,\u201d says your uncle.\n\n"
        "\u201cIt is always late, Edmund.\u201d"
    )
    found = aliases(text, pov="second")
    uncle = owner(found, "your uncle")
    assert uncle not in (owner(found, "Gilbert"), owner(found, "Edmund"))


def test_a_line_that_calls_two_names_calls_no_one_for_sure() -> None:
    text = _TABLE + (
        "\u201cYou have not touched your soup,\u201d your uncle says.\n\n"
        "\u201cGilbert, it is too hot to touch. Tell him, Edmund.\u201d\n\n"
        "\u201cThe carriage will be late,\u201d says your uncle."
    )
    found = aliases(text, pov="second")
    uncle = owner(found, "your uncle")
    assert uncle not in (owner(found, "Gilbert"), owner(found, "Edmund"))


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
    assert owner(found, "the man") != owner(found, "Tobias")


_QUAY = (
    "The fog came in off the estuary at four, and by five the quay was a grey wall with "
    "lamps in it.\n\n"
)


def test_a_role_answering_a_line_said_to_someone_is_that_one() -> None:
    # the reply to a line said to Barnaby is Barnaby's, though tags name him elsewhere
    text = _QUAY + (
        "\u201cWill the packet sail tonight?\u201d said Barnaby, coiling a rope.\n\n"
        "Nell came down the steps with a basket of bread.\n\n"
        "\u201cThe captain wants you aboard,\u201d she said to Barnaby.\n\n"
        "\u201cHe can want,\u201d said the old skipper. \u201cThe tide is wrong.\u201d\n\n"
        "Nell set the basket on a bollard and went back up the steps.\n\n"
        "\u201cWrong for an hour yet,\u201d the old skipper said to nobody."
    )
    found = aliases(text)
    assert owner(found, "the old skipper") == owner(found, "Barnaby")


def test_a_role_with_no_line_said_to_anyone_is_not_named_by_a_call() -> None:
    # "skipper" has no gender: a call alone may be the speaker's own listener, so it joins no one
    text = _QUAY + (
        "\u201cWill the packet sail tonight?\u201d said Barnaby, coiling a rope.\n\n"
        "\u201cThe captain wants you aboard, Barnaby.\u201d\n\n"
        "\u201cHe can want,\u201d said the old skipper. \u201cThe tide is wrong.\u201d\n\n"
        "Nell set the basket on a bollard and went back up the steps.\n\n"
        "\u201cWrong for an hour yet,\u201d the old skipper said to nobody."
    )
    found = aliases(text)
    assert owner(found, "the old skipper") != owner(found, "Barnaby")


def test_my_husband_answering_a_call_is_the_man_called() -> None:
    # a spouse is not the owner of the kin word, so a man tagged by name may be "my husband"
    text = (
        "We reached the inn at dusk, soaked through, and the landlord put us by the fire.\n\n"
        "\u201cSit down, Hector, before you fall down,\u201d said the landlord.\n\n"
        "\u201cThank you, I will,\u201d said my husband. \u201cAnd a dry towel, if you have "
        "one.\u201d\n\n"
        "\u201cI am not tired in the least,\u201d said Hector, who was asleep within the hour."
    )
    found = aliases(text, pov="first")
    assert owner(found, "my husband") == owner(found, "Hector")


def test_her_mother_answering_a_call_of_the_daughter_stays_apart() -> None:
    # "her mother" answering "…, Rosalind" is Rosalind's mother: the one called owns the word
    text = (
        "The drawing-room was cold, and the fire would not draw.\n\n"
        "\u201cYou will ruin your eyes over that book, Rosalind,\u201d said the vicar.\n\n"
        "\u201cShe will ruin more than her eyes,\u201d said her mother. "
        "\u201cPut it down.\u201d\n\n"
        "\u201cI have only a chapter left,\u201d said Rosalind.\n\n"
        "\u201cThen leave it for the morning,\u201d said her mother."
    )
    found = aliases(text)
    assert owner(found, "her mother") != owner(found, "Rosalind")
