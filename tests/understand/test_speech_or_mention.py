"""Tests of telling a quotation that is speech from one that only mentions words."""

from __future__ import annotations

from dialogue_texts import quotes_of

from ficshelf.understand import dialogue
from ficshelf.understand.speech_or_mention import (
    QUOTE_MARKS,
    is_speech,
    reads_as_verse,
    tag_follows,
)


def _judge(text: str) -> bool:
    """Return ``is_speech`` for the first “…” quotation of the one-paragraph ``text``."""
    start = text.index("“") + 1
    return is_speech(text, start, text.index("”", start), 0)


def test_the_marks_hold_every_mark_the_dialogue_stage_opens_or_closes_with() -> None:
    # (one definition, story_marks.QUOTE_MARKS, serves both stages since stop 43; a mark
    # the dialogue stage learns to read must join it, or speech_or_mention reads past it)
    marks = dialogue._OPENING_CHARS + dialogue._CLOSING_CHARS + dialogue._STRAIGHT
    assert set(marks) <= set(QUOTE_MARKS)
    assert QUOTE_MARKS is dialogue.QUOTE_MARKS


def test_a_quotation_opening_its_paragraph_is_speech() -> None:
    assert _judge("“Tea,” Ben said.")


def test_a_term_after_an_article_is_a_mention() -> None:
    assert not _judge("They called it the “long room” then.")
    assert _judge("She asked the “Is it far?” question twice.")


def test_a_speech_verb_introduces_a_quote_with_only_to_whom_or_how_between() -> None:
    text = (
        "Ann let him guess that she “minded” after all.\n\n"
        "The pages had a look suggesting careful “drafts” to me.\n\n"
        "At college she went “punting” and joined a choir.\n\n"
        "Ivo told him “no” and left.\n\n"
        "Ivo told Ann “no” and left.\n\n"
        "Mo said softly “go” to the dog.\n\n"
        "Then she went, “No way.”\n"
    )
    assert quotes_of(text) == ["no", "no", "go", "No way."]


def test_a_lower_case_phrase_inside_narration_is_a_mention() -> None:
    text = (
        "The rain fell on the roofs, “as steady as a clerk at his ledger,” all night.\n\n"
        "He kept the room “only for guests who pay,” as the sign put it plainly.\n\n"
        "“Well,” he said slowly, “we might try the ford.”\n\n"
        "“Phew!” went on Sam, wiping his brow, “that was close enough for me.”\n\n"
        "Bea looked up, “thanks, you too.” Then, with a shrug, “why not?”\n\n"
        "He gave the boy his word that “he would never forget it as long as he lived.”\n"
    )
    assert quotes_of(text) == [
        "Well,",
        "we might try the ford.",
        "Phew!",
        "that was close enough for me.",
        "thanks, you too.",
        "why not?",
        "he would never forget it as long as he lived.",
    ]


def test_a_term_earlier_in_the_sentence_leaves_a_phrase_a_mention() -> None:
    # An earlier quotation opened after a word is a term, not the first half of a line
    # split by its tag: the lower-case phrase after it is still quoted narration.
    text = (
        "She had turned down a “quick tour” of the docks and kept clear of the crowd who "
        "were, unlike herself, “expected,” and so walked on alone.\n\n"
        "“Well,” he said slowly, “we might try the ford.”\n"
    )
    assert quotes_of(text) == ["Well,", "we might try the ford."]


def test_a_phrase_the_people_of_a_place_say_is_speech() -> None:
    text = "We were stuck. But, “slowly, slowly,” as the ferrymen say, we got across.\n"
    assert quotes_of(text) == ["slowly, slowly,"]


def test_a_sentence_opening_with_a_conjunction_is_no_speech_tag() -> None:
    text = (
        "People said that he was in Lyon “studying.” When his rivals spoke of him, they "
        "laughed.\n\n“Fine,” Nell said.\n"
    )
    assert quotes_of(text) == ["Fine,"]


def test_written_words_are_no_speech() -> None:
    text = (
        "On the stone, under the moss, the inscription, “Here Lies a Patient Man,” made us "
        "smile.\n\n"
        "“For Ada, with love from the crew,” was engraved inside the lid.\n\n"
        "She begged him to write to this effect: “I am well and shall be home by May.”\n\n"
        "“I wrote it down,” Ada said.\n\n"
        "HIS REASONS FOR WRITING Tom said, “Never again.”\n"
    )
    assert quotes_of(text) == ["I wrote it down,", "Never again."]


def test_a_saying_is_no_speaker() -> None:
    text = (
        "Nothing suits a man who has, as the saying goes, “walked the hills” so well as rest.\n\n"
        "Then the old man said, “walk on.”\n"
    )
    assert quotes_of(text) == ["walk on."]


def test_writing_in_the_sentence_before_says_nothing_of_the_quotation() -> None:
    text = "Tom wrote for an hour by the lamp. “Done,” he said at last.\n"
    assert quotes_of(text) == ["Done,"]


def test_a_determiner_before_the_verb_makes_no_tag() -> None:
    text = "Her only plan was “wait,” Patience was the answer to everything.\n"
    assert quotes_of(text) == []


