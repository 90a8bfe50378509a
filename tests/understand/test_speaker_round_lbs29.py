"""Speaker rules of round lbs29 (LitBank speakers): each on a short text written for the
test."""

from __future__ import annotations

from dialogue_texts import said, tag_after_name, tag_before_name


def test_and_said_goes_on_from_the_last_joined_clause() -> None:
    names = {"Mara": "Mara", "Tobias": "Tobias"}
    narration = "Then Mara tapped the table and Tobias looked at the ledger and said: "
    assert tag_before_name(narration, names) == "Tobias"
    narration = "Mara tapped the table but he only shrugged and said, "
    assert tag_before_name(narration, names) == "he"


def test_a_name_joined_as_an_object_opens_no_clause() -> None:
    names = {"Mara": "Mara", "Tobias": "Tobias", "Ysolde": "Ysolde"}
    narration = "Mara turned to Tobias and Ysolde and said: "
    assert tag_before_name(narration, names) == "Mara"
    narration = "Mara put her hand on the gate and said, "
    assert tag_before_name(narration, names) == "Mara"


def test_a_yawn_tags_a_line() -> None:
    names = {"Mara": "Mara"}
    assert tag_after_name("I yawned.", names) == "i"
    assert tag_after_name("yawned Mara, stretching.", names) == "Mara"


def test_a_line_with_its_own_he_is_not_the_tagged_narrators() -> None:
    # one paragraph, two voices: the narrator's "I replied" tags the last line only
    text = (
        "Tobias Venn came up the path and sat down on the step beside me.\n\n"
        '"Ralph," he said at last, "have you any tobacco?" -- "I have," I replied.\n'
    )
    names = {"Tobias Venn": "Tobias Venn", "Ralph": "Ralph"}
    lines = said(text, names, pov="first", narrator="Ralph")
    assert lines == [
        ("Ralph,", "Tobias Venn"),
        ("have you any tobacco?", "Tobias Venn"),
        ("I have,", "Ralph"),
    ]


def test_a_she_tag_is_not_the_tagged_man_of_its_paragraph() -> None:
    text = (
        "Mara pulled on her coat. Tobias leaned on his stick and waited by the gate.\n\n"
        '"Well," she said, "are you coming?" -- "Not yet," said Tobias.\n'
    )
    lines = said(text, {"Mara": "Mara", "Tobias": "Tobias"})
    assert lines == [
        ("Well,", "Mara"),
        ("are you coming?", "Mara"),
        ("Not yet,", "Tobias"),
    ]


def test_the_second_half_of_a_split_line_stays_with_its_tag() -> None:
    # "she says" after the second half is narration, not a tag of another voice
    text = (
        "I was tired, and Liddy knew it.\n\n"
        '"No," I said sharply, "I am not going out." Liddy is cross, she says, and '
        "she has a right to be.\n"
    )
    lines = said(text, {"Liddy": "Liddy", "Ann": "Ann"}, pov="first", narrator="Ann")
    assert lines == [("No,", "Ann"), ("I am not going out.", "Ann")]


def test_a_signed_letter_is_its_signers() -> None:
    text = (
        "Ann Pell came to the door and gave me a note.\n\n"
        '"Come to the mill at noon. Bring the key and tell no one." Ever yours, "TOBIAS."\n\n'
        '"Well?" said Ann Pell.\n'
    )
    names = {"Tobias": "Tobias Venn", "TOBIAS": "Tobias Venn", "Ann Pell": "Ann Pell"}
    lines = said(text, names, pov="first", narrator="Narrator")
    assert lines[0] == ("Come to the mill at noon. Bring the key and tell no one.", "Tobias Venn")
    assert lines[1] == ("TOBIAS.", "Tobias Venn")


def test_an_epithet_before_a_name_in_an_inverted_tag() -> None:
    names = {"Amy": "Amy", "Tobias": "Tobias"}
    assert tag_after_name("added little Amy, with an injured sniff.", names) == "Amy"
    assert tag_after_name("said poor Tobias.", names) == "Tobias"


def test_a_speakers_own_words_as_the_tags_subject() -> None:
    names = {"Mara": "Mara"}
    assert tag_after_name("his advice concluded.", names) == "he"
    assert tag_after_name("her voice said, very low.", names) == "she"
