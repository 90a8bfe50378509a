"""Round lbs31b (docs/history/speakers.md): a "he"/"she" among three people. A beat's pronoun of
the other gender than the last speaker's goes to whom that speaker just called by name;
where paragraphs were guessed, a "he" tag right after a man's line in his exchange with a
woman stays with that man, not with a man who spoke before their exchange
(``conversation._resolve_pronoun``). Each on a short text written for the test."""

from __future__ import annotations

from dialogue_texts import guessed_paragraphs, sieve_choices

from ficshelf.understand.conversation import _other_voice_last

CAST = {"Ann": "Ann Gray", "Ben": "Ben Hale", "Nell": "Nell Ward", "Tom": "Tom Ward"}

_CALLED = """\
Ann came in from the yard with the eggs, and Nell was at the table shelling peas.

"The fox was about again last night," said Nell.

Ben looked up from his boots. "Did you lock the henhouse, Ann?" he asked.

"I did." She set the basket on the dresser.
"""


def test_a_beat_of_the_other_gender_goes_to_whom_the_last_line_called() -> None:
    # "She" after Ben's question to Ann is Ann, not Nell, the other woman who spoke
    assert sieve_choices(_CALLED, CAST)[-1] == ("Ann Gray", "pronoun_called")


def test_a_beat_of_the_last_speakers_own_gender_is_left_to_the_other_steps() -> None:
    text = _CALLED.replace('"I did." She set', '"I did." He set')
    # "He" after Ben's own line is not read as whom Ben called
    assert sieve_choices(text, CAST)[-1][1] != "pronoun_called"


_GUESSED = [
    '"Will the rain hold off?" asked Tom.',
    '"Till noon," said Ben.',
    '"Then I will take the cart to Thornby," said Tom. He went out, and the door banged'
    " behind him.",
    '"Are the hens fed?" asked Ann, hanging her shawl on its peg by the stove.',
    '"Long ago." He turned a page of the account book and frowned at it.',
    '"The cow is milked and turned out as well," he said.',
]


def test_where_paragraphs_were_guessed_the_man_of_the_exchange_goes_on() -> None:
    # the "he" of the last tag is Ben, talking with Ann: not Tom, who spoke before them
    found = sieve_choices(guessed_paragraphs(_GUESSED), CAST)
    assert found[-1] == ("Ben Hale", "pronoun_last_speaker")


def test_in_printed_paragraphs_a_he_tag_still_takes_turns() -> None:
    # a new printed paragraph is a new voice: the rule is only for guessed ones
    text = "Ann Gray and Ben Hale sat by the stove.\n\n" + "\n\n".join(_GUESSED) + "\n"
    assert sieve_choices(text, CAST)[-1][1] != "pronoun_last_speaker"


def test_the_exchange_before_the_last_speaker() -> None:
    gender = {"Ann Gray": "f", "Ben Hale": "m", "Tom Ward": "m"}
    history = [("Tom Ward", []), ("Ann Gray", []), ("Ben Hale", []), ("Ben Hale", [])]
    assert _other_voice_last(history, "Ben Hale", "m", gender)
    assert not _other_voice_last(history[:1] + history[2:], "Ben Hale", "m", gender)
    assert not _other_voice_last(history, "Ben Hale", "", gender)  # an "it"
    assert not _other_voice_last([("Ben Hale", [])], "Ben Hale", "m", gender)
