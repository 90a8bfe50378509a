"""Round chr44: a given name said only in lines, whose call nothing answers, is the one
woman or man known by title and surname named near the call, in a third-person story
(understand/answered_names.py)."""

from __future__ import annotations

from cast_builders import aliases, owner

_TEA = (
    "Mrs. Pardoe was pouring out the tea, and Walter Kell sat by the fire with his boots "
    "off.\n\n"
    "\u201cI was only saying, wasn\u2019t I, Harriet, that the bridge will not last the "
    "winter,\u201d said Walter Kell.\n\n"
    "\u201cIt will last longer than your boots.\u201d\n\n"
    "Walter Kell laughed and reached for his cup, and Mrs. Pardoe passed him the sugar."
)


def test_an_unanswered_call_is_the_one_titled_woman_named_near_it() -> None:
    found = aliases(_TEA, pov="third")
    assert owner(found, "Harriet") == owner(found, "Mrs. Pardoe")


def test_two_titled_women_near_the_call_leave_the_name_alone() -> None:
    text = _TEA.replace("and Walter Kell sat", "Miss Lumb sat knitting, and Walter Kell sat")
    found = aliases(text, pov="third")
    assert owner(found, "Harriet") not in (owner(found, "Mrs. Pardoe"), owner(found, "Miss Lumb"))


def test_in_a_first_person_story_the_call_may_be_to_the_narrator() -> None:
    text = _TEA.replace("Mrs. Pardoe was pouring out the tea", "I sat with Mrs. Pardoe")
    found = aliases(text, pov="first")
    assert owner(found, "Harriet") != owner(found, "Mrs. Pardoe")
