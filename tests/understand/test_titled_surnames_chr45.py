"""Round chr45: a married title and a surname only the characters' lines use is the one
woman the story names in full by that surname, beside men of it only; "Father" and a
surname is the one man of it; a surname after a particle ("Mrs. van Tromp") is looked up
by its last word (understand/titled_surnames.py, understand/name_clusters.py)."""

from __future__ import annotations

from cast_builders import aliases, owner

_PICNIC = (
    "Walter Hollin spread the rug under the elms. He had carried the hamper from the car, "
    "and Petra Hollin set out the plates.\n\n"
    "\u201cMore lemonade, Mrs. Hollin?\u201d asked the waiter, bowing.\n\n"
    "Petra shook her head and looked at Walter, who was asleep already with his hat over "
    "his eyes.\n\n"
    "\u201cMrs. Hollin is tired,\u201d the waiter told the cook. \u201cLet her be.\u201d"
)


def test_a_married_title_only_lines_use_is_the_one_woman_of_the_surname() -> None:
    found = aliases(_PICNIC, pov="third")
    assert owner(found, "Mrs. Hollin") == owner(found, "Petra Hollin")
    assert owner(found, "Mrs. Hollin") != owner(found, "Walter Hollin")


def test_the_narration_telling_the_titled_woman_apart_leaves_her_alone() -> None:
    text = _PICNIC + "\n\nMrs. Hollin came back from the stall with the cake."
    found = aliases(text, pov="third")
    assert owner(found, "Mrs. Hollin") != owner(found, "Petra Hollin")


def test_a_mother_by_her_child_is_not_the_woman_named_in_full() -> None:
    text = _PICNIC.replace("Mrs. Hollin is tired", "Mrs. Hollin\u2019s daughter is tired")
    found = aliases(text, pov="third")
    assert owner(found, "Mrs. Hollin") != owner(found, "Petra Hollin")


def test_a_miss_of_the_surname_leaves_the_married_title_alone() -> None:
    text = _PICNIC.replace(
        "set out the plates.", "set out the plates, and Miss Hollin fetched the cake."
    )
    found = aliases(text, pov="third")
    assert owner(found, "Mrs. Hollin") != owner(found, "Petra Hollin")


_VESTRY = (
    "Ambrose Tull locked the vestry and came down the path, and Hester Tull waited at the "
    "gate.\n\n"
    "\u201cGood evening, Father Tull,\u201d said the sexton.\n\n"
    "\u201cGood evening,\u201d said Ambrose. \u201cHas the bell rope been mended?\u201d\n\n"
    "\u201cNot yet, Father Tull.\u201d"
)


def test_father_and_a_surname_is_the_one_man_of_it() -> None:
    found = aliases(_VESTRY, pov="third")
    assert owner(found, "Father Tull") == owner(found, "Ambrose Tull")


def test_father_beside_two_men_of_the_surname_is_left_alone() -> None:
    text = _VESTRY.replace("and Hester Tull waited", "and Jasper Tull waited")
    found = aliases(text, pov="third")
    assert owner(found, "Father Tull") not in (
        owner(found, "Ambrose Tull"),
        owner(found, "Jasper Tull"),
    )


def test_a_married_title_before_a_particle_surname_is_looked_up_by_its_last_word() -> None:
    text = (
        "Greta van Tromp came in out of the rain and shook her umbrella.\n\n"
        "\u201cYour coat, Mrs. van Tromp?\u201d said the maid.\n\n"
        "Greta gave it to her without a word."
    )
    found = aliases(text, pov="third")
    assert owner(found, "Mrs. van Tromp") == owner(found, "Greta van Tromp")
