"""Names the text equates: "known as", "called", "whose real name was" (called_names.py)."""

from __future__ import annotations

from cast_builders import aliases


def test_known_as_makes_a_nickname_that_shares_no_word_with_the_name() -> None:
    text = (
        "The anxiety in his voice did not escape Miss Prudence Cowley, known to her oldest "
        'friends for some reason as "Tuppence." She laughed.\n\n'
        '"You always were a liar," said Tuppence. Tuppence sighed, and Tommy Beresford '
        "nodded."
    )
    found = aliases(text)
    assert {"Tuppence", "Miss Prudence Cowley"} <= found["Prudence Cowley"]
    assert "Tuppence" not in found


def test_whom_someone_called_and_whose_real_name_was() -> None:
    text = (
        "The new boy was Gareth Lothson, whom Sir Kay called Fairfist. Fairfist scrubbed the "
        "pots, and Kay laughed at him.\n\n"
        "Mack, whose real name was Ambrose Talbot, kept the gate. Mack waved."
    )
    found = aliases(text)
    assert "Fairfist" in found["Gareth Lothson"]
    assert "Mack" in found["Ambrose Talbot"]
    assert "Kay" in found  # the one who gives the name keeps his own


def test_a_call_and_an_active_calling_are_no_nicknames() -> None:
    text = (
        "Tom Reed called Kit over to the fire. Tom, who called Kit a fool, laughed. "
        '"Come here," said Kit. Kit sat down, and Tom smiled.'
    )
    found = aliases(text)
    assert "Kit" in found and "Tom Reed" in found
    assert "Kit" not in found["Tom Reed"]


def test_a_name_a_speaker_gives_as_their_own_is_theirs() -> None:
    text = (
        'Prudence Cowley sat down. "Nobody calls me that. Call me Tuppence," said Prudence '
        'Cowley.\n\n"Very well, Tuppence," said Tommy Beresford. Tuppence laughed.'
    )
    found = aliases(text)
    assert "Tuppence" in found["Prudence Cowley"]
    assert "Tuppence" not in found


def test_a_name_in_someone_elses_untagged_line_is_no_self_naming() -> None:
    text = (
        '"I am Tuppence, and I shall go," she said. Prudence Cowley stayed.\n\n'
        '"Tuppence went," said Tommy Beresford. Tuppence laughed, and Prudence sighed.'
    )
    found = aliases(text)
    assert "Tuppence" not in found.get("Prudence Cowley", set())


def test_a_wife_takes_the_surname_of_the_man_she_married() -> None:
    text = (
        "Dr. Pellow, who had married Miss Ashdown in the spring, was away. Mrs. Pellow had "
        "insisted on it, and Miss Ashdown had always got her way.\n\n"
        "Mrs. Garside, the cook, said nothing. Mr. Garside married nobody."
    )
    found = aliases(text)
    assert "Mrs. Pellow" in found["Miss Ashdown"]
    assert "Mrs. Pellow" not in found
    assert "Mrs. Garside" in found  # no marriage given: her own person


GIG = """A gig came down the lane with two people in it, and it stopped by the gate.

"Good day!" called Colonel Pemberton, lifting his hat. "Harriet would see the mill."

"It was worth the seeing," said Mrs. Pemberton, who held the reins.

"A fine day," the Colonel said. "Harriet, mind the ditch."

"I see the ditch, my dear." Mrs. Pemberton drove on, and the Colonel laughed.
"""


def test_a_given_name_only_the_husband_says_is_his_wife_mrs_x() -> None:
    found = aliases(GIG)
    assert {"Mrs. Pemberton", "Harriet"} <= next(v for v in found.values() if "Harriet" in v)
    assert "Harriet" not in found


def test_a_given_name_the_narration_uses_is_a_woman_of_her_own() -> None:
    text = GIG + "\nHarriet Lowe waved from the mill, and Harriet ran down to the gate.\n"
    found = aliases(text)
    assert "Harriet" not in found.get("Mrs. Pemberton", set())


def test_a_wife_the_text_names_otherwise_is_not_the_given_name() -> None:
    text = GIG.replace("said Mrs. Pemberton,", "said Mrs. Jane Pemberton,")
    found = aliases(text)
    assert not any({"Harriet", "Mrs. Pemberton"} <= v for v in found.values())


def test_who_for_whom_with_a_subject_after_it_gives_a_name() -> None:
    text = (
        "The letter was from Mr Pettigrew, who everybody on the quay calls the Admiral. "
        "The Admiral signed it with a flourish, and Mr Pettigrew sealed it.\n\n"
        "Mr Pettigrew, who then called Hollis over, paid the boy. Hollis ran."
    )
    found = aliases(text)
    # (after "the" the title's mention takes in the article: ``title_descriptions``)
    assert "the Admiral" in found["Mr Pettigrew"]
    assert "Hollis" in found and "Hollis" not in found["Mr Pettigrew"]
