"""A line right after narration that ends with "we" or "us" is said in the narrator's
company: a call in it may be the narrator's other name."""

from __future__ import annotations

from cast_builders import aliases, owner

_GATE = (
    '"Good morning, Miss Arden," said the vicar, and bowed to me as he went by.\n\n'
    "I walked on with my sister to the gate. The wall there is low and warm in the "
    "afternoon, and the lane runs down past it to the mill, where the water goes over the "
    "weir all the year round and the swallows come back every April to the same eaves. "
    "We sat on the wall and said nothing for a while; we have always been able to do that, "
    "the two of us.\n\n"
    '"Hester."\n\n'
    '"Yes, my love."\n\n'
    '"Do you think the vicar saw us?"\n'
)


def test_a_call_after_narration_ending_with_we_names_the_narrator() -> None:
    found = aliases(_GATE, pov="first")
    assert owner(found, "Hester") == owner(found, "Miss Arden")
