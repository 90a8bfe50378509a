"""Round pron40 (docs/history/speakers.md): a character whose canonical name holds no given
name ("Dr. Vell") takes the usual gender of a one-word given name it is called by
("Thomas") as the prior a canonical given name gives, so that a "he" tag can go to them.
Each on a short text written for the test."""

from __future__ import annotations

from dialogue_texts import sieve_choices, speaker_genders

from ficshelf.understand.speaker_cues import FEMALE, MALE

_CAST = {"Dr. Vell": "Dr. Vell", "Thomas": "Dr. Vell", "Nell": "Nell", "Bram": "Bram"}

_EVENING = (
    '"Good evening, Thomas," said Nell.\n\n'
    "Old Bram came in from the yard, and he sat down by the fire. Dr. Vell stood at the "
    "window.\n\n"
    '"It will snow tonight," he said.\n'
)


def test_a_given_name_the_character_is_called_by_gives_its_gender() -> None:
    genders = speaker_genders(_EVENING, _CAST)
    assert genders["Dr. Vell"] == MALE  # "Thomas": no pronoun follows a mention of them
    assert genders["Nell"] == FEMALE
    assert genders["Bram"] == MALE


def test_names_of_both_genders_give_no_prior() -> None:
    cast = {"Dr. Vell": "Dr. Vell", "Thomas": "Dr. Vell", "Mary": "Dr. Vell", "Nell": "Nell"}
    text = '"Good evening, Thomas," said Nell. "Or is it Mary tonight?"\n\nDr. Vell laughed.\n'
    assert "Dr. Vell" not in speaker_genders(text, cast)


def test_a_he_tag_goes_to_the_subject_so_called() -> None:
    choices = sieve_choices(_EVENING, _CAST)
    # the latest subject of the narration before the tag, known a man by "Thomas"
    assert choices[-1] == ("Dr. Vell", "pronoun_narrated_subject")
