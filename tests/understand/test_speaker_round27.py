"""Round S27 (docs/history/speakers.md): a run's pair of voices and who is present. The study of
round S27 found that taking the pair of a run's untagged lines from the people present
(the two with the latest sign, or the voices tagged since the last break) loses to the
run's own count; these tests hold the cases a pair from presence must not break, and the
ones where the record does follow the scene. Short texts written for the test."""

from __future__ import annotations

from dialogue_texts import with_cast

from ficshelf.understand.scene_presence import PRESENT, scene_presence
from ficshelf.understand.speakers import _sieve, speaker_spans

CAST = {"Ann": "Ann Pell", "Ben": "Ben Marsh", "Cora": "Cora Lind", "Dan": "Dan Ives"}

# A third person acts in the narration before the run, and stays in the room without a word:
# the run's untagged lines are still the two talkers'.
SEWING = (
    "Cora sat down by the window with her sewing and did not look up.\n\n"
    '"You are late," Ann said.\n\n'
    '"The roads were bad," Ben said.\n\n'
    '"They are always bad."\n\n'
    '"Then I am always late."\n\n'
    '"That is no excuse at all."\n'
)

# The voices of the scene before a break are not the voices after it.
PORCH = (
    '"You are late," Ann said.\n\n'
    '"The roads were bad," Ben said.\n\n'
    '"They are always bad."\n\n'
    "* * *\n\n"
    "Dan and Cora sat on the back step while the light went out of the yard.\n\n"
    '"Is it late?" Cora asked.\n\n'
    '"Not very," said Dan.\n\n'
    '"It feels late."\n\n'
    '"It always does out here."\n'
)

# A third voice joins with a tag of its own in the middle of a run.
TRAY = (
    '"You are late," Ann said.\n\n'
    '"The roads were bad," Ben said.\n\n'
    '"They are always bad."\n\n'
    '"Tea is on the table," Cora said from the door.\n\n'
    '"Thank you, Cora."\n'
)


def _speakers(text: str) -> list[str]:
    return [s.label for s in speaker_spans(with_cast(text, CAST))]


def test_a_silent_person_present_does_not_take_the_runs_lines() -> None:
    _, ctx, _ = _sieve(with_cast(SEWING, CAST))
    # she is in the room by the record, and acted last before the run
    assert scene_presence(ctx)[0] == {"Cora Lind": PRESENT}
    assert _speakers(SEWING) == ["Ann Pell", "Ben Marsh", "Ann Pell", "Ben Marsh", "Ann Pell"]


def test_a_break_empties_the_scene_and_its_pair() -> None:
    _, ctx, _ = _sieve(with_cast(PORCH, CAST))
    after = scene_presence(ctx)[3]
    assert "Ann Pell" not in after and "Ben Marsh" not in after
    assert after.get("Dan Ives") == PRESENT
    found = _speakers(PORCH)
    assert found[3:] == ["Cora Lind", "Dan Ives", "Cora Lind", "Dan Ives"]


def test_a_third_voice_that_joins_by_its_tag_keeps_its_line_and_is_answered() -> None:
    found = _speakers(TRAY)
    assert found[3] == "Cora Lind"
    # the line that thanks her by name is not hers
    assert found[4] != "Cora Lind"
