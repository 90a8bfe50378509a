"""Characters' genders as the speakers stage reads them (``speaker_cues._genders``): a
pronoun that opens a later subordinate clause does not vote. Each on a short text written
for the test."""

from __future__ import annotations

from dialogue_texts import speaker_genders

from ficshelf.understand.clause_subjects import clause_pronoun
from ficshelf.understand.speaker_cues import FEMALE, MALE


def test_a_later_clause_subject_does_not_give_the_name_its_gender() -> None:
    text = (
        "Anselm waited by the cold stove for a long while until she came in with the lamp. "
        "Anselm took off his coat.\n\n"
        '"Late again," said Anselm.\n'
    )
    # "she" opens a clause of its own, five words on: the woman with the lamp
    assert speaker_genders(text, {"Anselm": "Anselm"}) == {"Anselm": MALE}


def test_a_clause_right_after_the_name_is_the_names_own() -> None:
    text = 'Odile, when she woke, lit the stove.\n\n"Cold," said Odile.\n'
    assert speaker_genders(text, {"Odile": "Odile"}) == {"Odile": FEMALE}


def test_clause_pronoun_needs_a_conjunction_a_few_words_on() -> None:
    text = "Anselm sat by the stove until she came. Anselm said that he would go."
    she = text.index("she")
    he = text.index(" he ") + 1
    assert clause_pronoun(text, len("Anselm"), she)
    assert not clause_pronoun(text, text.index("said") - 1, he)  # "said that he": too near
