"""Round spk36 (docs/history/speakers.md): on lines written for the test."""

from __future__ import annotations

from dialogue_texts import sieve_choices

from ficshelf.model import Span
from ficshelf.understand.joined_objects import joined_object, opens_clause

CAST = {"Ann": "Ann", "Tom": "Tom", "Nell": "Nell", "Kit": "Kit"}
OPENING = (
    '"Where is the key?" said Tom.\n\n"In the drawer," said Ann.\n\n"Which drawer?" said Tom.\n\n'
)


def test_a_name_joined_as_one_more_object_is_found() -> None:
    text = "She thought of the letter, and Nell laughing in the kitchen."
    at = text.index("Nell")
    assert joined_object(text, at, at + 4)
    text = "She thought of the letter, and of Nell."
    at = text.index("Nell")
    assert joined_object(text, at, at + 4)
    # a name with its own verb, or an aside before its verb, opens a clause
    text = "She nodded, and Nell smiled at her."
    at = text.index("Nell")
    assert not joined_object(text, at, at + 4)
    text = "She nodded, and Nell, who had waited all day, smiled."
    at = text.index("Nell")
    assert not joined_object(text, at, at + 4)


def test_an_and_opens_a_clause_only_with_a_subject_and_its_verb() -> None:
    text = "She sat, and the old man looked up."
    assert opens_clause(text, text.index("and") + 3)
    text = "She sat, and then she wept."
    assert opens_clause(text, text.index("and") + 3)
    text = "She thought of Kit's hand, and the fire."
    assert not opens_clause(text, text.index("and") + 3)


def test_the_she_of_a_tag_is_not_a_name_joined_to_what_she_thinks_of() -> None:
    text = OPENING + (
        "Ann thought about it honestly. She thought about the letter, and Kit's hand on "
        'her sleeve, and Nell laughing in the kitchen. "No," she said.\n'
    )
    assert sieve_choices(text, CAST)[-1][0] == "Ann"
    # a name with a verb of its own after "and" may still be the "she"
    text = OPENING + ('Ann shrugged, and Nell laughed at them both. "The top one," she said.\n')
    assert sieve_choices(text, CAST)[-1][0] == "Nell"


def test_and_said_goes_on_from_a_subject_before_the_tag_reach_not_the_one_looked_at() -> None:
    cast = {"Ann": "Ann", "Tom": "Tom", "Mrs. Pike": "Mrs. Pike", "Nell": "Nell"}
    text = OPENING + (
        "It was just then, with the kettle coming to the boil and the dog asleep under the "
        "table where nobody could step on him, that Mrs. Pike looked up at Nell with the "
        "greatest kindness, and said, quite clearly, to the whole of the kitchen:\n\n"
        '"There you are at last!"\n'
    )
    assert sieve_choices(text, cast)[-1] == ("Mrs. Pike", "tag_before")
    # the sentence's first name still speaks when the whole sentence is within reach
    text = OPENING + 'Nell stopped beside Tom, and said, quietly:\n\n"There you are."\n'
    assert sieve_choices(text, cast)[-1] == ("Nell", "tag_before")


def test_a_tag_whose_subject_stands_before_an_aside_names_that_subject() -> None:
    cast = {"Ann": "Ann", "Tom": "Tom", "Nell": "Nell", "Kit": "Kit"}
    text = OPENING + (
        'Then Tom laughed, and Kit said "Oh, Ann!" and came round the table, and Nell, in '
        'the doorway with the tray, said "Well, at last," and nearly dropped it.\n'
    )
    assert sieve_choices(text, cast)[-1] == ("Nell", "tag_before")


def test_a_tag_ending_on_a_colon_may_say_how_and_why_at_length() -> None:
    text = OPENING + (
        "Ann went past him to the door. As she did, without looking at him, she said, very "
        'low, so that the others could not hear it:\n\n"Not the top one."\n'
    )
    assert sieve_choices(text, CAST)[-1] == ("Ann", "pronoun_paragraph")


def test_her_in_a_kin_tag_is_the_woman_the_narration_follows_not_the_last_to_speak() -> None:
    cast = {"Ann": "Ann", "Tom": "Tom", "Mrs. Pike": "Mrs. Pike"}
    text = OPENING + (
        '"I am proud of you," said Mrs. Pike.\n\n'
        "Ann looked down at the floor, and found that she could not see very well.\n\n"
        '"I should like to read it," her mother added, "when you are ready."\n'
    )
    assert sieve_choices(text, cast)[-1][0] == "Mrs. Pike"


def test_a_closing_sentence_that_opens_on_a_call_is_answered_by_the_one_it_calls() -> None:
    from ficshelf.understand.question_calls import closing_call

    text = '"Mr. Hale, I am astonished. I shall go home. Nell, come."'
    assert closing_call(text, Span(0, len(text))) is not None
    text = '"Two sorrows I have had. First, the loss of my boy, Tom."'
    assert closing_call(text, Span(0, len(text))) is None
    cast = {"Ann": "Ann", "Tom": "Tom", "Mrs. Pike": "Mrs. Pike", "Nell": "Nell"}
    text = (
        '"Where were you?" said Mrs. Pike.\n\n"At the station," said Tom.\n\n'
        '"Tom, I am astonished at you. I shall go home and think about it. Nell, come."\n\n'
        '"Yes, mamma."\n'
    )
    assert sieve_choices(text, cast)[-1][0] == "Nell"
