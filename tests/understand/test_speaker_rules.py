"""Speaker rules added for stories written without the rules in view (stories 31-40):
each on a short text written for the test."""

from __future__ import annotations

from dialogue_texts import GATE, GATE_CAST, said, with_cast

from ficshelf.understand.speakers import speaker_candidates


def test_a_pronoun_beat_is_not_given_to_a_man_its_sentence_only_mentions() -> None:
    text = (
        "Rafe came up the attic stairs two at a time.\n\n"
        '"You sent it off," Ida said.\n\n'
        '"I did. This morning." He took the page from her and frowned at it the way old '
        'Mr. Crane, the schoolmaster, used to frown at sums. "It is very good."\n'
    )
    cast = {"Rafe": "Rafe Holt", "Ida": "Ida Lamb", "Mr. Crane": "Mr. Crane"}
    assert said(text, cast)[1:] == [
        ("I did. This morning.", "Rafe Holt"),
        ("It is very good.", "Rafe Holt"),
    ]


def test_an_untagged_line_after_narration_goes_to_the_pronoun_that_closed_it() -> None:
    text = (
        "Wren stood by the lamp with her shawl pulled tight. Ivo was out at the end of the "
        "pier with his collar up.\n\n"
        "For a long time nobody moved. Then he walked back along the boards, slowly.\n\n"
        '"You will catch cold."\n\n'
        '"So will you."\n\n'
        '"I am used to it."\n'
    )
    cast = {"Ivo": "Ivo Marsh", "Wren": "Wren Hale"}
    assert said(text, cast) == [
        ("You will catch cold.", "Ivo Marsh"),
        ("So will you.", "Wren Hale"),
        ("I am used to it.", "Ivo Marsh"),
    ]


def test_a_pronoun_beat_in_a_running_exchange_goes_to_the_voice_of_that_gender() -> None:
    text = (
        "Osric had gone in long before, and he had taken the lamp. Piet stood at the end of "
        "the jetty, and he had his collar up. Nell came down the steps with her hands in her "
        "sleeves.\n\n"
        '"You waited," Nell said.\n\n'
        '"I did." Piet kept his eyes on the boats. Osric had tied them up badly again.\n\n'
        '"Why?" Nell asked.\n\n'
        '"Does it matter?" He looked away, at the water. "I am here now."\n'
    )
    cast = {"Osric": "Osric Vane", "Nell": "Nell Dorn", "Piet": "Piet Laar"}
    assert said(text, cast)[-2:] == [
        ("Does it matter?", "Piet Laar"),
        ("I am here now.", "Piet Laar"),
    ]


def test_a_second_turn_in_one_paragraph_keeps_its_voice() -> None:
    assert [name for _, name in said(GATE, GATE_CAST)] == ["Corin Ashe", "Corin Ashe", "Ada Finch"]


def _guessed_paragraphs(lines: list[tuple[str, str]]) -> str:
    """A text laid out as LitBank's reader lays it out: a paragraph at every sentence that
    opens with a quotation mark, so a speech tag ends its paragraph."""
    return "".join(f'"{line}"{tag}\n\n' for line, tag in lines)


def _rules(text: str, cast: dict[str, str]) -> list[tuple[str, str]]:
    """(speaker, sieve rule) of each quote."""
    return [(q.label, q.rule) for q, _ in speaker_candidates(with_cast(text, cast))]


def test_in_guessed_paragraphs_a_line_after_a_tag_goes_on_with_the_same_speech() -> None:
    exchange = [
        ("I looked everywhere,", " said Ann."),
        ("I waited an hour.", ""),
        ("At the mill,", " said Ben."),
        ("The wheel broke again.", ""),
    ]
    text = _guessed_paragraphs(exchange * 6)
    cast = {"Ann": "Ann Gray", "Ben": "Ben Hale"}
    assert _rules(text, cast)[:4] == [
        ("Ann Gray", "tag_after"),
        ("Ann Gray", "continued"),
        ("Ben Hale", "tag_after"),
        ("Ben Hale", "continued"),
    ]


