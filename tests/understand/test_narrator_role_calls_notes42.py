"""The unnamed first-person narrator whom another's line calls by what he is ("Pilot, are you
angry?", "Keeper, there is a ship"), a person noun the characters stage keeps no candidate for,
in a line the narrator answers in the next paragraph (round notes42:
``narrator_common_names.ROLE_CALLS``). Invented scenes; and scenes whose narrator stays
unnamed: a generic call ("Stranger"), a kinship call ("Father"), a role call answered by a
third person."""

from __future__ import annotations

import pytest
from test_narrator_shapes_narr32 import narrator_of

# (shape, scene, the narrator's name)
NAMED: list[tuple[str, str, str]] = [
    (
        "role_call_tagged",
        "The engine had stopped an hour before dawn, and I was lying under the wing with a "
        "spanner when the boy came across the salt flat.\n\n"
        '"Pilot," he said. "Why are you lying in the dust?"\n\n'
        '"Because the engine is broken," I said. "Go away."',
        "Pilot",
    ),
    (
        "role_call_in_line",
        "The fog had come down over the point by noon, and I had almost reached the lamp room "
        "when the boy from the village came panting up the stair behind me.\n\n"
        '"There is a ship on the rocks, Keeper. My father saw her go."\n\n'
        "I said I would come at once, and took my coat from the hook.",
        "Keeper",
    ),
]

UNNAMED: list[tuple[str, str]] = [
    (
        "generic_stranger",
        "The inn was full, and the landlord looked me up and down from behind the bar.\n\n"
        '"Stranger, you will have to sleep in the loft."\n\n'
        "I said the loft would do. He took a candle and showed me the ladder.",
    ),
    (
        "kin_father",
        "The children were already at the table when I came in from the yard.\n\n"
        '"Father, the cow is out again."\n\n'
        "I said I would see to her after supper, and sat down.",
    ),
    (
        "role_call_answered_by_another",
        "The fog had come down over the point, and I was mending nets in the porch.\n\n"
        '"There is a ship on the rocks, Keeper. My father saw her go."\n\n'
        '"Then we go now," said the old keeper from the stair, and took his coat. I followed.',
    ),
]


@pytest.mark.parametrize(
    ("text", "name"), [(t, n) for _, t, n in NAMED], ids=[s for s, _, _ in NAMED]
)
def test_a_role_the_narrator_answers_to_names_the_narrator(text: str, name: str) -> None:
    assert narrator_of(text) == name


@pytest.mark.parametrize("text", [t for _, t in UNNAMED], ids=[s for s, _ in UNNAMED])
def test_a_generic_or_kin_call_or_a_call_another_answers_names_no_narrator(text: str) -> None:
    assert narrator_of(text) is None
