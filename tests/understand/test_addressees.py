"""Pet names used only in address join the one addressed (understand/addressees.py)."""

from __future__ import annotations

from cast_builders import aliases

EXCHANGE = """Jo stood on the step in the snow, and Laurie leaned out of his window.

"Well?" called Laurie. "Is she better?"

"She's better, Teddy," Jo called back. "She's going to get better."

Laurie came crashing through the hedge, and Jo laughed at him.
"""


def test_a_name_used_only_to_call_the_other_speaker_is_their_pet_name() -> None:
    names = aliases(EXCHANGE)
    assert names["Laurie"] == {"Laurie", "Teddy"}
    assert "Teddy" not in names


def test_a_name_the_narration_uses_is_a_character_of_its_own() -> None:
    text = EXCHANGE + "\nTeddy the stable boy slept by the fire, and Teddy snored.\n"
    names = aliases(text)
    assert "Teddy" in names
    assert "Teddy" not in names["Laurie"]


def test_a_call_with_no_named_other_side_stays_apart() -> None:
    text = (
        "Jo stood on the step in the snow.\n\n"
        '"She\'s better, Teddy," Jo called. "She\'s going to get better."\n\n'
        "Nobody answered. Laurie was asleep, and Laurie dreamed."
    )
    names = aliases(text)
    assert "Teddy" not in names.get("Laurie", set())


def test_a_name_of_two_words_is_no_pet_name() -> None:
    text = (
        '"Cheshire Cat," says the Hatter. "Never stays for tea."\n\n'
        '"Never moves down," says Hare. Alice laughed, and Hare laughed.\n'
    )
    names = aliases(text)
    assert "Cheshire Cat" not in names.get("Hare", set())


def test_a_titled_surname_in_a_call_is_the_woman_known_by_her_given_name() -> None:
    text = (
        "Mr. Verity came in late. After dinner Philippa played the harp. She had been shy "
        "of Mr. Verity all evening.\n\n"
        "When the last notes had gone, he opened his eyes.\n\n"
        '"Miss Fairweather," he said, "not one of my daughters can play like that."\n\n'
        "Philippa went pink to the ears.\n"
    )
    names = aliases(text)
    assert "Miss Fairweather" in names["Philippa"]
    assert "Miss Fairweather" not in names


def test_one_who_answers_a_call_by_speaking_of_her_is_not_the_one_called() -> None:
    # Winifred answers for the one called ("telling her"): Miss Quarrington is Margaret.
    text = (
        "Mrs. Osgood swept in and kissed Winifred, and nodded to Margaret, and sat down.\n\n"
        '"I have brought the eggs," she said. "Miss Quarrington, you look like a ghost in '
        'that grey thing. Take it off at once."\n\n'
        '"That is just what I keep telling her," said Winifred.\n\n'
        "Margaret only smiled, and Winifred poured the tea.\n"
    )
    names = aliases(text)
    assert "Miss Quarrington" in names["Margaret"]
    assert "Miss Quarrington" not in names.get("Winifred", set())


def test_a_titled_given_name_in_a_call_is_the_woman_known_by_title_and_surname() -> None:
    text = (
        "Mrs. Thorne sat with her hands folded. Holmes read on.\n\n"
        '"Madam Ilse," said the old man. "You did not tell me you would come."\n\n'
        '"Professor," said Mrs. Thorne, rising.\n'
    )
    names = aliases(text)
    assert "Madam Ilse" in names["Mrs. Thorne"]


def test_a_kinship_title_in_a_call_is_no_other_name() -> None:
    text = (
        "Margery stepped forward, and Mrs. Penrose looked up.\n\n"
        '"Clara is asleep, Aunt Penrose. Is it anything I can do?" All the ladies sighed.\n'
    )
    names = aliases(text)
    assert "Aunt Penrose" not in names.get("Margery", set())


def test_a_kinship_title_with_a_given_name_calls_one_known_by_title_and_surname() -> None:
    text = (
        '"Good morning, Reginald," said Lady Harcastle.\n\n'
        '"Good morning, Aunt Margaret," said Reginald.\n\n'
        '"Sit up straight," said Lady Harcastle.\n'
    )
    names = aliases(text)
    assert {"Lady Harcastle", "Aunt Margaret"} <= names["Lady Harcastle"]
    assert "Aunt Margaret" not in names


def test_a_kinship_title_with_a_surname_stays_a_relative() -> None:
    text = (
        '"Good morning, Reginald," said Lady Harcastle.\n\n'
        '"Good morning, Aunt Shaw," said Reginald.\n\n'
        '"Sit up straight," said Lady Harcastle.\n'
    )
    assert "Aunt Shaw" in aliases(text)


