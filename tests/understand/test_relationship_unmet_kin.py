"""Two the story never brings together, tied as family only by a kin word whose owner the
pass guessed ("his mother" given to the nearest man named before), are not listed
(``relationships._unmet_kin``); a kin word beside the name, canon, a kin name, a shared
surname or any paragraph or line between them still makes them family. Invented scenes
with hand-made character layers, and hand-made tallies."""

from __future__ import annotations

from handmade import handmade

from ficshelf.understand.relationship_tally import Pair
from ficshelf.understand.relationships import relationships_of, score_pairs

_NAMES = {
    "Walter Briggs": "Walter Briggs",
    "Tom Hale": "Tom Hale",
    "Mrs. Oakes": "Mrs. Oakes",
}

_YARD = (
    "The rain had stopped by noon.\n\n"
    "Walter Briggs went out to the yard, and he did not come back for an hour. "
    "Walter Briggs was cold.\n\n"
    "{mender} mended the fence, and {mender} whistled.\n\n"
    "I knew very well that his mother would wish nothing of the kind. "
    "Mrs. Oakes had told me so herself.\n"
)


def _kinds(text: str) -> dict[tuple[str, str], str]:
    return {(r.a, r.b): r.kind for r in relationships_of(handmade(text, _NAMES))}


def test_a_guessed_mother_of_a_man_she_never_meets_is_not_listed() -> None:
    found = _kinds(_YARD.format(mender="Tom Hale"))
    assert ("Mrs. Oakes", "Tom Hale") not in found


def test_the_same_guess_stands_when_the_story_brings_them_together() -> None:
    text = _YARD.format(mender="Tom Hale") + "\nMrs. Oakes found Tom Hale by the gate at dusk.\n"
    assert _kinds(text).get(("Mrs. Oakes", "Tom Hale")) == "family"


def _family(**tally: object) -> Pair:
    pair = Pair(family=1.0, cue_spans=[(0, 10)])
    for name, value in tally.items():
        setattr(pair, name, value)
    return pair


def _listed(a: str, b: str, pair: Pair) -> list[tuple[str, str, str]]:
    salience = {a: 1.0, b: 0.6}
    return [(r.a, r.b, r.kind) for r in score_pairs({(a, b): pair}, salience, 3)]


def test_a_kin_tie_of_two_never_together_rests_on_the_guess_alone() -> None:
    assert _listed("Ivo Marsh", "Nell Ferrars", _family()) == []


def test_a_kin_word_beside_the_name_states_the_tie() -> None:
    # "his sister Nell": the text says who she is.
    pair = _family(stated_family=1.0)
    assert _listed("Ivo Marsh", "Nell Ferrars", pair) == [("Ivo Marsh", "Nell Ferrars", "family")]


def test_canon_a_kin_name_or_one_surname_keeps_the_tie() -> None:
    assert _listed("Ivo Marsh", "Nell Ferrars", _family(canon="family")) != []
    assert _listed("Aunt Nell", "Ivo Marsh", _family()) == [("Aunt Nell", "Ivo Marsh", "family")]
    assert _listed("Ivo Marsh", "Miss Marsh", _family()) == [("Ivo Marsh", "Miss Marsh", "family")]


def test_one_line_between_them_is_a_meeting() -> None:
    pair = _family(exchanges=1, scenes={0})
    assert _listed("Ivo Marsh", "Nell Ferrars", pair) == [("Ivo Marsh", "Nell Ferrars", "family")]
