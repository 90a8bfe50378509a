"""Round S33 (docs/history/speakers.md): in a two-voice run, one guessed cue against the parity all
the other evidence agrees on is outvoted (``run_parity``). On turns written for the test."""

from __future__ import annotations

from collections.abc import Sequence

from ficshelf.model import Span
from ficshelf.understand.run_parity import guessed_cue, realign_runs
from ficshelf.understand.speaker_context import QuoteState


def _turn(para: int, label: str, rule: str, addressed: Sequence[str] = ()) -> list[QuoteState]:
    quote = QuoteState(Span(para * 100, para * 100 + 10), para, para, label=label, rule=rule)
    quote.addressed = list(addressed)
    return [quote]


def _run(*turns: list[QuoteState]) -> list[str]:
    realign_runs(list(turns), {id(turn[0]): turn[0].label for turn in turns})
    return [turn[0].label for turn in turns]


def _watched(first: str, first_rule: str) -> list[str]:
    # The opening line's speaker is a guess (the narration's last subject, who only
    # watched); the count runs on from it, one turn out of phase. Later in the run a tag
    # gives Wren a line, a line calls Wren by name (so is Jory's), and the next line
    # answers by name: three pieces of evidence against the opening guess.
    return _run(
        _turn(1, first, first_rule),
        _turn(2, "Wren", "partner"),
        _turn(3, "Jory", "alternation"),
        _turn(4, "Wren", "alternation"),
        _turn(5, "Jory", "alternation"),
        _turn(6, "Wren", "alternation"),
        _turn(7, "Wren", "answered"),
        _turn(8, "", "", addressed=["Wren"]),
        _turn(9, "Wren", "tag_after"),
    )


def test_one_guess_against_three_pieces_of_evidence_is_outvoted() -> None:
    found = _watched("Jory", "closing_subject")
    # the counted turns take the parity of the tag, the call and the answer; the guessed
    # opening turn keeps its own speaker
    assert found == ["Jory", "Jory", "Wren", "Jory", "Wren", "Jory", "Wren", "Jory", "Wren"]


def test_a_firm_cue_against_the_others_leaves_the_run() -> None:
    # the same run opened by a named tag: the evidence disagrees, nothing moves
    found = _watched("Jory", "tag_after")
    assert found == ["Jory", "Wren", "Jory", "Wren", "Jory", "Wren", "Wren", "", "Wren"]


def test_two_guesses_against_leave_the_run() -> None:
    found = _run(
        _turn(1, "Jory", "closing_subject"),
        _turn(2, "Wren", "partner"),
        _turn(3, "Jory", "pronoun_narrated"),
        _turn(4, "Wren", "alternation"),
        _turn(5, "Jory", "alternation"),
        _turn(6, "Wren", "alternation"),
        _turn(7, "Wren", "answered"),
        _turn(8, "", "", addressed=["Wren"]),
        _turn(9, "Wren", "tag_after"),
    )
    assert found == ["Jory", "Wren", "Jory", "Wren", "Jory", "Wren", "Wren", "", "Wren"]


def test_which_cues_are_guesses() -> None:
    def state(rule: str) -> QuoteState:
        return QuoteState(Span(0, 1), 0, 0, label="Wren", rule=rule)

    assert guessed_cue(state("narration_subject"))
    assert guessed_cue(state("pronoun_recent"))
    assert not guessed_cue(state("tag_after"))
    assert not guessed_cue(state("answered"))
