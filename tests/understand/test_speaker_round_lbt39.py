"""Round lbt39 (docs/history/speakers.md): every abbreviated title of ``name_tables`` ("Capt.",
"Col.", "Rev." ...) ends no sentence for the speakers stage's sentence stops alike (the
split line's tag, a call's tag, a reply's first sentence). Each on a short text written for
the test."""

from __future__ import annotations

from dialogue_texts import guessed_paragraphs, with_cast

from ficshelf.model import Span
from ficshelf.understand.call_goes_on import caller_goes_on
from ficshelf.understand.conversation_backwards import SENTENCE_STOP
from ficshelf.understand.speaker_split import continues_split_line
from ficshelf.understand.speakers import _sieve


def test_a_tag_naming_a_captain_splits_one_line() -> None:
    text = '"Put the lamp down," said Capt. Vane, "on the bench."'
    first = Span(1, text.index(",") + 1)
    second = Span(text.index("on the"), len(text) - 1)
    assert continues_split_line(text, first, second)
    # a sentence that ends inside the narration still splits nothing
    ended = '"Put the lamp down," said Capt. Vane. He waited, "on the bench."'
    assert not continues_split_line(ended, first, Span(ended.index("on the"), len(ended) - 1))


def test_the_caller_goes_on_past_a_tag_naming_a_colonel() -> None:
    text = guessed_paragraphs(
        [
            '"Is the mare shod yet?" asked Ben.',
            '"Sit by the fire, Ben," said Col. Ward.',
            '"The soup will be hot in a minute."',
        ]
    )
    analysis = with_cast(text, {"Ben": "Ben Hale", "Col. Ward": "Col. Ward"})
    _, ctx, _ = _sieve(analysis)
    assert ctx.guessed
    assert caller_goes_on(ctx, ctx.quotes[1], ctx.quotes[2])


def test_every_title_shares_one_list() -> None:
    for title in ("Mr", "Rev", "Prof", "Lt"):
        text = f"ask {title}. Gray about it. Then"
        stop = SENTENCE_STOP.search(text)
        assert stop is not None and text[: stop.end()].endswith("about it.")
