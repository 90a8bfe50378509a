"""Round S20 (docs/history/speakers.md): a run of untagged lines counts on from the voices the
ranker settled, not from the sieve's first guess (``speaker_carry``). Each on a short text
written for the test, with a stand-in ranker that mends only the lines a pronoun decided."""

from __future__ import annotations

from collections.abc import Sequence

from dialogue_texts import with_cast

from ficshelf.model import Span
from ficshelf.understand.speaker_carry import carry_voices
from ficshelf.understand.speaker_context import QuoteState
from ficshelf.understand.speaker_ranker import Ranker
from ficshelf.understand.speaker_vectors import Candidate
from ficshelf.understand.speakers import speaker_candidates, speaker_spans

# Two sisters talk in a kitchen; the narration between names a third woman only as the
# owner of a letter, and the "she said" after it is the sister who asked first.
KITCHEN = (
    '"Where did you put the bread?" Ruth asked. She was rummaging in the dresser.\n\n'
    '"In the crock," said Nell. She did not look up from the fire.\n\n'
    "The letter from Ada lay open on the table, weighted with the salt cellar.\n\n"
    '"She wants to come home," she said.\n\n'
    '"Home? After all this time?"\n\n'
    '"She says she is sorry."\n\n'
    '"Sorry is cheap."\n'
)
KITCHEN_CAST = {"Ruth": "Ruth Pym", "Nell": "Nell Pym", "Ada": "Ada Pym"}


class _MendsPronouns(Ranker):
    """Keeps the sieve's choice everywhere but on lines a "he"/"she" decided, which it
    gives to ``name`` (as the learned ranker does when it reads a tag better)."""

    def __init__(self, name: str, rules: Sequence[str] = ("pronoun_",)) -> None:
        super().__init__({})
        self.name = name
        self.rules = tuple(rules)

    def choose(self, candidates: Sequence[Candidate], sieve: str, rule: str) -> tuple[str, float]:
        if rule.startswith(self.rules) and any(c.name == self.name for c in candidates):
            return self.name, 0.9
        return sieve, 0.6


def _said(ranker: Ranker) -> list[tuple[str, str]]:
    analysis = with_cast(KITCHEN, KITCHEN_CAST)
    return [(s.text_of(KITCHEN), s.label) for s in speaker_spans(analysis, ranker)]


def test_the_sieve_gives_the_tag_to_the_woman_the_narration_named() -> None:
    states = speaker_candidates(with_cast(KITCHEN, KITCHEN_CAST))
    found = [(s.label, s.rule) for s, _ in states]
    assert found[2][0] == "Ada Pym" and found[2][1].startswith("pronoun_")
    # and counts the run on from her
    assert found[4] == ("Ada Pym", "alternation")


def test_the_run_follows_the_speaker_the_ranker_gave_the_tag() -> None:
    found = _said(_MendsPronouns("Ruth Pym"))
    assert found[2:] == [
        ("She wants to come home,", "Ruth Pym"),
        ("Home? After all this time?", "Nell Pym"),
        ("She says she is sorry.", "Ruth Pym"),
        ("Sorry is cheap.", "Nell Pym"),
    ]


def test_without_the_ranker_mending_the_tag_the_count_is_the_sieves() -> None:
    found = _said(_MendsPronouns("Nobody", rules=("none",)))
    assert found[4] == ("She says she is sorry.", "Ada Pym")


def _turn(para: int, label: str, rule: str, addressed: Sequence[str] = ()) -> list[QuoteState]:
    quote = QuoteState(Span(para * 100, para * 100 + 10), para, para, label=label, rule=rule)
    quote.addressed = list(addressed)
    return [quote]


def test_a_ranker_guess_on_another_turn_taking_line_is_not_followed() -> None:
    # the turn two back was itself only counted (alternation): the ranker's change of it
    # is no surer than the sieve's count
    turns = [
        _turn(0, "Ann", "tag_after"),
        _turn(1, "Bea", "tag_after"),
        _turn(2, "Cy", "alternation"),  # the sieve said Ann; the ranker said Cy
        _turn(3, "Bea", "alternation"),
        _turn(4, "Ann", "alternation"),
    ]
    labels = ["Ann", "Bea", "Ann", "Bea", "Ann"]
    sieve = {id(t[0]): label for t, label in zip(turns, labels, strict=True)}
    carry_voices(turns, sieve)
    assert [t[0].label for t in turns] == ["Ann", "Bea", "Cy", "Bea", "Ann"]


def test_a_mended_start_carries_through_consecutive_paragraphs_only() -> None:
    def run(gap: int, addressed: Sequence[str] = ()) -> list[str]:
        turns = [
            _turn(0, "Bea", "tag_after"),
            _turn(1, "Dee", "pronoun_narrated"),  # the sieve said Cy; the ranker Dee
            _turn(2, "Bea", "alternation"),
            _turn(2 + gap, "Cy", "alternation", addressed),
            _turn(3 + gap, "Bea", "alternation"),
            _turn(4 + gap, "Cy", "alternation"),
        ]
        labels = ["Bea", "Cy", "Bea", "Cy", "Bea", "Cy"]
        carry_voices(turns, {id(t[0]): label for t, label in zip(turns, labels, strict=True)})
        return [t[0].label for t in turns]

    assert run(1) == ["Bea", "Dee", "Bea", "Dee", "Bea", "Dee"]
    # a paragraph of narration before the turn: a new exchange, the count does not carry
    assert run(2) == ["Bea", "Dee", "Bea", "Cy", "Bea", "Cy"]
    # a turn that calls her by name is not hers
    assert run(1, addressed=["Dee"]) == ["Bea", "Dee", "Bea", "Cy", "Bea", "Cy"]
