"""Round S30 (docs/history/speakers.md): a reply goes to whom the last turn called in its last quote
that calls anyone, not to whom its first quote called: a speaker who turns from one listener
to another after a beat is answered by the later one. Short texts written for the test."""

from __future__ import annotations

from dialogue_texts import said

NAMES = {"Ruth": "Ruth", "Dennis": "Dennis", "Clara": "Clara"}

# Clara calls Dennis, turns away, then asks Ruth: the untagged reply is Ruth's.
SHOP = (
    "Ruth kept the shop on the corner, and her nephew Dennis swept its floor on Saturdays. "
    "Clara lived across the lane and came in most mornings for bread.\n\n"
    "Clara was early that day. Dennis was up the ladder with a duster, and Ruth was "
    "counting coins into the till.\n\n"
    "\u201cYou will break your neck up there, Dennis,\u201d Clara said. She set her basket on the "
    "counter and frowned at the empty shelves. \u201cRuth, have the loaves not come?\u201d\n\n"
    "\u201cThe baker\u2019s boy is late again.\u201d\n\n"
    "\u201cThen I shall wait.\u201d\n"
)


def test_the_listener_called_in_the_turns_last_quote_answers() -> None:
    assert said(SHOP, NAMES) == [
        ("You will break your neck up there, Dennis,", "Clara"),
        ("Ruth, have the loaves not come?", "Clara"),
        ("The baker\u2019s boy is late again.", "Ruth"),
        ("Then I shall wait.", "Clara"),
    ]


def test_a_turn_with_one_call_is_answered_by_that_listener() -> None:
    one_call = SHOP.replace("\u201cRuth, have", "\u201cHave")
    assert said(one_call, NAMES)[2] == ("The baker\u2019s boy is late again.", "Dennis")
