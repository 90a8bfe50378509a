"""The first-person narrator called by a given name that is also a common word ("Tom",
"Will", "Grace"), which the characters stage keeps no candidate for, or by a name standing
alone as a line ('"Mr. Pemberton."'), in another's line the narrator answers in the next
paragraph (round fp40b, issue 3: ``narrator_common_names``, ``narrator.answered_call``).
Invented scenes; and scenes whose narrator stays unnamed: a dog called, a third person
called into the room who answers, the narrator calling someone else."""

from __future__ import annotations

import pytest
from test_narrator_answered_fp40 import assert_narrator_owns_lines
from test_narrator_shapes_narr32 import narrator_of

# (shape, scene, the narrator's name)
NAMED: list[tuple[str, str, str]] = [
    (
        "common_word_call_end",
        "The kitchen was warm and smelled of bread. My aunt stood at the range "
        "with her back to the door, stirring something in the big pot.\n\n"
        '"Come here, Tom. I want a word with you."\n\n'
        "I said I had only come in for a glass of water. She put down the "
        "spoon and wiped her hands on her apron, and I knew it was no use.",
        "Tom",
    ),
    (
        "common_word_call_open",
        "The hall was cold. Somebody had left the front door open again, and "
        "the rain had come in across the tiles as far as the stairs.\n\n"
        "My uncle came out of the study with a letter in his hand.\n\n"
        '"Will, you fool, what have you done to the gate?"\n\n'
        "I told him the cows had pushed it down in the night. He did not "
        "believe me, but he folded the letter and put it in his pocket.",
        "Will",
    ),
    (
        "common_word_question_alone",
        "The lights in the ward were dimmed for the night, and I sat down on "
        "the chair beside the bed without taking off my coat.\n\n"
        '"Grace?"\n\n'
        '"I\'m here," I said, and took her hand. It was very thin and very cold.',
        "Grace",
    ),
    (
        "whole_line_title_surname",
        "The office was at the top of four flights of stairs, and I was out of "
        "breath when I got there. A clerk sat at a high desk by the window.\n\n"
        '"Mr. Pemberton."\n\n'
        '"Good morning," I said. "I believe I am expected."',
        "Mr. Pemberton",
    ),
    (
        "whole_line_given_question",
        "The station was almost empty. I stood under the clock with my "
        "suitcase and watched the far end of the platform.\n\n"
        "A woman in a grey hat came towards me, slowed, and stopped.\n\n"
        '"Rosalind?"\n\n'
        "I said that I was. She laughed and put out both her hands.",
        "Rosalind",
    ),
    (
        "common_word_dear",
        "My grandmother was sitting up in bed with her spectacles on, reading "
        "the paper. She looked over the top of it when I came in.\n\n"
        '"Sit down, Hope, and stop fidgeting."\n\n'
        "I said I was not fidgeting. She folded the paper and laid it on the "
        "counterpane.",
        "Hope",
    ),
]

# (shape, scene): the narrator is never named.
UNNAMED: list[tuple[str, str]] = [
    (
        "dog_rover_answered",
        "My sister stood at the gate with the lead in her hand. The dog was "
        "rolling in something in the ditch.\n\n"
        '"Come here, Rover."\n\n'
        "I laughed. The dog did not come, and she went down into the ditch "
        "after him.",
    ),
    (
        "third_called_answers",
        "The meeting had already begun when I slipped in at the back. The "
        "chairman looked up from his papers and along the rows.\n\n"
        '"Will, are you there? We need the figures."\n\n'
        '"Here," said Will Harker from the front row, and stood up with a '
        "folder.\n\n"
        "I sat down in the last row and took out my notebook.",
    ),
    (
        "third_called_whole_line",
        "The doctor came out of the side room and looked round the waiting "
        "room.\n\n"
        '"Mr. Pemberton?"\n\n'
        "An old man by the window got up slowly and took his stick. I watched "
        "him go through.",
    ),
    (
        "narrator_calls_other",
        "My little brother was up the apple tree again, higher than he had "
        "ever been.\n\n"
        '"Come down, Tom. Mother will see."\n\n'
        "He laughed at me and did not come down. I went to fetch the ladder.",
    ),
    (
        "narrator_calls_other_then_said",
        "The boy was standing at the edge of the pond with a stick.\n\n"
        '"Grace?"\n\n'
        "I said it again, but there was no answer from the house.",
    ),
    (
        "endearment_love",
        "The kettle was already on when I came down, and he was standing at "
        "the window in his dressing gown, looking at the snow.\n\n"
        '"Morning, Love. Did you sleep?"\n\n'
        "I said I had, which was a lie. He poured the tea and pushed a cup "
        "across to me.",
    ),
    (
        "third_called_answers_in_narration",
        "My mother was at the sink with her sleeves rolled up, and my sister "
        "was drying.\n\n"
        '"Grace, fetch the good cups from the dresser."\n\n'
        "I said nothing. Grace put down the cloth and went to the dresser "
        "without a word.",
    ),
]


@pytest.mark.parametrize(
    ("text", "name"), [(t, n) for _, t, n in NAMED], ids=[s for s, _, _ in NAMED]
)
def test_a_common_word_or_lone_name_the_narrator_answers_names_the_narrator(
    text: str, name: str
) -> None:
    assert narrator_of(text) == name


@pytest.mark.parametrize("text", [t for _, t in UNNAMED], ids=[s for s, _ in UNNAMED])
def test_a_call_not_answered_by_the_narrator_names_no_narrator(text: str) -> None:
    assert narrator_of(text) is None


def test_the_narrator_called_by_a_common_word_owns_the_first_person_lines() -> None:
    text = (
        "Scullery\n\n"
        "The kitchen was warm and smelled of bread. My aunt stood at the range with her back "
        "to the door.\n\n"
        '"Come here, Tom. I want a word with you."\n\n'
        "I said I had only come in for a glass of water.\n\n"
        '"Water," my aunt said. "You will fetch the coal first."\n\n'
        '"Yes, Aunt," I said.\n'
    )
    assert_narrator_owns_lines(text, "Tom", "Yes, Aunt")
