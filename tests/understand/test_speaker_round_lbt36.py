"""Round lbt36 (docs/history/speakers.md): LitBank's wrong lines counted again, and the rules built
from them. Each on a short text written for the test."""

from __future__ import annotations

from dialogue_texts import speakers_by_line

from ficshelf.model import Span
from ficshelf.understand.continued_tags import said_to_oneself
from ficshelf.understand.definite_newcomers import definite_subject
from ficshelf.understand.group_calls import group_call
from ficshelf.understand.person_nouns import FEMALE, MALE


def _call(line: str) -> str:
    return group_call(line, 0, len(line))


def test_a_plural_noun_set_off_as_a_call_calls_a_group() -> None:
    assert _call("Who will give ten, gentlemen, for the grey mare?") == "gentlemen"
    assert _call("Ladies and gentlemen, the show begins.") == "ladies and gentlemen"
    assert _call("Now boys, haul away!") == "boys"
    assert _call("Thank you, my friends.") == "friends"
    # a group talked about, not called
    for line in ("Get out of the way of my men.", "You never liked my friends.", "Boys will be"):
        assert _call(line) == "", line


_SALE = (
    "Barnaby Stroud stood on the cart with his hammer, and the bay colt Tansy was led "
    "round the ring by Gideon Marsh.\n\n"
    '"What am I bid for this colt, gentlemen? Sound in wind and limb," said Stroud.\n\n'
    '"Twelve pounds."\n\n'
    '"Only twelve, gentlemen? Look at his legs. Look at his shoulder!"\n\n'
    '"Fifteen."\n\n'
    "Gideon Marsh walked the colt round once more.\n"
)


def test_the_line_after_a_group_call_is_the_groups_answer() -> None:
    said, characters = speakers_by_line(_SALE)
    assert said["Twelve pounds."] == "gentlemen"
    assert said["Fifteen."] == "gentlemen"
    assert "gentlemen" not in characters  # the line only: no character is made of them


def test_where_paragraphs_were_guessed_a_tagged_call_may_go_on_past_its_tag() -> None:
    # every paragraph opens with a quote, as where paragraphs were guessed (LitBank)
    text = (
        '"Really, girls, I am ashamed of you both," said Agnes Pell, folding her hands.\n\n'
        '"You are too old to squabble over a ribbon."\n\n'
        '"It was my ribbon," said Clara Pell.\n\n'
        '"It was not," said Dora Pell.\n\n'
        '"Quiet, girls! Who bought it?"\n\n'
        '"Mother did."\n\n'
    )
    said, _ = speakers_by_line(text * 4)
    assert said["You are too old to squabble over a ribbon."] != "girls"
    assert said["Mother did."] == "girls"  # a call that asks is answered


def test_a_tag_said_to_oneself() -> None:
    line = '"Is the mare lame?" he muttered to himself. "She was sound at noon."'
    assert said_to_oneself(line, Span(1, 18))
    line = '"Why?" she said under her breath.'
    assert said_to_oneself(line, Span(1, 5))
    # said to someone else, or the words after the tag's sentence
    for line in ('"Why?" he asked Tom. "Ask himself," she said.', '"Why?" said he to her.'):
        assert not said_to_oneself(line, Span(1, 5)), line


def test_where_paragraphs_were_guessed_a_question_said_to_oneself_goes_on() -> None:
    # every paragraph opens with a quote, as where paragraphs were guessed (LitBank)
    text = (
        '"The mare will not be ready before Friday," said Jonah Webb.\n\n'
        '"Then I ride the grey," said Lydia Crane.\n\n'
        '"Does she take me for a fool?" he muttered to himself.\n\n'
        '"She knows the grey throws anyone on the bridge."\n\n'
        '"You may ride the cart, then," said Jonah Webb.\n\n'
        '"I will walk," said Lydia Crane.\n\n'
    )
    said, _ = speakers_by_line(text * 4)
    assert said["Does she take me for a fool?"] == "Jonah Webb"
    assert said["She knows the grey throws anyone on the bridge."] == "Jonah Webb"


def _definite(narration: str, pronoun_nouns: frozenset[str]) -> str | None:
    span = definite_subject(narration, 0, len(narration), pronoun_nouns, [], lambda _: "")
    return None if span is None else narration[span[0] : span[1]]


def test_a_definite_newcomer_opens_a_clause_before_the_line() -> None:
    assert _definite("The gate banged, and the milkman came up the path. ", MALE) == "the milkman"
    assert _definite("Rain fell. The old woman set down her basket. ", FEMALE) == "The old woman"
    # an object, a determiner among the modifiers, a phrase going on, another man after it
    for narration in (
        "Rain fell on the old man. ",
        "He bowed, the way a man does at church. ",
        "The man of the house was out. ",
        "The old man nodded to the boy. ",
    ):
        assert _definite(narration, MALE) is None, narration


_STEPS = (
    "Hester Vane sat on the porch with her brother Amos Vane, shelling peas.\n\n"
    '"It will rain before supper," said Amos.\n\n'
    '"Then the peas can wait," said Hester.\n\n'
    "The gate clicked, and the milkman came up the steps with two cans. "
    '"Fine morning for it, ma\'am!" He set the cans down by the door.\n\n'
    "Hester paid him and went in.\n"
)


def test_a_he_line_after_a_definite_newcomer_is_the_newcomers() -> None:
    said, characters = speakers_by_line(_STEPS)
    assert said["Fine morning for it, ma'am!"] == "the milkman"
    assert "the milkman" not in characters
