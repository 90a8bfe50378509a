"""Round spk46: a pronoun after a name that is no subject votes less for the name's gender
(``speaker_cues.SUBJECT_VOTE``, ``OTHER_VOTE``). Each on a short text written for the
test."""

from __future__ import annotations

from dialogue_texts import speaker_genders

from ficshelf.understand.speaker_cues import FEMALE, MALE, OTHER_VOTE, SUBJECT_VOTE


def test_stray_pronouns_after_a_man_named_as_an_object_do_not_make_him_a_woman() -> None:
    # Walter is a subject once ("he"); three times the "she" after his name is Rosa's
    text = (
        "Walter opened the door and he stood aside. Rosa smiled at Walter as she passed. "
        "The tea was handed to Walter before she sat. Rosa looked across at Walter and "
        "she laughed.\n\n"
        '"Milk?" said Rosa.\n'
    )
    genders = speaker_genders(text, {"Walter": "Walter", "Rosa": "Rosa"})
    assert genders["Walter"] == MALE
    assert genders["Rosa"] == FEMALE


def test_a_subjects_pronoun_and_an_objects_together_overturn_a_given_names_prior() -> None:
    # "Hilde" is usually a woman's name; here "he" follows it as a subject and as an object
    text = (
        "Hilde shut the ledger and he pushed it away. Everyone in the shop waited on "
        "Hilde while he counted the coins.\n\n"
        '"Closed," said Hilde.\n'
    )
    assert speaker_genders(text, {"Hilde": "Hilde"}) == {"Hilde": MALE}


def test_one_pronoun_after_an_object_still_gives_a_name_without_a_prior_its_gender() -> None:
    text = 'The dog ran to Ottokar and he bent to it.\n\n"Down," said Ottokar.\n'
    assert speaker_genders(text, {"Ottokar": "Ottokar"}) == {"Ottokar": MALE}


def test_an_objects_pronoun_weighs_less_than_a_subjects() -> None:
    assert 0 < OTHER_VOTE < SUBJECT_VOTE
