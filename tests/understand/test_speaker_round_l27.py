"""Round L27 (docs/history/speakers.md): where paragraphs were guessed, a run of two voices takes
the likeliest order of the two (``guessed_runs``): a line after a tag and a beat goes on
with that voice about as often as the other answers, so the count of the run follows the
evidence around it (tags, a "he"/"she" of one voice's gender, a name the line calls)
instead of taking every paragraph for a new voice. A question that takes up the words of
the line before asks them back: another voice (``answer_lines.echoes``). Each on a short
text written for the test."""

from __future__ import annotations

from dialogue_texts import guessed_paragraphs, said, with_cast

from ficshelf.model import Span
from ficshelf.understand.answer_lines import echoes
from ficshelf.understand.guessed_runs import goes_on
from ficshelf.understand.speakers import _sieve, speaker_candidates

CAST = {"Ann": "Ann Gray", "Ben": "Ben Hale"}


def _lines(text: str) -> list[tuple[str, str]]:
    return said(text, CAST)


def test_the_voice_goes_on_after_its_tag_and_a_beat_and_the_run_counts_from_there() -> None:
    text = guessed_paragraphs(
        [
            '"Sit down," said Ben, pulling a chair nearer the fire for her.',
            '"You look frozen through."',
            '"I walked all the way from the mill."',
            '"In this snow?"',
            '"The cart horse was lame."',
            '"Lame, Ann? Then we shall want the smith before market."',
            '"Tomorrow, then."',
        ]
    )
    found = _lines(text)
    assert found[0] == ("Sit down,", "Ben Hale")
    assert [name for _, name in found[1:]] == [
        "Ben Hale",
        "Ann Gray",
        "Ben Hale",
        "Ann Gray",
        "Ben Hale",
        "Ann Gray",
    ]


def test_an_answer_after_a_tag_and_a_beat_is_the_other_voice() -> None:
    text = guessed_paragraphs(
        [
            '"The roof has gone at the north end," said Ben, looking up at the rafters.',
            '"Well, we knew it would."',
            '"Nobody mended it."',
            '"There was no money for slates, Ben."',
            '"There is none now."',
        ]
    )
    found = _lines(text)
    assert [name for _, name in found] == [
        "Ben Hale",
        "Ann Gray",
        "Ben Hale",
        "Ann Gray",
        "Ben Hale",
    ]


def test_a_question_that_asks_back_the_words_before_is_another_voice() -> None:
    text = 'x "I will not sell the grey mare." "Not sell the grey mare? Why ever not?"'
    first = text.index('"') + 1
    end = text.index('"', first)
    second = text.index('"', end + 1) + 1
    prev, line = Span(first, end), Span(second, text.index('"', second))
    assert echoes(text, prev, line)
    # a question of its own words, or an echo of small words only, asks nothing back
    text = 'x "I will go to the fair." "Will you come with me?"'
    first = text.index('"') + 1
    end = text.index('"', first)
    second = text.index('"', end + 1) + 1
    assert not echoes(text, Span(first, end), Span(second, text.index('"', second)))
    text = 'x "The mare is lame." "And the cart?"'
    first = text.index('"') + 1
    end = text.index('"', first)
    second = text.index('"', end + 1) + 1
    assert not echoes(text, Span(first, end), Span(second, text.index('"', second)))


def test_how_likely_the_voice_goes_on_reads_what_stands_between() -> None:
    text = guessed_paragraphs(
        [
            '"Sit down," said Ben.',
            '"You look frozen."',
            '"Is it snowing?" asked Ben.',
            '"Hard."',
            '"Hard," said Ann, stamping her boots on the mat by the door.',
            '"The lane is drifted."',
            '"Well, it will thaw."',
        ]
    )
    analysis = with_cast(text, CAST)
    _, ctx, _ = _sieve(analysis)
    quotes = ctx.quotes
    assert ctx.guessed
    tag_only = goes_on(ctx, quotes[0], quotes[1])
    nothing = goes_on(ctx, quotes[1], quotes[2])
    asked = goes_on(ctx, quotes[2], quotes[3])
    beat = goes_on(ctx, quotes[4], quotes[5])
    answer = goes_on(ctx, quotes[5], quotes[6])
    assert nothing < answer + 0.01 < asked < beat < tag_only
    assert tag_only > 0.5 and nothing < 0.1


def test_a_named_tag_and_a_third_voice_stay_as_they_are() -> None:
    cast = {**CAST, "Cora": "Cora Lind"}
    text = guessed_paragraphs(
        [
            '"Sit down," said Ben, pulling a chair nearer the fire for her.',
            '"You look frozen through."',
            '"I walked from the mill," said Ann.',
            '"Supper is on the table," said Cora from the door.',
            '"I am coming."',
            '"So am I," said Ben.',
        ]
    )
    found = said(text, cast)
    assert found[0][1] == "Ben Hale"
    assert found[2][1] == "Ann Gray"
    assert found[3][1] == "Cora Lind"
    assert found[5][1] == "Ben Hale"


def test_printed_paragraphs_keep_their_count() -> None:
    # printed dialogue: narration stands in paragraphs of its own, a new paragraph is a
    # new voice, and the run is counted as before
    text = (
        "Ann Gray came in from the snow. Ben Hale was at the table.\n\n"
        '"Sit down," said Ben, pulling a chair nearer the fire for her.\n\n'
        '"I walked all the way from the mill."\n\n'
        '"In this snow?"\n\n'
        '"The cart horse was lame."\n\n'
        "The fire cracked. Neither of them spoke for a while.\n"
    )
    rules = [q.rule for q, _ in speaker_candidates(with_cast(text, CAST))]
    assert "guessed_run" not in rules
    assert [name for _, name in said(text, CAST)] == [
        "Ben Hale",
        "Ann Gray",
        "Ben Hale",
        "Ann Gray",
    ]
