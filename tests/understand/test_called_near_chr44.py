"""Round chr44: a given name said only in lines, whose call nothing answers, is the one
woman or man known by title and surname named near the call, in a third-person story
(understand/answered_names.py); a bare surname others call the first-person narrator is
the narrator's (understand/person_other_name.py)."""

from __future__ import annotations

from cast_builders import aliases, owner

from ficshelf.understand.names import Candidate
from ficshelf.understand.person_other_name import narrator_titled_names

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


def _name(key: str, *, title: str = "", in_quote: bool = True, vocative: bool = False) -> Candidate:
    return Candidate(0, len(key), key, (key,), title, in_quote=in_quote, vocative=vocative)


def test_a_bare_surname_called_to_the_narrator_is_the_narrator() -> None:
    # "Gilbert" tells the story; a line calls "Harlow," and another speaks of him
    cands = [_name("Gilbert", in_quote=False), _name("Harlow", vocative=True), _name("Harlow")]
    assert narrator_titled_names(cands, [0, 1, 1], 0, "Harlow", "m") == {1}


def test_a_bare_surname_never_called_or_told_is_not_the_narrator() -> None:
    spoken_of = [_name("Gilbert", in_quote=False), _name("Harlow")]
    assert narrator_titled_names(spoken_of, [0, 1], 0, "Harlow", "m") == set()
    told = [
        _name("Gilbert", in_quote=False),
        _name("Harlow", vocative=True),
        _name("Harlow", in_quote=False),
    ]
    assert narrator_titled_names(told, [0, 1, 1], 0, "Harlow", "m") == set()
