"""Round spk45 (docs/history/speakers.md): a name opening a line right after a question
asking who someone is answers it and calls no one; after "Who are you?" it is the
speaker's own (``name_answers``). Each on a short text written for the test."""

from __future__ import annotations

from dialogue_texts import sieve_choices

from ficshelf.understand.name_answers import asked_name

_CAST = {"Hilda": "Hilda", "Oswin": "Oswin", "Pimble": "Pimble"}

# Hilda asks who came; Oswin's answer names Pimble, who is not there to reply
_WHO_WAS_THAT = (
    "Hilda was shelling peas at the kitchen table when Oswin came back from the gate.\n\n"
    'Hilda looked up. "Who was that at the door?"\n\n'
    '"Pimble. He wants the ladder back by Sunday."\n\n'
    '"He can whistle for it."\n\n'
    "Pimble had lent it to them two summers ago.\n"
)

# Oswin asks the stranger her name; the name opening her answer is her own
_WHO_ARE_YOU = (
    "Oswin found a girl sitting on the woodpile with a basket of eggs.\n\n"
    '"Morning," said Oswin. "And who might you be?"\n\n'
    '"Hilda. I live over the hill, past the mill. Are those your hens?"\n\n'
    '"They are."\n'
)


def test_asked_name_reads_the_question_right_before_a_line() -> None:
    assert asked_name('"Who are you?" "Hilda."', 16) == "you"
    assert asked_name('"What was his name?" "Pimble."', 22) == "other"
    assert asked_name('"Who told you that?" "Pimble."', 22) == ""
    assert asked_name('"Who was it?" she said. "Pimble."', 25) == ""
    assert asked_name('"Oswin, who would not wait for you?" "Oswin."', 38) == ""


def test_a_name_answering_who_was_that_calls_no_one() -> None:
    choices = sieve_choices(_WHO_WAS_THAT, _CAST)
    assert choices[1][0] == "Oswin"
    assert choices[2][0] == "Hilda"


def test_a_name_answering_who_are_you_is_the_speakers_own() -> None:
    choices = sieve_choices(_WHO_ARE_YOU, _CAST)
    assert choices[2] == ("Hilda", "introduced")
    assert choices[3][0] == "Oswin"
