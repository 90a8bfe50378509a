"""Round lbt37 (docs/history/speakers.md): a line a description's tag gives its speaker
("said her sister") is followed by the quote that goes on past the tag's full stop in the
same paragraph ('"…," said her sister. "I knew …"'), as the second half of a split line is
(``described_tags.goes_on_after_tag``); a turn that calls its listener "sir" is not the
asking man's own line going on (``title_call_turns``); a line someone "heard" another say
is not the hearer's (``heard_tags``); a clause ending on a colon before a line, with a
"he"/"she" subject, tags it (``colon_beats``). Each on a short text or exchange
written for the test."""

from __future__ import annotations

import pytest
from dialogue_texts import speakers_by_line, with_cast

from ficshelf.model import Span
from ficshelf.understand.colon_beats import colon_beat
from ficshelf.understand.described_tags import goes_on_after_tag
from ficshelf.understand.heard_tags import heard_speakers
from ficshelf.understand.speaker_context import QuoteState
from ficshelf.understand.speakers import _sieve
from ficshelf.understand.title_call_turns import answer_title_calls

_GOES_ON = (
    "Marian Holt sat by the fire with her brother Walter. Walter Holt was reading.\n\n"
    '"The frost came early this year," said Marian.\n\n'
    '"It always does, in this valley," Walter said.\n\n'
    "Marian stood up and went to the window. The lane was white.\n\n"
    '"You should not have walked to the market in this cold, Marian," said her sister. '
    '"You will be ill by Sunday."\n\n'
    "Marian only laughed and drew the curtain.\n"
)


def test_a_described_voice_goes_on_past_its_tags_full_stop() -> None:
    said, characters = speakers_by_line(_GOES_ON)
    assert said["You should not have walked to the market in this cold, Marian,"] == "her sister"
    assert said["You will be ill by Sunday."] == "her sister"
    assert "her sister" not in characters


def _spans(text: str, subject: str) -> tuple[Span, tuple[int, int], Span]:
    first = text.index('"') + 1
    line = Span(first, text.index('"', first))
    at = text.index(subject)
    nxt_open = text.index('"', at) + 1
    return line, (at, at + len(subject)), Span(nxt_open, text.index('"', nxt_open))


def test_going_on_wants_the_tag_to_end_on_its_subject() -> None:
    text = '"Come in," said her aunt. "The kettle is on."'
    assert goes_on_after_tag(text, *_spans(text, "her aunt"), guessed=False)
    # more narration after the subject, another paragraph, a question where paragraphs
    # were guessed: the next line may be another voice's
    text = '"Come in," said her aunt, and went to the stove. "The kettle is on."'
    assert not goes_on_after_tag(text, *_spans(text, "her aunt"), guessed=False)
    text = '"Come in," said her aunt.\n\n"The kettle is on."'
    assert not goes_on_after_tag(text, *_spans(text, "her aunt"), guessed=False)
    assert goes_on_after_tag(text, *_spans(text, "her aunt"), guessed=True)
    text = '"Are you cold?" said her aunt.\n\n"The kettle is on."'
    assert not goes_on_after_tag(text, *_spans(text, "her aunt"), guessed=True)


def _turn(label: str, rule: str, para: int, called: str = "") -> list[QuoteState]:
    quote = QuoteState(Span(para * 10, para * 10 + 5), para, para, label=label, rule=rule)
    quote.called = called
    return [quote]


_GENDER = {"the doctor": "m", "the maid": "f", "Mr. Lyle": "m"}


def test_a_turn_calling_sir_is_not_the_asking_mans_line_going_on() -> None:
    # "I'll see you out, sir," said the maid. / "Is the carriage here?" / "Yes, sir."
    turns = [
        _turn("the maid", "tag_after", 0, called="m"),
        _turn("the doctor", "anchor_odd", 1),
        _turn("the doctor", "anchor_even", 2, called="m"),
    ]
    answer_title_calls(turns, _GENDER)
    assert turns[2][0].label == "the maid"
    assert turns[2][0].rule == "title_call"


@pytest.mark.parametrize(
    "turns",
    [
        # the doctor's own tag keeps the line
        [
            ("the maid", "tag_after", 0),
            ("the doctor", "anchor_odd", 1),
            ("the doctor", "tag_after", 2),
        ],
        # two men: "Yes, sir." tells nothing of which of them said it
        [
            ("Mr. Lyle", "tag_after", 0),
            ("the doctor", "anchor_odd", 1),
            ("the doctor", "anchor_even", 2),
        ],
        # a paragraph of narration between: no longer one exchange
        [
            ("the maid", "tag_after", 0),
            ("the doctor", "anchor_odd", 1),
            ("the doctor", "anchor_even", 3),
        ],
    ],
)
def test_a_title_call_moves_no_tag_and_needs_a_voice_of_the_other_gender(
    turns: list[tuple[str, str, int]],
) -> None:
    built = [_turn(*turn) for turn in turns[:2]] + [_turn(*turns[2], called="m")]
    answer_title_calls(built, _GENDER)
    assert built[2][0].label == "the doctor"


def test_a_newcomer_heard_saying_a_line_is_its_speaker() -> None:
    text = (
        "Anna Bell opened the window of the schoolroom and sent the children out.\n\n"
        '"She is chasing us out," I heard one small boy grumbling as he went.\n\n'
        "Anna laughed.\n"
    )
    said, characters = speakers_by_line(text)
    assert said["She is chasing us out,"] == "one small boy"
    assert "one small boy" not in characters


def test_a_line_heard_goes_back_from_the_hearer_to_the_sieves_choice() -> None:
    text = (
        "Mary Lennox hid on the stairs. Ann Lennox stood in the hall below.\n\n"
        '"Is it very bad?" Mary heard her say.\n\n'
        "Nobody answered.\n"
    )
    analysis = with_cast(
        text, {"Mary Lennox": "Mary Lennox", "Mary": "Mary Lennox", "Ann Lennox": "Ann Lennox"}
    )
    _, ctx, _ = _sieve(analysis)
    (quote,) = ctx.quotes
    quote.label = "Mary Lennox"  # the ranker's choice: the one name of the tag's sentence
    assert heard_speakers(ctx, ["Ann Lennox"]) == {0: "Ann Lennox"}
    # a sieve that chose the hearer too: nothing to go back to
    assert heard_speakers(ctx, ["Mary Lennox"]) == {}


_COLON = (
    "Tom Reed sat by the fire, and I sat across from him.\n\n"
    '"Well then," I said, "just begin." He turned round to the fire and poked a log, '
    'watched it a while. Then as he faced us again: "I cannot begin. I must send for it."\n\n'
    "I laughed.\n"
)


def test_a_he_clause_ending_on_a_colon_tags_the_line_after_it() -> None:
    said, _ = speakers_by_line(_COLON)
    assert said["just begin."] == "Narrator"
    assert said["I cannot begin. I must send for it."] == "Tom Reed"


def test_a_colon_beat_wants_the_colon_and_a_pronoun_in_the_last_sentence() -> None:
    text = 'He sat down. Then, as she looked up: "'
    tag = colon_beat(text, 0, len(text))
    assert tag is not None and tag.pronoun == "she"
    for text in ('He sat down. The fire was out: "', 'He sat down. Then, as she looked up. "'):
        assert colon_beat(text, 0, len(text)) is None, text
