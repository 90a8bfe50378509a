"""A turn that calls its listener "sir" or "ma'am" is not the turn before it going on.

A line that calls its listener by a gendered title or kinship word ("Yes, sir.", "No, ma'am,
I couldn't say."; ``listener_gender``, ``QuoteState.called`` of a turn's first quote) is
said to someone of that gender, and in an exchange to the one who spoke just before. When
turn-taking and the ranker left such a turn with the voice of the turn before it, of the
very gender it calls, the two lines were counted one voice: the nurse's "Yes, sir." to the
doctor went to the doctor, who had asked. The turn goes instead to the latest other voice
of the exchange, a few turns back, whose gender is known and is not the called one (rule
``title_call``, round lbt37). Only turns that turn-taking decided (``run_parity.counted``)
and only where that voice stands in the same run of adjoining turns; linear in the turns.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from ficshelf.understand.run_parity import counted, give_turn
from ficshelf.understand.speaker_context import QuoteState, adjoins

RULE = "title_call"
_BACK = 4  # how many turns back the other voice of the exchange is looked for


def answer_title_calls(turns: Sequence[Sequence[QuoteState]], gender: Mapping[str, str]) -> None:
    """Give each counted turn that calls the gender of its own voice, the voice of the turn
    before it, the latest other voice of the run of a known other gender (see the module
    docstring). Relabels in place."""
    for t in range(1, len(turns)):
        turn, prev = turns[t], turns[t - 1]
        called = turn[0].called
        said = turn[0].label
        if not called or not said or said != prev[0].label or gender.get(said) != called:
            continue
        if not counted(turn[0]) or not adjoins(prev, turn):
            continue
        other = _other_voice(turns, t, said, called, gender)
        if other:
            give_turn(turn, other, RULE)


def _other_voice(
    turns: Sequence[Sequence[QuoteState]],
    t: int,
    said: str,
    called: str,
    gender: Mapping[str, str],
) -> str:
    """Return the latest voice of the few adjoining turns before turn ``t`` that is not
    ``said`` and is known to be of a gender other than ``called``, or ""."""
    for back in range(t - 1, max(-1, t - 1 - _BACK), -1):
        if back < t - 1 and not adjoins(turns[back], turns[back + 1]):
            return ""
        label = turns[back][0].label
        if label and label != said:
            sex = gender.get(label, "")
            return label if sex and sex != called else ""
    return ""
