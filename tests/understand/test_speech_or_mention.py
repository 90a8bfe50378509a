"""Tests of telling a quotation that is speech from one that only mentions words."""

from __future__ import annotations

from ficshelf.understand import dialogue
from ficshelf.understand.speech_or_mention import QUOTE_MARKS, is_speech


def _judge(text: str) -> bool:
    """Return ``is_speech`` for the first “…” quotation of the one-paragraph ``text``."""
    start = text.index("“") + 1
    return is_speech(text, start, text.index("”", start), 0)


def test_the_marks_are_the_dialogue_stages_marks() -> None:
    assert QUOTE_MARKS == dialogue.QUOTE_MARKS


def test_a_quotation_opening_its_paragraph_is_speech() -> None:
    assert _judge("“Tea,” Ben said.")


def test_a_term_after_an_article_is_a_mention() -> None:
    assert not _judge("They called it the “long room” then.")
    assert _judge("She asked the “Is it far?” question twice.")
