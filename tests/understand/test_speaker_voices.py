"""Round V10: descriptions take their noun's gender; voices and unnamed newcomers speak."""

from __future__ import annotations

from dialogue_texts import said

from ficshelf.understand.speaker_cues import FEMALE, MALE, _word_gender


def test_a_description_takes_its_person_noun_s_gender() -> None:
    assert _word_gender("the damsel") == FEMALE
    assert _word_gender("The gentlewoman") == FEMALE
    assert _word_gender("the fisher-lad") == MALE
    assert _word_gender("a thin, elderly gentleman") == MALE
    # a person noun in a name is no description ("Rhett Butler"); neutral nouns say nothing
    assert _word_gender("Rhett Butler") == ""
    assert _word_gender("the doctor") == ""


def test_a_she_tag_goes_to_the_woman_known_only_by_a_description() -> None:
    text = (
        "At the window of the tower the damsel waited while Sir Hugh stood below with "
        "Brother Anselm.\n\n"
        '"You are late," she said.\n\n'
        '"The road was long," said Sir Hugh.\n'
    )
    cast = {"the damsel": "the damsel", "Sir Hugh": "Sir Hugh", "Brother Anselm": "Anselm"}
    assert [who for _, who in said(text, cast)] == ["the damsel", "Sir Hugh"]
