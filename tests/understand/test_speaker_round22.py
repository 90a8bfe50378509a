"""Round S22 (docs/history/speakers.md): a run of two voices takes the parity its evidence agrees
on (``run_parity``). On short texts and turns written for the test."""

from __future__ import annotations

from collections.abc import Sequence

from dialogue_texts import with_cast

from ficshelf.model import Span
from ficshelf.understand.run_parity import realign_runs
from ficshelf.understand.speaker_context import QuoteState
from ficshelf.understand.speaker_ranker import Ranker
from ficshelf.understand.speaker_vectors import Candidate
from ficshelf.understand.speakers import speaker_candidates, speaker_spans

# Two people in a kitchen. The narration names her first, but he asks first; the line
# that calls her by name near the end is his, and the answer to it is hers.
KITCHEN = (
    "Mara sat at the table over the ledger. Tom came in from the yard and hung his coat "
    "by the door.\n\n"
    '"Is there any tea left?"\n\n'
    '"In the pot."\n\n'
    '"It will be stewed by now."\n\n'
    '"Then make fresh."\n\n'
    '"I am always making fresh."\n\n'
    '"You are always drinking it."\n\n'
    '"Only because you leave it to stew, Mara."\n\n'
    '"I leave it for you."\n'
)
KITCHEN_CAST = {"Mara": "Mara Holt", "Tom": "Tom Holt"}


class _MendsRule(Ranker):
    """Keeps the sieve's choice everywhere but on lines one rule decided, which it gives
    to ``name`` (as the learned ranker does when it reads the narration better)."""

    def __init__(self, name: str, rule: str) -> None:
        super().__init__({})
        self.name = name
        self.rule = rule

    def choose(self, candidates: Sequence[Candidate], sieve: str, rule: str) -> tuple[str, float]:
        if rule == self.rule and any(c.name == self.name for c in candidates):
            return self.name, 0.9
        return sieve, 0.6


def test_the_sieve_counts_the_run_from_the_narrations_first_subject() -> None:
    found = [(s.label, s.rule) for s, _ in speaker_candidates(with_cast(KITCHEN, KITCHEN_CAST))]
    assert found[0] == ("Mara Holt", "narration_subject")
    assert found[2] == ("Mara Holt", "alternation")


def test_the_run_takes_the_parity_its_cues_and_its_call_agree_on() -> None:
    ranker = _MendsRule("Tom Holt", "narration_subject")
    analysis = with_cast(KITCHEN, KITCHEN_CAST)
    found = [s.label for s in speaker_spans(analysis, ranker)]
    assert found == ["Tom Holt", "Mara Holt"] * 4


def _turn(
    para: int, label: str, rule: str, addressed: Sequence[str] = (), sieve: str | None = None
) -> tuple[list[QuoteState], str]:
    quote = QuoteState(Span(para * 100, para * 100 + 10), para, para, label=label, rule=rule)
    quote.addressed = list(addressed)
    return [quote], label if sieve is None else sieve


def _run(*turns: tuple[list[QuoteState], str], guessed: bool = False) -> list[str]:
    states = [turn for turn, _ in turns]
    realign_runs(states, {id(turn[0]): sieve for turn, sieve in turns}, guessed)
    return [turn[0].label for turn in states]


def _out_of_phase(guessed: bool = False) -> list[str]:
    return _run(
        _turn(1, "Ivo", "beat"),
        _turn(2, "Ivo", "partner"),
        _turn(3, "Lena", "alternation"),
        _turn(4, "", "", addressed=["Ivo"]),
        _turn(5, "Lena", "alternation"),
        _turn(6, "Lena", "answered"),
        guessed=guessed,
    )


def test_a_run_out_of_phase_after_its_cue_is_realigned() -> None:
    # the beat (Ivo), the line that calls Ivo (so is Lena's) and the answered line (Lena)
    # agree on Ivo at the even turns; the line no one was given is filled too
    assert _out_of_phase() == ["Ivo", "Lena", "Ivo", "Lena", "Ivo", "Lena"]


def test_not_where_the_paragraphs_look_guessed() -> None:
    assert _out_of_phase(guessed=True) == ["Ivo", "Ivo", "Lena", "", "Lena", "Lena"]


def test_a_voice_going_on_between_two_cues_stays() -> None:
    # two cues of one voice in a row: no single way of alternating agrees with both
    found = _run(
        _turn(1, "Ivo", "beat"),
        _turn(2, "Lena", "alternation"),
        _turn(3, "Lena", "narration_subject"),
        _turn(4, "Ivo", "alternation"),
        _turn(5, "Lena", "beat"),
    )
    assert found == ["Ivo", "Lena", "Lena", "Ivo", "Lena"]


def test_too_little_evidence_leaves_the_count() -> None:
    found = _run(
        _turn(1, "Ivo", "beat"),
        _turn(2, "Ivo", "partner"),
        _turn(3, "Lena", "alternation"),
        _turn(4, "Ivo", "alternation"),
    )
    assert found == ["Ivo", "Ivo", "Lena", "Ivo"]


def test_a_third_voice_the_sieve_gave_stays() -> None:
    # the sieve's own third voice may be one who joined: the run is not two voices
    found = _run(
        _turn(1, "Ivo", "beat"),
        _turn(2, "Ivo", "partner"),
        _turn(3, "Pia", "alternation"),
        _turn(4, "Ivo", "alternation"),
        _turn(5, "Lena", "alternation", addressed=["Ivo"]),
        _turn(6, "Lena", "answered"),
    )
    assert found == ["Ivo", "Ivo", "Pia", "Ivo", "Lena", "Lena"]


def test_a_third_voice_only_the_ranker_guessed_is_realigned() -> None:
    found = _run(
        _turn(1, "Ivo", "beat"),
        _turn(2, "Ivo", "partner"),
        _turn(3, "Pia", "alternation", sieve="Lena"),
        _turn(4, "Ivo", "alternation", addressed=["Ivo"]),
        _turn(5, "Lena", "alternation"),
        _turn(6, "Lena", "answered"),
    )
    assert found == ["Ivo", "Lena", "Ivo", "Lena", "Ivo", "Lena"]


def test_a_call_against_the_parity_leaves_the_run() -> None:
    found = _run(
        _turn(1, "Ivo", "beat"),
        _turn(2, "Ivo", "partner", addressed=["Lena"]),
        _turn(3, "Lena", "alternation"),
        _turn(4, "Ivo", "beat"),
        _turn(5, "Lena", "tag_after"),
    )
    # the call of Lena in turn 2 votes against the even parity's Lena there: no agreement
    assert found == ["Ivo", "Ivo", "Lena", "Ivo", "Lena"]
