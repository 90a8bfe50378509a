"""Round spk29 (docs/history/speakers.md): a reply that calls someone by name in its first sentence
gives the line before it to the one it calls, also when that line's speaker was only the
guess of the narration's subject ("Mara was at the gate ..." / "Is the cart come?" / "Not
yet, Peter."). Short texts written for the test."""

from __future__ import annotations

from dialogue_texts import sieve_choices

NAMES = {"Peter": "Peter", "Mara": "Mara"}

GATE = (
    "Peter was seven that summer, and Mara, his sister, was nineteen and minded him.\n\n"
    "Mara was at the gate before dawn, watching the road for the carrier. Behind her the "
    "cottage door creaked open.\n\n"
    "\u201cIs the cart come?\u201d\n\n"
    "\u201cNot yet, Peter. Go back to bed before you wake the baby.\u201d\n\n"
    "\u201cI want to see the horses.\u201d\n"
)


def test_the_one_the_reply_calls_spoke_the_line_the_narration_gave_its_subject() -> None:
    assert sieve_choices(GATE, NAMES)[0] == ("Peter", "answered")


def test_without_the_call_the_narrations_subject_keeps_the_line() -> None:
    plain = GATE.replace("Not yet, Peter.", "Not yet.")
    assert sieve_choices(plain, NAMES)[0] == ("Mara", "narration_subject")


def test_a_call_later_in_the_reply_does_not_move_the_line() -> None:
    # only the reply's first sentence answers the line before: a name called later may
    # turn to someone else
    later = GATE.replace("Not yet, Peter. Go back", "Not yet. Go back to bed, Peter. Go back")
    assert sieve_choices(later, NAMES)[0] == ("Mara", "narration_subject")