def test_verse_run_together_is_no_speech() -> None:
    # an epigraph opening a chapter, and a poem quoted inside narration
    assert not _judge("“Grey waters turn, Beneath the lonely hill; Softly the winds Return.”")
    assert not _judge(
        "He thought of the hills -- “Where the cold rivers, in their pride, Run down the "
        "stony heights Of ancient lands.” Then he slept."
    )
    # sung or recited with a tag, it is what a character says
    assert _judge(
        "“Grey waters turn, Beneath the lonely hill; Softly the winds Return,” she chanted."
    )


def test_a_long_speech_with_a_title_or_two_is_no_verse() -> None:
    assert reads_as_verse("the winds, Softly rising; Again", 0, 31)
    speech = (
        "Well, the old family was made Knights long ago, and one of them was to be Sir "
        "Walter in time, but the land went and the house fell and nobody remembers the "
        "name now, not even the parson."
    )
    assert not reads_as_verse(speech, 0, len(speech))
    assert _judge("“" + speech + "”")
    assert not reads_as_verse("Well, Mother, Harry said no.", 0, 28)


def test_a_name_of_two_capitalised_words_starts_no_verse_line() -> None:
    # "that Harvest Home", "ask it, Uncle Ned": names, not the first words of verse lines
    speech = (
        "We knew what we were doing, that Harvest Home. I said so then. Didn't I say it, Uncle Ned?"
    )
    assert not reads_as_verse(speech, 0, len(speech))
    text = f"“Well, now,” said Meg. “{speech}”\n\n“You did.”"
    assert quotes_of(text) == ["Well, now,", speech, "You did."]


def test_a_word_a_speaker_says_aloud_is_speech() -> None:
    assert _judge("He kept saying the word “home” as if it were far off.")
    assert _judge("She whispered the words “not yet” and turned away.")
    assert not _judge("The word “home” meant little to him.")
    assert not _judge("He wrote the word “home” on the slate.")


def test_a_word_going_on_a_tagged_line_is_speech() -> None:
    text = "“Clever,” the aunts whispered, and “steady.” Then they ate."
    second = text.index("“", 2) + 1
    assert is_speech(text, second, text.index("”", second), 0)
    assert not _judge("Her shoes were “sensible” and the uncles said so.")


def test_words_only_ready_or_supposed_to_be_said_are_no_speech() -> None:
    # a habit of readiness, a supposition: what would be said, not what was
    assert not _judge(
        "Old Pell sat by the gate each night, ready to call out “Who goes?” at a step."
    )
    assert not _judge("It is all very well to say “Be brave,” but the dark is long.")
    assert not _judge("Her uncle was apt to say, “Rain by noon,” and was always wrong.")
    assert not _judge("The sexton, wont to cry “Mind the step!” at every door, kept silent.")
    # a speech that was made: a verb of speaking, no readiness before it
    assert _judge("Old Pell stood up at last and called out, “Who goes there?”")
    assert _judge("She turned to say, “Be brave,” and was gone.")


def test_the_end_of_reported_speech_in_the_speakers_own_words_is_speech() -> None:
    # Each paragraph alone: a tag after a quotation may be read across a paragraph's end.
    assert quotes_of("Nell said the pears were “soft as butter.” We bought a dozen.") == [
        "soft as butter."
    ]
    assert quotes_of("The ferryman told us the river was low -- but “two days, maybe three.”") == [
        "two days, maybe three."
    ]
    for text in (
        "Jo said he was in town “working.” Nobody believed it.",
        "I told her I missed what we called “long suppers.” We were young then.",
        "Tam said the soup was called “green broth,” and ate it.",
        "The rain drummed on the roofs “as steady as a clerk.” Then it stopped.",
    ):
        assert quotes_of(text) == []


def test_a_titles_full_stop_does_not_end_the_sentence_of_a_split_line() -> None:
    # The second half of a line split by its tag starts in lower case; the tag's "Mr." is
    # no sentence end, so the half is not a phrase quoted in narration.
    text = (
        "The river was high that spring.\n\n"
        "“The old mill,” remarks Mr. Dunmore, to nobody at all, “has outlived its owners.”\n"
    )
    assert quotes_of(text) == ["The old mill,", "has outlived its owners."]
    text = "“Sit,” says Dr. Aske, with a nod, “and wait for the kettle.”\n"
    assert quotes_of(text) == ["Sit,", "and wait for the kettle."]


def test_a_speech_tag_follows_within_its_paragraph_only() -> None:
    same = "“Bring the lamp,” Noor said."
    assert tag_follows(same, same.index("”") + 1)
    apart = "The lamps stood in the “long room”\n\nShe said nothing of it at supper."
    assert not tag_follows(apart, apart.index("”") + 1)
    wrapped = "“Bring the lamp,”\nNoor said."
    assert tag_follows(wrapped, wrapped.index("”") + 1)


def test_verse_lines_are_read_within_the_span_only() -> None:
    # Round speed36: a span is read for verse only when it holds two capitals after a space;
    # one outside it (before ``start``) or a capital at its very start counts for nothing.
    text = "the sea; Softly the winds, Again the tide; Under the moon"
    assert reads_as_verse(text, 9, len(text))
    assert not reads_as_verse(text, 9, text.index("; Under"))
    assert not reads_as_verse(text, text.index("Again"), len(text))
