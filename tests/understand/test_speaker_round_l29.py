"""Round L29 (docs/history/speakers.md): a capitalised word standing as the subject of a line's tag
right after the line's closing comma ('"…," Lanky drawled') is a name though it is an
English word and the verb is no speech verb, and a word for a people ("Dutch", "Welsh"),
a stop word everywhere else, is a nickname where two such tags make it one. Each on a short
text written for the test."""

from __future__ import annotations

from dialogue_texts import cast_and_lines

_BUNKHOUSE = """\
The rain had kept the whole crew indoors since noon, and Hollis Crane was losing at cards \
again.

"That's the third hand you've thrown away," Dutch grunted from his bunk.

"I'm letting you win out of kindness," said Hollis Crane.

"Kindness never cost a man four dollars before," Lanky drawled, not looking up from his \
boots.

"Leave him be; he'll find his luck by supper," Dutch muttered, and rolled over to face the \
wall.
"""

_SONG = """\
Maeve Dunne sang an Irish song while she kneaded the dough, and her brother Cormac listened \
from the doorway.

"The Irish have a tune for every sorrow," she said.

"And two for every wedding," said Cormac.
"""


def test_a_peoples_word_in_two_tags_is_a_nickname_and_speaks_its_lines() -> None:
    names, lines = cast_and_lines(_BUNKHOUSE)
    assert "Dutch" in names
    assert lines[0] == ("That's the third hand you've thrown away,", "Dutch")
    assert lines[1] == ("I'm letting you win out of kindness,", "Hollis Crane")
    assert lines[3] == ("Leave him be; he'll find his luck by supper,", "Dutch")


def test_an_english_word_before_a_past_tense_after_a_comma_line_is_a_name() -> None:
    names, lines = cast_and_lines(_BUNKHOUSE)
    assert "Lanky" in names
    assert lines[2] == ("Kindness never cost a man four dollars before,", "Lanky")


def test_a_peoples_word_outside_a_tag_stays_no_name() -> None:
    names, lines = cast_and_lines(_SONG)
    assert "Irish" not in names
    assert lines == [
        ("The Irish have a tune for every sorrow,", "Maeve Dunne"),
        ("And two for every wedding,", "Cormac"),
    ]


def test_one_tag_does_not_make_a_peoples_word_a_nickname() -> None:
    text = (
        "The two of them had walked from the station in silence.\n\n"
        '"We shall be late for the boat," Welsh murmured.\n\n'
        '"Then we shall take the next one," said Tamsin Grey.\n'
    )
    names, _ = cast_and_lines(text)
    assert "Welsh" not in names
