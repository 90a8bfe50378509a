"""Round lbt34 (docs/history/speakers.md): a line that takes in news the other has just told ("I am
sorry to hear that", "Glad to hear it") answers someone, as a word of answer does
(``answer_lines.opens_reply``): in guessed paragraphs it does not go on with the tagged line
before it. Each on a short text written for the test."""

from __future__ import annotations

from dialogue_texts import with_cast

from ficshelf.model import Span
from ficshelf.understand.answer_lines import opens_reply
from ficshelf.understand.speakers import speaker_candidates


def _opens(line: str) -> bool:
    text = f'Noor looked up. "{line}" said Kit.'
    start = text.index('"') + 1
    return opens_reply(text, Span(start, text.index('"', start)))


def test_taking_in_news_opens_a_reply() -> None:
    for line in (
        "I am sorry to hear that; the mill was his whole life.",
        "I'm so very glad to hear it, truly.",
        "Glad to hear it.",
        "Pleased to hear you say so.",
        "I am most relieved to hear that the roads are open.",
    ):
        assert _opens(line), line
    # other feelings, and hearing something else, are no reply
    for line in (
        "I am sorry to say the mill is shut.",
        "I'm glad you came.",
        "Sorry, what was that?",
        "I am here to hear the band.",
    ):
        assert not _opens(line), line


CAST = {"Ann": "Ann Gray", "Ben": "Ben Hale"}


def test_in_guessed_paragraphs_news_taken_in_after_a_tag_is_another_voice() -> None:
    exchange = [
        ("The old mill burned down on Sunday night,", " said Ann."),
        ("I am sorry to hear that. Was anyone hurt?", ""),
        ("The barn roof leaks again,", " said Ben."),
        ("It rained all night.", ""),
    ]
    text = "".join(f'"{line}"{tag}\n\n' for line, tag in exchange * 6)
    rules = [(q.label, q.rule) for q, _ in speaker_candidates(with_cast(text, CAST))]
    assert rules[0] == ("Ann Gray", "tag_after")
    assert rules[1][1] != "continued"
    # a line that takes in no news still goes on with the tag before it
    assert rules[3] == ("Ben Hale", "continued")