def test_in_real_paragraphs_a_line_after_a_tag_is_a_reply() -> None:
    text = "Ann and Ben met at the gate.\n\n" + _guessed_paragraphs(
        [("Where were you?", " asked Ann."), ("At the mill.", ""), ("All day?", "")]
    )
    cast = {"Ann": "Ann Gray", "Ben": "Ben Hale"}
    assert [who for _, who in said(text, cast)] == ["Ann Gray", "Ben Hale", "Ann Gray"]
    assert _rules(text, cast)[1][1] != "continued"


def test_a_creature_in_a_tag_is_the_character_the_narration_just_named() -> None:
    text = (
        'Mowgli sat on the rock with Bagheera.\n\n"We should go," said Mowgli.\n\n'
        "There was a dry whisper in the stones below. The great head of Kaa rose out of "
        'the shadows.\n\n"I heard," the python says. "Sssso."\n\n'
        '"Then come with us," said Bagheera.\n'
    )
    cast = {"Mowgli": "Mowgli", "Bagheera": "Bagheera", "Kaa": "Kaa"}
    assert _rules(text, cast)[1:3] == [("Kaa", "pronoun_narrated"), ("Kaa", "pronoun_narrated")]


def test_an_it_tag_goes_to_the_creature_the_narration_just_named() -> None:
    text = (
        'Alice looked up at the branch.\n\n"Which way?" asked Alice.\n\n'
        'The Cat grinned at her from the branch.\n\n"That depends," it said.\n'
    )
    cast = {"Alice": "Alice", "Cat": "Cheshire Cat"}
    assert _rules(text, cast)[1] == ("Cheshire Cat", "pronoun_narrated_subject")


def test_in_guessed_paragraphs_a_line_after_a_tagged_question_answers_it() -> None:
    exchange = [
        ("Where were you all day?", " asked Ann."),
        ("At the mill. The wheel broke again.", ""),
        ("Is it mended now,", " said Ann."),
        ("I hope so.", ""),
    ]
    text = _guessed_paragraphs(exchange * 6)
    cast = {"Ann": "Ann Gray", "Ben": "Ben Hale"}
    rules = _rules("Ann met Ben at the gate.\n\n" + text, cast)
    assert rules[0] == ("Ann Gray", "tag_after")
    assert rules[1][1] != "continued"  # the question's answer is another voice
    assert rules[3] == ("Ann Gray", "continued")  # a line after a statement goes on


def test_a_reply_to_a_line_that_calls_its_listener_sir_is_a_man_s() -> None:
    text = (
        "Mrs. Pell poured the tea while Mr. Orme and Hal sat by the fire.\n\n"
        '"You came by the late train," said Mr. Orme.\n\n'
        '"I did," said Mrs. Pell.\n\n'
        '"And were you met at the station, sir?" Hal asked.\n\n'
        '"I walked."\n'
    )
    cast = {"Mrs. Pell": "Mrs. Pell", "Mr. Orme": "Mr. Orme", "Hal": "Hal"}
    speakers = [who for _, who in said(text, cast)]
    # turn-taking alone would go back to Mrs. Pell; "sir" calls the man who spoke before
    assert speakers[-1] == "Mr. Orme"
    assert _rules(text, cast)[-1] == ("Mr. Orme", "called_gender")


def test_in_guessed_paragraphs_a_beat_after_a_line_is_left_to_the_ranker() -> None:
    exchange = [
        ("Will you sell it?", " asked Ann."),
        ("No, I will not.", " Ben folded his arms."),
        ("Not for any price?", " said Ann."),
        ("Not for any.", ""),
    ]
    cast = {"Ann": "Ann Gray", "Ben": "Ben Hale"}
    guessed = _rules("Ann met Ben at the gate.\n\n" + _guessed_paragraphs(exchange * 6), cast)
    assert guessed[1] == ("Ben Hale", "beat_after_guessed")
    # with real paragraphs the same beat is the line's own
    real = _rules("Ann met Ben at the gate.\n\n" + _guessed_paragraphs(exchange[:2]), cast)
    assert real[1] == ("Ben Hale", "beat")
