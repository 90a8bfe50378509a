"""Round spk48: a bare surname that a husband and a wife share is the man's when a "he"
follows it, though the wife, known by her given name, is named more often
(understand/bare_surnames.py, understand/name_clusters.py)."""

from __future__ import annotations

from cast_builders import aliases, owner

from ficshelf.understand.bare_surnames import mans_surname
from ficshelf.understand.name_cluster_facts import Cluster

_KITCHEN = (
    "Captain Tobias Wrenn sat by the stove with his boots on the fender. Odile Wrenn "
    "was peeling potatoes at the sink, and Odile said nothing for a long while.\n\n"
    "\u201cThe ship will sail on Friday,\u201d says Wrenn. He lit his pipe.\n\n"
    "Odile put down her knife. She looked at the clock. \u201cThen you will miss the "
    "christening,\u201d Odile said.\n\n"
    "Wrenn shrugged and turned back to the fire.\n\n"
    "\u201cYou always miss something,\u201d said Odile. She wiped her hands."
)


def test_a_bare_surname_a_he_follows_is_the_husbands() -> None:
    found = aliases(_KITCHEN, pov="third")
    assert owner(found, "Wrenn") == owner(found, "Captain Tobias Wrenn")
    assert owner(found, "Wrenn") != owner(found, "Odile Wrenn")


def test_a_bare_surname_a_she_follows_is_left_to_the_woman() -> None:
    text = (
        _KITCHEN.replace("says Wrenn. He lit his", "says Tobias. He lit his")
        .replace("Wrenn shrugged and turned", "Wrenn sighed, and she turned")
        .replace("said Odile. She wiped", "said Wrenn. She wiped")
    )
    found = aliases(text, pov="third")
    assert owner(found, "Wrenn") == owner(found, "Odile Wrenn")


def _cluster(male: int, female: int) -> Cluster:
    return Cluster(male=male, female=female)


def test_only_a_known_woman_drops_out_and_only_after_a_he() -> None:
    clusters = [_cluster(4, 0), _cluster(0, 4), _cluster(0, 0)]
    assert mans_surname([0, 1, 2], clusters, male=1, female=0) == [0, 2]
    assert mans_surname([0, 1, 2], clusters, male=1, female=1) == [0, 1, 2]
    assert mans_surname([1, 2], clusters, male=3, female=0) == [1, 2]  # no known man
    assert mans_surname([1], clusters, male=3, female=0) == [1]
