"""Round warn37: a child's death told by the size of its grave or coffin, with no word of
dying, is grief. Every sentence here is invented for the test."""

from __future__ import annotations

from theme_probes import cue_score, tags


def test_a_small_grave_is_a_childs_death() -> None:
    scene = (
        "Every Sunday after chapel Hannah walked up past the yews to the little grave by the "
        "wall, and pulled the grass from round it, and said nothing to anyone.\n"
    )
    assert "death/grief" in tags(scene)
    assert cue_score("They carried the tiny coffin down the lane between them.\n", "death/grief")
    # "grave" the adjective, after "little", is still a look
    assert cue_score("The little grave girl curtsied and went out.\n", "death/grief") == 0.0
