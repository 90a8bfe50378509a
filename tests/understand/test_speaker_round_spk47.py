"""Round spk47: what a "he"/"she" speech tag rules out (``tag_pronoun_limits``): a name
in a sentence the tag's own pronoun opens (not one opening a clause of its own), and, when
turn-taking decides the line, the narrator of a first-person story. Each on a short text
written for the test."""

from __future__ import annotations

from dialogue_texts import sieve_choices, with_cast

from ficshelf.understand.speakers import speaker_candidates

_RIVER = {"Tom": "Tom", "Ann": "Ann", "Peter": "Peter"}

_WALK = (
    "Tom and Ann walked back along the river.\n\n"
    '"You are quiet," said Ann.\n\n'
    '"Am I?" said Tom.\n\n'
    "She waited. He thought of the mill, and of the money that Peter had promised them "
    "and never sent.\n\n"
    '"It is late," he said.\n'
)


def test_a_tag_pronoun_is_not_a_name_in_a_sentence_it_opens() -> None:
    # the "he" the narration follows is Tom, who spoke last; Peter is only thought of
    assert sieve_choices(_WALK, _RIVER)[2][0] == "Tom"


def test_after_an_adverb_the_opening_pronoun_still_rules_the_name_out() -> None:
    text = _WALK.replace("She waited. He thought", "She waited. Then he thought")
    assert sieve_choices(text, _RIVER)[2][0] == "Tom"


def test_a_name_in_a_sentence_another_subject_opens_may_be_the_tag_pronoun() -> None:
    # Ann, not "he", opens the sentence: the man it names is the nearest "he"
    text = _WALK.replace("She waited. He thought", "She waited. Ann thought")
    assert sieve_choices(text, _RIVER)[2] == ("Peter", "pronoun_narrated")


def test_a_name_opening_a_clause_of_its_own_may_be_the_pronoun() -> None:
    # "until Peter came": Peter is that clause's subject, the nearest "he" as before
    text = _WALK.replace(
        "He thought of the mill, and of the money that Peter had promised them and never sent.",
        "He sat by the mill until Peter came out with the money.",
    )
    assert sieve_choices(text, _RIVER)[2] == ("Peter", "pronoun_narrated")


def test_a_name_compared_with_the_pronoun_is_still_ruled_out() -> None:
    text = _WALK.replace(
        "He thought of the mill, and of the money that Peter had promised them and never sent.",
        "He counted the money slowly, as Peter did.",
    )
    assert sieve_choices(text, _RIVER)[2][0] == "Tom"


_JAR = (
    "Sam came in from the yard with his boots in his hand, and Meg followed him.\n\n"
    '"Have you seen the jar?" I asked Meg.\n\n'
    '"Not since Sunday."\n\n'
    "For a while nobody spoke. Then he went to the dresser and took down a tin box.\n\n"
    '"Here," he said. "Mother told me, \'Sam, keep it high.\'"\n'
)


def _choices(text: str, pov: str, narrator: str) -> list[tuple[str, str]]:
    analysis = with_cast(text, {"Sam": "Sam", "Meg": "Meg"}, pov=pov, narrator=narrator)
    return [(s.label, s.rule) for s, _ in speaker_candidates(analysis)]


def test_turn_taking_never_gives_a_he_tag_to_a_first_person_narrator() -> None:
    # the line names Sam, so the resolver places its "he" on no one; the count would give
    # it back to the narrator, who asked the question two lines before
    choices = _choices(_JAR, "first", "Jo")
    assert choices[0][0] == "Jo"
    assert choices[2][0] != "Jo"
    assert choices[3][0] != "Jo"


def test_in_a_third_person_story_turn_taking_still_decides_an_unplaced_tag() -> None:
    text = _JAR.replace("I asked Meg", "Ned asked Meg")
    assert _choices(text, "third", "")[2][0] != ""


def test_a_tag_the_resolver_places_keeps_its_speaker() -> None:
    # no name in the line: the "he" is the man the narration named, as before
    text = _JAR.replace("\"Mother told me, 'Sam, keep it high.'\"", '"Mind the lid."')
    assert _choices(text, "first", "Jo")[2][0] == "Sam"
