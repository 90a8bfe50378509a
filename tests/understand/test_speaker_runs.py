"""The conversation model for runs of dialogue (``speaker_runs``), on short texts written
for the test. The model is not wired into the stage (round S17): the tests run it over the
sieve's turns themselves."""

from __future__ import annotations

from dialogue_texts import with_cast

from ficshelf.understand.speaker_context import QuoteState
from ficshelf.understand.speaker_runs import decide_runs, run_choices
from ficshelf.understand.speakers import _sieve

SUPPER = (
    "Hal and Ivy and Jem sat at the long table while the soup went cold.\n\n"
    '"Pass the salt," said Hal.\n\n'
    '"Get it yourself."\n\n'
    '"Please?"\n\n'
    '"Fine. Here it is."\n\n'
    '"Thank you, Ivy."\n'
)
SUPPER_CAST = {"Hal": "Hal", "Ivy": "Ivy", "Jem": "Jem"}


def _labels(text: str, cast: dict[str, str], runs: bool) -> list[tuple[str, str]]:
    """(speaker, rule) of each quote after the sieve, with or without the run model."""
    _, ctx, turns = _sieve(with_cast(text, cast))
    if runs:
        decide_runs(ctx, turns)
    quotes: list[QuoteState] = ctx.quotes
    return [(q.label, q.rule) for q in quotes]


def test_a_name_the_reply_calls_sets_the_voice_of_the_whole_run() -> None:
    # the last line thanks Ivy: she handed the salt over, and she is the one who refused it
    # two turns before (the greedy walk gave that line to whoever was named last)
    greedy = _labels(SUPPER, SUPPER_CAST, runs=False)
    assert greedy[1][0] != "Ivy"
    assert greedy[3] == ("Ivy", "answered")
    joint = _labels(SUPPER, SUPPER_CAST, runs=True)
    assert [who for who, _ in joint] == ["Hal", "Ivy", "Hal", "Ivy", "Hal"]
    assert joint[1][1] == "run"


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
    joint = _labels(text, cast, runs=True)
    assert joint == _labels(text, cast, runs=False)
    assert [who for who, _ in joint] == ["Piet", "Rosa", "Piet", "Rosa", "Piet"]


def test_a_dash_opens_a_new_voice_in_the_run() -> None:
    # two turns of one paragraph, a dash between them: two voices, not one going on
    text = (
        "— Come in, said Oona.\n\n— Is it late? Tobin asked.\n\n"
        "— Not yet. Sit down.\n\n"
        "— Thank you, Oona, Tobin said. — Tea? — Please.\n"
    )
    cast = {"Oona": "Oona", "Tobin": "Tobin"}
    joint = _labels(text, cast, runs=True)
    assert [who for who, _ in joint][3:] == ["Tobin", "Oona", "Tobin"]


def test_in_guessed_paragraphs_the_run_is_left_to_the_greedy_walk() -> None:
    text = "".join(f'"Line {k} of the talk," said Ann.\n\n"Reply {k}."\n\n' for k in range(12))
    _, ctx, turns = _sieve(with_cast(text, {"Ann": "Ann"}))
    assert ctx.guessed
    assert set(run_choices(ctx, turns)) == {""}
