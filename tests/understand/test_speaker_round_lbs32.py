"""Round lbs32 (docs/history/speakers.md): a reply's first sentence is not cut at an abbreviated
title ("you must know, Mrs. Gray says ..."), and a tag naming the speaker as someone's
spouse ("cried his wife") gives the line to the named spouse when the characters stage
kept the description as a character of its own. Each on a short text written for the
test."""

from __future__ import annotations

from dialogue_texts import sieve_choices, tag_after_name

from ficshelf.understand.conversation_backwards import SENTENCE_STOP

_TOLD = """\
Tom Ward came home late from the market, and Ann was at the window.

"Have you heard the news from the mill?" asked Ann.

"No."

"Why, my dear, you must know, Mrs. Gray says the mill is to close at Easter."
"""


def test_a_sentence_stop_is_not_the_period_of_a_title() -> None:
    text = "you must know, Mrs. Gray says so. Then"
    stop = SENTENCE_STOP.search(text)
    assert stop is not None and text[: stop.end()].endswith("says so.")


def test_a_name_after_a_title_in_a_reply_is_not_called() -> None:
    cast = {"Tom Ward": "Tom Ward", "Tom": "Tom Ward", "Ann": "Ann Ward", "Mrs. Gray": "Mrs. Gray"}
    # "Mrs. Gray says": the subject of the reply's clause, not whom "No." answered
    found = sieve_choices(_TOLD, cast)
    assert found[1][0] != "Mrs. Gray"


_SPOUSE = """\
Mr. Ward sat reading his paper by the fire, and Nell was sewing in the corner.

"The new doctor has come to Thornby at last," said Mrs. Ward.

Mr. Ward turned a page and said nothing.

"Will you not even ask me his name?" cried his wife.

"You mean to tell me, and I shall not stop you."

"His name is Hale, and he has taken the house on the green."

"Is he married?"
"""

_SPOUSE_CAST = {
    "Mr. Ward": "Mr. Ward",
    "Mrs. Ward": "Mrs. Ward",
    "his wife": "his wife",
    "Nell": "Nell",
}


def test_a_spouse_tag_names_the_spouse_the_cast_holds() -> None:
    found = [name for name, _ in sieve_choices(_SPOUSE, _SPOUSE_CAST)]
    # "his wife" is Mrs. Ward: one voice, so the untagged lines after take turns right
    assert found[1] == "Mrs. Ward"
    assert found[2:] == ["Mr. Ward", "Mrs. Ward", "Mr. Ward"]


def test_a_spouse_tag_with_no_named_spouse_keeps_its_description() -> None:
    cast = {k: v for k, v in _SPOUSE_CAST.items() if k != "Mrs. Ward"}
    text = _SPOUSE.replace("said Mrs. Ward", "said Nell")
    assert sieve_choices(text, cast)[1][0] == "his wife"


_VOICE = {"Ann": "Ann Hale", "Mrs. Pike": "Mrs. Pike", "Nell": "Nell"}


def test_a_voice_whose_owner_the_tag_names_is_that_owners() -> None:
    narration = "replied another voice, which Ann knew to be that of Mrs. Pike, from the hall."
    assert tag_after_name(narration, _VOICE) == "Mrs. Pike"


def test_a_voice_with_no_owner_named_is_no_one() -> None:
    narration = "replied another voice, which Ann had never heard before."
    assert tag_after_name(narration, _VOICE) in (None, "")


_CHORUS = """\
Ann Hale came in from the yard with the milk pail, and the children were at the table.

"Is the kettle on, Ann?" asked Tom.

Ann set the pail down. "It is boiling. Shall I make the tea?" All the children said "Yes!" at once.
"""

_CHORUS_CAST = {
    "Ann Hale": "Ann Hale",
    "Ann": "Ann Hale",
    "Tom": "Tom",
    "the children": "the children",
}


def test_a_tag_running_into_the_next_quote_is_that_quotes() -> None:
    found = sieve_choices(_CHORUS, _CHORUS_CAST)
    # "All the children said" introduces "Yes!", not the tag of Ann's question before it
    assert found[1][0] == "Ann Hale"
    assert found[2] == ("the children", "tag_before")


def test_a_tag_in_the_quotes_own_sentence_is_still_its_tag() -> None:
    # lower case after the quote: the tag goes on with the quote's sentence
    text = _CHORUS.replace('make the tea?" All the children said', 'make the tea," said Ann and')
    assert sieve_choices(text, _CHORUS_CAST)[1] == ("Ann Hale", "tag_after")


_HEARD_IN = """\
Ann Hale sat by her father's chair, and Tom stood at the window.

"You will soon be well again, father," said Ann.

"And I hope so too, sir." There was a note of impatience in the voice of Tom as he turned.
"""

_HEARD_CAST = {"Ann Hale": "Ann Hale", "Ann": "Ann Hale", "Tom": "Tom"}


def test_a_line_heard_in_someones_voice_is_theirs() -> None:
    assert sieve_choices(_HEARD_IN, _HEARD_CAST)[1] == ("Tom", "tag_after")


def test_a_voice_someone_hears_after_a_line_is_not_that_lines() -> None:
    text = _HEARD_IN.replace(
        "There was a note of impatience in the voice of Tom as he turned.",
        "Ann heard Tom's voice from the hall.",
    )
    assert sieve_choices(text, _HEARD_CAST)[1] != ("Tom", "tag_after")
