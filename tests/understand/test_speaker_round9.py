"""Speaker rules of round S9 (unnamed speakers and many-voice exchanges): each on a short
text written for the test."""

from __future__ import annotations

from dialogue_texts import said, with_cast

from ficshelf.model import Span
from ficshelf.understand.listener_gender import role_calls, role_holders
from ficshelf.understand.relational_tags import (
    AGAINST_HE,
    AGAINST_LAST,
    AGAINST_SHE,
    relational_subject,
)
from ficshelf.understand.speakers import speaker_candidates


def _guessed_paragraphs(lines: list[tuple[str, str]]) -> str:
    """A paragraph at every sentence that opens with a quotation mark (as LitBank's reader
    lays a text out), so a speech tag ends its paragraph."""
    return "".join(f'"{line}"{tag}\n\n' for line, tag in lines)


def _rules(text: str, cast: dict[str, str]) -> list[tuple[str, str]]:
    return [(q.label, q.rule) for q, _ in speaker_candidates(with_cast(text, cast))]


def test_a_manner_verb_in_lower_case_after_an_exclamation_is_the_line_s_tag() -> None:
    text = (
        "Nell and Oskar sat on the harbour wall.\n\n"
        '"Look at the gulls!" laughed Oskar.\n\n'
        '"They want your bread!" she giggled.\n\n'
        '"Then they shall have it!" Oskar laughed. Nell threw a crust.\n'
    )
    cast = {"Nell": "Nell Rowe", "Oskar": "Oskar Lind"}
    rules = _rules(text, cast)
    assert rules[0] == ("Oskar Lind", "tag_after")
    assert rules[1][0] == "Nell Rowe" and rules[1][1].startswith("pronoun")
    # a capital opens a new sentence: "Oskar laughed." is a beat, not a tag
    assert rules[2] == ("Oskar Lind", "beat")


def test_in_guessed_paragraphs_a_line_with_its_own_pronoun_tag_does_not_go_on() -> None:
    exchange = [
        ("The ferry is late again,", " said Ann."),
        ("It always is on Sundays,", " he answered."),
        ("Then we shall walk,", " said Ann."),
        ("It is six miles.", ""),
    ]
    cast = {"Ann": "Ann Gray", "Ben": "Ben Hale"}
    text = "Ann met Ben at the quay.\n\n" + _guessed_paragraphs(exchange * 6)
    rules = _rules(text, cast)
    assert rules[1][0] == "Ben Hale" and rules[1][1] != "continued"
    assert [who for _, who in said(text, cast)][:2] == ["Ann Gray", "Ben Hale"]


def test_a_tag_by_his_relative_or_the_other_is_not_him() -> None:
    text = (
        "Mr. Pett came into the morning-room and found Ogden in the big chair with a box "
        "of candy.\n\n"
        '"You eat too much candy," said Mr. Pett.\n\n'
        '"Mother gave it to me," said Ogden.\n\n'
        '"I will not be spoken to like that!"\n\n'
        '"I thought you had," said his step-son complacently.\n\n'
        '"Go to your room."\n\n'
        '"Shan\'t," said the other.\n'
    )
    cast = {"Mr. Pett": "Peter Pett", "Ogden": "Ogden Ford"}
    states = [q for q, _ in speaker_candidates(with_cast(text, cast))]
    # "his" is the man who spoke last: his step-son is the other one
    assert (states[3].label, states[3].not_speaker) == ("Ogden Ford", "Peter Pett")
    assert (states[5].label, states[5].not_speaker) == ("Ogden Ford", "Peter Pett")
    assert [who for _, who in said(text, cast)][3:] == ["Ogden Ford", "Peter Pett", "Ogden Ford"]


def test_relational_subjects() -> None:
    assert relational_subject(["his", "cousin"]) == ("it", AGAINST_HE)
    assert relational_subject(["her", "husband"]) == ("he", AGAINST_SHE)
    assert relational_subject(["his", "young", "interlocutor"]) == ("it", AGAINST_HE)
    assert relational_subject(["the", "other", "mildly"]) == ("it", AGAINST_LAST)
    assert relational_subject(["another"]) == ("it", AGAINST_LAST)
    for phrase in (["his", "eyes"], ["another", "voice"], ["the", "other", "man"], ["ann"]):
        assert relational_subject(phrase) == ("", "")


def test_a_line_an_action_beat_decided_anchors_the_count_of_turns() -> None:
    text = (
        "Ann and Ben sat by the fire in the long room of the inn.\n\n"
        '"You came by the moor road," said Ann.\n\n'
        "Ben took off his wet coat and hung it by the door, and then he sat down and looked "
        "at the fire for a long time without a word, as a tired man will.\n\n"
        '"I did."\n\n'
        '"In the fog?"\n\n'
        '"In the fog." Ben rubbed his hands over the flames.\n'
    )
    cast = {"Ann": "Ann Gray", "Ben": "Ben Hale"}
    found = speaker_candidates(with_cast(text, cast))
    assert found[3][0].label == "Ben Hale" and found[3][0].rule == "beat"
    features = {c.name: c.features for c in found[2][1]}  # "In the fog?"
    # the beat-decided line is one turn after this one: its speaker is the other voice
    assert features["Ben Hale"]["beat_anchor_next_odd"] == 1.0
    assert "beat_anchor_next_odd" not in features.get("Ann Gray", {})


def test_a_line_that_calls_its_listener_uncle_points_at_the_uncle() -> None:
    text = (
        "Florence sat by the window; her uncle and Curtis stood at the fire.\n\n"
        '"You believe he may be living, Florence?" said Curtis.\n\n'
        '"Yes, uncle. I believe it possible."\n\n'
        '"And I, too, my child."\n\n'
        '"Then I will go and look for him."\n'
    )
    cast = {"Florence": "Florence Linden", "Curtis": "Curtis Waring", "her uncle": "John Linden"}
    assert role_calls(text, Span(text.index("Yes, uncle"), text.index(" I believe"))) == ["uncle"]
    assert role_holders({"her uncle": "John Linden", "uncle john": "John Linden"}) == {
        "uncle": ["John Linden"]
    }
    found = speaker_candidates(with_cast(text, cast))
    features = [{c.name: c.features for c in candidates} for _, candidates in found]
    assert features[0]["John Linden"]["role_called_by_next"] == 1.0  # the reply calls him
    assert features[1]["John Linden"]["role_called_here"] == 1.0  # "Yes, uncle." is not his
    assert features[2]["John Linden"]["role_called_by_previous"] == 1.0  # he may answer it


def test_older_verbs_of_speaking_make_tags() -> None:
    text = (
        "Cameron and the prospector sat by the fire.\n\n"
        '"Gold!" ejaculated Cameron.\n\n'
        '"Keep your voice down," the prospector instructed.\n'
    )
    cast = {"Cameron": "Cameron", "the prospector": "the prospector"}
    assert [r for _, r in _rules(text, cast)] == ["tag_after", "tag_after"]
    assert [who for _, who in said(text, cast)] == ["Cameron", "the prospector"]