# A scene between two people where the narration, not a speech tag, says who speaks.
BEATS = """Dr. Marsh lay propped on his pillows, and Quill sat down beside the bed.

"You look tired," Marsh said.

"So do you, Bertie."

"I am old." Marsh coughed into his handkerchief. "Old men are tired."

Quill laughed. "Not you, Bertie. Never you."
"""


def test_an_action_beat_names_the_speaker_whose_call_points_to_the_other() -> None:
    names = aliases(BEATS)
    assert "Bertie" in names["Marsh"]
    assert "Bertie" not in names


def test_an_untagged_line_answers_the_named_speaker_before_it() -> None:
    text = (
        "Quill came in out of the rain.\n\n"
        '"You are late," said Marsh.\n\n'
        '"I know it, Bertie. The roads are mud."\n\n'
        "Marsh poured the tea, and Quill drank it.\n"
    )
    assert "Bertie" in aliases(text)["Marsh"]


def test_a_line_tagged_with_an_unnamed_speaker_answers_no_one() -> None:
    text = (
        "Quill came in out of the rain.\n\n"
        '"You are late," said Marsh.\n\n'
        '"Bertie, come and look at this," she cried from the stair.\n\n'
        "Marsh went up, and Quill followed him.\n"
    )
    assert "Bertie" not in aliases(text).get("Marsh", set())


def test_a_name_that_is_the_whole_line_is_a_call() -> None:
    text = (
        "Quill knocked at the study door and waited.\n\n"
        '"Who is it?" said Marsh.\n\n'
        '"Bertie?"\n\n'
        '"Come in, then," said Marsh. Quill went in.\n'
    )
    assert "Bertie" in aliases(text)["Marsh"]


def test_a_name_in_apposition_is_no_call() -> None:
    text = (
        "Quill stood at the window.\n\n"
        '"Is that the carriage?" said Marsh.\n\n'
        '"Bertie, the groom, has brought it round."\n\n'
        "Marsh went down, and Quill followed him.\n"
    )
    assert "Bertie" not in aliases(text).get("Marsh", set())


def test_a_titled_call_reaches_back_to_one_who_entered_three_paragraphs_before() -> None:
    text = (
        "Lady Harcastle came in like a change in the weather.\n\n"
        "She was tall and grand, and her eye went once round the room and missed nothing.\n\n"
        '"Good morning, Reginald. I trust you slept."\n\n'
        '"I slept very well, Aunt Margaret."\n\n'
        "She sat down, and Reginald stood by the window.\n"
    )
    names = aliases(text)
    assert {"Lady Harcastle", "Aunt Margaret"} <= names["Lady Harcastle"]


# The maid tells the story; the baker calls her once in a line placed after the miller's,
# and once in a line nothing places.
MILL_YARD = (
    "I carried the basket down to the mill yard, where the miller and the baker were "
    "arguing about the weight of a sack.\n\n"
    '"Short by a stone," said Crabbe.\n\n'
    '"Hester, hold the gate," said Lumley. "The cart is coming through."\n\n'
    "I held the gate and the cart went through.\n\n"
    '"Not that way, Hester. The other way."\n\n'
    "I went the other way."
)


def test_in_a_first_person_story_a_call_no_tag_places_may_be_to_the_narrator() -> None:
    names = aliases(MILL_YARD, pov="first")
    assert "Hester" not in names.get("Crabbe", set())


def test_read_as_third_person_the_same_calls_make_a_pet_name() -> None:
    # With no narrator to be the silent side, one placed call against one unplaced joins.
    assert "Hester" in aliases(MILL_YARD, pov="third")["Crabbe"]


# A first-person scene: the one the narrator tells in narration is spoken to, not speaking.
TOLD_IN_NARRATION = (
    "I was at the sink when Dora and Frank came in arguing.\n\n"
    '"Tell him, Imogen," Dora said. "Tell him he\'s wrong."\n\n'
    "I told Frank he was wrong. Frank went out."
)


def test_in_a_first_person_story_a_name_told_in_narration_is_no_other_side() -> None:
    names = aliases(TOLD_IN_NARRATION, pov="first")
    assert "Imogen" not in names.get("Frank", set())


def test_read_as_third_person_the_named_teller_is_still_the_other_side() -> None:
    # The gate is the first person's: in a third-person story a name beside a speech verb
    # in the paragraph next to the line is read as a speaker there, as before.
    assert "Imogen" in aliases(TOLD_IN_NARRATION, pov="third")["Frank"]
