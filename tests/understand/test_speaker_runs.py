"""The conversation model for runs of dialogue (``speaker_runs``), on short texts written
for the test."""

from __future__ import annotations

import pytest
from dialogue_texts import said, with_cast

from ficshelf.understand import conversation
from ficshelf.understand.speaker_runs import run_choices
from ficshelf.understand.speakers import speaker_candidates

SUPPER = (
    "Hal and Ivy and Jem sat at the long table while the soup went cold.\n\n"
    '"Pass the salt," said Hal.\n\n'
    '"Get it yourself."\n\n'
    '"Please?"\n\n'
    '"Fine. Here it is."\n\n'
    '"Thank you, Ivy."\n'
)
SUPPER_CAST = {"Hal": "Hal", "Ivy": "Ivy", "Jem": "Jem"}


def test_a_name_the_reply_calls_sets_the_voice_of_the_whole_run() -> None:
    # the last line thanks Ivy: she handed the salt over, and she is the one who refused it
    # two turns before (the greedy walk gave that line to whoever was named last)
    assert [who for _, who in said(SUPPER, SUPPER_CAST)] == ["Hal", "Ivy", "Hal", "Ivy", "Hal"]


def test_without_the_run_model_the_first_reply_is_a_guess(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(conversation, "decide_runs", lambda ctx, turns: None)
    found = speaker_candidates(with_cast(SUPPER, SUPPER_CAST))
    assert found[1][0].label != "Ivy"
    assert found[3][0].label == "Ivy"


def test_a_run_the_walk_already_gets_right_is_left_alone() -> None:
    # a tag, a "she" and plain turn-taking agree: the run changes nothing
    text = (
        "The ferry was late and the dock was empty but for Rosa, Piet and old Gus.\n\n"
        '"Is this the right pier?" Piet asked.\n\n'
        '"It is."\n\n'
        '"Then where is the boat?"\n\n'
        '"Late, as always," she said.\n\n'
        '"We could walk."\n'
    )
    cast = {"Rosa": "Rosa", "Piet": "Piet", "Gus": "Gus"}
    found = speaker_candidates(with_cast(text, cast))
    assert [q.label for q, _ in found] == ["Piet", "Rosa", "Piet", "Rosa", "Piet"]


def test_in_guessed_paragraphs_the_run_is_left_to_the_greedy_walk() -> None:
    text = "".join(f'"Line {k} of the talk," said Ann.\n\n"Reply {k}."\n\n' for k in range(12))
    analysis = with_cast(text, {"Ann": "Ann"})
    from ficshelf.understand.speakers import _sieve

    _, ctx, turns = _sieve(analysis)
    assert ctx.guessed
    assert set(run_choices(ctx, turns)) == {""}
