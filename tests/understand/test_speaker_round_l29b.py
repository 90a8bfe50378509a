"""Round L29b (docs/history/speakers.md): a full name whose given name another character goes by
alone ("Miss Agatha Thornbury" where "Miss Agatha" and "Miss Thornbury" are two sisters)
names either of them, so it is not the canonical name of the one it was clustered with.
Each on forms or a short text written for the test."""

from __future__ import annotations

from collections import Counter

from dialogue_texts import cast_and_lines

from ficshelf.understand.name_clusters import canonical_name, given_name_elsewhere

_ELDER = [
    ("miss", "Agatha Thornbury", ("Agatha", "Thornbury")),
    ("miss", "Thornbury", ("Thornbury",)),
]
_YOUNGER = [("miss", "Agatha", ("Agatha",))]

_SISTERS = """\
The school stood at the end of the lane, and everybody in the village knew that Miss \
Thornbury ruled it. Her younger sister, good-hearted Miss Agatha Thornbury, kept its \
accounts and its keys.

"Are the trunks packed, Miss Agatha?" asked Miss Thornbury.

"Since six this morning, sister," replied Miss Agatha.

"Then bring the girls down to the hall at once," said Miss Thornbury.

Miss Agatha hurried off, and Miss Thornbury went back to her letters. The pupils called \
the younger sister Gentle Agatha behind her back, and Gentle Agatha never minded it.

"The carriage is at the gate already," said Miss Agatha when she came back.

"It is early, but let it wait," said Miss Thornbury.
"""


def test_a_given_name_another_cluster_goes_by_is_found() -> None:
    members = {0: _ELDER, 1: _YOUNGER}
    assert given_name_elsewhere(members, {}) == {0: frozenset({"agatha"})}
    # a cluster linked to the other as its short form is no other one
    assert given_name_elsewhere(members, {1: 0}) == {}


def test_the_full_name_is_not_the_canonical_name_when_its_given_name_is_elsewhere() -> None:
    surfaces = Counter({"Miss Thornbury": 6, "Miss Agatha Thornbury": 1})
    assert canonical_name(_ELDER, surfaces) == "Agatha Thornbury"
    assert canonical_name(_ELDER, surfaces, frozenset({"agatha"})) == "Miss Thornbury"
    # with no other form the full name stays
    only = _ELDER[:1]
    assert canonical_name(only, surfaces, frozenset({"agatha"})) == "Agatha Thornbury"


def test_the_elder_sister_keeps_her_own_name_as_a_speaker() -> None:
    names, lines = cast_and_lines(_SISTERS)
    assert "Miss Thornbury" in names
    assert "Agatha Thornbury" not in names
    assert lines[0][1] == "Miss Thornbury"
    assert lines[2][1] == "Miss Thornbury"
