"""Round spk35 (docs/history/speakers.md): a person the narration describes, standing as a subject
before a line, is the line's "he"/"she", not a named character the sentence looks at or
sets beside them (``described_subjects``). On lines written for the test."""

from __future__ import annotations

from dialogue_texts import sieve_choices

from ficshelf.understand.described_subjects import described_subject

CAST = {"Mara": "Mara", "Tobias": "Tobias", "Wren": "Wren", "the tall girl": "Bess"}


def _none(_: str) -> str:
    return ""


def test_a_described_subject_is_found_in_the_narration_before_a_line() -> None:
    text = 'The old sexton leaned on his spade and looked at Tobias. "'
    assert described_subject(text, 0, len(text), "m", _none) == ("the old sexton", "")
    text = 'At the far end of the pew a small girl with a red hood tugged at Mara. "'
    assert described_subject(text, 0, len(text), "f", _none) == ("the small girl", "")
    # an apposition: "The ferryman, a big man, ..."
    text = "The ferryman, a big man in oilskins, pushed off from Wren's jetty. \""
    assert described_subject(text, 0, len(text), "m", _none)[0] == "the big man"


def test_a_description_as_object_or_of_the_other_gender_is_no_subject() -> None:
    text = 'Tobias looked at the old sexton for a while. "'
    assert described_subject(text, 0, len(text), "m", _none) == ("", "")
    text = 'The old woman leaned on her stick and looked at Tobias. "'
    assert described_subject(text, 0, len(text), "m", _none) == ("", "")
    # only the narration since the last line is read
    text = 'The old sexton came in. "Evening," he said. Tobias nodded at Mara. "'
    assert described_subject(text, 0, len(text), "m", _none) == ("", "")


def test_the_he_of_a_tag_is_the_described_man_not_the_name_he_looks_at() -> None:
    text = (
        "Mara and Tobias came up the churchyard path in the rain.\n\n"
        '"We are late," said Mara.\n\n'
        '"We are always late," said Tobias.\n\n'
        "By the lych-gate the old sexton leaned on his spade and looked at Tobias. "
        '"You will want the north door," he said.\n'
    )
    # the sexton is no character: the "he" is left to the count, not given to Tobias
    assert sieve_choices(text, CAST)[2][0] != "Tobias"


def test_the_she_of_a_tag_is_the_character_the_description_names() -> None:
    text = (
        "Mara and Wren sat on the bench outside the school and waited for the tall girl "
        "from the farm. She was late again.\n\n"
        '"Is it time?" said Mara.\n\n'
        '"Nearly," said Wren.\n\n'
        "At the gate a tall girl with a satchel stopped and stared at Wren. "
        '"Are you the new teacher?" she asked.\n'
    )
    assert sieve_choices(text, CAST)[2] == ("Bess", "pronoun_described")
