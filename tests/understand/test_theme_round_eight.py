"""Round eight of the warnings (docs/history/warnings.md): a major character death needs a
character. A name the characters stage never marks as a person's (a machine, a car, a tree
the family has named) dies no character's death. Sentences written for the tests."""

from __future__ import annotations

from theme_probes import analysed, tags

from ficshelf.understand.quoted import body_quotes
from ficshelf.understand.theme_deaths import cast, major_deaths

# A named freezer, mentioned often, that "is dying": a machine wearing out, not a death. The
# characters stage marks no mention of it as a person's (it is "it", it hums and leaks).
FREEZER = (
    "The freezer in the Pruetts' garage is called Walrus, and Walrus is dying. It hums all "
    "night and it leaks by morning. Mum keeps the peas in Walrus and the ice lollies on top "
    "of Walrus, and Dad kicks Walrus when it stops. Nobody knows how old Walrus is; it came "
    "with the house.\n\n"
    'Kemi Pruett stood in the garage on Sunday and listened to it. "It\'s Walrus again," she '
    'told her brother. "Walrus is a freezer, Kemi," said Tunde. "It can\'t hear you."\n'
)

# The same shape of story with a person in it, named as often, who dies in the narration.
GRANDFATHER = (
    "Nobody in the Pruett house could remember a summer without Abel. Abel lived in the room "
    "behind the kitchen. Every Saturday Abel pulled the cord of the old mower himself, and "
    "every Saturday the Okafors waved at Abel over the fence. Kemi sat with Abel in the "
    "evenings and read him the racing results.\n\n"
    "In August Abel died in his chair by the window, with the paper on his knees, and Kemi "
    "found him there when she brought his tea.\n"
)


def test_a_named_machine_dying_is_no_major_death() -> None:
    found = tags(FREEZER)
    assert "major character death" not in found
    assert "death/grief" not in found


def test_a_named_person_dying_is_still_a_major_death() -> None:
    assert {"major character death", "death/grief"} <= tags(GRANDFATHER)


def test_the_cast_holds_the_names_of_mentions_only() -> None:
    a = analysed(GRANDFATHER)
    names = cast(a.text, a.layer("mentions"))
    assert "Abel" in names
    machine = analysed(FREEZER)
    assert "Walrus" not in cast(machine.text, machine.layer("mentions"))


def test_without_a_mentions_layer_every_often_named_name_counts() -> None:
    # (the stage's callers without the characters stage keep the rule of five mentions)
    a = analysed(FREEZER)
    body, sentences = a.layer("body"), a.layer("sentences")
    alone = major_deaths(a.text, body, sentences, body_quotes(a))
    assert alone.score > 0
    with_cast = major_deaths(a.text, body, sentences, body_quotes(a), a.layer("mentions"))
    assert with_cast.score == 0
