"""Round spk38c (docs/history/speakers.md): where paragraphs were guessed, a line that calls
someone, asks nothing and is not broken off, followed right after its short tag by the next
line, goes on in the caller's voice (``call_goes_on``): the one called does not take it.
A call that asks, or a name that opens its line, still hands the next line over. Each on a
short text written for the test."""

from __future__ import annotations

from dialogue_texts import guessed_paragraphs, said, with_cast

from ficshelf.understand.call_goes_on import caller_goes_on
from ficshelf.understand.speakers import _sieve

CAST = {"Ann": "Ann Gray", "Ben": "Ben Hale"}

_CALLS = [
    '"Is the mare shod yet?" asked Ben.',
    '"Not yet," said Ann.',
    '"Why not?" asked Ben.',
    '"Sit by the fire, Ben," she said, and took the lid off the pot.',
    '"The soup will be hot in a minute."',
    '"I am not hungry."',
    '"You will eat it all the same."',
]


def test_the_caller_goes_on_past_the_tag_of_a_call() -> None:
    found = said(guessed_paragraphs(_CALLS), CAST)
    assert [name for _, name in found[3:7]] == ["Ann Gray", "Ann Gray", "Ben Hale", "Ann Gray"]


def test_a_call_that_asks_or_a_name_said_of_oneself_hands_the_line_over() -> None:
    text = guessed_paragraphs(
        [
            '"The mare is lame," said Ben.',
            '"Will you look at her hoof, Ben?" asked Ann, at the door.',
            '"In the morning."',
            '"Ann Gray -- that is who I am," said Ann, laughing.',
            '"And who are you?"',
            '"Come here, Ben," said Ann.',
            '"Yes, I am coming."',
        ]
    )
    analysis = with_cast(text, CAST)
    _, ctx, _ = _sieve(analysis)
    quotes = ctx.quotes
    assert ctx.guessed
    assert not caller_goes_on(ctx, quotes[1], quotes[2])  # a question: the one called answers
    assert not caller_goes_on(ctx, quotes[3], quotes[4])  # a name that opens its line
    assert not caller_goes_on(ctx, quotes[5], quotes[6])  # the next line opens as an answer
