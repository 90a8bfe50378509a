"""Round agree39 (docs/history/speakers.md): a "he"/"she" line never goes to a group. A
group has no gender; the speakers stage's gender map marks it plural, which agrees with
neither pronoun wherever the sieve or the ranker checks a gender. Each on a short text
written for the test."""

from __future__ import annotations

from dialogue_texts import speaker_genders, speakers_by_line

from ficshelf.understand.group_voices import speaks_as_one
from ficshelf.understand.speaker_cues import PLURAL


def test_a_group_or_a_named_people_speaks_as_one() -> None:
    for name in ("the men", "the village children", "the choir", "the Greys", "the Weasleys"):
        assert speaks_as_one(name), name
    for name in ("the governess", "the Marquis", "the Duchess", "Harris", "the old man"):
        assert not speaks_as_one(name), name


def test_a_group_has_no_gender_whatever_pronoun_follows_it() -> None:
    text = (
        '"Hurrah!" the Blues roared. The Blues waved his flag at the gate.\n\n'
        '"Down with the mill!" cried the weavers. The weavers shook her fists.\n'
    )
    genders = speaker_genders(text, {"the Blues": "the Blues", "the weavers": "the weavers"})
    assert genders == {"the Blues": PLURAL, "the weavers": PLURAL}


_DECK = (
    '"Land ho!" cried the sailors from the rigging.\n\n'
    "Mr. Hale came up from below with his glass, and the sailors climbed down to the deck.\n\n"
    '"Stay where you are," she said.\n\n'
    '"Aye," said Mr. Hale.\n'
)


def test_a_she_tag_never_goes_to_a_group() -> None:
    said, _ = speakers_by_line(_DECK)
    assert said["Land ho!"] == "the sailors"  # its own tag gives the group its line
    # the group was the last subject of unknown gender: "she" is no group, all the same
    assert said["Stay where you are,"] != "the sailors"
