"""Tests of quotations that hold words nobody says (``unsaid_words``)."""

from __future__ import annotations

from dialogue_texts import quotes_of

from ficshelf.understand.speech_or_mention import is_speech
from ficshelf.understand.unsaid_words import never_said


def _judge(text: str) -> bool:
    """Return ``is_speech`` for the first “…” quotation of the one-paragraph ``text``."""
    start = text.index("“") + 1
    return is_speech(text, start, text.index("”", start), 0)


def test_words_a_counterfactual_introduces_are_no_speech() -> None:
    assert not _judge(
        "The clerk frowned at the ledger. His verdict could have been summed up in a "
        "line: “Nothing here adds up, and nobody will thank me for saying so.” He shut it."
    )
    assert not _judge(
        "Tom eyed the new curate and would have described him, at a pinch, as: "
        "“A decent sort, if a little damp.” Nobody did."
    )
    # a verb of speaking after the counterfactual: the words were said
    assert _judge(
        "It would have been easy to leave, but the ferryman, who said “Stay a while” "
        "to every passenger, took her arm."
    )
    assert _judge(
        "He could not have come in at a worse moment, for she was singing: “Roses in the "
        "rain, roses in the rain,” and did not stop."
    )
    # no counterfactual at all: a plain introduction
    assert _judge("His verdict was summed up in a line: “Nothing here adds up at all.”")


def test_what_a_look_means_is_no_speech() -> None:
    assert (
        quotes_of(
            "The two cousins at the end of the bench turned round, plainly indicating “We are "
            "not with them; we never were.”"
        )
        == []
    )
    assert quotes_of("He shook his head, meaning: “Not now, not here, not in front of them.”") == []
    # the look itself is no verb of speaking, but a speaker after it is
    assert quotes_of("She turned round and said, “We are not with them; we never were.”") == [
        "We are not with them; we never were."
    ]


def test_quoted_words_as_a_clauses_subject_are_no_speech() -> None:
    text = "If “Whose fault was it?” had been his first thought, nobody would blame him."
    start = text.index("“")
    end = text.index("”")
    assert never_said(text, 0, start, end)
    assert quotes_of(text) == []
    # a verb of speaking in the passive after it: the words were said
    text = "When “Fire!” was shouted from the deck, everyone ran."
    assert not never_said(text, 0, text.index("“"), text.index("”"))
    # no conjunction before it: a reply, as tags go ('"No," was the answer')
    text = "“No,” was all the answer she gave."
    assert not never_said(text, 0, text.index("“"), text.index("”"))
