"""Round lbs33 (docs/history/speakers.md): a name after a preposition and "my"/"dear" ("sent by my
Lord Hale", "a letter to dear Nell") is the object of a phrase, not a call, so a reply
naming someone so does not give the line before it to that person. Each on a short text
written for the test."""

from __future__ import annotations

from dialogue_texts import sieve_choices, with_cast

from ficshelf.model import Span
from ficshelf.understand.speaker_cues import build_cast

_NAMES = {"Lord Hale": "Lord Hale", "Nell": "Nell Carter", "Tom": "Tom Reed"}


def _calls(line: str) -> list[str]:
    text = f'"{line}"\n'
    analysis = with_cast(text, _NAMES)
    quote = Span(1, len(line) + 1)
    cast = build_cast(
        text, analysis.layer("mentions"), analysis.layer("characters"), (quote,), (), ""
    )
    return cast.addressed(text, quote)


def test_a_name_after_a_preposition_and_my_is_not_called() -> None:
    assert _calls("The horses were sent over by my Lord Hale, as you know.") == []
    assert _calls("I have a letter here for dear Nell, from her aunt.") == []
    # "my"/"dear" after a stop, or on their own at the line's edge, still call
    assert _calls("Thank you, my Lord Hale, you are very good.") == ["Lord Hale"]
    assert _calls("My dear Nell, do sit down.") == ["Nell Carter"]
    assert _calls("That's my Nell, always the first.") == ["Nell Carter"]


_WAGON = """\
Tom Reed rode up to the farm in the evening, and Nell Carter came out to the gate to meet him.

"Has the wagon come from the city?" she asked.

"It came at noon, with the new plough in it."

"Bought and paid for by my Lord Hale, I suppose, like everything else in this valley."
"""


def test_a_reply_naming_someone_after_by_my_does_not_answer_them() -> None:
    found = sieve_choices(_WAGON, _NAMES)
    # "It came at noon" answers Nell's question: Tom's, not the lord's the next line names
    assert found[1][0] == "Tom Reed"


_COLON_LATER = """\
The ferry was late, and the crowd on the jetty had grown restless in the rain.

"Here she comes at last!" cried Tom Reed, pointing out across the grey water. Nell Carter \
looked up from her book, shook her head, and said only: "That is the coal barge."
"""


def test_a_tag_whose_sentence_ends_before_a_later_colon_stays_the_tag() -> None:
    found = sieve_choices(_COLON_LATER, _NAMES)
    # the colon introduces Nell's line; Tom's own tag ended its sentence before it
    assert found[0] == ("Tom Reed", "tag_after")
    assert found[1][0] == "Nell Carter"
    # a colon in the tag's own sentence still hands the tag on to the next line
    same = _COLON_LATER.replace("water. Nell", "water, and Nell")
    assert sieve_choices(same, _NAMES)[0][1] != "tag_after"


_SPLIT_AT_COLON = """\
The two friends walked back along the quay in the dusk, and neither spoke for a while.

"She is the finest boat in the harbour," said Tom Reed at last. Nell Carter shrugged.

"Did you not see her sails?" continued Tom Reed: "red as a fox, every one of them."
"""


def test_a_tag_ending_on_a_colon_before_a_lower_case_half_tags_both_halves() -> None:
    found = sieve_choices(_SPLIT_AT_COLON, _NAMES)
    # the colon goes on with the same sentence: the tag is the question's too
    assert found[1] == ("Tom Reed", "tag_after")
    assert found[2][0] == "Tom Reed"


_FAR_NAME = """\
"You are late again," said Nell Carter, without looking up from the ledger.

It was true, and nobody in the shop pretended otherwise. The letter from Mr. Pike had come \
in the morning post, full of the usual complaints about prices and weather and the state of \
the roads between the mill and the market town, and it had been read twice over, folded, \
unfolded and read once more before anyone thought to open the shutters or sweep the step. \
Now the parcel lay on the counter beside the hat of Tom Reed.

"The roads were bad."
"""


def test_a_name_far_back_in_a_long_narration_is_no_cue_to_the_next_line() -> None:
    names = {**_NAMES, "Mr. Pike": "Mr. Pike"}
    found = sieve_choices(_FAR_NAME, names)
    # the letter's writer, named a page of narration before the line, did not say it
    assert found[1][0] == "Tom Reed"
