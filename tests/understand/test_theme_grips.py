"""Round warn40: domestic violence told by a hard grip on a partner's wrist or arm, the pain
said and the marks it leaves (``theme_grips``), counted where the story names a partner.
Every scene here is invented for the test."""

from __future__ import annotations

import pytest
from theme_probes import cue_score, tags

MARRIED = "Nell had been married to Owen for six years that spring."

GRIPPED = (
    "He caught her by the wrist, so tight that she gasped, and pulled her back from the door. "
    '"Let go," she said. "You\'re hurting me."\n\n'
    "In the morning she looked at the fingermarks on her arm and put on a long cardigan."
)


def test_a_hard_grip_on_a_partner_and_its_marks_are_domestic_violence() -> None:
    assert "domestic violence" in tags(f"{MARRIED}\n\n{GRIPPED}\n")


@pytest.mark.parametrize(
    "scene",
    [
        "Owen grabbed her arm, hard enough to bruise, and turned her round to face him.",
        "He twisted her arm up behind her back until she stopped talking.",
        "Her wrist was red already, and it would be blue by evening.",
        "She looked at the marks of his fingers on her arm in the mirror.",
    ],
)
def test_each_grip_or_mark_counts_beside_a_partner(scene: str) -> None:
    assert cue_score(f"{MARRIED}\n\n{scene}\n", "domestic violence") > 0.0


@pytest.mark.parametrize(
    "text",
    [
        # a grip with no partner anywhere in the story: no household's violence
        "The guard caught him by the arm, hard, and marched him to the gate. "
        '"You\'re hurting me," the boy said.',
        # a grip with no force is a courtesy, or a rescue
        f"{MARRIED}\n\nOwen took her by the arm and led her across the ice to the bank.",
        f"{MARRIED}\n\nShe caught him by the wrist and laughed and pulled him into the kitchen.",
    ],
)
def test_a_grip_without_a_partner_or_without_force_is_no_domestic_violence(text: str) -> None:
    assert cue_score(text + "\n", "domestic violence") == 0.0


def test_one_grip_alone_is_no_warning() -> None:
    scene = "Owen took her by the wrist, hard, and then let go and went out to the car."
    assert "domestic violence" not in tags(f"{MARRIED}\n\n{scene}\n")
