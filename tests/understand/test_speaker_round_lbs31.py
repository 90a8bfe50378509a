"""Round lbs31 (docs/history/speakers.md): where paragraphs were guessed, the line that opens the
paragraph right after a line with its own "he"/"she" tag, with nothing but that tag
between, goes on with the tagged speech (``pronoun_tag_runs``), after the ranker: a count
of turns had taken it for a reply. Not after a question, nor when someone else acts in
the tag's clause, nor in printed paragraphs. Each on a short text written for the test."""

from __future__ import annotations

from dialogue_texts import guessed_paragraphs, said, with_cast

from ficshelf.understand.pronoun_tag_runs import RULE, _goes_on
from ficshelf.understand.speakers import _sieve

CAST = {"Ann": "Ann Gray", "Ben": "Ben Hale"}


def _guessed(lines: list[str]) -> str:
    return guessed_paragraphs(lines, beat=" She was tired.")


_GOES_ON = [
    '"Is the mare shod yet?" asked Ben.',
    '"Not yet," she said quietly.',
    '"The smith has gone to the fair at Thornby and will not be back before Sunday."',
    '"Then we walk to market."',
    '"In this snow?"',
    '"We have walked in worse," said Ann.',
]


def test_the_line_after_a_she_tag_goes_on_in_her_voice() -> None:
    # counted back from Ann's tag at the end, the third line was Ben's
    found = said(_guessed(_GOES_ON), CAST)
    assert [name for _, name in found[:3]] == ["Ben Hale", "Ann Gray", "Ann Gray"]
    assert found[-1][1] == "Ann Gray"


def test_the_rule_reads_only_a_tag_after_the_line() -> None:
    analysis = with_cast(_guessed(_GOES_ON), CAST)
    _, ctx, _ = _sieve(analysis)
    quotes = ctx.quotes
    assert ctx.guessed
    assert _goes_on(ctx, quotes[1], quotes[2])
    assert not _goes_on(ctx, quotes[0], quotes[1])  # a named tag: the sieve's own rule
    assert not _goes_on(ctx, quotes[2], quotes[3])  # no tag between


def test_not_after_a_question_nor_when_another_acts_in_the_tag() -> None:
    text = _guessed(
        [
            '"The mare is lame," said Ben.',
            '"Who shod her last?" she asked.',
            '"The smith at Thornby."',
            '"Then he owes us a shoe," she murmured as he bent over the hoof.',
            '"It is only a stone in it."',
            '"Oh, thank goodness," she said.',
            '"Nothing to fear, then."',
        ]
    )
    analysis = with_cast(text, CAST)
    _, ctx, _ = _sieve(analysis)
    quotes = ctx.quotes
    assert ctx.guessed
    assert not _goes_on(ctx, quotes[1], quotes[2])  # she asked: the next line may answer
    assert not _goes_on(ctx, quotes[3], quotes[4])  # "as he bent": he may speak next
    assert _goes_on(ctx, quotes[5], quotes[6])


def test_an_answer_an_echo_or_a_call_of_the_tagged_speaker_is_another_voice() -> None:
    text = _guessed(
        [
            '"The mare is lame," said Ben.',
            '"I saw it," she said.',
            '"Well, we shall walk."',
            '"We must go early," she said.',
            '"Yes, Ann, at six."',
            '"You would sell the orchard behind my back!" she said.',
            '"Sell the orchard? Who told you that?"',
        ]
    )
    analysis = with_cast(text, CAST)
    _, ctx, _ = _sieve(analysis)
    quotes = ctx.quotes
    assert not _goes_on(ctx, quotes[1], quotes[2])  # opens with a word of answer
    assert not _goes_on(ctx, quotes[3], quotes[4])  # calls her by name
    assert not _goes_on(ctx, quotes[5], quotes[6])  # asks her own words back


def test_printed_paragraphs_are_left_to_the_count() -> None:
    text = (
        "Ann Gray came in from the snow. Ben Hale was at the table. She was tired.\n\n"
        '"Is the mare shod yet?" asked Ben.\n\n'
        '"Not yet," she said quietly.\n\n'
        '"The smith has gone to the fair."\n\n'
        "The fire cracked. Neither of them spoke for a while.\n"
    )
    analysis = with_cast(text, CAST)
    _, ctx, _ = _sieve(analysis)
    assert not ctx.guessed
    found = said(text, CAST)
    assert found[2][1] == "Ben Hale"
    assert RULE == "past_pronoun_tag"
