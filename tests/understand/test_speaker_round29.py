"""Round S29 (docs/history/speakers.md): a phrase a role already gives to a named person ("the old
duke, Edmund,") is no unnamed cluster, so a bare "the duke" is not folded into it and lost
with it: the bare phrase is someone of its own when it matters by itself. Short texts
written for the test."""

from __future__ import annotations

from dialogue_texts import cast_and_lines

from ficshelf.understand.descriptor_phrases import scan_descriptors
from ficshelf.understand.descriptors import unnamed_characters
from ficshelf.understand.narrator_fallbacks import plain_quotes
from ficshelf.understand.text import paragraph_spans

# The old duke (named in apposition) is dead; "the duke" of the scene is his successor.
TOWER = (
    "Walter had kept the keys of the tower for thirty winters. In those years the old "
    "duke, Edmund, had hunted in the marsh every autumn. Edmund laughed at everything, "
    "and Walter had liked him for it. Edmund was buried under the chapel floor now.\n\n"
    "The duke sent for Walter at dusk. Walter found him in the chapel with his sword "
    "across his knees.\n\n"
    "\u201cHow many horses are left in the stable?\u201d the duke asked.\n\n"
    "\u201cNine, my lord, and two of them lame,\u201d said Walter.\n\n"
    "The duke stood and walked to the window, and Walter waited by the door until the "
    "duke turned.\n\n"
    "\u201cSaddle the best of them. We ride before the moon is up.\u201d\n\n"
    "\u201cAs you say, my lord.\u201d\n"
)


def _unnamed(text: str, held: frozenset[str]) -> dict[str, list[str]]:
    paragraphs = paragraph_spans(text)
    found = list(scan_descriptors(text, paragraphs, plain_quotes(text, paragraphs)))
    return {c.name: [m.key for m in c.mentions] for c in unnamed_characters(found, [], held)}


def test_a_held_role_phrase_takes_no_bare_phrase_into_its_cluster() -> None:
    # unheld, the bare phrase folds into the one modified phrase the text uses
    assert _unnamed(TOWER, frozenset()) == {
        "the duke": ["the old duke", "the duke", "the duke", "the duke", "the duke"]
    }
    # held by a named person, the modified phrase is left out; the bare one stands alone
    assert _unnamed(TOWER, frozenset({"the old duke"})) == {
        "the duke": ["the duke", "the duke", "the duke", "the duke"]
    }


def test_the_successor_keeps_his_lines_apart_from_the_old_holder() -> None:
    names, lines = cast_and_lines(TOWER)
    assert "the duke" in names
    assert lines == [
        ("How many horses are left in the stable?", "the duke"),
        ("Nine, my lord, and two of them lame,", "Walter"),
        ("Saddle the best of them. We ride before the moon is up.", "the duke"),
        ("As you say, my lord.", "Walter"),
    ]
