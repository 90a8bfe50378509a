"""Round N31 (docs/speakers.md): "my lady" and "my lord", the way a servant speaks to and of
a mistress or a master, are mentions of the one character the text titles "Lady" ("Lord"),
as "the lady" already was; a line that calls her so is then not hers. Short texts written
for the test."""

from __future__ import annotations

from cast_builders import aliases, cast_of
from dialogue_texts import cast_and_lines

# A second-person story: "you" are the maid, the lady is named once and then "my lady".
MAID = (
    "Lady Marchmont kept a large house on the river, and you have been her maid since "
    "the spring. Her husband is away in the north, and the house is quiet.\n\n"
    "On Sunday morning you carry up the tray. My lady is at the window in her wrapper, "
    "with her hair down, and she does not turn round.\n\n"
    "\u201cIs it raining?\u201d\n\n"
    "\u201cNot yet, my lady.\u201d\n\n"
    "\u201cIt will. Put the tray down and fetch my grey shawl.\u201d\n\n"
    "\u201cYes, my lady.\u201d\n\n"
    "\u201cAnd tell the coachman we shall not want him today.\u201d\n\n"
    "You go down the back stairs with the message, and the coachman swears.\n"
)


def test_my_lady_is_the_one_lady_of_the_text() -> None:
    names = aliases(MAID, cast_of(MAID))
    assert names["Lady Marchmont"] == {"Lady Marchmont", "My lady", "my lady"}


def test_a_line_that_calls_my_lady_is_not_hers() -> None:
    _, lines = cast_and_lines(MAID)
    assert lines[0] == ("Is it raining?", "Lady Marchmont")
    assert lines[2] == ("It will. Put the tray down and fetch my grey shawl.", "Lady Marchmont")
    for quote, speaker in (lines[1], lines[3]):
        assert quote.endswith("my lady.")
        assert speaker != "Lady Marchmont"


def test_with_two_ladies_my_lady_is_neither() -> None:
    two = MAID.replace("Her husband is away in the north", "Her sister, Lady Ormond, is staying")
    found = aliases(two, cast_of(two))
    assert not any("my lady" in {a.lower() for a in forms} for forms in found.values())


def test_my_lord_is_the_one_lord_of_the_text() -> None:
    text = (
        "Lord Ashby came in from the stables with mud to his knees, and the steward Pell "
        "met him in the hall.\n\n"
        "\u201cThe letters have come, my lord,\u201d Pell said.\n\n"
        "\u201cLeave them on the desk.\u201d\n"
    )
    names = aliases(text, cast_of(text))
    assert "my lord" in names["Lord Ashby"]
