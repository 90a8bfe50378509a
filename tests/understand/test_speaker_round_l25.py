"""Round L25 (docs/history/speakers.md): a line that opens with a word of answer ("Well, ...",
"Oh, ...", "Precisely.") answers someone, so it neither goes on with the speech of the
tagged line before it in a guessed paragraph nor goes to the voice whose tagged line it
answers (``answer_lines``); so does a line whose tag calls it an answer ("Ten," was the
reply.). A short text whose every paragraph opens with a quotation mark reads as guessed
paragraphs (``speaker_quote_contexts.dialogue_paragraphs``). Each on a short text written for
the test."""

from __future__ import annotations

from dialogue_texts import said, with_cast

from ficshelf.model import Span
from ficshelf.understand.answer_lines import opens_reply, tagged_as_reply
from ficshelf.understand.speakers import speaker_candidates


def _opens(line: str) -> bool:
    text = f'Noor looked up. "{line}" said Kit.'
    start = text.index('"') + 1
    return opens_reply(text, Span(start, text.index('"', start)))


def test_words_of_answer_open_a_reply() -> None:
    for line in (
        "Well, I never thought so.",
        "Oh! You frightened me.",
        "Precisely.",
        "Indeed, it was not.",
        "Yes, and the gate too.",
        "Why, it is you!",
        "Very well.",
        "Of course, madam.",
    ):
        assert _opens(line), line


def test_other_openings_are_no_answer() -> None:
    for line in (
        "Wellington is far.",
        "Oh dear me",
        "Why did you come?",
        "Yesterday, yes.",
        "Ohio is cold.",
        "I am well.",
        "Indeedy-do",
        "No more, then.",
    ):
        assert not _opens(line), line


def _guessed(lines: list[tuple[str, str]]) -> str:
    """A text as LitBank's reader lays it out: a paragraph at every sentence that opens
    with a quotation mark, so a speech tag ends its paragraph."""
    return "".join(f'"{line}"{tag}\n\n' for line, tag in lines)


CAST = {"Ann": "Ann Gray", "Ben": "Ben Hale"}


def _rules(text: str) -> list[tuple[str, str]]:
    return [(q.label, q.rule) for q, _ in speaker_candidates(with_cast(text, CAST))]


def test_in_guessed_paragraphs_a_line_after_a_tag_still_goes_on() -> None:
    exchange = [
        ("The barn roof leaks again,", " said Ann."),
        ("It rained all night.", ""),
        ("I saw,", " said Ben."),
        ("The hay is soaked through.", ""),
    ]
    rules = _rules(_guessed(exchange * 6))
    assert rules[1] == ("Ann Gray", "continued")
    assert rules[3] == ("Ben Hale", "continued")


def test_in_guessed_paragraphs_an_answer_after_a_tag_is_another_voice() -> None:
    exchange = [
        ("The barn roof leaks again,", " said Ann."),
        ("Well, it rained all night.", ""),
        ("The hay is soaked through,", " said Ben."),
        ("Oh, then we must dry it.", ""),
    ]
    rules = _rules(_guessed(exchange * 6))
    assert rules[0] == ("Ann Gray", "tag_after")
    assert rules[1][1] != "continued"
    assert rules[3][1] != "continued"


def test_an_answer_is_not_given_to_the_voice_of_the_tagged_line_it_answers() -> None:
    text = (
        "Ann Gray and Ben Hale stood in the wet yard and looked at the barn.\n\n"
        '"The roof has gone at the north end," said Ben.\n\n'
        '"Well, we knew it would."\n\n'
        '"Precisely. And nobody mended it," said Ann.\n'
    )
    found = said(text, CAST)
    assert found[0] == ("The roof has gone at the north end,", "Ben Hale")
    assert found[1] == ("Well, we knew it would.", "Ann Gray")


def test_a_line_with_its_own_tag_keeps_it_though_it_opens_with_an_answer() -> None:
    text = (
        "Ann Gray and Ben Hale stood in the wet yard and looked at the barn.\n\n"
        '"The roof has gone at the north end," said Ben.\n\n'
        '"Well, I told you so," said Ben again, shaking his head.\n'
    )
    assert said(text, CAST)[1] == ("Well, I told you so,", "Ben Hale")


def test_a_tag_that_calls_the_line_an_answer_is_read() -> None:
    text = '"How far to the ford?" asked Kit. "Two miles," was the reply. "Or three."'
    start = text.index("Two")
    assert tagged_as_reply(text, Span(start, start + len("Two miles,")))
    start = text.index("How")
    assert not tagged_as_reply(text, Span(start, start + len("How far to the ford?")))
    text = '"Two miles," was the distance he gave.'
    assert not tagged_as_reply(text, Span(1, 11))
    text = '"Two miles," came her short answer.'
    assert tagged_as_reply(text, Span(1, 11))


def test_a_line_called_an_answer_is_not_the_voice_it_answers() -> None:
    # in guessed paragraphs a line after a tag goes on with its voice, unless its own tag
    # calls it an answer
    text = (
        "The lamp had gone out in the hall, and Ann Gray felt her way to the kitchen. Ben "
        "Hale was at the table with the account book open before him.\n\n"
        '"The barn roof leaks again," said Ben.\n\n'
        '"Since March," was the answer.\n\n'
        '"You never told me," said Ben.\n\n'
        '"Then we must mend it before the hay comes in."\n\n'
        '"Tomorrow," said Ann.\n'
    )
    assert _rules(text)[1][1] != "continued"
    assert said(text, CAST)[1] == ("Since March,", "Ann Gray")


# An exchange of few quotes laid out as LitBank's reader lays it out: a paragraph at every
# sentence that opens with a quotation mark, so narration never stands alone in a
# paragraph; long enough (``_SHORT_TEXT``) that printed prose would have such paragraphs.
_EVENING = (
    " The wind worried at the shutters and the fire settled in the grate, and for a long"
    " while neither of them said anything more, each busy with the sums of the season."
) * 8
SHORT_GUESSED = (
    "The lamp had gone out in the hall, and Ann Gray felt her way to the kitchen. Ben "
    "Hale was at the table with the account book open before him." + _EVENING + "\n\n"
    '"The barn roof leaks again," said Ann.\n\n'
    '"It rained all night."' + _EVENING + "\n\n"
    '"I saw," said Ben, closing the book. He rubbed his eyes.' + _EVENING + "\n\n"
    '"Then we must mend it before the hay comes in."\n\n'
    '"Tomorrow," said Ann.' + _EVENING + "\n"
)


def test_few_quotes_in_guessed_paragraphs_still_read_as_guessed() -> None:
    rules = _rules(SHORT_GUESSED)
    assert rules[1] == ("Ann Gray", "continued")  # the voice goes on after its tag


def test_few_quotes_in_printed_paragraphs_are_taken_at_their_word() -> None:
    printed = SHORT_GUESSED.replace(
        "He rubbed his eyes.", "\n\nHe rubbed his eyes and looked at the window."
    ).replace('"It rained all night."', 'She hung up her coat.\n\n"It rained all night."')
    rules = _rules(printed)
    assert rules[1][1] != "continued"


def test_a_short_scene_of_dialogue_alone_is_taken_at_its_word() -> None:
    # printed dialogue, every paragraph a line: short, so no sign of guessed paragraphs
    rules = _rules(SHORT_GUESSED.replace(_EVENING, ""))
    assert rules[1][1] != "continued"
