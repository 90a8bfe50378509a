"""Round S21 (docs/history/speakers.md): a "he"/"she" tag after narration goes to the subject the
narration's sentence ends on, the subject of a later clause ("When the others had gone,
Nell stood at the door."), not to the subject of the clause it opened with
(``clause_subjects``). Each on a short text written for the test."""

from __future__ import annotations

from dialogue_texts import sieve_choices, with_cast

from ficshelf.model import Span
from ficshelf.understand.clause_subjects import clause_subjects, object_pronoun
from ficshelf.understand.speakers import speaker_candidates


def _later(text: str, names: list[str]) -> list[str]:
    """The names of ``text`` that ``clause_subjects`` finds (no mention counted a subject
    before)."""
    mentions = []
    for name in names:
        start = text.index(name)
        mentions.append(Span(start, start + len(name), name))
    mentions.sort(key=lambda m: m.start)
    return [mentions[k].label for k in sorted(clause_subjects(text, mentions, frozenset()))]


SISTERS = {"Ada": "Ada Pym", "Nell": "Nell Pym", "Tom": "Tom Pym"}


def test_after_a_fronted_clause_the_main_subject_says_the_line() -> None:
    text = (
        '"Goodnight, then," said Tom.\n\n'
        '"Goodnight," said Ada.\n\n'
        "When Ada and Tom had gone up the lane with the lantern, Nell stood in the doorway "
        "for a long time.\n\n"
        '"I shall not sleep," she said.\n'
    )
    assert sieve_choices(text, SISTERS)[2] == ("Nell Pym", "pronoun_narrated_subject")


def test_a_clause_joined_by_and_ends_on_its_own_subject() -> None:
    text = (
        '"Is it far?" Ada asked.\n\n'
        '"Not very," said Tom.\n\n'
        "The rain had stopped, and the cart was waiting, and Nell was already climbing "
        "into it with her basket.\n\n"
        '"Then come on," she called.\n'
    )
    assert sieve_choices(text, SISTERS)[2] == ("Nell Pym", "pronoun_narrated_subject")


def test_a_present_tense_clause_after_while() -> None:
    text = (
        '"Pass the salt," said Tom.\n\n'
        '"Ask nicely," said Ada.\n\n'
        "While Ada and Tom squabble over the salt, Nell quietly slips out to the yard.\n\n"
        '"Nobody will miss me," she says.\n'
    )
    assert sieve_choices(text, SISTERS)[2] == ("Nell Pym", "pronoun_narrated_subject")


def test_a_sentence_whose_later_clause_has_no_named_subject_stays_with_its_first() -> None:
    # must stay: the woman named after the comma is an object, not a subject
    text = (
        '"Where is the key?" Tom asked.\n\n'
        '"On the nail," said Nell.\n\n'
        "Ada took it down, and handed Nell the lamp.\n\n"
        '"I will go first," she said.\n'
    )
    assert sieve_choices(text, SISTERS)[2] == ("Ada Pym", "pronoun_narrated_subject")


def test_clause_subjects_need_a_comma_and_a_finite_verb() -> None:
    assert _later("When the bell rang, Nell stood up.", ["Nell"]) == ["Nell"]
    assert _later("The door opened, and then Nell quietly walks in.", ["Nell"]) == ["Nell"]
    assert _later("It was late, but Nell is still awake.", ["Nell"]) == ["Nell"]
    # an appositive, an owner, an object or a name in a list is no clause subject
    assert _later("Her sister, Nell, was late.", ["Nell"]) == []
    assert _later("It was dark, and Nell's lamp had gone out.", ["Nell"]) == []
    assert _later("She stopped, and gave Nell the key.", ["Nell"]) == []
    assert _later("They came at last, Ada, Nell and Tom.", ["Ada", "Nell", "Tom"]) == []
    assert _later("It was late, and Nell the youngest of them.", ["Nell"]) == []


def test_a_subjects_object_pronoun_does_not_give_it_that_gender() -> None:
    # "Quillon is watching her": the "her" is the woman he watches, the "He" after is his
    text = (
        '"Sing us another," said Mara. She holds out her cup.\n\n'
        '"Yes, another," said Bram, and he bangs the table.\n\n'
        "When she looks up, Quillon is watching her. He sets the lute down on the bench.\n\n"
        '"Not tonight," he says.\n'
    )
    cast = {"Mara": "Mara Lisle", "Bram": "Bram Tock", "Quillon": "Quillon"}
    analysis = with_cast(text, cast)
    states = [state for state, _ in speaker_candidates(analysis)]
    assert (states[2].label, states[2].rule) == ("Quillon", "pronoun_narrated_subject")


def test_object_pronouns() -> None:
    def obj(text: str) -> bool:
        start = text.index(" h") + 1
        return object_pronoun(text, start, start + 3)

    assert obj("Nell is watching her.")
    assert obj("Kit gave her the key.")
    assert obj("Kit shook him by the arm.")
    assert obj("Kit walked her to the door.")
    # an owner's "her", and "his", tell the subject's gender
    assert not obj("Nell put down her pen.")
    assert not obj("Kit put down his pen.")
    assert not obj("Nell shook her head.")


def test_an_untagged_line_after_narration_goes_to_its_later_clauses_subject() -> None:
    # the last line called Ada, but the narration between turned to Nell, who speaks
    text = (
        '"I am going," said Ada.\n\n'
        '"Go, then, Ada," said Tom.\n\n'
        "The fire had burned low, and Nell came to sit by it with her sewing.\n\n"
        '"She will be back by dark."\n'
    )
    assert sieve_choices(text, SISTERS)[2] == ("Nell Pym", "narration_subject")
