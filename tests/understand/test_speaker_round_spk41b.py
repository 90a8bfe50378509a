"""Round spk41b (docs/history/speakers.md): whom the reply right after a line calls by name
is one of that line's candidate speakers, even when the narration never names them ("You
are late," she said. / "I am sorry, Maud."), so the ranker's ``addressed_by_next_turn``
can weigh them. Each on a short text written for the test."""

from __future__ import annotations

from dialogue_texts import said, with_cast

from ficshelf.understand.speakers import speaker_candidates

_CAST = {"Harold": "Harold", "Edith": "Edith", "Maud": "Maud"}

_LATE = (
    "Harold came up the stair with the lamp, and Edith followed him as far as the door "
    "and went down again.\n\n"
    "The room was dark but for the fire, and a woman sat beside it with her back to him.\n\n"
    '"You are late," she said.\n\n'
    '"I am sorry, Maud. The ford was up."\n'
)


def _candidates(text: str) -> list[dict[str, dict[str, float]]]:
    return [
        {c.name: c.features for c in found}
        for _, found in speaker_candidates(with_cast(text, _CAST))
    ]


def test_the_name_the_next_reply_calls_is_a_candidate() -> None:
    first = _candidates(_LATE)[0]
    assert first["Maud"]["addressed_by_next_turn"] == 1.0
    assert "Edith" in first  # the woman the narration named is still weighed against her


def test_the_reply_itself_is_not_given_to_the_one_it_calls() -> None:
    assert said(_LATE, _CAST)[1][1] != "Maud"


def test_a_reply_after_narration_adds_no_candidate() -> None:
    # the reply stands two paragraphs on: it answers no one in particular
    text = _LATE.replace('"I am sorry', 'He set the lamp down.\n\n"I am sorry')
    assert "Maud" not in _candidates(text)[0]
