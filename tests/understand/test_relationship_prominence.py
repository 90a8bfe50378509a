"""Prominence from whom the characters talk with (``relationship_prominence``), on an
invented story with hand-made character layers (``handmade``)."""

from __future__ import annotations

from handmade import handmade

from ficshelf.understand.relationships import relationships_of


def test_one_who_talks_with_no_one_else_is_a_main_tie() -> None:
    # Cass speaks only to her sister Ada, in one short scene; Ada's long talks are with Bram.
    talk = "".join(
        f'"Line {i} of the long argument," said {"Ada" if i % 2 else "Bram"}.\n\n'
        for i in range(24)
    )
    quiet = "The road was empty. Nobody came.\n\n" * 4
    text = (
        talk
        + "Ada walked on with Bram, and Bram walked with Ada.\n\n" * 6
        + quiet
        + '"Sister, wait for me," said Cass.\n\n'
        + '"I am here," said Ada.\n\n'
        + '"Then take my hand, Ada," said Cass.\n\n'
        + '"Come then, Cass," said Ada.\n'
    )
    names = {"Ada": "Ada", "Bram": "Bram", "Cass": "Cass"}
    speakers = ["Ada" if i % 2 else "Bram" for i in range(24)] + ["Cass", "Ada", "Cass", "Ada"]
    found = {(r.a, r.b): r for r in relationships_of(handmade(text, names, speakers))}
    sisters = found[("Ada", "Cass")]
    assert sisters.kind == "family"
    assert sisters.prominence == "major"
